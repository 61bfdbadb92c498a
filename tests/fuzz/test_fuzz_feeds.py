"""Both feed parsers on structure-aware mutations of the Demo Exchange's real
documents: a ParsedFeed that keeps its promises, or one FeedError with a usable
message. (tests/feeds/test_properties.py covers short random bytes and small
random structures; this goes from valid documents outward.)"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from breachguard.core.feeds import jsonfeed, statuspage
from breachguard.core.feeds.model import ACTIONS, SEVERITIES, UNKNOWN, FeedError, ParsedFeed
from breachguard.demo import notices
from breachguard.demo import statuspage as demo_statuspage
from tests.fuzz.budget import FUZZ, FUZZ_DOCS
from tests.fuzz.mutate import mutated

NOW = 1_773_478_800.0  # 2026-03-14T09:00:00Z: a fixed story, so failures replay
BASE = "https://demo-exchange.example"
OFFICIAL = frozenset({"demo-exchange.example"})
DEMO_FEED = notices.build_feed(
    notices.story(NOW),
    base_url=BASE,
    sequence=3,
    generated_at=datetime.fromtimestamp(NOW, tz=timezone.utc),
)
DEMO_SUMMARY = demo_statuspage.summary(NOW, BASE)
DEMO_INCIDENTS = demo_statuspage.incidents(NOW, BASE)
FEED_CODES = {"json", "schema"}
MAX_MESSAGE_CHARS = 500


def _check_error(exc: FeedError) -> None:
    message = str(exc)
    assert exc.code in FEED_CODES
    assert message and "\n" not in message, f"not one line: {message[:120]!r}"
    assert len(message) <= MAX_MESSAGE_CHARS, f"echoes the input: {message[:120]!r}…"


def _check_feed(feed: ParsedFeed, *, verified: bool) -> None:
    ids = [n.id for n in feed.notices]
    assert len(ids) == len(set(ids)), "a notice id is listed twice"
    dated = [n.when for n in feed.notices if n.when is not None]
    assert dated == sorted(dated, reverse=True), "not newest first"
    assert all(n.when is None for n in feed.notices[len(dated) :]), "undated notice above dated"
    for notice in feed.notices:
        assert notice.id and notice.title
        assert notice.severity in (*SEVERITIES, UNKNOWN)
        assert set(notice.actions) <= set(ACTIONS)
        assert notice.offered_actions() == (notice.actions if verified else ())
        if notice.link is not None and notice.link.safe:
            assert notice.link.url.lower().startswith("https://")
        for stamp in (notice.published, notice.modified, notice.next_update_at):
            assert stamp is None or stamp.tzinfo is not None


def _jsonfeed(document: Any, verified: bool = True) -> None:
    data = json.dumps(document).encode()
    try:
        feed = jsonfeed.parse_jsonfeed(data, official_domains=OFFICIAL, verified=verified)
    except FeedError as exc:
        _check_error(exc)
        return
    _check_feed(feed, verified=verified)
    assert feed.publisher and feed.sequence is not None and feed.sequence >= 1
    assert feed.expires_at is not None and feed.generated_at is not None
    assert feed.expires_at > feed.generated_at


def _statuspage(document: Any) -> None:
    try:
        feed = statuspage.parse_statuspage(json.dumps(document).encode(), official_domains=OFFICIAL)
    except FeedError as exc:
        _check_error(exc)
        return
    _check_feed(feed, verified=False)
    assert len(feed.components) <= statuspage.MAX_COMPONENTS
    assert all(len(n.updates) <= statuspage.MAX_UPDATES for n in feed.notices)


def test_the_unmutated_demo_documents_parse() -> None:
    feed = jsonfeed.parse_jsonfeed(json.dumps(DEMO_FEED).encode(), official_domains=OFFICIAL)
    assert feed.notices and not feed.warnings
    _check_feed(feed, verified=False)
    for document in (DEMO_SUMMARY, DEMO_INCIDENTS):
        _statuspage(document)


@FUZZ_DOCS
@given(mutated(DEMO_FEED), st.booleans())
def test_mutated_demo_feed(document: Any, verified: bool) -> None:
    _jsonfeed(document, verified)


@FUZZ_DOCS
@given(mutated(DEMO_FEED["items"][0], max_mutations=4))
def test_mutated_demo_item_among_valid_ones(item: Any) -> None:
    _jsonfeed({**DEMO_FEED, "items": [item, *DEMO_FEED["items"]]})


@FUZZ_DOCS
@given(mutated(DEMO_SUMMARY))
def test_mutated_demo_status_summary(document: Any) -> None:
    _statuspage(document)


@FUZZ_DOCS
@given(mutated(DEMO_INCIDENTS))
def test_mutated_demo_incident_list(document: Any) -> None:
    _statuspage(document)


RENDERED_FEED = notices.render(DEMO_FEED)


@FUZZ
@given(st.integers(0, len(RENDERED_FEED)), st.binary(max_size=8))
def test_demo_feed_bytes_cut_or_spliced(cut: int, splice: bytes) -> None:
    data = RENDERED_FEED[:cut] + splice + RENDERED_FEED[cut + len(splice) :]
    for parse in (jsonfeed.parse_jsonfeed, statuspage.parse_statuspage):
        try:
            parse(data)
        except FeedError as exc:
            _check_error(exc)


# -- what fuzzing found (fixed in the parsers; kept as plain regressions) --------------


def test_a_group_listing_non_text_members_is_a_warning_not_a_crash() -> None:
    # Was: TypeError (unhashable type) out of parse_statuspage, past FeedFetcher.
    group = {"id": "g1", "name": "Group", "group": True, "components": [["x"], {"id": "y"}]}
    feed = statuspage.parse_statuspage(
        json.dumps({"page": {"name": "S"}, "components": [group]}).encode()
    )
    assert "a component group lists a component that does not exist" in feed.warnings


def test_a_hostile_group_id_is_not_echoed_raw() -> None:
    group = {"id": "g\n" + "x" * 1000, "name": "G", "group": True, "components": "all"}
    try:
        statuspage.parse_statuspage(json.dumps({"page": {}, "components": [group]}).encode())
    except FeedError as exc:
        _check_error(exc)
    else:
        raise AssertionError("a group whose members are not a list must be refused")


def test_a_language_key_with_a_trailing_newline_is_refused_on_one_line() -> None:
    item = {**DEMO_FEED["items"][0]}
    item["_breachguard"] = {**item["_breachguard"], "translations": {"de\n": {}}}
    try:
        jsonfeed.parse_jsonfeed(json.dumps({**DEMO_FEED, "items": [item]}).encode())
    except FeedError as exc:
        _check_error(exc)
        assert "must be a language code" in str(exc)
    else:
        raise AssertionError('"de\\n" was accepted as a language code')


def test_a_publisher_with_a_trailing_newline_is_refused() -> None:
    ext = {**DEMO_FEED["_breachguard"], "publisher": "demo-exchange\n"}
    with pytest.raises(FeedError):
        jsonfeed.parse_jsonfeed(json.dumps({**DEMO_FEED, "_breachguard": ext}).encode())
