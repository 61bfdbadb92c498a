"""Step 1 as a worried customer meets it: the story that matters selected first, one
entry per story across sources, planned maintenance in the user's time, what works
now (also what no incident mentions), and scam wording that reads right."""

from __future__ import annotations

import json
import time
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QLocale, Qt, QTimeZone

from breachguard.core.feeds.model import ComponentStatus, FeedState, Notice, ParsedFeed
from breachguard.core.feeds.stories import Copy, Story, StoryGroup
from breachguard.qt.notices import NoticesController
from breachguard.ui.format import TimeFormat
from breachguard.ui.pages.status import StatusPage
from breachguard.ui.pages.status.health_strip import AreasDialog
from breachguard.ui.pages.status.story_detail import StoryDetail
from breachguard.ui.pages.status.story_list import StoryRole
from tests.feeds.conftest import make_profile
from tests.feeds.test_responsiveness import StaticFetcher
from tests.feeds.test_status_page import wait_loaded
from tests.foundation.test_window_fit import run_probe
from tests.foundation.window_fit_probe import geometry_offenders

ROOT = Path(__file__).resolve().parents[2]
OSLO = QTimeZone(b"Europe/Oslo")
ZONE_OSLO = ZoneInfo("Europe/Oslo")
NOW = datetime.fromtimestamp(int(time.time()) // 600 * 600, tz=timezone.utc)


def at(hours: float) -> datetime:
    return NOW + timedelta(hours=hours)


def notice(notice_id: str, **fields: Any) -> Notice:
    base: dict[str, Any] = {
        "title": f"Notice {notice_id}",
        "body": "Body text.",
        "severity": "major",
        "status": "identified",
        "published": at(-2),
    }
    base.update(fields)
    return Notice(id=notice_id, **base)


def state(
    notices: list[Notice],
    *,
    verified: bool,
    components: tuple[ComponentStatus, ...] = (),
) -> FeedState:
    label = "Demo Exchange notices" if verified else "Demo Exchange status page"
    feed = ParsedFeed(
        title=label,
        notices=tuple(notices),
        publisher="demo-exchange",
        generated_at=at(-0.1),
        expires_at=at(12) if verified else None,
        components=components,
    )
    return FeedState(
        key="feed" if verified else "page",
        url="https://demo-exchange.example/" + label,
        label=label,
        format="breachguard-jsonfeed" if verified else "statuspage-v2",
        signed=verified,
        feed=feed,
        verified_by="KEY" if verified else "",
        content_at=at(-0.1).timestamp(),
    )


def static_page(
    qtbot: Any, context_factory: Any, app_paths: Any, states: list[FeedState], **kwargs: Any
) -> StatusPage:
    context = context_factory(
        paths=app_paths, provider=make_profile("https://demo-exchange.example")
    )
    fetchers = [StaticFetcher(s) for s in states]
    controller = NoticesController(context, fetchers=fetchers)  # type: ignore[arg-type]
    page = StatusPage(context, controller=controller, **kwargs)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    qtbot.waitUntil(lambda: len(controller.states()) == len(states) and not controller.busy)
    return page


def selected(page: StatusPage) -> Story:
    story = page.list_view.currentIndex().data(StoryRole)
    assert story is not None, "no story selected"
    return story


# -- first show ---------------------------------------------------------------------------


def test_the_most_severe_open_story_is_selected_first(
    qtbot: Any, context_factory: Any, app_paths: Any
) -> None:
    feed = state(
        [
            notice("revoked", severity="critical", published=at(-30), title="All 2FA revoked"),
            notice("wrong-email", severity="major", published=at(-26)),
            notice("old", severity="critical", status="resolved", published=at(-1)),
            # Newer than all the others, and only information: never the first thing shown.
            notice("insurer", severity="info", status="update", published=at(-0.5)),
        ],
        verified=True,
    )
    page = static_page(qtbot, context_factory, app_paths, [feed])
    assert page.model.stories()[0].lead.notice.id == "revoked"
    assert selected(page).lead.notice.id == "revoked"
    assert page.detail.title.text() == "All 2FA revoked"
    assert all(page.controller.is_read(key) for key in selected(page).read_keys)  # opened
    resolved = [s for s in page.model.stories() if s.lead.notice.id == "old"]
    assert resolved and resolved[0].group is StoryGroup.RESOLVED
    assert page.model.stories()[-1].lead.notice.id == "old"  # resolved ones after open ones


def test_the_users_choice_stays_selected_across_refreshes(
    qtbot: Any, context_factory: Any, app_paths: Any
) -> None:
    feed = state([notice("a", severity="critical"), notice("b", severity="minor")], verified=True)
    page = static_page(qtbot, context_factory, app_paths, [feed])
    row = page.model.find("b")
    page.list_view.setCurrentIndex(page.model.index(row))
    assert selected(page).lead.notice.id == "b"
    with qtbot.waitSignal(page.controller.states_changed, timeout=10000):
        page.controller.refresh()
    qtbot.waitUntil(lambda: not page.controller.busy)
    assert selected(page).lead.notice.id == "b"


def test_group_headings_are_skipped_by_the_keyboard(
    qtbot: Any, context_factory: Any, app_paths: Any
) -> None:
    feed = state(
        [notice("open", severity="critical"), notice("done", status="resolved")], verified=True
    )
    page = static_page(qtbot, context_factory, app_paths, [feed])
    texts = [page.model.data(page.model.index(r)) for r in range(page.model.rowCount())]
    assert texts[0] == "Open now (1)" and texts[2] == "Resolved (1)"
    page.list_view.setFocus()
    assert selected(page).lead.notice.id == "open"
    qtbot.keyClick(page.list_view, Qt.Key.Key_Down)
    assert page.list_view.currentIndex().row() == 3  # over the "Resolved" heading
    assert selected(page).lead.notice.id == "done"
    qtbot.keyClick(page.list_view, Qt.Key.Key_Up)
    assert page.list_view.currentIndex().row() == 1  # back over the heading
    qtbot.keyClick(page.list_view, Qt.Key.Key_Up)
    assert page.list_view.currentIndex().row() == 1  # the "Open now" heading is not a stop
    qtbot.keyClick(page.list_view, Qt.Key.Key_End)
    assert selected(page).lead.notice.id == "done"
    qtbot.keyClick(page.list_view, Qt.Key.Key_Home)  # row 0 is a heading: the first story
    assert page.list_view.currentIndex().row() == 1


# -- one entry per story ---------------------------------------------------------------


def test_a_verified_and_an_unverified_copy_are_one_story_under_the_verified_one(
    app_context: Any, page_factory: Any, qtbot: Any
) -> None:
    page = page_factory(app_context)
    wait_loaded(qtbot, page, 2)
    leads = [s.lead.notice.id for s in page.model.stories()]
    assert "dxi02faresetx" not in leads  # the status page's copy is not listed on its own
    row = page.model.find("dxi02faresetx")
    story = page.model.story_at(row)
    assert story is not None and story.lead.state.verified
    assert [c.notice.id for c in story.also] == ["dxi02faresetx"]
    assert "· also on the status page" in page.model.data(page.model.index(row))
    page.list_view.setCurrentIndex(page.model.index(row))
    also = page.detail.also.text()
    assert page.detail.also.isVisibleTo(page)
    assert also.startswith("Also on the status page (unverified): “Security incident: 2FA")
    assert "Verified ✓" in page.detail.source.text()  # the lead is the verified copy


# -- planned maintenance and promises, in the user's time -------------------------------


def test_planned_maintenance_has_its_own_group_with_the_window_in_the_users_time(
    qtbot: Any, context_factory: Any, app_paths: Any
) -> None:
    start = (NOW + timedelta(days=3)).replace(hour=0, minute=0)
    end = start + timedelta(hours=1)
    promised = at(2)
    page_state = state(
        [
            notice("halt", severity="critical", published=at(-6), next_update_at=promised),
            notice(
                "upgrade",
                kind="maintenance",
                severity="info",
                status="scheduled",
                published=at(-1),
                window_start=start,
                window_end=end,
                title="Planned maintenance: wallet upgrade",
            ),
            notice("past", status="resolved", published=at(-200)),
        ],
        verified=False,
    )
    page = static_page(qtbot, context_factory, app_paths, [page_state], zone=OSLO)
    groups = [s.group for s in page.model.stories()]
    assert groups == [StoryGroup.OPEN, StoryGroup.PLANNED, StoryGroup.RESOLVED]
    headings = [
        page.model.data(page.model.index(r))
        for r in range(page.model.rowCount())
        if page.model.story_at(r) is None
    ]
    assert headings == ["Open now (1)", "Planned maintenance (1)", "Resolved (1)"]
    oslo = TimeFormat(QLocale(), OSLO)
    window = oslo.window(start, end)
    assert window.endswith("01:00–02:00 your time")  # 00:00 UTC is 01:00 in Oslo
    row = page.model.find("upgrade")
    title, line = page.model.data(page.model.index(row)).splitlines()
    assert title == "● New · Planned maintenance: wallet upgrade"
    assert line.startswith(f"INFORMATION · Planned: {window} · Demo Exchange status")
    page.list_view.setCurrentIndex(page.model.index(row))
    assert page.detail.window.text() == f"Planned: {window}"

    page.list_view.setCurrentIndex(page.model.index(page.model.find("halt")))
    # Both clocks are shown; near midnight each may carry its day (tests/ui/test_format.py).
    text = page.detail.next_update.text()
    assert text.startswith("Next update expected at ")
    assert f"{promised:%H:%M} UTC (" in text
    assert text.endswith(f"{promised.astimezone(ZONE_OSLO):%H:%M} your time)")


# -- scam wording ---------------------------------------------------------------------


def detail_for(
    qtbot: Any, the_notice: Notice, *, verified: bool, staff_statement: bool = True
) -> StoryDetail:
    the_notice = replace(the_notice, verified=verified)  # as the readers mark them
    feed = state([the_notice], verified=verified)
    copy = Copy(notice=the_notice, state=feed, read_key=f"demo-exchange/{the_notice.id}")
    story = Story(
        key=copy.read_key,
        lead=copy,
        also=(),
        earlier=(),
        group=StoryGroup.OPEN,
        severity=the_notice.severity,
    )
    detail = StoryDetail(
        TimeFormat(QLocale()),
        "Demo Exchange",
        time.time,
        lambda: "en",
        staff_statement=staff_statement,
    )
    qtbot.addWidget(detail)
    detail.show_story(story)
    detail.show()
    return detail


def test_only_an_unverified_notice_asking_for_secrets_gets_the_red_warning(qtbot: Any) -> None:
    asks = notice("asks", scam_flags=("seed_phrase",))
    red = detail_for(qtbot, asks, verified=False)
    assert red.scam_banner.isVisible() and not red.scam_reminder.isVisible()
    assert red.scam_banner.label.text().startswith("⚠ Scam warning: this notice mentions seed")
    assert red.scam_banner.kind == "danger"

    # The exchange's own signed notice: at most a neutral reminder.
    signed = detail_for(qtbot, notice("signed", scam_flags=("seed_phrase",)), verified=True)
    assert not signed.scam_banner.isVisible() and signed.scam_reminder.isVisible()
    assert signed.scam_reminder.kind == "info"

    reassures = notice("reassures", reassurances=("seed_phrase", "remote_access"))
    for verified in (True, False):
        calm = detail_for(qtbot, reassures, verified=verified)
        assert not calm.scam_banner.isVisible()
        assert calm.scam_reminder.label.text().startswith(
            "Demo Exchange staff will never ask you for seed or recovery phrases, remote access"
        )

    plain = detail_for(qtbot, notice("plain"), verified=False)
    assert not plain.scam_banner.isVisible() and not plain.scam_reminder.isVisible()


def test_without_the_exchanges_own_word_the_scam_wording_speaks_for_no_one(qtbot: Any) -> None:
    """A community profile has no statement of what the exchange's staff never ask:
    the same warnings are given as advice, not in the exchange's name."""
    asks = notice("asks", scam_flags=("seed_phrase",))
    red = detail_for(qtbot, asks, verified=False, staff_statement=False)
    text = red.scam_banner.label.text()
    assert text.startswith("⚠ Scam warning: this notice mentions seed or recovery phrases.")
    assert "Never give these to anyone" in text and "staff" not in text
    reassures = notice("reassures", reassurances=("seed_phrase",))
    calm = detail_for(qtbot, reassures, verified=False, staff_statement=False)
    assert calm.scam_reminder.label.text().startswith("Never give anyone seed or recovery phrases.")


# -- what works now ---------------------------------------------------------------------


COMPONENTS = (
    ComponentStatus("Login", "operational", id="c1"),
    ComponentStatus("Trading", "major_outage", "Trading platform", id="c2"),
    ComponentStatus("Withdrawals", "operational", "Trading platform", id="c3"),
    ComponentStatus("Deposits", "operational", "Trading platform", id="c4"),
    ComponentStatus("Staking rewards", "partial_outage", id="c5"),
    *(ComponentStatus(f"Market data {n}", "operational", "Data", id=f"m{n}") for n in range(12)),
)


def test_the_strip_shows_an_outage_no_incident_mentions_and_lists_every_area(
    qtbot: Any, context_factory: Any, app_paths: Any
) -> None:
    halt = notice("halt", severity="critical", components=("Trading",))
    page = static_page(
        qtbot, context_factory, app_paths, [state([halt], verified=False, components=COMPONENTS)]
    )
    page.context.session.set_support_mode(True)
    strip = page.health
    assert strip.isVisibleTo(page)
    chips = {chip.area.name: chip.text.text() for chip in strip.chips}
    assert chips["Staking rewards"] == "Staking rewards: Partly down (no incident reported)"
    assert chips["Trading"] == "Trading: Down"  # an incident explains this one
    assert chips["Login"] == "Login: Working"
    assert strip.health.hidden_operational > 0
    assert (
        strip.others.text() == f"{strip.health.hidden_operational} other services working normally"
    )
    # Shape and words, not colour alone: each chip has its icon and says its status.
    for chip in strip.chips:
        icons = [
            w for w in chip.findChildren(type(chip.text)) if w.pixmap() and not w.pixmap().isNull()
        ]
        assert icons, chip.area.name
    assert strip.all_button.isVisibleTo(page)
    assert strip.all_button.focusPolicy() & Qt.FocusPolicy.TabFocus
    strip.all_button.setFocus()
    qtbot.keyClick(strip.all_button, Qt.Key.Key_Space)
    dialog = strip.findChild(AreasDialog)
    assert dialog is not None and dialog.isVisible()
    tree = dialog.tree
    names = []
    for index in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(index)
        names.append(item.text(0))
        names += [item.child(c).text(0) for c in range(item.childCount())]
    assert len([n for n in names if n not in ("Trading platform", "Data")]) == len(COMPONENTS)
    assert {"Trading platform", "Data"} <= set(names)  # groups kept
    dialog.close()
    assert geometry_offenders(strip) == []


def test_the_strip_fits_at_200_percent_in_support_mode(tmp_path: Path) -> None:
    """The real app on the Demo Exchange, scaled to 200 %, support mode on: the strip
    names the area in outage without an incident and nothing on step 1 is cut off."""
    config = tmp_path / "screens.json"
    config.write_text(
        json.dumps({"screens": [{"name": "big", "x": 0, "y": 0, "width": 2560, "height": 1600}]})
    )
    env = {"QT_QPA_PLATFORM": f"offscreen:configfile={config}", "QT_SCALE_FACTOR": "2"}
    report = run_probe(env, tmp_path / "home", "en", ["status-strip"])
    assert report["scale"] == 2.0
    assert report["support"] is True
    assert "Staking rewards: Partly down (no incident reported)" in report["chips"]
    assert report["strip_visible"]
    assert report["offenders"] == []
    assert report["chips_cut"] == []


def test_the_detail_opens_each_story_at_its_title_and_keeps_the_place_on_refresh(
    app_context: Any, page_factory: Any, qtbot: Any
) -> None:
    page = page_factory(app_context)
    page.resize(900, 560)  # small enough for the detail to scroll
    wait_loaded(qtbot, page, 2)
    detail = page.detail
    bar = detail.verticalScrollBar()
    rows = [r for r in range(page.model.rowCount()) if page.model.story_at(r) is not None]
    page.list_view.setCurrentIndex(page.model.index(rows[0]))
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=5000)
    qtbot.wait(100)  # the rows and the text settle their heights
    bar.setValue(bar.maximum())
    kept = bar.value()
    detail.show_story(detail.story)  # the minute tick re-renders the same story
    qtbot.wait(50)
    assert bar.value() == kept > 0
    page.list_view.setCurrentIndex(page.model.index(rows[1]))  # another story
    qtbot.waitUntil(lambda: bar.value() == 0, timeout=2000)
