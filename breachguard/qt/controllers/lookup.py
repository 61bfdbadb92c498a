"""Runs the exchange lookup off the GUI thread and keeps its state: the pending
request, the Retry-After countdown, and what the exchange answered."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from breachguard.core.http import HttpClient
from breachguard.core.lookup import (
    CodeExpired,
    LookupAnswer,
    LookupClient,
    LookupFailed,
    LookupStarted,
    RateLimited,
    TooManyAttempts,
)
from breachguard.core.provider import ProviderProfile
from breachguard.qt.tasks import TaskRunner


class LookupController(QObject):
    started = Signal(object)  # LookupStarted
    answered = Signal(object)  # LookupAnswer
    failed = Signal(object)  # LookupFailed
    busy_changed = Signal(bool)
    # Whole seconds until the exchange accepts another request; 0 when it does.
    wait_changed = Signal(int)

    def __init__(
        self,
        tasks: TaskRunner,
        http: HttpClient,
        provider: ProviderProfile,
        parent: QObject | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._client = LookupClient.for_provider(http, provider)
        self._clock = clock
        self._request_id: str | None = None
        self._busy = False
        self._wait_until = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)

    @property
    def busy(self) -> bool:
        return self._busy

    @property
    def has_request(self) -> bool:
        return self._request_id is not None

    def seconds_to_wait(self) -> int:
        return max(0, int(self._wait_until - self._clock() + 0.999))

    def start(self, phone_e164: str) -> None:
        if self._busy or self.seconds_to_wait():
            return
        self._request_id = None
        self._set_busy(True)
        self._tasks.run(
            self._client.start, phone_e164, on_done=self._on_started, on_error=self._on_error
        )

    def verify(self, code: str) -> None:
        if self._busy or self._request_id is None:
            return
        self._set_busy(True)
        self._tasks.run(
            self._client.verify,
            self._request_id,
            code,
            on_done=self._on_answered,
            on_error=self._on_error,
        )

    def reset(self) -> None:
        self._request_id = None

    # -- results (GUI thread) --------------------------------------------------------

    def _on_started(self, result: LookupStarted) -> None:
        self._set_busy(False)
        self._request_id = result.request_id
        self.started.emit(result)

    def _on_answered(self, answer: LookupAnswer) -> None:
        self._set_busy(False)
        self._request_id = None  # a code works once
        self.answered.emit(answer)

    def _on_error(self, error: BaseException) -> None:
        self._set_busy(False)
        if not isinstance(error, LookupFailed):
            error = LookupFailed()
        if isinstance(error, (CodeExpired, TooManyAttempts)):
            self._request_id = None
        if isinstance(error, RateLimited):
            self._wait_until = self._clock() + (error.retry_after_s or 60.0)
            self._timer.start()
            self.wait_changed.emit(self.seconds_to_wait())
        self.failed.emit(error)

    def _tick(self) -> None:
        left = self.seconds_to_wait()
        if left <= 0:
            self._timer.stop()
        self.wait_changed.emit(left)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)
