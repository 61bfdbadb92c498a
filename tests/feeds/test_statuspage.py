"""The Statuspage v2 reader: unknown enums, nullable fields, broken groups, maintenance
windows, per-update component changes, HTML bodies, every component of a large page,
and a source made of several endpoints of one page."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from breachguard.core.feeds.model import FeedError
from breachguard.core.feeds.source import FeedFetcher
from breachguard.core.feeds.statuspage import (
    MAX_COMPONENTS,
    MAX_INCIDENTS,
    merge_payloads,
    parse_statuspage,
)
from breachguard.core.http import HttpClient
from breachguard.core.provider import ProfileError, ProfileOrigin, profile_from_dict
from tests.feeds.conftest import profile_dict

FIXTURES = Path(__file__).with_name("fixtures")


def incident(inc_id: str = "inc1", **fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": inc_id,
        "name": "Withdrawals delayed",
        "status": "investigating",
        "impact": "major",
        "created_at": "2026-03-14T09:00:00.000Z",
        "updated_at": "2026-03-14T10:00:00.000Z",
        "shortlink": "https://stspg.io/abc",
        "components": [{"id": "c1", "name": "Withdrawals", "status": "partial_outage"}],
        "incident_updates": [
            {
                "id": "u1",
                "status": "investigating",
                "body": "We are looking into it.",
                "created_at": "2026-03-14T09:00:00Z",
                "display_at": "2026-03-14T09:00:00Z",
                "affected_components": None,
            },
            {
                "id": "u2",
                "status": "identified",
                "body": "Found the cause.",
                "created_at": "2026-03-14T09:30:00Z",
                "display_at": None,
                "affected_components": [{"code": "c1", "name": "Withdrawals"}],
            },
        ],
    }
    base.update(fields)
    return base


def summary(**fields: Any) -> bytes:
    doc: dict[str, Any] = {
        "page": {
            "id": "p",
            "name": "Demo Exchange Status",
            "url": "https://status.demo-exchange.example",
            "time_zone": "Etc/UTC",
            "updated_at": "2026-03-14T10:00:00Z",
        },
        "status": {"indicator": "major", "description": "Partial System Outage"},
        "components": [
            {"id": "c1", "name": "Withdrawals", "status": "partial_outage", "group_id": "g1"},
            {"id": "c2", "name": "Trading", "status": "operational", "group_id": "g1"},
            {
                "id": "g1",
                "name": "Platform",
                "status": "operational",
                "group": True,
                "components": ["c1", "c2"],
            },
        ],
        "incidents": [incident()],
        "scheduled_maintenances": [],
    }
    doc.update(fields)
    return json.dumps(doc).encode()


def test_reads_a_summary() -> None:
    feed = parse_statuspage(summary())
    assert feed.title == "Demo Exchange Status"
    assert (feed.page_indicator, feed.page_description) == ("major", "Partial System Outage")
    assert [(c.name, c.status, c.group) for c in feed.components] == [
        ("Withdrawals", "partial_outage", "Platform"),
        ("Trading", "operational", "Platform"),
    ]
    notice = feed.notices[0]
    assert (notice.severity, notice.status, notice.verified) == ("major", "investigating", False)
    assert notice.offered_actions() == ()
    assert notice.components == ("Withdrawals",)
    # display_at null falls back to created_at; newest update first
    assert [u.text for u in notice.updates] == ["Found the cause.", "We are looking into it."]
    assert notice.body == "Found the cause."
    assert notice.link is not None and not notice.link.safe  # a shortener: text only


def test_unknown_indicator_and_component_status_become_unknown() -> None:
    feed = parse_statuspage(
        summary(
            status={"indicator": "on_fire", "description": "?"},
            components=[{"id": "c1", "name": "API", "status": "melting"}],
            incidents=[incident(impact="cosmic", status="pondering")],
        )
    )
    assert feed.page_indicator == "unknown"
    assert feed.components[0].status == "unknown"
    assert (feed.notices[0].severity, feed.notices[0].status) == ("unknown", "unknown")


def test_empty_updates_and_null_affected_components() -> None:
    notice = parse_statuspage(summary(incidents=[incident(incident_updates=[])])).notices[0]
    assert notice.updates == () and notice.body == ""


def test_a_group_referencing_missing_children_is_tolerated() -> None:
    feed = parse_statuspage(
        summary(
            components=[{"id": "g1", "name": "Platform", "group": True, "components": ["nope"]}]
        )
    )
    assert feed.components == ()
    assert "does not exist" in feed.warnings[0]


def test_incidents_json_without_status_or_components() -> None:
    data = json.dumps(
        {
            "page": {"id": "p", "name": "S"},
            "incidents": [
                incident("a", created_at="2026-03-14T09:00:00Z"),
                incident("b", created_at="bogus", updated_at=None),
            ],
        }
    ).encode()
    feed = parse_statuspage(data)
    assert [n.id for n in feed.notices] == ["a", "b"]
    assert feed.notices[1].when is None
    assert feed.page_indicator is None


def test_incident_count_is_capped() -> None:
    feed = parse_statuspage(summary(incidents=[incident(f"i{n}") for n in range(1000)]))
    assert len(feed.notices) == MAX_INCIDENTS
    assert "only the first" in feed.warnings[0]


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (b"<html>Sign in to Wi-Fi</html>", "not valid JSON"),
        (b"[]", "must be an object"),
        (json.dumps({"page": "x", "incidents": []}).encode(), "page must be an object"),
        (json.dumps({"page": {"name": "x"}}).encode(), "none of incidents"),
        (json.dumps({"page": {}, "incidents": None, "status": None}).encode(), None),
        (json.dumps({"page": {}, "incidents": {"a": 1}}).encode(), "incidents must be a list"),
        (
            json.dumps({"page": {}, "incidents": [{"id": "x", "name": 5}]}).encode(),
            "name must be text",
        ),
    ],
)
def test_broken_payloads_raise_named_errors(data: bytes, fragment: str | None) -> None:
    if fragment is None:
        assert parse_statuspage(data).notices == ()
        return
    with pytest.raises(FeedError, match=fragment):
        parse_statuspage(data)


# -- a large page ------------------------------------------------------------------------


def test_a_page_of_600_components_is_read_in_full_with_every_group() -> None:
    """40 groups of 15; even groups are listed before their children, odd ones after."""
    raw = (FIXTURES / "statuspage_600_components.json").read_bytes()
    doc = json.loads(raw)
    groups = {c["id"]: c["name"] for c in doc["components"] if c["group"]}
    expected = [
        (c["id"], c["name"], c["status"], groups[c["group_id"]])
        for c in doc["components"]
        if not c["group"]
    ]
    feed = parse_statuspage(raw)
    assert len(expected) == 600 and len(groups) == 40
    assert [(c.id, c.name, c.status, c.group) for c in feed.components] == expected
    assert feed.warnings == ()
    # A child listed before its group keeps the group's name.
    last = next(c for c in feed.components if c.id == "cmp03914")
    assert (last.name, last.group) == ("Service 39.14", "Region 39")


def test_only_a_page_beyond_the_safety_bound_is_cut_and_says_so() -> None:
    components = [
        {"id": f"c{n}", "name": f"C{n}", "status": "operational"} for n in range(MAX_COMPONENTS + 1)
    ]
    feed = parse_statuspage(summary(components=components))
    assert len(feed.components) == MAX_COMPONENTS
    assert any(f"lists {MAX_COMPONENTS + 1} components" in w for w in feed.warnings)


# -- maintenances, affected components, bodies -------------------------------------------


def maintenance(m_id: str = "m1", **fields: Any) -> dict[str, Any]:
    base = incident(
        m_id,
        name="Database upgrade",
        status="scheduled",
        impact="maintenance",
        created_at="2026-02-10T09:00:00Z",
        updated_at="2026-02-10T09:00:00Z",
        scheduled_for="2026-02-15T00:00:00Z",
        scheduled_until="2026-02-15T01:00:00Z",
    )
    base.update(fields)
    return base


def test_a_maintenance_carries_its_window_and_an_incident_none() -> None:
    feed = parse_statuspage(summary(scheduled_maintenances=[maintenance()]))
    by_id = {n.id: n for n in feed.notices}
    planned, incident_notice = by_id["m1"], by_id["inc1"]
    assert planned.kind == "maintenance" and planned.severity == "info"
    assert planned.window_start is not None and planned.window_end is not None
    assert planned.window_start.isoformat() == "2026-02-15T00:00:00+00:00"
    assert planned.window_end.isoformat() == "2026-02-15T01:00:00+00:00"
    assert planned.published is not None and planned.published.day == 10  # announced
    assert incident_notice.kind == "incident"
    assert (incident_notice.window_start, incident_notice.window_end) == (None, None)


def test_incidents_json_marks_maintenances_by_their_window() -> None:
    data = json.dumps({"page": {"id": "p", "name": "S"}, "incidents": [maintenance()]}).encode()
    [notice] = parse_statuspage(data).notices
    assert notice.kind == "maintenance" and notice.window_start is not None


def test_a_window_that_ends_before_it_starts_keeps_only_its_start() -> None:
    bad = maintenance(scheduled_until="2026-02-14T00:00:00Z")
    [notice] = parse_statuspage(summary(incidents=[], scheduled_maintenances=[bad])).notices
    assert notice.window_start is not None and notice.window_end is None
    assert any("ends before it starts" in p for p in notice.problems)


def test_affected_components_of_each_update_are_read() -> None:
    updates = [
        {
            "status": "identified",
            "body": "Found it.",
            "created_at": "2026-03-14T09:30:00Z",
            "affected_components": [
                {"code": "c1", "name": "Platform - Withdrawals", "new_status": "major_outage"},
                {"code": "zz", "name": "Email", "new_status": "exploding"},
                {"name": "No components were affected by this update."},
            ],
        },
        {
            "status": "investigating",
            "body": "Looking.",
            "created_at": "2026-03-14T09:00:00Z",
            "affected_components": None,
        },
    ]
    [notice] = parse_statuspage(
        summary(incidents=[incident(components=[], incident_updates=updates)])
    ).notices
    # Named as on the page when the code is known; unknown statuses become "unknown".
    assert notice.updates[0].affected == (("Withdrawals", "major_outage"), ("Email", "unknown"))
    assert notice.updates[1].affected == ()
    assert notice.components == ()  # the incident's own list stays as the page gives it


@pytest.mark.parametrize(
    ("body", "text"),
    [
        (
            "We are seeing up to 2% of Git SSH connections failing.<br /><br />We have taken "
            "suspected hosts out of rotation.",
            "We are seeing up to 2% of Git SSH connections failing.\n\nWe have taken "
            "suspected hosts out of rotation.",
        ),
        ("<p>First.</p><p>Second &amp; last.</p>", "First.\n\nSecond & last."),
        ('See <a href="https://status.example/x">the details</a>.', "See the details."),
        ("Typed\nline breaks & a < b stay.", "Typed\nline breaks & a < b stay."),
        ("<script>alert(1)</script>Only this.", "Only this."),
    ],
)
def test_update_bodies_become_plain_text_with_their_line_breaks(body: str, text: str) -> None:
    updates = [{"status": "identified", "body": body, "created_at": "2026-03-14T09:30:00Z"}]
    [notice] = parse_statuspage(summary(incidents=[incident(incident_updates=updates)])).notices
    assert notice.body == text and notice.updates[0].text == text


def test_an_update_body_that_is_not_text_is_refused_by_name() -> None:
    updates = [{"status": "identified", "body": 5, "created_at": "2026-03-14T09:30:00Z"}]
    with pytest.raises(FeedError, match=r"incident_updates\[0\]\.body must be text"):
        parse_statuspage(summary(incidents=[incident(incident_updates=updates)]))


# -- several endpoints of one page -------------------------------------------------------


def page_payload(**fields: Any) -> bytes:
    return json.dumps({"page": {"id": "p1", "name": "Demo Exchange Status"}, **fields}).encode()


def test_merged_endpoints_give_history_and_the_newest_copy_of_each_incident() -> None:
    main = summary(page={"id": "p1", "name": "Demo Exchange Status"})
    newer = incident(status="resolved", updated_at="2026-03-14T12:00:00.000Z")
    older = incident("old", status="resolved", created_at="2026-01-02T09:00:00.000Z")
    history = page_payload(incidents=[newer, older])
    other_page = json.dumps({"page": {"id": "elsewhere"}, "incidents": [incident("x")]}).encode()
    merged, warnings = merge_payloads(main, [history, other_page, b"<html>"])
    feed = parse_statuspage(merged)
    assert {n.id: n.status for n in feed.notices} == {"inc1": "resolved", "old": "resolved"}
    assert [c.name for c in feed.components] == ["Withdrawals", "Trading"]  # from the summary
    assert feed.page_indicator == "major"
    assert len(warnings) == 2
    assert "another status page" in warnings[0] and "not valid JSON" in warnings[1]


def statuspage_profile(base: str, extra: list[str]) -> dict[str, Any]:
    doc = profile_dict(base)
    doc["feeds"][1]["extra_urls"] = extra
    return doc


def test_a_profile_names_further_addresses_of_the_same_page_only() -> None:
    base = "https://status.demo-exchange.example"
    profile = profile_from_dict(statuspage_profile(base, [f"{base}/api/v2/incidents.json"]))
    assert profile.feeds[1].extra_urls == (f"{base}/api/v2/incidents.json",)
    refused = [
        (["https://elsewhere.example/api/v2/incidents.json"], "same status page"),
        ([f"{base}/api/v2/summary.json"], "repeats the source's url"),
        ([f"{base}/{n}.json" for n in range(6)], "more than 5"),
    ]
    for extra, reason in refused:
        with pytest.raises(ProfileError, match=reason):
            profile_from_dict(statuspage_profile(base, extra))
    signed_with_extra = profile_dict(base)
    signed_with_extra["feeds"][0]["extra_urls"] = [f"{base}/more.json"]
    with pytest.raises(ProfileError, match="only a statuspage-v2 source"):
        profile_from_dict(signed_with_extra)


def test_the_fetcher_reads_the_summary_with_its_further_addresses(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    base = httpserver.url_for("").rstrip("/")
    main = summary(page={"id": "p1", "name": "Demo Exchange Status"})
    history = page_payload(incidents=[incident("old", status="resolved")])
    httpserver.expect_request("/api/v2/summary.json").respond_with_data(main)
    httpserver.expect_request("/api/v2/incidents.json").respond_with_data(history)
    httpserver.expect_request("/api/v2/gone.json").respond_with_data("no", status=404)
    extra = [f"{base}/api/v2/incidents.json", f"{base}/api/v2/gone.json"]
    profile = profile_from_dict(statuspage_profile(base, extra), origin=ProfileOrigin.BUILT_IN)
    fetcher = FeedFetcher(profile, profile.feeds[1], HttpClient(), tmp_path / "feeds")
    state = fetcher.fetch()
    assert state.error is None and not state.verified
    assert sorted(n.id for n in state.notices) == ["inc1", "old"]
    assert state.feed is not None
    assert any("further address 2" in w and "404" in w for w in state.feed.warnings)
    # The merged copy is what is saved: a restart shows the history too.
    again = FeedFetcher(profile, profile.feeds[1], HttpClient(), tmp_path / "feeds")
    assert sorted(n.id for n in again.load_cached().notices) == ["inc1", "old"]


def test_a_plain_json_feed_source_may_not_pin_keys() -> None:
    doc = profile_dict("https://status.demo-exchange.example")
    doc["feeds"][0]["format"] = "jsonfeed"  # keeps its public_keys
    with pytest.raises(ProfileError, match="a plain JSON Feed is not signed"):
        profile_from_dict(doc)
    del doc["feeds"][0]["public_keys"]
    assert profile_from_dict(doc).feeds[0].signed is False
