"""What is open, how bad it is, and what may alert or act: decided from verified
sources only.

An unverified source (a Statuspage, TLS only) is listed, labelled, and nothing
more: it never raises a desktop notification, never colours the tray and never
offers an in-app action, because anyone who can alter it in transit or take over
the page could otherwise make the app cry "critical" in the exchange's name.

A verified feed that has expired (a frozen CDN copy, or an old edition replayed
to a new install) is still the exchange's own words and stays listed and counted
in the worst severity, but it is no longer current: it raises no new notification
and offers no action buttons.
"""

from __future__ import annotations

from collections.abc import Iterable

from breachguard.core.feeds.model import SEVERITY_RANK, FeedState, Notice

CLOSED_STATUSES = frozenset({"resolved", "postmortem", "completed"})


def is_open(notice: Notice) -> bool:
    return notice.status not in CLOSED_STATUSES


def is_expired(state: FeedState, now: float) -> bool:
    """The feed's own ``expires_at`` has passed (or the fetcher already said so)."""
    expires = state.feed.expires_at if state.feed is not None else None
    return state.stale or (expires is not None and expires.timestamp() <= now)


def is_current(state: FeedState, now: float) -> bool:
    """Verified and not expired: only such a source may alert or offer actions."""
    return state.verified and not is_expired(state, now)


def actions_for(state: FeedState, notice: Notice, now: float) -> tuple[str, ...]:
    """The in-app actions a notice may offer: none unless its feed is current."""
    return notice.offered_actions() if is_current(state, now) else ()


def is_alert_worthy(notice: Notice) -> bool:
    """What the notice itself says is worth an alert: open and critical. Whether it
    may raise one is a separate question of trust (verified and current, see
    :func:`alerting_ids`), which is what notifications and the tray go by."""
    return notice.severity == "critical" and is_open(notice)


def _worst_open(notices: Iterable[Notice]) -> str:
    worst, rank = "", -1
    for notice in notices:
        if not is_open(notice):
            continue
        notice_rank = SEVERITY_RANK.get(notice.severity, SEVERITY_RANK["unknown"])
        if notice_rank > rank:
            worst, rank = notice.severity, notice_rank
    return worst


def worst_open_severity(states: Iterable[FeedState]) -> str:
    """The worst severity among open notices of verified sources; "" when none.
    This is what the tray shows."""
    return _worst_open(n for state in states if state.verified for n in state.notices)


def worst_open_listed(states: Iterable[FeedState]) -> str:
    """The worst severity among open notices of every source listed, verified or
    not; "" when none. For ordering and headlines on the page, never for the tray."""
    return _worst_open(n for state in states for n in state.notices)


def alerting_ids(state: FeedState, now: float) -> list[str]:
    """Ids of the open critical notices that may raise a desktop notification."""
    if not is_current(state, now):
        return []
    return [notice.id for notice in state.notices if notice.verified and is_alert_worthy(notice)]


def revocation(states: Iterable[FeedState]) -> tuple[bool, float | None]:
    """Whether a verified notice announced a 2FA revocation, and the earliest
    publication time among those notices (None when none is dated).

    An expired feed still counts: the revocation happened, and a frozen feed must
    not make step 3 forget it."""
    notices = [
        notice
        for state in states
        if state.verified
        for notice in state.notices
        if "reenroll_2fa" in notice.offered_actions()
    ]
    dated = [n.published.timestamp() for n in notices if n.published is not None]
    return bool(notices), (min(dated) if dated else None)
