"""Keeps the provider's notice sources fresh while the app runs.

Each source is polled at the profile's interval (with jitter, backoff and
Retry-After from the core fetcher) on the TaskRunner; the saved copies are
loaded first, so the page has something to show before the network answers.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from breachguard.core.feeds import alerts
from breachguard.core.feeds.model import FeedState
from breachguard.core.feeds.readstate import ReadState
from breachguard.core.feeds.source import INTERNAL_ERROR, FeedFetcher
from breachguard.core.feeds.stories import read_key
from breachguard.core.messages import Message
from breachguard.qt.context import AppContext

log = logging.getLogger(__name__)

_MAX_TIMER_MS = 24 * 3600 * 1000


def feeds_dir(context: AppContext) -> Path:
    return context.paths.data_dir / "feeds"


class NoticesController(QObject):
    """Signals carry immutable FeedState/Notice values; slots run on the GUI thread."""

    state_changed = Signal(object)  # FeedState of one source
    states_changed = Signal()  # any source changed; read states()
    busy_changed = Signal(bool)
    # Notice: new, unresolved, critical, from a current verified feed; once per id ever
    critical_notice = Signal(object)
    worst_severity_changed = Signal(str)  # of verified sources; "" when nothing unresolved
    read_changed = Signal()  # a notice was opened, or the saved read marks were loaded

    def __init__(
        self,
        context: AppContext,
        parent: QObject | None = None,
        *,
        fetchers: list[FeedFetcher] | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._clock = clock
        if fetchers is None:
            fetchers = [
                FeedFetcher(context.provider, source, context.http, feeds_dir(context), clock=clock)
                for source in context.provider.feeds
            ]
        self._fetchers = fetchers
        self._states: dict[str, FeedState] = {}
        self._in_flight: set[str] = set()
        self._timers: dict[str, QTimer] = {}
        self._read: set[str] = set()
        self._reads_loaded = False
        self._read_state = ReadState(feeds_dir(context), context.provider.id)
        self._worst = ""
        self._running = False
        for fetcher in fetchers:
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.timeout.connect(lambda f=fetcher: self._fetch(f))
            self._timers[fetcher.key] = timer

    # -- public -----------------------------------------------------------------------

    def now(self) -> float:
        return self._clock()

    def start(self) -> None:
        """Show the saved copies, then fetch every source."""
        self._running = True
        self._context.tasks.run(
            self._read_state.load,
            on_done=self._loaded_reads,
            on_error=lambda _exc: self._loaded_reads(frozenset()),  # unread, not unknown
        )
        for fetcher in self._fetchers:
            self._context.tasks.run(
                _load_cached,
                fetcher,
                on_done=lambda result, f=fetcher: self._cached(f, result),
                on_error=lambda _exc, f=fetcher: self._fetch(f),
            )

    def stop(self) -> None:
        self._running = False
        for timer in self._timers.values():
            timer.stop()

    def refresh(self) -> None:
        """Manual refresh: fetch every source now (one request per source at a time)."""
        for fetcher in self._fetchers:
            self._fetch(fetcher)

    @property
    def running(self) -> bool:
        """Polling on its schedule (between start() and stop())."""
        return self._running

    @property
    def busy(self) -> bool:
        return bool(self._in_flight)

    def states(self) -> list[FeedState]:
        return [self._states[f.key] for f in self._fetchers if f.key in self._states]

    @property
    def all_sources_in(self) -> bool:
        """Every source has a state (saved or fetched): stories are told whole, not
        the status page's copy standing alone before the signed feed is in."""
        return all(f.key in self._states for f in self._fetchers)

    @property
    def reads_loaded(self) -> bool:
        """The read marks saved by earlier runs are in: is_read() can be trusted."""
        return self._reads_loaded

    def is_read(self, read_key: str) -> bool:
        """``read_key``: ``stories.read_key(state, notice)``."""
        return read_key in self._read

    def mark_read(self, read_keys: list[str]) -> None:
        fresh = [k for k in read_keys if k not in self._read]
        if not fresh:
            return
        self._read.update(fresh)
        self._context.tasks.run(self._read_state.add, fresh, serial=True)
        self.read_changed.emit()

    def worst_severity(self) -> str:
        return self._worst

    # -- internals --------------------------------------------------------------------

    def _loaded_reads(self, read: set[str] | frozenset[str]) -> None:
        self._read.update(read)
        self._reads_loaded = True
        self.read_changed.emit()

    def _cached(self, fetcher: FeedFetcher, result: tuple[FeedState, frozenset[str]]) -> None:
        state, read = result
        # Marks kept by an earlier version, per feed address: carried over once.
        legacy = [read_key(state, notice) for notice in state.notices if notice.id in read]
        self.mark_read(legacy)
        if state.feed is not None:
            self._publish(state, [])
        self._fetch(fetcher)

    def _fetch(self, fetcher: FeedFetcher) -> None:
        if fetcher.key in self._in_flight:
            return
        self._timers[fetcher.key].stop()
        was_busy = self.busy
        self._in_flight.add(fetcher.key)
        if not was_busy:
            self.busy_changed.emit(True)
        self._context.tasks.run(
            _fetch_and_note_alerts,
            fetcher,
            self._clock,
            on_done=lambda result, f=fetcher: self._fetched(f, result),
            on_error=lambda exc, f=fetcher: self._crashed(f, exc),
        )

    def _fetched(self, fetcher: FeedFetcher, result: tuple[FeedState, list[str]]) -> None:
        state, fresh_alerts = result
        self._done(fetcher)
        self._publish(state, fresh_alerts)

    def _crashed(self, fetcher: FeedFetcher, exc: BaseException) -> None:
        # A bug, not a feed problem: keep what is shown, say the check failed, and try
        # again later. A source that crashed on its first check gets a state too, or
        # the page would wait for it forever.
        log.error("checking %s failed: %s", fetcher.key, type(exc).__name__)
        self._done(fetcher)
        previous = self._states.get(fetcher.key) or fetcher.current_state()
        self._publish(
            replace(previous, error=Message(INTERNAL_ERROR), error_code="internal"),
            [],
        )

    def _done(self, fetcher: FeedFetcher) -> None:
        self._in_flight.discard(fetcher.key)
        if not self._in_flight:
            self.busy_changed.emit(False)
        if self._running:
            delay_ms = int(min(fetcher.next_delay_s() * 1000, _MAX_TIMER_MS))
            self._timers[fetcher.key].start(max(delay_ms, 1000))

    def _publish(self, state: FeedState, fresh_alerts: list[str]) -> None:
        self._states[state.key] = state
        self.state_changed.emit(state)
        self.states_changed.emit()
        for notice in state.notices:
            if notice.id in fresh_alerts:
                self.critical_notice.emit(notice)
        worst = alerts.worst_open_severity(self.states())
        if worst != self._worst:
            self._worst = worst
            self.worst_severity_changed.emit(worst)


def _load_cached(fetcher: FeedFetcher) -> tuple[FeedState, frozenset[str]]:
    return fetcher.load_cached(), fetcher.read_ids()


def _fetch_and_note_alerts(
    fetcher: FeedFetcher, clock: Callable[[], float]
) -> tuple[FeedState, list[str]]:
    state = fetcher.fetch()
    if state.error is not None:
        return state, []
    # Recorded on disk by id: a notice that vanishes and reappears never alerts twice.
    return state, fetcher.remember_alerted(alerts.alerting_ids(state, clock()))


# Scripts that check the reader's judgement on real payloads call these names.
_alerting = alerts.is_alert_worthy
_worst = alerts.worst_open_listed
