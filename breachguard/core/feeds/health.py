"""What works now: each service's worst status, from every source, in one place.

Areas come from a status page's components (all of them, groups kept) and from
the services the exchange's own notices name ("Trading", "Withdrawals"). An open
notice says how bad it is for the services it names; a component in outage with
no incident at all still shows. The compact strip leads with the services a
customer asks about first (signing in, trading, withdrawals, deposits) and adds
every service that is not working normally.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from breachguard.core.feeds.model import UNKNOWN, FeedState, Notice
from breachguard.core.feeds.stories import Story

OPERATIONAL = "operational"
# Best to worst; "unknown" ranks with a partial outage so it is never hidden.
STATUS_ORDER = (
    OPERATIONAL,
    "under_maintenance",
    "degraded_performance",
    UNKNOWN,
    "partial_outage",
    "major_outage",
)
_FROM_SEVERITY = {
    "critical": "major_outage",
    "major": "partial_outage",
    "minor": "degraded_performance",
    UNKNOWN: UNKNOWN,
}
# What customers ask about first, matched against the publisher's own names.
KEY_AREAS = (
    ("login", "log in", "sign in", "sign-in", "account access", "authentication"),
    ("trading", "trade", "exchange engine", "order"),
    ("withdraw",),
    ("deposit",),
)
STRIP_SIZE = 8


@dataclass(frozen=True)
class AreaHealth:
    name: str
    status: str
    group: str | None
    verified: bool
    story_key: str | None


@dataclass(frozen=True)
class Health:
    areas: tuple[AreaHealth, ...]
    strip: tuple[AreaHealth, ...]
    hidden_operational: int


def rank(status: str) -> int:
    return STATUS_ORDER.index(status) if status in STATUS_ORDER else STATUS_ORDER.index(UNKNOWN)


def component_health(states: Sequence[FeedState], stories: Sequence[Story]) -> Health:
    areas: dict[str, _Area] = {}
    for state in states:
        if state.feed is None:
            continue
        for component in state.feed.components:
            area = areas.setdefault(
                component.name.casefold(), _Area(component.name, component.group)
            )
            area.add(component.status, state.verified)
            area.group = area.group or component.group
    for story in stories:
        if not story.is_open:
            continue
        for copy in (story.lead, *story.also):
            for name, status in _said_about(copy.notice):
                area = areas.setdefault(name.casefold(), _Area(name, None))
                if status is not None:
                    area.add(status, copy.state.verified)
                area.story_key = area.story_key or story.key
    ordered = sorted(enumerate(areas.values()), key=lambda item: (-rank(item[1].status), item[0]))
    result = tuple(a.frozen() for _, a in ordered)
    strip = _strip(result)
    hidden = sum(1 for a in result if a.status == OPERATIONAL and a not in strip)
    return Health(result, strip, hidden)


class _Area:
    def __init__(self, name: str, group: str | None) -> None:
        self.name, self.group = name, group
        self.status, self.verified = OPERATIONAL, False
        self.seen = False
        self.story_key: str | None = None

    def add(self, status: str, verified: bool) -> None:
        if not self.seen or rank(status) > rank(self.status):
            self.status = status
        self.seen = True
        self.verified = self.verified or verified

    def frozen(self) -> AreaHealth:
        return AreaHealth(self.name, self.status, self.group, self.verified, self.story_key)


def _said_about(notice: Notice) -> list[tuple[str, str | None]]:
    """(service, status) for each service an open notice names; None: no change said.

    A Statuspage update that set a component's status is taken at its word, the
    latest such update winning; other named services get the notice's severity."""
    if notice.kind == "maintenance":
        severity_status = (
            "under_maintenance" if notice.status in ("in_progress", "verifying") else None
        )
    else:
        severity_status = _FROM_SEVERITY.get(notice.severity)
    stated: dict[str, tuple[str, str]] = {}
    for update in reversed(notice.updates):  # the timeline is newest first
        for name, status in update.affected:
            if name:
                stated[name.casefold()] = (name, status)
    said: list[tuple[str, str | None]] = list(stated.values())
    said += [(c, severity_status) for c in notice.components if c.casefold() not in stated]
    return said


def _strip(areas: tuple[AreaHealth, ...]) -> tuple[AreaHealth, ...]:
    chosen: list[AreaHealth] = []
    for words in KEY_AREAS:
        match = next(
            (a for a in areas if a not in chosen and any(w in a.name.casefold() for w in words)),
            None,
        )
        if match is not None:
            chosen.append(match)
    troubled = [a for a in areas if a.status != OPERATIONAL and a not in chosen]
    chosen += troubled
    if len(chosen) <= STRIP_SIZE:
        return tuple(chosen)
    # Too many: keep the worst, in the order chosen.
    keep = set(sorted(chosen, key=lambda a: -rank(a.status))[:STRIP_SIZE])
    return tuple(a for a in chosen if a in keep)
