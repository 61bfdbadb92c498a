"""The Statuspage v2 view of the same incidents, in Atlassian's shape."""

from __future__ import annotations

from datetime import datetime

INDICATORS = {"none", "minor", "major", "critical", "maintenance"}
COMPONENT_STATUSES = {
    "operational",
    "degraded_performance",
    "partial_outage",
    "major_outage",
    "under_maintenance",
}
INCIDENT_STATUSES = {"investigating", "identified", "monitoring", "resolved", "postmortem"}
PAGE_KEYS = {"id", "name", "url", "time_zone", "updated_at"}
INCIDENT_KEYS = {
    "id",
    "name",
    "status",
    "impact",
    "created_at",
    "updated_at",
    "monitoring_at",
    "resolved_at",
    "started_at",
    "shortlink",
    "page_id",
    "incident_updates",
    "components",
}
UPDATE_KEYS = {
    "id",
    "status",
    "body",
    "created_at",
    "updated_at",
    "display_at",
    "affected_components",
}


def _stamp(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def _check_incident(incident: dict) -> None:
    assert INCIDENT_KEYS <= set(incident)
    assert incident["status"] in INCIDENT_STATUSES
    assert incident["impact"] in {"none", "minor", "major", "critical"}
    updates = incident["incident_updates"]
    assert updates
    for update in updates:
        assert UPDATE_KEYS <= set(update)
        assert update["status"] in INCIDENT_STATUSES
        assert update["body"]
        for change in update["affected_components"] or []:
            assert {"code", "name", "old_status", "new_status"} <= set(change)
    shown = [_stamp(u["display_at"]) for u in updates]
    assert shown == sorted(shown, reverse=True)  # newest first, as Statuspage serves them
    assert _stamp(incident["updated_at"]) == max(shown)


def test_summary_has_the_documented_shape(exchange, http):
    response = http.get(exchange.base_url + "/api/v2/summary.json", timeout=5)
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/json; charset=utf-8"
    summary = response.json()
    assert PAGE_KEYS <= set(summary["page"])
    assert summary["status"]["indicator"] in INDICATORS
    assert summary["status"]["description"]
    (planned,) = summary["scheduled_maintenances"]
    assert planned["status"] == "scheduled" and planned["impact"] == "maintenance"
    start, end = _stamp(planned["scheduled_for"]), _stamp(planned["scheduled_until"])
    assert _stamp(planned["created_at"]) < start < end  # announced ahead of its window
    assert [u["status"] for u in planned["incident_updates"]] == ["scheduled"]

    components = {c["id"]: c for c in summary["components"]}
    for component in summary["components"]:
        assert component["status"] in COMPONENT_STATUSES
        if component["group"]:
            assert component["components"]
            for child in component["components"]:
                assert components[child]["group_id"] == component["id"]
        elif component["group_id"] is not None:
            assert components[component["group_id"]]["group"] is True
    by_name = {c["name"]: c["status"] for c in summary["components"]}
    assert by_name["Trading"] == by_name["Two-factor authentication"] == "major_outage"
    assert by_name["Website"] == "operational"
    # In outage although no incident names it, as real pages have.
    assert by_name["Staking rewards"] == "partial_outage"
    named = {c["name"] for i in summary["incidents"] for c in i["components"]}
    assert "Staking rewards" not in named

    assert summary["incidents"], "both seed incidents are unresolved"
    for incident in summary["incidents"]:
        _check_incident(incident)
        assert incident["status"] != "resolved"


def test_incidents_tell_the_same_story_as_the_feed(exchange, http):
    incidents = http.get(exchange.base_url + "/api/v2/incidents.json", timeout=5).json()
    assert PAGE_KEYS <= set(incidents["page"])
    for incident in incidents["incidents"]:
        _check_incident(incident)
    by_name = {i["name"]: i for i in incidents["incidents"]}
    resolved = [i for i in incidents["incidents"] if i["status"] == "resolved"]
    assert resolved and all(i["resolved_at"] for i in resolved)

    trading = by_name["Trading halted after an attack on our platform vendor"]
    bodies = [u["body"] for u in reversed(trading["incident_updates"])]
    assert bodies[0].startswith("After an advanced cyber attack")
    assert bodies[1].startswith("Updated ")
    assert any(body.startswith("Correction to our update") for body in bodies)
    assert "does not cover" in bodies[-1]

    access = by_name["Security incident: 2FA revoked for all customers"]
    assert any("one account per phone number" in u["body"] for u in access["incident_updates"])
