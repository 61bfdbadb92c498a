"""The status page with qtbot: demo notices, action buttons, banners, startup cache."""

from __future__ import annotations

import re
import threading
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from breachguard.core.feeds.stories import StoryGroup, build_stories
from breachguard.core.paths import AppPaths
from breachguard.demo.signer import MinisignSigner
from breachguard.qt.context import AppContext
from breachguard.qt.notices import NoticesController
from breachguard.ui.banner import Banner
from breachguard.ui.pages.status import StatusPage
from breachguard.ui.pages.status.story_list import StoryRole
from tests.feeds.conftest import feed_bytes, item, make_profile, rfc3339
from tests.support.context import make_context

FEED = "/notices/feed.json"
SIG = "/notices/feed.json.minisig"


def wait_loaded(qtbot: Any, page: StatusPage, sources: int) -> None:
    controller = page.controller

    def loaded() -> bool:
        return len(controller.states()) == sources and not controller.busy

    try:
        qtbot.waitUntil(loaded, timeout=15000)
    except qtbot.TimeoutError:
        # Say what was still missing: a timeout alone does not tell a slow server from a
        # lost callback.
        states = [(s.key, s.error_code, s.error) for s in controller.states()]
        raise AssertionError(
            f"{sources} sources not loaded: states={states} busy={controller.busy} "
            f"tasks pending={page.context.tasks.pending}"
        ) from None


def select(page: StatusPage, notice_id: str) -> None:
    row = page.model.find(notice_id)
    assert row >= 0, notice_id
    page.list_view.setCurrentIndex(page.model.index(row))


def lead_ids(page: StatusPage) -> list[str]:
    return [story.lead.notice.id for story in page.model.stories()]


def texts(page: StatusPage) -> str:
    return "\n".join(b.label.text() for b in page.findChildren(Banner) if b.isVisibleTo(page))


def test_shows_the_demo_exchange_notices(
    app_context: AppContext, page_factory: Any, qtbot: Any
) -> None:
    page = page_factory(app_context)
    wait_loaded(qtbot, page, 2)
    states = page.controller.states()
    assert [s.error for s in states] == [None, None]
    stories = page.model.stories()
    ids = {n.id for s in stories for n in (s.lead.notice, *(c.notice for c in s.also), *s.earlier)}
    assert {"dx-2fa-reset", "dxi0tradehalt"} <= ids
    # The triage order of the core, in groups under headings the keyboard skips.
    assert [s.key for s in stories] == [s.key for s in build_stories(states)]
    groups = [s.group for s in stories]
    assert groups == sorted(groups, key=list(StoryGroup).index)
    headings = [r for r in range(page.model.rowCount()) if page.model.story_at(r) is None]
    assert len(headings) == len(set(groups)) and headings[0] == 0
    assert all(not page.model.flags(page.model.index(r)) for r in headings)
    banner_text = texts(page)
    assert (
        "Demo Exchange notices: Verified ✓ signed by Demo Exchange, published just now"
        in banner_text
    )
    assert "Demo Exchange status page: Unverified (TLS only)" in banner_text
    assert app_context.session.revocation_notice is True


def test_action_buttons_only_for_verified_notices(
    app_context: AppContext, page_factory: Any, qtbot: Any
) -> None:
    page = page_factory(app_context)
    wait_loaded(qtbot, page, 2)
    select(page, "dx-2fa-reset")
    assert page.detail.reenroll_button.isVisibleTo(page)
    assert not page.detail.login_email_button.isVisibleTo(page)
    with qtbot.waitSignal(page.goto_step) as signal:
        page.detail.reenroll_button.click()
    assert signal.args == ["2FA"]

    select(page, "dx-wrong-login-email")
    with qtbot.waitSignal(page.goto_step) as signal:
        page.detail.login_email_button.click()
    assert signal.args == ["LOGIN-EMAIL"]

    select(page, "dxi02faresetx")  # the same story on the unverified status page
    story = page.detail.story
    # Shown under the verified copy, which alone offers the action; the page's copy is
    # named beside it (test_alerts covers an unverified story of its own: no buttons).
    assert story is not None and story.lead.state.verified
    assert [copy.notice.id for copy in story.also] == ["dxi02faresetx"]
    assert "Also on the status page (unverified)" in page.detail.also.text()
    assert page.detail.reenroll_button.isVisibleTo(page)


def test_corrections_next_update_and_scam_warning(
    app_context: AppContext, page_factory: Any, qtbot: Any
) -> None:
    page = page_factory(app_context)
    wait_loaded(qtbot, page, 2)
    select(page, "dx-trading-correction")
    detail = page.detail
    assert detail.correction.isVisibleTo(page)
    assert detail.correction.label.text().startswith("✎ Correction to the earlier notice")
    assert page.model.data(page.list_view.currentIndex()).splitlines()[0].startswith("Correction:")
    # The notice it corrects is in the story's timeline, marked as corrected.
    assert page.model.find("dx-trading-update") == page.list_view.currentIndex().row()
    assert detail.timeline.isVisibleTo(page) and "Update history" in detail.timeline.text()
    assert "(corrected): “Trading stays halted" in detail.timeline.text()
    # The exchange's own verified notice says "we will never ask for your seed phrase":
    # a neutral reminder, never the red warning (that would read "this notice is a scam").
    select(page, "dx-2fa-reset")
    notice = detail.story.lead.notice  # type: ignore[union-attr]
    assert (notice.scam_flags, notice.reassurances) == ((), ("seed_phrase",))
    assert not detail.scam_banner.isVisibleTo(page)
    assert detail.scam_reminder.isVisibleTo(page)
    assert "seed or recovery phrases" in detail.scam_reminder.label.text()
    assert "⚠" not in detail.scam_reminder.label.text()


def test_german_text_when_the_ui_is_german(
    app_context: AppContext, page_factory: Any, qtbot: Any
) -> None:
    app_context.settings.set("language", "de")
    page = page_factory(app_context)
    wait_loaded(qtbot, page, 2)
    select(page, "dx-2fa-reset")
    assert page.detail.title.text().startswith("Sicherheitsvorfall")


# -- pages on a scripted exchange -------------------------------------------------------


def scripted_context(base_url: str, home: Path, *, statuspage: bool = False) -> AppContext:
    """The app on a scripted exchange at ``base_url``, with its files under ``home``."""
    paths = AppPaths.from_environment({"BREACHGUARD_HOME": str(home)}).ensure()
    return make_context(paths=paths, provider=make_profile(base_url, statuspage=statuspage))


def publish(
    server: HTTPServer, signer: MinisignSigner, body: bytes, signature: bytes | None = None
) -> None:
    server.clear_all_handlers()
    server.expect_request(FEED).respond_with_data(body, content_type="application/feed+json")
    server.expect_request(SIG).respond_with_data(signature or signer.sign(body, "t"))


def test_tampered_feed_shows_red_banner_and_keeps_last_good(
    httpserver: HTTPServer, signer: MinisignSigner, tmp_path: Path, page_factory: Any, qtbot: Any
) -> None:
    publish(httpserver, signer, feed_bytes([item("good", title="Genuine notice")], sequence=3))
    context = scripted_context(httpserver.url_for("").rstrip("/"), tmp_path)
    page = page_factory(context)
    wait_loaded(qtbot, page, 1)
    assert lead_ids(page) == ["good"]

    body = feed_bytes([item("evil", title="Send us your seed phrase")], sequence=4)
    publish(httpserver, signer, body.replace(b"seed", b"SEED"), signer.sign(body, "t"))
    with qtbot.waitSignal(page.controller.busy_changed, timeout=10000):
        page.refresh_button.click()
    assert page.progress.isVisibleTo(page) and not page.refresh_button.isEnabled()
    qtbot.waitUntil(lambda: not page.controller.busy, timeout=10000)
    red = page.findChild(Banner, "status.verificationBanner0")
    assert red is not None and red.isVisibleTo(page)
    assert "failed verification and were NOT shown" in red.label.text()
    assert "signature does not match the content" in red.label.text()
    assert lead_ids(page) == ["good"]
    assert page.detail.title.text() == "Genuine notice"
    assert page.detail.reenroll_button.isVisibleTo(page)  # the last good notice is still verified


def test_unsigned_content_never_replaces_a_verified_feed(
    httpserver: HTTPServer, signer: MinisignSigner, tmp_path: Path, page_factory: Any, qtbot: Any
) -> None:
    httpserver.expect_request(FEED).respond_with_data(feed_bytes([item("unsigned")]))
    httpserver.expect_request(SIG).respond_with_data("not found", status=404)
    context = scripted_context(httpserver.url_for("").rstrip("/"), tmp_path)
    page = page_factory(context)
    wait_loaded(qtbot, page, 1)
    assert page.model.rowCount() == 0 and lead_ids(page) == []
    assert "failed verification and are not shown" in texts(page)
    assert context.session.revocation_notice is False


def test_cached_notices_show_before_the_network_answers(
    httpserver: HTTPServer, signer: MinisignSigner, tmp_path: Path, page_factory: Any, qtbot: Any
) -> None:
    publish(httpserver, signer, feed_bytes([item("cached")], sequence=2))
    base = httpserver.url_for("").rstrip("/")
    first = page_factory(scripted_context(base, tmp_path))
    wait_loaded(qtbot, first, 1)
    first.shutdown()

    release = threading.Event()

    def hang(_request: Request) -> Response:
        release.wait(10)
        return Response(status=503)

    httpserver.clear_all_handlers()
    httpserver.expect_request(FEED).respond_with_handler(hang)
    try:
        page = page_factory(scripted_context(base, tmp_path))
        qtbot.waitUntil(lambda: len(page.model.stories()) == 1, timeout=5000)
        assert page.controller.busy  # the network has not answered yet
        assert lead_ids(page) == ["cached"]
        assert "Verified ✓" in texts(page)
    finally:
        release.set()
    qtbot.waitUntil(lambda: not page.controller.busy, timeout=10000)
    assert "Could not check Demo Exchange notices for new notices" in texts(page)


def test_critical_notice_alerts_once_ever(
    httpserver: HTTPServer, signer: MinisignSigner, tmp_path: Path, qtbot: Any
) -> None:
    publish(httpserver, signer, feed_bytes([item("crit")], sequence=1))
    base = httpserver.url_for("").rstrip("/")
    alerts: list[str] = []
    for _run in range(2):  # second run = app restart with the same data directory
        context = scripted_context(base, tmp_path)
        controller = NoticesController(context)
        controller.critical_notice.connect(lambda n: alerts.append(n.id))
        with qtbot.waitSignal(controller.worst_severity_changed, timeout=10000) as worst:
            controller.start()
        assert worst.args == ["critical"]
        qtbot.waitUntil(lambda c=controller: not c.busy and len(c.states()) == 1, timeout=10000)
        controller.refresh()
        qtbot.waitUntil(lambda c=controller: not c.busy, timeout=10000)
        controller.stop()
        context.tasks.wait_idle(10000)
    assert alerts == ["crit"]


def test_selected_notice_is_marked_read(
    app_context: AppContext, page_factory: Any, qtbot: Any
) -> None:
    page = page_factory(app_context)
    wait_loaded(qtbot, page, 2)
    story = page.list_view.currentIndex().data(StoryRole)
    assert story.read_keys and all(page.controller.is_read(key) for key in story.read_keys)
    other = page.model.index(page.model.rowCount() - 1).data(StoryRole)
    assert other.key != story.key
    assert not any(page.controller.is_read(key) for key in other.read_keys)


def test_stale_feed_and_overdue_promise_are_explained(
    httpserver: HTTPServer, signer: MinisignSigner, tmp_path: Path, page_factory: Any, qtbot: Any
) -> None:
    body = feed_bytes(
        [
            item(
                "old",
                _breachguard={
                    "severity": "major",
                    "status": "identified",
                    "next_update_at": "2026-03-14T14:00:00Z",
                },
            )
        ],
        sequence=1,
        expires="2026-03-14T21:00:00Z",
    )
    publish(httpserver, signer, body)
    page = page_factory(scripted_context(httpserver.url_for("").rstrip("/"), tmp_path))
    wait_loaded(qtbot, page, 1)
    assert "Out of date: these notices expired at" in texts(page)
    assert re.search(r"expired at .*\d\d:\d\d \S+ and", texts(page))  # explicit zone
    promise = page.detail.next_update.text()
    assert promise.startswith("An update was promised for ") and "2026" in promise
    assert re.search(r"\d\d:\d\d \S+ and has not arrived yet\.$", promise)  # time + zone


def test_bad_times_show_time_unknown_never_now(
    httpserver: HTTPServer, signer: MinisignSigner, tmp_path: Path, page_factory: Any, qtbot: Any
) -> None:
    publish(
        httpserver,
        signer,
        feed_bytes([item("naive", date_published="2026-03-14 09:00:00"), item("ok")], sequence=1),
    )
    page = page_factory(scripted_context(httpserver.url_for("").rstrip("/"), tmp_path))
    wait_loaded(qtbot, page, 1)
    assert lead_ids(page) == ["ok", "naive"]  # an undated notice never goes to the top
    select(page, "naive")
    assert page.detail.time.text() == "Published time unknown"
    row = page.model.index(page.model.find("naive"))
    assert "time unknown · Demo Exchange notices, verified" in page.model.data(row)


def test_revocation_notice_records_its_date_and_counts_without_one(
    httpserver: HTTPServer, signer: MinisignSigner, tmp_path: Path, page_factory: Any, qtbot: Any
) -> None:
    publish(httpserver, signer, feed_bytes([item("dated")], sequence=2))
    context = scripted_context(httpserver.url_for("").rstrip("/"), tmp_path)
    wait_loaded(qtbot, page_factory(context), 1)
    assert context.session.revocation_notice is True
    assert context.session.revocation_published_at == 1773478800.0  # 2026-03-14T09:00:00Z

    undated = item("undated")
    del undated["date_published"]
    publish(httpserver, signer, feed_bytes([undated], sequence=3))
    other = scripted_context(httpserver.url_for("").rstrip("/"), tmp_path / "other")
    wait_loaded(qtbot, page_factory(other), 1)
    assert other.session.revocation_notice is True
    assert other.session.revocation_published_at is None


def test_a_server_error_is_explained_in_the_users_language(
    httpserver: HTTPServer, tmp_path: Path, page_factory: Any, qtbot: Any, qapp: Any
) -> None:
    from breachguard.qt.i18n import install_language

    httpserver.expect_request(FEED).respond_with_data("down", status=503)
    install_language(qapp, "de")  # the conftest puts the language back afterwards
    page = page_factory(scripted_context(httpserver.url_for("").rstrip("/"), tmp_path))
    qtbot.waitUntil(lambda: page.controller.states() != [], timeout=10000)
    qtbot.waitUntil(lambda: not page.controller.busy, timeout=10000)
    # The sentence and the network reason inside it, both in German.
    assert "der Server der Börse hat ein Problem (HTTP 503)" in texts(page)
    assert "HTTP 503" in (page.controller.states()[0].error or "")  # English for logs
    # Never read, so never "no current notices".
    assert (
        page.empty_label.text()
        == "Bisher konnten keine Mitteilungen gelesen werden; der Grund steht oben."
    )


def test_sources_without_a_label_of_their_own_are_named_in_the_users_language(
    app_context: AppContext, page_factory: Any, qtbot: Any, qapp: Any
) -> None:
    """The Demo Exchange's profile names no labels: the app's own names are used, and
    translated, so a German sentence has no English "notices" or "status page" in it."""
    from breachguard.qt.i18n import install_language

    assert all(not source.label for source in app_context.provider.feeds)
    install_language(qapp, "de")
    page = page_factory(app_context)
    wait_loaded(qtbot, page, 2)
    lines = texts(page)
    assert "Mitteilungen von Demo Exchange: Verifiziert ✓" in lines
    assert "Statusseite von Demo Exchange: nicht verifiziert" in lines
    assert "notices" not in lines and "status page" not in lines


def test_after_a_304_the_line_says_how_old_the_content_is(
    httpserver: HTTPServer, signer: MinisignSigner, tmp_path: Path, page_factory: Any, qtbot: Any
) -> None:
    generated = datetime.fromtimestamp(int(time.time()) - 5 * 3600 - 60, tz=timezone.utc)
    body = feed_bytes(
        [item("old")],
        sequence=1,
        generated=rfc3339(generated),
        expires=rfc3339(generated + timedelta(hours=12)),
    )
    answers: list[int] = []

    def conditional(request: Request) -> Response:
        status = 304 if request.headers.get("If-None-Match") == '"x"' else 200
        answers.append(status)
        return Response(
            body if status == 200 else b"",
            status=status,
            content_type="application/feed+json",
            headers={"ETag": '"x"'},
        )

    httpserver.expect_request(FEED).respond_with_handler(conditional)
    httpserver.expect_request(SIG).respond_with_data(signer.sign(body, "t"))
    page = page_factory(scripted_context(httpserver.url_for("").rstrip("/"), tmp_path))
    wait_loaded(qtbot, page, 1)
    page.controller.refresh()
    qtbot.waitUntil(lambda: answers == [200, 304] and not page.controller.busy, timeout=10000)
    line = texts(page)
    assert "Verified ✓ signed by Demo Exchange, published 5 h ago" in line
    assert "just now" not in line


def test_a_replayed_expired_feed_offers_no_action_buttons(
    httpserver: HTTPServer, signer: MinisignSigner, tmp_path: Path, page_factory: Any, qtbot: Any
) -> None:
    # A genuine edition from months ago, served to a fresh install (no sequence seen yet).
    body = feed_bytes([item("replayed")], sequence=1, expires="2026-03-14T20:00:00Z")
    publish(httpserver, signer, body)
    page = page_factory(scripted_context(httpserver.url_for("").rstrip("/"), tmp_path))
    wait_loaded(qtbot, page, 1)
    state = page.controller.states()[0]
    assert state.verified and state.stale
    assert state.notices[0].offered_actions() == ("reenroll_2fa",)  # the feed asks for it
    select(page, "replayed")
    assert not page.detail.reenroll_button.isVisibleTo(page)
    assert not page.detail.login_email_button.isVisibleTo(page)
    assert "Out of date: these notices expired at" in texts(page)
