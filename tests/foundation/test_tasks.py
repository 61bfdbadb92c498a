"""The one way off the GUI thread: results and errors come back on it."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QThread, QTimer

from breachguard.qt.tasks import TaskRunner


def test_result_arrives_on_the_gui_thread(qtbot) -> None:
    runner = TaskRunner()
    seen: dict[str, object] = {}

    def work(x: int) -> int:
        seen["worker"] = threading.current_thread() is threading.main_thread()
        return x * 2

    def done(value: int) -> None:
        seen["value"] = value
        seen["gui"] = QThread.currentThread() is runner.thread()

    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
        runner.run(work, 21, on_done=done)
    assert seen == {"worker": False, "value": 42, "gui": True}


def test_errors_are_delivered_not_lost(qtbot) -> None:
    runner = TaskRunner()
    errors: list[BaseException] = []

    def boom() -> None:
        raise ValueError("bad input")

    handle = runner.run(boom, on_error=errors.append)
    with qtbot.waitSignal(handle.failed):
        pass
    assert len(errors) == 1 and str(errors[0]) == "bad input"


def test_cancelled_task_drops_its_callbacks(qtbot) -> None:
    runner = TaskRunner()
    calls: list[int] = []
    gate = threading.Event()
    handle = runner.run(lambda: gate.wait(5) and 1, on_done=calls.append)
    handle.cancel()
    gate.set()
    qtbot.waitUntil(lambda: runner.pending == 0)
    assert calls == []


def test_serial_tasks_never_overlap(qtbot) -> None:
    runner = TaskRunner()
    active = 0
    peak = 0
    lock = threading.Lock()

    def write() -> None:
        nonlocal active, peak
        with lock:
            active += 1
            peak = max(peak, active)
        time.sleep(0.02)
        with lock:
            active -= 1

    for _ in range(5):
        runner.run(write, serial=True)
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=5000)
    assert peak == 1


def test_event_loop_keeps_running_while_work_blocks(qtbot) -> None:
    """Timers fire while the work blocks: it runs on a worker, not the GUI thread.
    (Pause lengths are measured in the benchmarks, not asserted here.)"""
    runner = TaskRunner()
    blocking = threading.Event()
    release = threading.Event()
    workers: list[threading.Thread] = []

    def work() -> None:
        workers.append(threading.current_thread())
        blocking.set()
        release.wait(10)

    ticks_while_blocked = 0

    def tick() -> None:
        nonlocal ticks_while_blocked
        if blocking.is_set() and not release.is_set():
            ticks_while_blocked += 1
            if ticks_while_blocked == 20:
                release.set()

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    timer.start()
    runner.run(work)
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=15000)
    timer.stop()
    assert workers and workers[0] is not threading.main_thread()
    # The work only returns once the GUI thread has seen 20 ticks while it blocked.
    assert ticks_while_blocked == 20


@pytest.mark.parametrize("serial", [False, True])
def test_wait_idle_returns_when_done(qtbot, serial: bool) -> None:
    runner = TaskRunner()
    runner.run(time.sleep, 0.05, serial=serial)
    assert runner.wait_idle(5000)


def test_cancel_all_drops_every_pending_callback(qtbot) -> None:
    runner = TaskRunner()
    calls: list[object] = []
    gate = threading.Event()
    for _ in range(3):
        runner.run(gate.wait, 5, on_done=calls.append, on_error=calls.append)
    runner.cancel_all()
    gate.set()
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=5000)
    assert calls == []
    later: list[int] = []
    runner.run(lambda: 7, on_done=later.append)  # new work after cancel_all is delivered
    qtbot.waitUntil(lambda: later == [7], timeout=5000)


def test_held_work_starts_in_order_on_release(qtbot) -> None:
    runner = TaskRunner()
    started: list[str] = []
    lock = threading.Lock()

    def work(name: str) -> str:
        with lock:
            started.append(name)
        return name

    runner.hold()
    results: list[str] = []
    runner.run(work, "first", on_done=results.append, serial=True)
    runner.run(work, "second", on_done=results.append, serial=True)
    # Held work has not started, even after the event loop had a chance to run it.
    qtbot.wait(50)
    assert started == [] and runner.pending == 2
    runner.release()
    qtbot.waitUntil(lambda: runner.pending == 0)
    assert started == ["first", "second"] and results == ["first", "second"]
    runner.run(work, "after", serial=True)  # no longer held
    qtbot.waitUntil(lambda: runner.pending == 0)
    assert started[-1] == "after"


def test_finished_work_lets_go_of_its_callbacks(qtbot) -> None:
    """A page's callbacks must not outlive the work: a leaked job kept the caller (a
    whole window, after a language switch) alive for good."""
    import gc
    import weakref

    from PySide6.QtCore import QCoreApplication, QEvent

    class Caller:
        def __init__(self) -> None:
            self.results: list[int] = []

        def take(self, value: int) -> None:
            self.results.append(value)

    runner = TaskRunner()
    callers = [Caller() for _ in range(20)]
    for number in range(2000):
        runner.run(lambda x: x + 1, number, on_done=callers[number % 20].take)
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=30000)
    assert sum(len(caller.results) for caller in callers) == 2000
    refs = [weakref.ref(caller) for caller in callers]
    del callers

    def released() -> bool:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
        return all(ref() is None for ref in refs)

    qtbot.waitUntil(released, timeout=5000)


@pytest.mark.parametrize("fails", [False, True], ids=["done", "error"])
def test_the_last_reference_to_a_callers_object_goes_on_the_gui_thread(qtbot, fails: bool) -> None:
    """Qt must destroy a caller's object on the GUI thread: a worker dropping the last
    reference would destroy it there, while the GUI thread may still use it."""
    from PySide6.QtCore import QObject, Qt

    class Caller(QObject):
        def work(self, value: int) -> int:
            if fails:
                raise ValueError(value)
            return value

        def take(self, _value: object) -> None:
            pass

    runner = TaskRunner()
    destroyed_on: list[str] = []
    for number in range(50):
        caller = Caller()
        caller.destroyed.connect(
            lambda: destroyed_on.append(threading.current_thread().name),
            Qt.ConnectionType.DirectConnection,  # recorded on the destroying thread
        )
        runner.run(caller.work, number, on_done=caller.take, on_error=caller.take)
        del caller  # only the runner holds it now
    qtbot.waitUntil(lambda: len(destroyed_on) == 50, timeout=10000)
    assert set(destroyed_on) == {threading.main_thread().name}


def test_a_delivered_error_carries_no_worker_frames(qtbot) -> None:
    """The worker's frames hold its locals (a secret being saved, a page's self); only
    the exception itself crosses to the GUI thread."""
    errors: list[BaseException] = []

    def save(secret: str) -> None:
        try:
            raise KeyError("lookup")
        except KeyError as exc:
            raise RuntimeError("store refused") from exc

    runner = TaskRunner()
    runner.run(save, "JBSWY3DPEHPK3PXP", on_error=errors.append)
    qtbot.waitUntil(lambda: errors != [])
    error = errors[0]
    assert isinstance(error, RuntimeError) and str(error) == "store refused"
    assert error.__traceback__ is None and error.__cause__ is not None
    assert error.__cause__.__traceback__ is None
