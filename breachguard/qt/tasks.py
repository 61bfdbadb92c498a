"""The one way off the GUI thread.

Every blocking call (HTTP, keyring, QR decoding, clock probes) is handed to
TaskRunner.run(); the result or the exception comes back as a callback on the
GUI thread. Keyring writes use ``serial=True``: a one-thread pool, so two
writes never race each other.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives on the GUI thread. The worker emits ``finished``; because the slot is a
    method of this QObject (not a bare function, which PySide would call on the
    emitting thread), delivery is queued onto the GUI thread."""

    finished = Signal(object, object)  # (result, exception or None)
    handle: TaskHandle

    def __init__(self, deliver: Callable[[Any, BaseException | None], None]) -> None:
        super().__init__()
        self._deliver = deliver
        self.finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)

    @Slot(object, object)
    def _on_finished(self, result: Any, error: BaseException | None) -> None:
        self._deliver(result, error)


class _Job:
    """The work, run on a pool thread. A plain callable, not a QRunnable subclass: Qt
    deletes a finished runnable on its worker thread, and the Python half of such a
    subclass was not always freed with it (about 1 in 6 stayed, holding the caller's
    callbacks: a page, a whole window after a language switch). A callable handed
    to QThreadPool.start() is released once it has run."""

    def __init__(self, fn: Callable[..., Any], args: tuple[Any, ...], relay: _Relay) -> None:
        self._fn = fn
        self._args = args
        self._relay = relay

    def __call__(self) -> None:
        try:
            result = self._fn(*self._args)
        except BaseException as exc:  # delivered to on_error, never lost in a worker
            self._relay.finished.emit(None, exc)
        else:
            self._relay.finished.emit(result, None)


class TaskHandle(QObject):
    """One submitted task. ``cancel()`` drops its callbacks (the work itself runs on)."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.cancelled = False
        self.finished = False

    def cancel(self) -> None:
        self.cancelled = True


class TaskRunner(QObject):
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, *, max_threads: int = 4) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._serial_pool = QThreadPool(self)
        self._serial_pool.setMaxThreadCount(1)
        self._pending = 0
        # Relays stay Python-owned until delivered, so a runner (or page) that goes
        # away with work in flight never leaves a queued event aimed at freed memory.
        self._inflight: set[_Relay] = set()
        self._held: list[tuple[QThreadPool, _Job]] | None = None

    @property
    def pending(self) -> int:
        return self._pending

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        serial: bool = False,
    ) -> TaskHandle:
        handle = TaskHandle()

        def deliver(result: Any, error: BaseException | None) -> None:
            handle.finished = True
            self._inflight.discard(relay)
            if not shiboken6.isValid(self):
                return
            self._set_pending(self._pending - 1)
            try:
                if handle.cancelled:
                    return
                if error is None:
                    handle.done.emit(result)
                    if on_done is not None:
                        on_done(result)
                else:
                    if on_error is None:
                        log.error("background task %s failed: %s", _name(fn), type(error).__name__)
                        log.debug(
                            "%s", "".join(traceback.format_exception_only(type(error), error))
                        )
                    handle.failed.emit(error)
                    if on_error is not None:
                        on_error(error)
            finally:
                relay.deleteLater()

        relay = _Relay(deliver)  # created on the calling (GUI) thread, so it delivers there
        relay.handle = handle
        self._inflight.add(relay)
        self._set_pending(self._pending + 1)
        pool = self._serial_pool if serial else self._pool
        if self._held is not None:
            self._held.append((pool, _Job(fn, args, relay)))
        else:
            pool.start(_Job(fn, args, relay))
        return handle

    def hold(self) -> None:
        """Queue new work instead of starting it, until release(). At start-up the
        window is drawn first: worker threads importing HTTP or keyring modules would
        otherwise compete with it for the interpreter."""
        if self._held is None:
            self._held = []

    def release(self) -> None:
        """Start everything queued since hold(), in the order it was submitted."""
        held, self._held = self._held, None
        for pool, job in held or ():
            pool.start(job)

    def cancel_all(self) -> None:
        """Drop the callbacks of everything in flight: the widgets that asked are
        going away (window closed, exchange switched). The work itself runs on."""
        for relay in self._inflight:
            relay.handle.cancel()

    def wait_idle(self, timeout_ms: int = 30000) -> bool:
        """Block until worker threads finish (shutdown and tests only)."""
        self.release()
        ok = self._pool.waitForDone(timeout_ms)
        return self._serial_pool.waitForDone(timeout_ms) and ok

    def _set_pending(self, value: int) -> None:
        was_busy = self._pending > 0
        self._pending = value
        if was_busy != (value > 0):
            self.busy_changed.emit(value > 0)


def _name(fn: Callable[..., Any]) -> str:
    return getattr(fn, "__qualname__", None) or type(fn).__name__
