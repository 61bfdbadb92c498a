"""Strict readers for JSON Feed 1.1: the signed BreachGuard notice feed (with a
feed-level ``_breachguard`` block) and a publisher's plain, unsigned JSON Feed.

For the signed feed the bytes must already be signature-checked (see ``source``).
A plain feed (:func:`parse_plain_jsonfeed`) needs no ``_breachguard`` block and is
never verified: its notices carry no actions, whatever the feed says. Broken structure
raises FeedError naming the field; per-item problems the JSON Feed spec says to
tolerate (an item without a usable id) drop that item with a warning. Unknown
severities and statuses become "unknown"; unknown action names are ignored.
The format is documented in ``resources/docs/notices-feed.md``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from breachguard.core.feeds import content
from breachguard.core.feeds.model import (
    ACTIONS,
    SEVERITIES,
    UNKNOWN,
    FeedError,
    Notice,
    NoticeUpdate,
    ParsedFeed,
    Translation,
    sort_newest_first,
    type_name,
)
from breachguard.core.feeds.timeparse import parse_rfc3339
from breachguard.core.strictjson import JsonError, loads_strict

VERSIONS = ("https://jsonfeed.org/version/1.1", "https://jsonfeed.org/version/1")
EXTENSION = "_breachguard"
STATUSES = ("investigating", "identified", "monitoring", "resolved", "update")
MAX_ITEMS = 500
MAX_TRANSLATIONS = 10
MAX_COMPONENTS = 50
# The longest a signed edition counts as current. A longer ``expires_at`` is cut to
# this (with a warning): else a copy frozen by a cache or replayed by an attacker
# would look current for just as long.
MAX_LIFETIME = timedelta(hours=48)
_LANG_RE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$")
_PUBLISHER_RE = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$")


def _want(value: Any, kind: type, path: str, what: str) -> Any:
    if (isinstance(value, bool) and kind is not bool) or not isinstance(value, kind):
        raise FeedError(f"{path} must be {what}, not {type_name(value)}", "schema")
    return value


def _opt_text(obj: dict[str, Any], key: str, path: str) -> str | None:
    if key not in obj or obj[key] is None:
        return None
    return str(_want(obj[key], str, f"{path}.{key}", "text"))


def _required_time(obj: dict[str, Any], key: str, path: str) -> datetime:
    raw = obj.get(key)
    parsed = parse_rfc3339(raw)
    if parsed is None:
        raise FeedError(
            f"{path}.{key} must be an RFC 3339 time with a time zone, like 2026-03-14T09:00:00Z",
            "schema",
        )
    return parsed


def parse_jsonfeed(
    data: bytes,
    *,
    official_domains: frozenset[str] = frozenset(),
    verified: bool = False,
    max_items: int = MAX_ITEMS,
) -> ParsedFeed:
    """Parse a BreachGuard notice feed. ``verified`` marks the notices as coming
    from a checked signature (only then do their actions count)."""
    doc = _load(data)
    ext = _want(doc.get(EXTENSION), dict, EXTENSION, "an object with publisher and sequence")
    publisher = _want(ext.get("publisher"), str, f"{EXTENSION}.publisher", "text")
    if not _PUBLISHER_RE.fullmatch(publisher):
        raise FeedError(f"{EXTENSION}.publisher must be a provider id like demo-exchange", "schema")
    sequence = _want(ext.get("sequence"), int, f"{EXTENSION}.sequence", "a whole number")
    if sequence < 1:
        raise FeedError(f"{EXTENSION}.sequence must be 1 or more", "schema")
    generated_at = _required_time(ext, "generated_at", EXTENSION)
    expires_at = _required_time(ext, "expires_at", EXTENSION)
    if expires_at <= generated_at:
        raise FeedError(f"{EXTENSION}.expires_at must be later than generated_at", "schema")
    warnings: list[str] = []
    if expires_at - generated_at > MAX_LIFETIME:
        # Not refused (the signature and the content are fine), but never current for
        # longer than the cap: only this effective expiry reaches the freshness checks.
        hours = MAX_LIFETIME // timedelta(hours=1)
        warnings.append(
            f"{EXTENSION}.expires_at is {_span(expires_at - generated_at)} after generated_at; "
            f"the feed counts as current for at most {hours} hours, so that a frozen or "
            "replayed copy cannot pass for the current one"
        )
        expires_at = generated_at + MAX_LIFETIME
    feed = _parse_document(doc, official_domains, verified, max_items, warnings)
    return replace(
        feed,
        publisher=publisher,
        sequence=sequence,
        generated_at=generated_at,
        expires_at=expires_at,
    )


def parse_plain_jsonfeed(
    data: bytes,
    *,
    official_domains: frozenset[str] = frozenset(),
    max_items: int = MAX_ITEMS,
) -> ParsedFeed:
    """Parse a publisher's plain JSON Feed (TLS only, no signature). Its notices are
    never verified and offer no actions; a feed-level ``_breachguard`` block is not
    read (publisher, sequence and expiry mean nothing without a signature)."""
    doc = _load(data)
    warnings: list[str] = []
    if doc.get(EXTENSION) is not None:
        warnings.append(
            f"the feed's {EXTENSION} block is not read: the feed is not signed, "
            "so its publisher, sequence and expiry cannot be checked"
        )
    feed = _parse_document(doc, official_domains, False, max_items, warnings)
    notices = tuple(replace(n, actions=()) for n in feed.notices)
    return replace(feed, notices=notices)


def _load(data: bytes) -> dict[str, Any]:
    try:
        doc = loads_strict(data)
    except JsonError as exc:
        raise FeedError(f"the notice feed {exc}", "json") from None
    _want(doc, dict, "the feed", "a JSON object")
    version = doc.get("version")
    if version not in VERSIONS:
        printable = isinstance(version, str) and len(version) < 80 and version.isprintable()
        shown = version if printable else type_name(version)
        raise FeedError(
            f"the feed's version must be https://jsonfeed.org/version/1.1 (found {shown})"
            if version is not None
            else "the feed has no version; it is not a JSON Feed",
            "schema",
        )
    return dict(doc)


def _parse_document(
    doc: dict[str, Any],
    official_domains: frozenset[str],
    verified: bool,
    max_items: int,
    warnings: list[str],
) -> ParsedFeed:
    """The parts both formats share: the feed's title and its items."""
    title = content.unescape_title(_want(doc.get("title"), str, "title", "text"))
    expired = doc.get("expired")
    if expired is not None:
        _want(expired, bool, "expired", "true or false")
    for key in ("home_page_url", "feed_url", "description", "language", "icon", "favicon"):
        _opt_text(doc, key, "feed")
    raw_items = doc.get("items")
    if raw_items is None or not isinstance(raw_items, list):
        raise FeedError(f"items must be a list, not {type_name(raw_items)}", "schema")
    if len(raw_items) > max_items:
        warnings.append(
            f"the feed has {len(raw_items)} notices; only the first {max_items} are shown"
        )
        raw_items = raw_items[:max_items]
    notices: dict[str, Notice] = {}
    for index, raw in enumerate(raw_items):
        notice = _parse_item(raw, f"items[{index}]", official_domains, verified, warnings)
        if notice is None:
            continue
        if notice.id in notices:
            warnings.append(f"items[{index}] repeats the id {notice.id!r}; the first one is kept")
            continue
        notices[notice.id] = notice
    return ParsedFeed(
        title=title,
        notices=sort_newest_first(_fold_superseded(notices)),
        warnings=tuple(warnings),
    )


def _span(delta: timedelta) -> str:
    hours = delta / timedelta(hours=1)
    if hours < 96:
        return f"{hours:.0f} hours"
    return f"{delta.days} days"


def _item_id(raw: dict[str, Any]) -> str | None:
    value = raw.get("id")
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        value = str(value)
    if not isinstance(value, str):
        return None
    value = content.clean_text(value, max_chars=200, single_line=True)
    return value or None


def _parse_item(
    raw: Any, path: str, domains: frozenset[str], verified: bool, warnings: list[str]
) -> Notice | None:
    _want(raw, dict, path, "an object")
    item_id = _item_id(raw)
    if item_id is None:
        warnings.append(f"{path} has no usable id and was skipped")
        return None
    text = _opt_text(raw, "content_text", path)
    markup = _opt_text(raw, "content_html", path)
    if text is None and markup is None:
        warnings.append(f"{path} has neither content_text nor content_html and was skipped")
        return None
    body = content.clean_text(text) if text is not None else content.html_to_text(markup or "")
    title_raw = _opt_text(raw, "title", path)
    summary = _opt_text(raw, "summary", path)
    title = content.unescape_title(title_raw or summary or body.split("\n", 1)[0])
    url = _opt_text(raw, "url", path)
    tags = raw.get("tags")
    if tags is not None:
        for tag_index, tag in enumerate(_want(tags, list, f"{path}.tags", "a list of text")):
            _want(tag, str, f"{path}.tags[{tag_index}]", "text")
    problems: list[str] = []
    published = _item_time(raw, "date_published", path, problems)
    modified = _item_time(raw, "date_modified", path, problems)
    if published is not None and modified is not None and modified < published:
        problems.append("date_modified is before date_published; the publication time is used")
        modified = None

    ext_raw = raw.get(EXTENSION)
    ext = _want(ext_raw, dict, f"{path}.{EXTENSION}", "an object") if ext_raw is not None else {}
    epath = f"{path}.{EXTENSION}"
    severity = ext.get("severity")
    status = ext.get("status")
    translations = _translations(ext.get("translations"), epath)
    next_update = None
    if ext.get("next_update_at") is not None:
        next_update = parse_rfc3339(ext.get("next_update_at"))
        if next_update is None:
            problems.append("the promised next update time is not a valid time")
    all_text = [title, body, *(f"{t.title}\n{t.body}" for t in translations.values())]
    return Notice(
        id=item_id,
        title=title,
        body=body,
        severity=severity if severity in SEVERITIES else UNKNOWN,
        status=status if status in STATUSES else UNKNOWN,
        published=published,
        modified=modified,
        next_update_at=next_update,
        components=_text_list(ext.get("components"), f"{epath}.components", MAX_COMPONENTS),
        actions=tuple(
            a for a in _text_list(ext.get("actions"), f"{epath}.actions", 20) if a in ACTIONS
        ),
        supersedes=_ref(ext, "supersedes", epath),
        correction_of=_ref(ext, "correction_of", epath),
        link=content.check_link(url, domains) if url else None,
        translations=translations,
        **content.scam_fields(*all_text),
        problems=tuple(problems),
        verified=verified,
    )


def _item_time(raw: dict[str, Any], key: str, path: str, problems: list[str]) -> datetime | None:
    if raw.get(key) is None:
        return None
    parsed = parse_rfc3339(raw[key])
    if parsed is None:
        problems.append(f"{key} is not a valid time, so the time is unknown")
    return parsed


def _text_list(value: Any, path: str, limit: int) -> tuple[str, ...]:
    if value is None:
        return ()
    items = _want(value, list, path, "a list of text")
    result = []
    for index, item in enumerate(items[:limit]):
        result.append(
            content.clean_text(
                _want(item, str, f"{path}[{index}]", "text"), max_chars=100, single_line=True
            )
        )
    return tuple(dict.fromkeys(r for r in result if r))


def _ref(ext: dict[str, Any], key: str, path: str) -> str | None:
    value = ext.get(key)
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return (
        content.clean_text(
            _want(value, str, f"{path}.{key}", "an item id"), max_chars=200, single_line=True
        )
        or None
    )


def _translations(value: Any, path: str) -> dict[str, Translation]:
    if value is None:
        return {}
    table = _want(value, dict, f"{path}.translations", "an object keyed by language")
    result: dict[str, Translation] = {}
    for lang, entry in list(table.items())[:MAX_TRANSLATIONS]:
        lpath = f"{path}.translations.{lang}"
        if not _LANG_RE.fullmatch(lang):  # fullmatch: "$" would let "de\n" through
            raise FeedError(
                f"{path}.translations: the key {lang[:20]!r} must be a language code like de or nb",
                "schema",
            )
        entry = _want(entry, dict, lpath, "an object with title and content_text")
        title = _want(entry.get("title"), str, f"{lpath}.title", "text")
        body = _want(entry.get("content_text"), str, f"{lpath}.content_text", "text")
        result[lang.lower()] = Translation(content.unescape_title(title), content.clean_text(body))
    return result


def _fold_superseded(notices: dict[str, Notice]) -> list[Notice]:
    """A notice that supersedes another carries the older one as its timeline;
    the older one is no longer listed on its own. Corrections stay listed."""
    superseded_by: dict[str, str] = {}
    for notice in notices.values():
        older = notice.supersedes
        if older and older in notices and older != notice.id:
            superseded_by.setdefault(older, notice.id)
    # A cycle (A supersedes B supersedes A) would hide every member; drop its links.
    for start in list(superseded_by):
        seen, node = {start}, superseded_by.get(start)
        while node is not None and node not in seen:
            seen.add(node)
            node = superseded_by.get(node)
        if node is not None:
            for member in seen:
                superseded_by.pop(member, None)
    shown = []
    for notice in notices.values():
        if notice.id in superseded_by:
            continue
        chain: list[NoticeUpdate] = []
        seen = {notice.id}
        current = notice
        while (
            current.supersedes
            and superseded_by.get(current.supersedes) == current.id
            and current.supersedes not in seen
        ):
            current = notices[current.supersedes]
            seen.add(current.id)
            chain.append(_as_update(current))
        if chain:
            own = _as_update(notice)
            notice = replace(notice, updates=(own, *chain))
        shown.append(notice)
    return shown


def _as_update(notice: Notice) -> NoticeUpdate:
    translated = {lang: t.body for lang, t in notice.translations.items()}
    return NoticeUpdate(notice.when, notice.status, notice.body, translated)
