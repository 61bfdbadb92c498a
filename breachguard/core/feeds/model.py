"""Normalised notices and the state of one feed source, shared by both formats."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from types import MappingProxyType

SEVERITIES = ("info", "minor", "major", "critical")
UNKNOWN = "unknown"
# Worst first is the order a user should read; "unknown" ranks as major so it is not ignored.
SEVERITY_RANK: Mapping[str, int] = MappingProxyType(
    {"info": 0, "minor": 1, "unknown": 2, "major": 3, "critical": 4}
)
ACTIONS = ("reenroll_2fa", "verify_login_email")
SCAM_CATEGORIES = ("seed_phrase", "remote_access", "verification_deposit", "move_funds")


def type_name(value: object) -> str:
    """How a JSON value's type is named in messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    return "an object" if isinstance(value, dict) else "something else"


class FeedError(ValueError):
    """A feed could not be used. ``str()`` is a message a person can act on;
    ``code`` is a stable identifier for tests, logs and the support report."""

    def __init__(self, message: str, code: str = "invalid") -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class Link:
    """A link from a feed. ``safe`` links may open; others are shown as text only."""

    url: str
    safe: bool
    reason: str = ""


@dataclass(frozen=True)
class NoticeUpdate:
    """One entry of a notice's timeline (a Statuspage update or a superseded item)."""

    at: datetime | None
    status: str
    text: str
    translated: Mapping[str, str] = field(default_factory=dict)
    # Statuspage's affected_components: what this update said each component's
    # status became, as (component name, status) pairs.
    affected: tuple[tuple[str, str], ...] = ()

    def text_in(self, language: str) -> str:
        return self.translated.get(language.lower(), self.text)


@dataclass(frozen=True)
class Translation:
    title: str
    body: str


# What a notice is about: an incident or announcement, or planned maintenance with
# a window (``window_start``/``window_end``) that says when the work happens.
NOTICE_KINDS = ("notice", "incident", "maintenance")


@dataclass(frozen=True)
class Notice:
    id: str
    title: str
    body: str
    severity: str = UNKNOWN
    status: str = UNKNOWN
    published: datetime | None = None
    modified: datetime | None = None
    next_update_at: datetime | None = None
    components: tuple[str, ...] = ()
    actions: tuple[str, ...] = ()
    supersedes: str | None = None
    correction_of: str | None = None
    link: Link | None = None
    translations: Mapping[str, Translation] = field(default_factory=dict)
    updates: tuple[NoticeUpdate, ...] = ()
    # Topics (SCAM_CATEGORIES) the notice asks for or pushes toward: scam patterns.
    scam_flags: tuple[str, ...] = ()
    # Topics the notice reassures about ("we will never ask for your seed phrase").
    reassurances: tuple[str, ...] = ()
    problems: tuple[str, ...] = ()
    verified: bool = False
    kind: str = "notice"
    window_start: datetime | None = None
    window_end: datetime | None = None

    @property
    def when(self) -> datetime | None:
        """The time the notice last changed, or None when the feed gave no usable time."""
        return self.modified or self.published

    def localized(self, language: str) -> Translation:
        """Title and body in ``language`` ("de", "nb") when the feed provides it."""
        return self.translations.get(language.lower()) or Translation(self.title, self.body)

    def offered_actions(self) -> tuple[str, ...]:
        """In-app actions may only come from a verified feed."""
        return self.actions if self.verified else ()


def sort_newest_first(notices: list[Notice] | tuple[Notice, ...]) -> tuple[Notice, ...]:
    """Newest first; notices with no usable time go last, never to the top."""
    dated = [n for n in notices if n.when is not None]
    undated = [n for n in notices if n.when is None]
    dated.sort(key=lambda n: n.when or datetime.min, reverse=True)
    return tuple(dated + undated)


@dataclass(frozen=True)
class ComponentStatus:
    name: str
    status: str  # operational, degraded_performance, ..., or "unknown"
    group: str | None = None
    id: str = ""


@dataclass(frozen=True)
class ParsedFeed:
    """What a parser produced from one payload; Qt-free and immutable."""

    title: str
    notices: tuple[Notice, ...]
    publisher: str | None = None
    sequence: int | None = None
    generated_at: datetime | None = None
    expires_at: datetime | None = None
    page_indicator: str | None = None  # Statuspage overall status, if given
    page_description: str = ""
    components: tuple[ComponentStatus, ...] = ()
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class FeedState:
    """What the UI shows for one source: the last good content plus how fresh it is.

    ``error`` set with notices present means: the latest attempt failed and these are
    the last good notices. ``content_at`` is when that content was fetched,
    ``checked_at`` when the server last confirmed it (Unix times).
    """

    key: str
    url: str
    label: str
    format: str
    signed: bool
    feed: ParsedFeed | None = None
    verified_by: str = ""  # key id of the signature that checked out
    content_at: float | None = None
    checked_at: float | None = None
    error: str | None = None
    error_code: str | None = None
    verification_failed: bool = False
    stale: bool = False
    from_cache: bool = False
    # Who publishes this source: the provider's id. With the format it names the
    # source across restarts and changed addresses (the Demo Exchange's port).
    provider_id: str = ""

    @property
    def notices(self) -> tuple[Notice, ...]:
        return self.feed.notices if self.feed else ()

    @property
    def verified(self) -> bool:
        return self.signed and bool(self.verified_by) and self.feed is not None

    @property
    def published_at(self) -> float | None:
        """How old the content is, as a Unix time: when the feed says it was
        generated (a status page: last updated), but never later than it was
        downloaded; else the download time. Never the last check: a "not modified"
        answer says nothing about how current the content is."""
        generated = self.feed.generated_at if self.feed is not None else None
        if generated is None:
            return self.content_at
        if self.content_at is None:
            return generated.timestamp()
        return min(generated.timestamp(), self.content_at)
