"""The Statuspage v2 reader: unknown enums, nullable fields, broken groups."""

from __future__ import annotations

import json
from typing import Any

import pytest

from breachguard.core.feeds.model import FeedError
from breachguard.core.feeds.statuspage import MAX_INCIDENTS, parse_statuspage


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
