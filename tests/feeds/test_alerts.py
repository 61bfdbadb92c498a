"""Only verified sources alert: an unverified status page with a critical incident is
listed and labelled, but raises no desktop notification and does not colour the tray;
an expired verified feed raises no new notification either. A plain, unsigned JSON
Feed is treated the same way, whatever severity or actions its items claim."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from pytest_httpserver import HTTPServer

from breachguard.core.feeds import alerts
from breachguard.core.feeds.model import FeedState, Notice, ParsedFeed
from breachguard.core.feeds.source import FeedFetcher
from breachguard.core.http import HttpClient
from breachguard.core.paths import AppPaths
from breachguard.core.provider import ProfileOrigin, profile_from_dict
from breachguard.demo.signer import MinisignSigner
from breachguard.qt import notices as qt_notices
from breachguard.qt.notices import NoticesController
from breachguard.ui.tray import StatusTray
from tests.feeds.conftest import feed_bytes, feed_doc, item, make_profile, profile_dict
from tests.feeds.test_status_page import publish, scripted_context
from tests.support.context import make_context

SUMMARY = "/api/v2/summary.json"


def critical_statuspage(server: HTTPServer) -> None:
    server.expect_request(SUMMARY).respond_with_json(
        {
            "page": {"id": "p", "name": "Status", "updated_at": "2026-03-14T09:10:00Z"},
            "status": {"indicator": "critical", "description": "Major outage"},
            "incidents": [
                {
                    "id": "forged",
                    "name": "Critical: send your seed phrase to support",
                    "impact": "critical",
                    "status": "investigating",
                    "created_at": "2026-03-14T09:10:00Z",
                    "incident_updates": [{"body": "Re-enroll 2FA now", "status": "investigating"}],
                }
            ],
        }
    )


def minor_item(item_id: str = "minor") -> dict[str, Any]:
    return item(item_id, _breachguard={"severity": "minor", "status": "monitoring"})


def run_controller(
    qtbot: Any, context: Any, sources: int
) -> tuple[NoticesController, StatusTray, list[Any]]:
    """Polls every source once with a real tray listening; returns what it showed."""
    shown: list[Any] = []
    controller = NoticesController(context)
    tray = StatusTray(controller, context.provider.name, notifier=lambda *m: shown.append(m))
    controller.start()
    qtbot.waitUntil(
        lambda: len(controller.states()) == sources and not controller.busy, timeout=15000
    )
    controller.stop()
    context.tasks.wait_idle(10000)
    return controller, tray, shown


def test_an_unverified_critical_incident_neither_notifies_nor_sets_the_tray(
    httpserver: HTTPServer, signer: MinisignSigner, tmp_path: Path, qtbot: Any
) -> None:
    publish(httpserver, signer, feed_bytes([minor_item()], sequence=1))
    critical_statuspage(httpserver)
    context = scripted_context(httpserver.url_for("").rstrip("/"), tmp_path, statuspage=True)
    controller, tray, shown = run_controller(qtbot, context, 2)
    assert shown == []
    assert tray.severity == "minor"  # the verified feed's, not the status page's critical
    assert "minor problem" in tray.icon.toolTip()
    status_page = next(s for s in controller.states() if not s.signed)
    assert [n.id for n in status_page.notices] == ["forged"]  # still listed
    assert status_page.notices[0].severity == "critical"


def test_a_status_page_alone_never_alerts(
    httpserver: HTTPServer, tmp_path: Path, qtbot: Any
) -> None:
    critical_statuspage(httpserver)
    base = httpserver.url_for("").rstrip("/")
    context = scripted_context(base, tmp_path, statuspage=True)
    # Only the status page: the signed feed's address answers 404.
    _controller, tray, shown = run_controller(qtbot, context, 2)
    assert shown == []
    assert tray.severity == ""
    assert "no open verified notices" in tray.icon.toolTip()


def test_the_status_page_lists_the_unverified_incident_labelled(
    httpserver: HTTPServer, signer: MinisignSigner, tmp_path: Path, qtbot: Any, page_factory: Any
) -> None:
    publish(httpserver, signer, feed_bytes([minor_item()], sequence=1))
    critical_statuspage(httpserver)
    context = scripted_context(httpserver.url_for("").rstrip("/"), tmp_path, statuspage=True)
    page = page_factory(context)
    qtbot.waitUntil(
        lambda: len(page.controller.states()) == 2 and not page.controller.busy, timeout=15000
    )
    row = page.model.find("forged")
    assert row >= 0
    assert "Demo Exchange status page, unverified" in page.model.data(page.model.index(row))
    page.list_view.setCurrentIndex(page.model.index(row))
    assert "Unverified (TLS only)" in page.detail.source.text()
    assert not page.detail.reenroll_button.isVisibleTo(page)
    assert page.controller.worst_severity() == "minor"


def test_an_expired_verified_feed_raises_no_new_notification(
    httpserver: HTTPServer, signer: MinisignSigner, tmp_path: Path, qtbot: Any
) -> None:
    # A genuine but expired edition (a frozen copy, or one replayed to a new install).
    publish(
        httpserver,
        signer,
        feed_bytes([item("old-critical")], sequence=1, expires="2026-03-14T08:30:00Z"),
    )
    context = scripted_context(httpserver.url_for("").rstrip("/"), tmp_path)
    controller, tray, shown = run_controller(qtbot, context, 1)
    assert shown == []
    # Still the exchange's own words: listed and counted, not announced.
    assert controller.states()[0].stale and controller.states()[0].verified
    assert tray.severity == "critical"


def test_the_demo_notifies_only_notices_of_its_signed_feed(qtbot: Any, app_context: Any) -> None:
    controller = NoticesController(app_context)
    notified: list[Any] = []
    controller.critical_notice.connect(notified.append)
    controller.start()
    qtbot.waitUntil(lambda: len(controller.states()) == 2 and not controller.busy, timeout=15000)
    controller.stop()
    app_context.tasks.wait_idle(10000)
    status_page = next(s for s in controller.states() if not s.signed)
    assert any(n.severity == "critical" and alerts.is_open(n) for n in status_page.notices)
    assert notified and all(n.verified for n in notified)
    signed_ids = {n.id for s in controller.states() if s.verified for n in s.notices}
    assert {n.id for n in notified} <= signed_ids


def test_worst_severity_and_alerts_come_from_verified_states_only(
    httpserver: HTTPServer, signer: MinisignSigner, tmp_path: Path
) -> None:
    publish(httpserver, signer, feed_bytes([minor_item()], sequence=1))
    critical_statuspage(httpserver)
    profile = make_profile(httpserver.url_for("").rstrip("/"))
    signed, unsigned = (
        FeedFetcher(profile, source, HttpClient(), tmp_path).fetch() for source in profile.feeds
    )
    assert signed.verified and not unsigned.verified
    assert alerts.worst_open_severity([signed, unsigned]) == "minor"
    assert alerts.worst_open_severity([unsigned]) == ""
    assert alerts.alerting_ids(unsigned, time.time()) == []
    forged = unsigned.notices[0]
    assert forged.severity == "critical"
    assert alerts.actions_for(unsigned, forged, time.time()) == ()


def plain_feed_context(server: HTTPServer, home: Path) -> Any:
    """The app with one source: the exchange's plain JSON Feed, claiming a critical
    notice with an action (which only a signed feed could offer)."""
    doc = feed_doc([item("plain-critical")])
    del doc["_breachguard"]
    server.expect_request("/blog/feed.json").respond_with_json(doc)
    profile = profile_dict(server.url_for("").rstrip("/"), statuspage=False)
    profile["feeds"] = [{"url": server.url_for("/blog/feed.json"), "format": "jsonfeed"}]
    paths = AppPaths.from_environment({"BREACHGUARD_HOME": str(home)}).ensure()
    provider = profile_from_dict(profile, origin=ProfileOrigin.BUILT_IN)
    return make_context(paths=paths, provider=provider)


def test_a_plain_json_feed_never_alerts_nor_offers_actions(
    httpserver: HTTPServer, tmp_path: Path, qtbot: Any
) -> None:
    context = plain_feed_context(httpserver, tmp_path)
    controller, tray, shown = run_controller(qtbot, context, 1)
    [state] = controller.states()
    assert state.error is None and not state.verified
    [notice] = state.notices
    assert (notice.id, notice.severity, notice.verified) == ("plain-critical", "critical", False)
    assert notice.actions == () and notice.offered_actions() == ()
    assert alerts.is_alert_worthy(notice)  # what it says ...
    assert alerts.alerting_ids(state, time.time()) == []  # ... is not trusted
    assert shown == [] and tray.severity == ""
    assert alerts.worst_open_listed([state]) == "critical"  # still listed, first


def notice(n_id: str, severity: str, status: str, *, verified: bool = False) -> Notice:
    return Notice(n_id, n_id, "", severity=severity, status=status, verified=verified)


def state_of(*notices: Notice, signed: bool = False) -> FeedState:
    feed = ParsedFeed("t", tuple(notices))
    return FeedState("k", "u", "l", "jsonfeed", signed, feed, verified_by="AB" if signed else "")


def test_alert_worthiness_is_open_and_critical_only() -> None:
    assert alerts.is_alert_worthy(notice("a", "critical", "investigating"))
    assert alerts.is_alert_worthy(notice("b", "critical", "unknown"))
    for closed in ("resolved", "postmortem", "completed"):
        assert not alerts.is_alert_worthy(notice("c", "critical", closed))
    assert not alerts.is_alert_worthy(notice("d", "major", "investigating"))


def test_worst_listed_counts_every_source_and_the_tray_only_verified_ones() -> None:
    unverified = state_of(
        notice("x", "critical", "identified"), notice("y", "critical", "resolved")
    )
    verified = state_of(notice("z", "minor", "monitoring", verified=True), signed=True)
    assert alerts.worst_open_listed([verified, unverified]) == "critical"
    assert alerts.worst_open_severity([verified, unverified]) == "minor"
    assert alerts.worst_open_listed([state_of(notice("r", "major", "resolved"))]) == ""
    assert alerts.worst_open_listed([]) == ""


def test_the_older_names_scripts_call_are_the_core_judgements() -> None:
    assert qt_notices._alerting is alerts.is_alert_worthy
    assert qt_notices._worst is alerts.worst_open_listed
