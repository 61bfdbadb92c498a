"""Only verified sources alert: an unverified status page with a critical incident is
listed and labelled, but raises no desktop notification and does not colour the tray;
an expired verified feed raises no new notification either."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from pytest_httpserver import HTTPServer

from breachguard.core.feeds import alerts
from breachguard.core.feeds.source import FeedFetcher
from breachguard.core.http import HttpClient
from breachguard.demo.signer import MinisignSigner
from breachguard.qt.notices import NoticesController
from breachguard.ui.tray import StatusTray
from tests.feeds.conftest import feed_bytes, item, make_profile
from tests.feeds.test_status_page import publish, scripted_context

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
    assert "Unverified (TLS only)" in page.detail_source.text()
    assert not page.reenroll_button.isVisibleTo(page)
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
