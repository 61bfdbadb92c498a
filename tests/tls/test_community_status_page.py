"""A community profile's status page, read over real TLS in step 1.

The real status pages cannot be reached from here, so a loopback HTTPS server (a
test CA the client trusts) serves saved real Statuspage payloads from the
real-world corpus at the paths the built-in Kraken profile names; the profile is
the shipped one with only its host moved to that server."""

from __future__ import annotations

import copy
import json
import os
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from PySide6.QtWidgets import QLabel

from breachguard.core.http import HttpClient
from breachguard.core.provider import ProfileOrigin, profile_from_dict
from tests.support.context import make_context
from tests.tls.conftest import trusting
from tests.tls.pki import CertFiles, CountingTlsServer, TestAuthority

ROOT = Path(__file__).resolve().parents[2]
KRAKEN = ROOT / "resources" / "community" / "kraken.json"


def _payloads() -> Path:
    base = os.environ.get("BREACHGUARD_REALWORLD")
    return (Path(base) if base else ROOT.parent / "shared" / "realworld") / "feeds/payloads"


# Both from Statuspage's own API documentation, of one page: the summary's unresolved
# incident and maintenances, and the incidents.json history with a resolved one.
SUMMARY = _payloads() / "statuspage" / "statuspage_apidoc_summary.json"
INCIDENTS = _payloads() / "statuspage" / "statuspage_apidoc_incidents.json"
pytestmark = pytest.mark.skipif(
    not (SUMMARY.is_file() and INCIDENTS.is_file()),
    reason=f"the real-world Statuspage payloads are not here ({SUMMARY.parent})",
)


def moved_to(base_url: str) -> Any:
    """The shipped Kraken profile with its status page on ``base_url``."""
    data = json.loads(KRAKEN.read_text(encoding="utf-8"))
    moved = copy.deepcopy(data)

    def move(url: str) -> str:
        return base_url + urlsplit(url).path

    feed = moved["feeds"][0]
    feed["url"], feed["extra_urls"] = move(feed["url"]), [move(u) for u in feed["extra_urls"]]
    for source in moved["x-sources"]:
        if "feeds.url" in source["confirms"]:
            source["confirms"]["feeds.url"] = [move(u) for u in source["confirms"]["feeds.url"]]
    return profile_from_dict(moved, origin=ProfileOrigin.COMMUNITY)


def test_step_one_reads_a_community_status_page_and_never_calls_it_verified(
    qtbot: Any,
    app_paths: Any,
    authority: TestAuthority,
    certificates: dict[str, CertFiles],
) -> None:
    from breachguard.ui.pages.status import StatusPage

    summary = json.loads(SUMMARY.read_text("utf-8"))
    incidents = json.loads(INCIDENTS.read_text("utf-8"))
    expected = {
        entry["id"]
        for payload in (summary, incidents)
        for key in ("incidents", "scheduled_maintenances")
        for entry in payload.get(key, [])
    }
    assert len(expected) > len(summary["incidents"])  # the history adds to the summary
    server = CountingTlsServer(certificates["trusted"], {})
    server.routes.update(
        {
            ("GET", "/api/v2/summary.json"): (200, summary),
            ("GET", "/api/v2/incidents.json"): (200, incidents),
        }
    )
    server.start()
    try:
        profile = moved_to(server.base_url)
        context = make_context(
            provider=profile, http=HttpClient(session_factory=trusting(authority.ca_file))
        )
        page = StatusPage(context)
        qtbot.addWidget(page)
        page.resize(1100, 760)
        page.show()
        controller = page.controller
        qtbot.waitUntil(
            lambda: len(controller.states()) == 1 and not controller.busy, timeout=15000
        )
        [state] = controller.states()
        assert state.error is None and not state.verified and not state.signed
        ids = {notice.id for notice in state.feed.notices} if state.feed else set()
        assert ids == expected
        line = page.sources.source_line(state)
        assert line.startswith("Kraken status page: Unverified (TLS only), updated ")
        shown = " ".join(label.text() for label in page.findChildren(QLabel))
        assert "Verified ✓" not in shown
        intro = page.findChild(QLabel, "status.intro")
        assert intro is not None and "Community profile — not published by Kraken" in intro.text()
        # Both endpoints of the one source were read, over the trusted connection.
        server.settle()
        assert {path for _method, path in server.requests} == {
            "/api/v2/summary.json",
            "/api/v2/incidents.json",
        }
        page.shutdown()
        context.tasks.wait_idle(10000)
    finally:
        server.stop()
