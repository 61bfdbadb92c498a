"""Reader for Atlassian Statuspage v2 payloads (``summary.json``, ``incidents.json``,
``incidents/unresolved.json``, ``scheduled-maintenances*.json``).

Statuspage is TLS-only: nothing here is verified, so the notices it yields never
carry in-app actions. Unknown enum values become "unknown"; the page-wide
indicator is reported as given and never used to derive a notice's severity.

Incidents become notices of kind "incident", scheduled maintenances of kind
"maintenance" with their window (``scheduled_for``/``scheduled_until``). Every
component is read (groups resolved whatever their order); update bodies, which
Statuspage stores as HTML fragments, become plain text with their line breaks.
A profile may name further endpoints of the same page beside ``summary.json``
(``incidents.json`` for the history the summary leaves out, ``unresolved.json``,
``scheduled-maintenances*.json``); :func:`merge_payloads` makes them one payload.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any

from breachguard.core.feeds import content
from breachguard.core.feeds.model import (
    UNKNOWN,
    ComponentStatus,
    FeedError,
    Notice,
    NoticeUpdate,
    ParsedFeed,
    sort_newest_first,
    type_name,
)
from breachguard.core.feeds.timeparse import parse_rfc3339
from breachguard.core.strictjson import JsonError, loads_strict

INDICATORS = ("none", "minor", "major", "critical", "maintenance")
COMPONENT_STATUSES = (
    "operational",
    "degraded_performance",
    "partial_outage",
    "major_outage",
    "under_maintenance",
)
INCIDENT_STATUSES = (
    "investigating",
    "identified",
    "monitoring",
    "resolved",
    "postmortem",
    "scheduled",
    "in_progress",
    "verifying",
    "completed",
)
_IMPACT_TO_SEVERITY = {
    "none": "info",
    "minor": "minor",
    "major": "major",
    "critical": "critical",
    "maintenance": "info",
}
MAX_INCIDENTS = 200
MAX_UPDATES = 100
# A safety bound only, far above real pages (Duo lists 539): beyond it a warning says so.
MAX_COMPONENTS = 10_000
MAX_AFFECTED = 200
# What Statuspage writes into affected_components when an update changed none.
_NO_COMPONENTS = "no components were affected"


def _obj(value: Any, path: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise FeedError(f"{path} must be an object, not {type_name(value)}", "schema")
    return value


def _list(value: Any, path: str, *, optional: bool = True) -> list[Any]:
    if value is None and optional:
        return []
    if not isinstance(value, list):
        raise FeedError(f"{path} must be a list, not {type_name(value)}", "schema")
    return value


def _text(obj: dict[str, Any], key: str, path: str, *, max_chars: int = 300) -> str:
    value = obj.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise FeedError(f"{path}.{key} must be text, not {type_name(value)}", "schema")
    return content.clean_text(value, max_chars=max_chars, single_line=max_chars <= 300)


def _time(obj: dict[str, Any], key: str) -> datetime | None:
    return parse_rfc3339(obj.get(key))


def parse_statuspage(data: bytes, *, official_domains: frozenset[str] = frozenset()) -> ParsedFeed:
    """Parse any of the Statuspage v2 payloads that carry a ``page`` object."""
    try:
        doc = loads_strict(data)
    except JsonError as exc:
        raise FeedError(f"the status page {exc}", "json") from None
    doc = _obj(doc, "the status page")
    page = _obj(doc.get("page"), "page")
    title = _text(page, "name", "page") or "Status page"
    if not any(
        key in doc for key in ("incidents", "scheduled_maintenances", "status", "components")
    ):
        raise FeedError(
            "the status page has none of incidents, status or components; "
            "is this a Statuspage v2 address?",
            "schema",
        )
    warnings: list[str] = []
    indicator = None
    description = ""
    if doc.get("status") is not None:
        status = _obj(doc["status"], "status")
        raw_indicator = status.get("indicator")
        indicator = raw_indicator if raw_indicator in INDICATORS else UNKNOWN
        description = _text(status, "description", "status")
    components = _components(_list(doc.get("components"), "components"), warnings)
    names = {c_id: c.name for c_id, c in components.items()}
    notices: dict[str, Notice] = {}
    entries = [("incidents", i) for i in _list(doc.get("incidents"), "incidents")]
    entries += [
        ("scheduled_maintenances", m)
        for m in _list(doc.get("scheduled_maintenances"), "scheduled_maintenances")
    ]
    if len(entries) > MAX_INCIDENTS:
        warnings.append(
            f"the status page lists {len(entries)} incidents; only the first "
            f"{MAX_INCIDENTS} are shown"
        )
        entries = entries[:MAX_INCIDENTS]
    for index, (kind, raw) in enumerate(entries):
        notice = _incident(raw, kind, index, names, official_domains, warnings)
        if notice is not None and notice.id not in notices:
            notices[notice.id] = notice
    return ParsedFeed(
        title=title,
        notices=sort_newest_first(list(notices.values())),
        generated_at=_time(page, "updated_at"),
        page_indicator=indicator,
        page_description=description,
        components=tuple(components.values()),
        warnings=tuple(warnings),
    )


def _components(raw: list[Any], warnings: list[str]) -> dict[str, ComponentStatus]:
    """Every component, in page order, with its group's name: groups are looked up
    after the whole list is read, so a group listed after its children still counts."""
    if len(raw) > MAX_COMPONENTS:
        warnings.append(
            f"the status page lists {len(raw)} components; only the first "
            f"{MAX_COMPONENTS} are shown"
        )
        raw = raw[:MAX_COMPONENTS]
    by_id: dict[str, dict[str, Any]] = {}
    for index, item in enumerate(raw):
        item = _obj(item, f"components[{index}]")
        c_id = item.get("id")
        if isinstance(c_id, str) and c_id and c_id not in by_id:
            by_id[c_id] = item
    group_names: dict[str, str] = {}
    for c_id, item in by_id.items():
        if item.get("group") is True:
            group_names[c_id] = _text(item, "name", "components")
            for child in _list(item.get("components"), f"components[{c_id[:40]!r}].components"):
                if not isinstance(child, str) or child not in by_id:
                    warnings.append("a component group lists a component that does not exist")
    result: dict[str, ComponentStatus] = {}
    for c_id, item in by_id.items():
        if item.get("group") is True:
            continue
        status = item.get("status")
        group_id = item.get("group_id")
        result[c_id] = ComponentStatus(
            name=_text(item, "name", "components") or "?",
            status=status if status in COMPONENT_STATUSES else UNKNOWN,
            group=group_names.get(group_id) if isinstance(group_id, str) else None,
            id=c_id[:200],
        )
    return result


def _affected(raw: Any, path: str, component_names: dict[str, str]) -> tuple[tuple[str, str], ...]:
    """An update's ``affected_components`` as (component name, new status) pairs."""
    pairs: list[tuple[str, str]] = []
    for index, entry in enumerate(_list(raw, path)[:MAX_AFFECTED]):
        entry = _obj(entry, f"{path}[{index}]")
        code = entry.get("code")
        name = component_names.get(code) if isinstance(code, str) else None
        name = name or _text(entry, "name", f"{path}[{index}]", max_chars=100)
        new_status = entry.get("new_status")
        if not name or name.lower().startswith(_NO_COMPONENTS) or new_status is None:
            continue
        pairs.append((name, new_status if new_status in COMPONENT_STATUSES else UNKNOWN))
    return tuple(dict.fromkeys(pairs))


def _incident(
    raw: Any,
    listed_in: str,
    index: int,
    component_names: dict[str, str],
    domains: frozenset[str],
    warnings: list[str],
) -> Notice | None:
    path = f"{listed_in}[{index}]"
    item = _obj(raw, path)
    inc_id = item.get("id")
    if not isinstance(inc_id, str) or not inc_id.strip():
        warnings.append(f"{path} has no id and was skipped")
        return None
    status = item.get("status")
    impact = item.get("impact")
    updates: list[tuple[datetime | None, NoticeUpdate]] = []
    for u_index, raw_update in enumerate(
        _list(item.get("incident_updates"), f"{path}.incident_updates")[:MAX_UPDATES]
    ):
        u_path = f"{path}.incident_updates[{u_index}]"
        upd = _obj(raw_update, u_path)
        at = _time(upd, "display_at") or _time(upd, "created_at")
        u_status = upd.get("status")
        body = upd.get("body")
        if body is not None and not isinstance(body, str):
            raise FeedError(f"{u_path}.body must be text, not {type_name(body)}", "schema")
        update = NoticeUpdate(
            at,
            u_status if u_status in INCIDENT_STATUSES else UNKNOWN,
            content.markup_to_text(body or ""),
            affected=_affected(
                upd.get("affected_components"), f"{u_path}.affected_components", component_names
            ),
        )
        updates.append((at, update))
    dated = sorted(
        (u for u in updates if u[0] is not None), key=lambda u: u[0] or datetime.min, reverse=True
    )
    timeline = tuple(u for _, u in dated) + tuple(u for at, u in updates if at is None)
    affected: list[str] = []
    for comp in _list(item.get("components"), f"{path}.components"):
        if isinstance(comp, dict) and isinstance(comp.get("name"), str):
            affected.append(content.clean_text(comp["name"], max_chars=100, single_line=True))
        elif isinstance(comp, str) and comp in component_names:
            affected.append(component_names[comp])
    name = _text(item, "name", path)
    body = timeline[0].text if timeline else ""
    problems = []
    published = _time(item, "created_at") or _time(item, "started_at")
    modified = _time(item, "updated_at")
    if published is None:
        problems.append("the incident has no valid start time, so the time is unknown")
    if published is not None and modified is not None and modified < published:
        modified = None
    shortlink = item.get("shortlink")
    window_start = _time(item, "scheduled_for")
    window_end = _time(item, "scheduled_until")
    # incidents.json lists maintenances too: a scheduled_for marks them.
    maintenance = listed_in == "scheduled_maintenances" or window_start is not None
    if window_start is not None and window_end is not None and window_end < window_start:
        problems.append("the maintenance ends before it starts, so its end is unknown")
        window_end = None
    return Notice(
        id=inc_id.strip()[:200],
        title=name or "(untitled incident)",
        body=body,
        severity=_IMPACT_TO_SEVERITY.get(impact, UNKNOWN) if isinstance(impact, str) else UNKNOWN,
        status=status if status in INCIDENT_STATUSES else UNKNOWN,
        published=published,
        modified=modified,
        components=tuple(dict.fromkeys(a for a in affected if a)),
        link=content.check_link(shortlink, domains) if isinstance(shortlink, str) else None,
        updates=timeline,
        **content.scam_fields(name, *(u.text for u in timeline)),
        problems=tuple(problems),
        verified=False,
        kind="maintenance" if maintenance else "incident",
        window_start=window_start if maintenance else None,
        window_end=window_end if maintenance else None,
    )


def _updated(entry: dict[str, Any]) -> datetime:
    return _time(entry, "updated_at") or datetime.min.replace(tzinfo=timezone.utc)


_MERGED_LISTS = ("incidents", "scheduled_maintenances")


def merge_payloads(main: bytes, extras: list[bytes]) -> tuple[bytes, list[str]]:
    """One Statuspage payload from the main endpoint and further ones of the same page.

    The main payload is kept as it is (the parser then judges it as strictly as
    ever); an extra that is not a Statuspage payload of the same page is skipped
    with a warning. An extra's incident or maintenance replaces the main one of the
    same id when it was updated later, else it is added; status and components
    come from the main payload, else from the first extra that has them."""
    try:
        merged = _obj(loads_strict(main), "the status page")
    except JsonError as exc:
        raise FeedError(f"the status page {exc}", "json") from None
    page_id = _obj(merged.get("page"), "page").get("id")
    warnings: list[str] = []
    for number, extra in enumerate(extras, start=1):
        try:
            doc = _extra_payload(extra, page_id)
        except FeedError as exc:
            warnings.append(f"further address {number} was not used: {exc}")
            continue
        for key in ("status", "components"):
            if merged.get(key) is None and doc.get(key) is not None:
                merged[key] = doc[key]
        for key in _MERGED_LISTS:
            if doc.get(key) is None:
                continue
            combined = list(_list(merged.get(key), key))
            where = {
                e["id"]: i
                for i, e in enumerate(combined)
                if isinstance(e, dict) and isinstance(e.get("id"), str)
            }
            for entry in doc[key]:
                known = where.get(entry["id"])
                if known is None:
                    where[entry["id"]] = len(combined)
                    combined.append(entry)
                elif _updated(entry) > _updated(combined[known]):
                    combined[known] = entry
            merged[key] = combined
    return json.dumps(merged, ensure_ascii=False).encode(), warnings


def _extra_payload(data: bytes, page_id: Any) -> dict[str, Any]:
    try:
        doc = _obj(loads_strict(data), "the payload")
    except JsonError as exc:
        raise FeedError(f"the payload {exc}", "json") from None
    if _obj(doc.get("page"), "page").get("id") != page_id:
        raise FeedError("it belongs to another status page", "schema")
    for key in _MERGED_LISTS:
        for index, entry in enumerate(_list(doc.get(key), key)):
            if not isinstance(_obj(entry, f"{key}[{index}]").get("id"), str):
                raise FeedError(f"{key}[{index}] has no id", "schema")
    return doc
