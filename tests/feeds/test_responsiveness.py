"""The GUI stays responsive while a fetch hangs, and a big feed parses in bounded time."""

from __future__ import annotations

import json
import threading
import time
from typing import Any

from PySide6.QtCore import QTimer

from breachguard.core.feeds.jsonfeed import MAX_ITEMS, parse_jsonfeed
from breachguard.core.feeds.source import FeedFetcher
from breachguard.qt.notices import NoticesController
from breachguard.ui.pages.status import StatusPage
from tests.feeds.conftest import feed_doc, item, make_profile


class _WatchedFetcher(FeedFetcher):
    """A real fetcher that records which thread fetched and whether it is fetching now."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fetching = threading.Event()
        self.threads: list[threading.Thread] = []

    def fetch(self) -> Any:
        self.threads.append(threading.current_thread())
        self.fetching.set()
        try:
            return super().fetch()
        finally:
            self.fetching.clear()


def test_the_gui_thread_keeps_handling_events_while_a_fetch_drips(
    drip_server: str, app_paths: Any, qtbot: Any, context_factory: Any
) -> None:
    """The fetch runs on a worker and the event loop turns while it is stuck on the
    network. How long the loop may pause is a figure for the benchmarks (``GUI stall:
    feed fetch dripping``), not a wall-clock assertion here: those flake on a busy machine."""
    profile = make_profile(drip_server, statuspage=False)
    context = context_factory(paths=app_paths, provider=profile)
    fetcher = _WatchedFetcher(
        profile, profile.feeds[0], context.http, app_paths.data_dir, deadline_s=2.5
    )
    controller = NoticesController(context, fetchers=[fetcher])
    page = StatusPage(context, controller=controller)
    qtbot.addWidget(page)
    page.show()

    turns_while_fetching = 0

    def probe() -> None:
        nonlocal turns_while_fetching
        if fetcher.fetching.is_set():
            turns_while_fetching += 1

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(probe)
    timer.start()
    qtbot.waitUntil(lambda: bool(controller.states()) and not controller.busy, timeout=10000)
    timer.stop()
    page.shutdown()
    context.tasks.wait_idle(5000)
    assert controller.states()[0].error_code == "deadline"
    assert fetcher.threads and threading.main_thread() not in fetcher.threads
    # A fetch on the GUI thread would let no timer fire until it returned.
    assert turns_while_fetching >= 2, turns_while_fetching


def test_a_10000_item_feed_is_capped_and_parses_quickly() -> None:
    body = json.dumps(feed_doc([item(f"n{i}", content_text="x" * 150) for i in range(10_000)]))
    started = time.perf_counter()
    feed = parse_jsonfeed(body.encode())
    elapsed = time.perf_counter() - started
    assert len(feed.notices) == MAX_ITEMS
    assert elapsed < 5.0  # measured ~0.2 s here; generous for slow CI machines


class StaticFetcher:
    """Stands in for FeedFetcher: always returns one prepared state."""

    def __init__(self, state: Any) -> None:
        self.key = state.key
        self._state = state

    def load_cached(self) -> Any:
        return self._state

    def fetch(self) -> Any:
        return self._state

    def read_ids(self) -> frozenset[str]:
        return frozenset()

    def next_delay_s(self) -> float:
        return 3600.0

    def remember_alerted(self, ids: list[str]) -> list[str]:
        return []


def test_page_shows_a_full_feed(qtbot: Any, app_paths: Any, context_factory: Any) -> None:
    from breachguard.core.feeds.model import FeedState

    items = [item(f"n{i}") for i in range(MAX_ITEMS)]
    feed = parse_jsonfeed(json.dumps(feed_doc(items)).encode(), verified=True)
    state = FeedState(
        key="k",
        url="u",
        label="Demo Exchange notices",
        format="breachguard-jsonfeed",
        signed=True,
        feed=feed,
        verified_by="ABC",
    )
    profile = make_profile("https://demo-exchange.example", statuspage=False)
    context = context_factory(paths=app_paths, provider=profile)
    controller = NoticesController(context, fetchers=[StaticFetcher(state)])  # type: ignore[list-item]
    page = StatusPage(context, controller=controller)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: len(page.model.stories()) == MAX_ITEMS and not controller.busy)
    assert page.detail.title.text() == "All 2FA tokens were revoked"
    page.shutdown()
    context.tasks.wait_idle(5000)


class _CrashingFetcher(FeedFetcher):
    """A real fetcher whose check hits a bug (it raises instead of returning a state)."""

    def fetch(self) -> Any:
        raise RuntimeError("a bug in checking")


def test_a_source_that_crashes_on_its_first_check_is_shown_as_failed(
    app_paths: Any, qtbot: Any, context_factory: Any
) -> None:
    """No saved copy and a crash: the source still gets a state (an internal error),
    so the page does not wait for it forever and says the check failed."""
    from breachguard.qt.i18n import core_text

    profile = make_profile("https://feeds.example", statuspage=False)
    context = context_factory(paths=app_paths, provider=profile)
    fetcher = _CrashingFetcher(profile, profile.feeds[0], context.http, app_paths.data_dir)
    controller = NoticesController(context, fetchers=[fetcher])
    page = StatusPage(context, controller=controller)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: len(controller.states()) == 1 and not controller.busy, timeout=5000)
    (state,) = controller.states()
    assert state.error_code == "internal" and state.feed is None
    assert controller.all_sources_in
    assert core_text(state.error) == "an internal error stopped the update"
    page.shutdown()
    context.tasks.wait_idle(5000)
