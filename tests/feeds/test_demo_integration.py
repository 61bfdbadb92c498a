"""The fetch pipeline against the Demo Exchange over HTTP: signed editions,
conditional GET, republishing and a restart."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from breachguard.core.feeds.source import FeedFetcher
from breachguard.core.http import HttpClient


def test_demo_feed_editions_and_conditional_get(
    demo_exchange: Any, demo_profile: Any, tmp_path: Path
) -> None:
    source = demo_profile.feeds[0]
    fetcher = FeedFetcher(demo_profile, source, HttpClient(), tmp_path)
    first = fetcher.fetch()
    assert first.error is None and first.verified
    assert first.feed is not None and first.feed.sequence == demo_exchange.feed().sequence

    again = fetcher.fetch()  # nothing changed: the server answers 304
    assert again.error is None and again.feed is first.feed

    edition = demo_exchange.republish_feed()
    newer = fetcher.fetch()
    assert newer.error is None and newer.feed is not None
    assert newer.feed.sequence == edition.sequence > first.feed.sequence

    restarted = FeedFetcher(demo_profile, source, HttpClient(), tmp_path)
    cached = restarted.load_cached()
    assert cached.from_cache and cached.feed is not None
    assert cached.feed.sequence == edition.sequence


def test_demo_statuspage_is_read_unverified(demo_profile: Any, tmp_path: Path) -> None:
    fetcher = FeedFetcher(demo_profile, demo_profile.feeds[1], HttpClient(), tmp_path)
    state = fetcher.fetch()
    assert state.error is None and not state.verified
    assert state.feed is not None and state.feed.page_indicator in ("minor", "major", "critical")
    assert all(n.offered_actions() == () for n in state.notices)
