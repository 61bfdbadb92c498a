"""The one way off the GUI thread.

Every blocking call (HTTP, keyring, QR decoding, clock probes) is handed to
TaskRunner.run(); the result or the exception comes back as a callback on the
GUI thread. Keyring writes use ``serial=True``: a one-thread pool, so two
writes never race each other.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, QThreadPool, QTimer, Signal, Slot

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives on the GUI thread. The worker emits ``finished``; because the slot is a
    method of this QObject (not a bare function, which PySide would call on the
    emitting thread), delivery is queued onto the GUI thread.

    It also holds the GUI thread's references to the work (``fn``, ``args``) and
    the callbacks, and lets go of them on delivery: the last reference to a page
    or a controller must never be dropped on a worker thread, where Qt would
    destroy the object while the GUI thread may still use it."""

    finished = Signal(object, object)  # (result, exception or None)
    handle: TaskHandle

    def __init__(
        self,
        fn: Callable[..., Any],
        args: tuple[Any, ...],
        deliver: Callable[[Any, BaseException | None], None],
    ) -> None:
        super().__init__()
        self.fn: Callable[..., Any] | None = fn
        self.args: tuple[Any, ...] | None = args
        self._deliver: Callable[[Any, BaseException | None], None] | None = deliver
        # Set by the worker once it holds nothing of this relay's any more.
        self.worker_let_go = threading.Event()
        self.finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)

    @Slot(object, object)
    def _on_finished(self, result: Any, error: BaseException | None) -> None:
        deliver, self._deliver = self._deliver, None
        self.fn = self.args = None
        if deliver is not None:
            deliver(result, error)


class _Job:
    """The work, run on a pool thread. A plain callable, not a QRunnable subclass: Qt
    deletes a finished runnable on its worker thread, and the Python half of such a
    subclass was not always freed with it (about 1 in 6 stayed, holding the caller's
    callbacks: a page, a whole window after a language switch). A callable handed
    to QThreadPool.start() is released once it has run.

    Everything it refers to is let go before the result is sent, while the relay
    still holds its own references, so no object's last reference dies here."""

    def __init__(self, relay: _Relay) -> None:
        self._relay: _Relay | None = relay

    def __call__(self) -> None:
        relay, self._relay = self._relay, None
        assert relay is not None, "a job runs once"
        fn, args = relay.fn, relay.args  # let go only on delivery, after this
        result: Any = None
        error: BaseException | None = None
        try:
            assert fn is not None and args is not None
            result = fn(*args)
        except BaseException as exc:  # delivered to on_error, never lost in a worker
            error = exc
        del fn, args
        if error is not None:
            _drop_tracebacks(error)
        relay.finished.emit(result, error)
        del result, error
        let_go = relay.worker_let_go
        del relay
        let_go.set()


def _drop_tracebacks(error: BaseException) -> None:
    """An exception's traceback keeps the worker's frames, their locals (a page's
    ``self``, a secret being saved) and so their objects alive on whichever thread
    lets go last. Only the exception itself is delivered; users never see a
    traceback, and logs name only the exception's type."""
    seen: set[int] = set()
    pending: list[BaseException | None] = [error]
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        current.__traceback__ = None
        pending.extend((current.__cause__, current.__context__))


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
        # Delivered relays whose worker was still finishing its emit: deleted once it
        # has let go (at most a few microseconds later), never under a running emit.
        self._retiring: list[_Relay] = []
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
                self._retiring.append(relay)
                self._delete_retired()

        # Created on the calling (GUI) thread, so it delivers there.
        relay = _Relay(fn, args, deliver)
        relay.handle = handle
        self._inflight.add(relay)
        self._set_pending(self._pending + 1)
        pool = self._serial_pool if serial else self._pool
        if self._held is not None:
            self._held.append((pool, _Job(relay)))
        else:
            pool.start(_Job(relay))
        return handle

    def _delete_retired(self) -> None:
        still_held = []
        for relay in self._retiring:
            if relay.worker_let_go.is_set():
                relay.deleteLater()
            else:
                still_held.append(relay)
        self._retiring = still_held
        if still_held:
            QTimer.singleShot(5, self, self._delete_retired)

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
