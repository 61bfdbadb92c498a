"""The same two incidents in Atlassian Statuspage's public v2 shape.

Besides them, what a real page also shows: a component in partial outage that no
incident mentions (real pages have those) and a scheduled maintenance a few days
ahead, with its window (``scheduled_for``/``scheduled_until``).

Statuspage pages are unsigned and English only; the app labels them
"unverified". Identifiers are fixed so clients can follow incidents across polls.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

from breachguard.demo.notices import Notice, StoryTimes, anchor_time, story

PAGE_ID = "dxdemo0page01"

# (id, name, status, group id); the group's own status is the worst of its children.
_COMPONENTS = (
    ("dxc0login0001", "Login", "major_outage", None),
    ("dxc02fa000002", "Two-factor authentication", "major_outage", None),
    ("dxc0trading03", "Trading", "major_outage", "dxg0platform9"),
    ("dxc0withdraw4", "Withdrawals", "major_outage", "dxg0platform9"),
    ("dxc0deposit05", "Deposits", "operational", "dxg0platform9"),
    ("dxc0website06", "Website", "operational", None),
    # Degraded with no incident about it: the strip must still show it.
    ("dxc0staking07", "Staking rewards", "partial_outage", None),
    ("dxc0api000008", "API", "operational", None),
)
_GROUP = ("dxg0platform9", "Trading platform")
_STATUS_RANK = (
    "operational",
    "under_maintenance",
    "degraded_performance",
    "partial_outage",
    "major_outage",
)

# The first update of the trading halt, before the "Updated …" paragraph was added.
_HALT_FIRST_BODY = (
    "After an advanced cyber attack on our trading-platform vendor we have halted all trading "
    "and paused withdrawals. Your funds are safe."
)


def _ts(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _page(base_url: str, updated: datetime) -> dict[str, Any]:
    return {
        "id": PAGE_ID,
        "name": "Demo Exchange",
        "url": base_url + "/",
        "time_zone": "Etc/UTC",
        "updated_at": _ts(updated),
    }


def _components(created: datetime, updated: datetime) -> list[dict[str, Any]]:
    members = [cid for cid, _, _, group in _COMPONENTS if group == _GROUP[0]]
    group_status = max(
        (status for cid, _, status, _ in _COMPONENTS if cid in members), key=_STATUS_RANK.index
    )
    common = {
        "created_at": _ts(created),
        "updated_at": _ts(updated),
        "page_id": PAGE_ID,
        "showcase": True,
        "start_date": None,
        "only_show_if_degraded": False,
    }
    result: list[dict[str, Any]] = []
    for position, (cid, name, status, group) in enumerate(_COMPONENTS, start=1):
        result.append(
            {
                "id": cid,
                "name": name,
                "status": status,
                "position": position,
                "description": None,
                "group_id": group,
                "group": False,
                **common,
            }
        )
    result.append(
        {
            "id": _GROUP[0],
            "name": _GROUP[1],
            "status": group_status,
            "position": len(_COMPONENTS) + 1,
            "description": None,
            "group_id": None,
            "group": True,
            "components": members,
            **common,
        }
    )
    return result


def _component_refs(names: tuple[str, ...], created: datetime) -> list[dict[str, Any]]:
    return [
        {
            "id": cid,
            "name": name,
            "status": status,
            "created_at": _ts(created),
            "updated_at": _ts(created),
            "position": position,
            "description": None,
            "showcase": True,
            "start_date": None,
            "group_id": group,
            "page_id": PAGE_ID,
            "group": False,
            "only_show_if_degraded": False,
        }
        for position, (cid, name, status, group) in enumerate(_COMPONENTS, start=1)
        if name in names
    ]


def _update(
    incident_id: str,
    number: int,
    status: str,
    body: str,
    when: datetime,
    components: tuple[str, ...],
    new_status: str | None = None,
) -> dict[str, Any]:
    """One incident update; ``new_status`` records the components' change, if any."""
    return {
        "id": f"{incident_id}u{number:02d}",
        "incident_id": incident_id,
        "status": status,
        "body": body,
        "created_at": _ts(when),
        "updated_at": _ts(when),
        "display_at": _ts(when),
        "affected_components": [
            {"code": cid, "name": name, "old_status": "operational", "new_status": new_status}
            for cid, name, _, _ in _COMPONENTS
            if name in components
        ]
        if new_status
        else None,
        "deliver_notifications": True,
        "custom_tweet": None,
        "tweet_id": None,
    }


def _incident(
    incident_id: str,
    name: str,
    status: str,
    impact: str,
    base_url: str,
    updates: list[dict[str, Any]],
    components: tuple[str, ...],
    created: datetime,
    resolved: datetime | None = None,
) -> dict[str, Any]:
    newest_first = sorted(updates, key=lambda u: u["display_at"], reverse=True)
    updated = max(u["created_at"] for u in updates)  # one UTC format: sorts as text
    return {
        "id": incident_id,
        "name": name,
        "status": status,
        "created_at": _ts(created),
        "updated_at": updated,
        "monitoring_at": None,
        "resolved_at": _ts(resolved) if resolved else None,
        "impact": impact,
        "shortlink": f"{base_url}/incidents/{incident_id}",
        "started_at": _ts(created),
        "page_id": PAGE_ID,
        "incident_updates": newest_first,
        "components": _component_refs(components, created),
    }


def _incidents(now: float, base_url: str) -> tuple[list[dict[str, Any]], datetime]:
    times = StoryTimes(anchor_time(now))
    notices: dict[str, Notice] = {notice.id: notice for notice in story(now)}

    def body(notice_id: str) -> str:
        return notices[notice_id].texts["en"][1]

    access = ("Login", "Two-factor authentication")
    access_id = "dxi02faresetx"
    access_incident = _incident(
        access_id,
        "Security incident: 2FA revoked for all customers",
        "identified",
        "critical",
        base_url,
        [
            _update(
                access_id,
                1,
                "identified",
                body("dx-2fa-reset"),
                times.reset,
                access,
                "major_outage",
            ),
            _update(
                access_id, 2, "identified", body("dx-wrong-login-email"), times.wrong_email, access
            ),
        ],
        access,
        times.reset,
    )
    trading = ("Trading", "Withdrawals")
    trading_id = "dxi0tradehalt"
    halt_update = body("dx-trading-halt").split("\n\n", 1)[1]
    trading_incident = _incident(
        trading_id,
        "Trading halted after an attack on our platform vendor",
        "identified",
        "critical",
        base_url,
        [
            _update(
                trading_id,
                1,
                "investigating",
                _HALT_FIRST_BODY,
                times.halt,
                trading,
                "major_outage",
            ),
            _update(trading_id, 2, "investigating", halt_update, times.halt_updated, trading),
            _update(trading_id, 3, "identified", body("dx-trading-update"), times.update, trading),
            _update(
                trading_id,
                4,
                "identified",
                body("dx-trading-correction"),
                times.correction,
                trading,
            ),
            _update(
                trading_id,
                5,
                "identified",
                body("dx-insurer-clarification"),
                times.insurer,
                trading,
            ),
        ],
        trading,
        times.halt,
    )
    # An older, resolved incident: incidents.json is a window that includes resolved ones.
    old_start = times.anchor - timedelta(days=9)
    old_end = old_start + timedelta(hours=3)
    deposits_id = "dxi0deposits0"
    deposits = ("Deposits",)
    old_incident = _incident(
        deposits_id,
        "Delayed bitcoin deposits",
        "resolved",
        "minor",
        base_url,
        [
            _update(
                deposits_id,
                1,
                "investigating",
                "Bitcoin deposits are taking longer than usual to be credited.",
                old_start,
                deposits,
                "degraded_performance",
            ),
            _update(
                deposits_id,
                2,
                "resolved",
                "All delayed deposits have been credited. Thank you for your patience.",
                old_end,
                deposits,
            ),
        ],
        deposits,
        old_start,
        resolved=old_end,
    )
    return [trading_incident, access_incident, old_incident], times.insurer


MAINTENANCE_ID = "dxm0nodeupgr"


def maintenance(now: float, base_url: str) -> dict[str, Any]:
    """A scheduled maintenance three days ahead, 01:00-02:00 UTC, announced an hour ago."""
    anchor = StoryTimes(anchor_time(now)).anchor
    start = (anchor + timedelta(days=3)).replace(hour=1, minute=0)
    end = start + timedelta(hours=1)
    announced = anchor - timedelta(hours=1)
    deposits = ("Deposits",)
    item = _incident(
        MAINTENANCE_ID,
        "Planned maintenance: bitcoin wallet upgrade",
        "scheduled",
        "maintenance",
        base_url,
        [
            _update(
                MAINTENANCE_ID,
                1,
                "scheduled",
                "We will upgrade our bitcoin wallet nodes. Bitcoin deposits and withdrawals "
                "are paused during the window; trading is not affected.",
                announced,
                deposits,
            )
        ],
        deposits,
        announced,
    )
    item["scheduled_for"] = _ts(start)
    item["scheduled_until"] = _ts(end)
    item["scheduled_remind_prior"] = True
    item["scheduled_auto_in_progress"] = True
    item["scheduled_auto_completed"] = True
    return item


def summary(now: float, base_url: str) -> dict[str, Any]:
    """``/api/v2/summary.json``: page, status, components, unresolved incidents."""
    incidents, updated = _incidents(now, base_url)
    created = StoryTimes(anchor_time(now)).anchor - timedelta(days=400)
    return {
        "page": _page(base_url, updated),
        "components": _components(created, updated),
        "incidents": [incident for incident in incidents if incident["status"] != "resolved"],
        "scheduled_maintenances": [maintenance(now, base_url)],
        "status": {"indicator": "critical", "description": "Major System Outage"},
    }


def incidents(now: float, base_url: str) -> dict[str, Any]:
    """``/api/v2/incidents.json``: the most recent incidents, resolved ones included."""
    items, updated = _incidents(now, base_url)
    return {"page": _page(base_url, updated), "incidents": items}
