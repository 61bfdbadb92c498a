"""Cyclic garbage holding Qt objects is freed on the GUI thread, never on a worker's."""

from __future__ import annotations

import gc
import subprocess
import sys
import textwrap
import threading
import weakref

from PySide6.QtCore import QObject, Qt

from breachguard.qt.collector import GuiThreadCollector

# Makes a QObject that only a reference cycle keeps, lets a worker thread allocate
# as feed parsing does, and prints the thread the QObject was destroyed on.
_CYCLE_THEN_WORKER = textwrap.dedent(
    """
    import gc, sys, threading
    from PySide6.QtCore import QObject, Qt
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    COLLECTOR
    destroyed_on = []
    gc.collect()
    orphan = QObject()
    orphan.me = orphan
    orphan.destroyed.connect(
        lambda: destroyed_on.append(threading.current_thread().name),
        Qt.ConnectionType.DirectConnection,  # recorded on the destroying thread
    )
    del orphan

    def allocate():
        kept = [[index] for index in range(200_000)]
        del kept

    worker = threading.Thread(target=allocate, name="worker")
    worker.start()
    worker.join()
    print("after worker:", destroyed_on)
    gc.collect()
    print("after gui collect:", destroyed_on)
    """
)


def _run(collector_line: str) -> list[str]:
    source = _CYCLE_THEN_WORKER.replace("COLLECTOR", collector_line)
    result = subprocess.run(
        [sys.executable, "-c", source],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    return result.stdout.splitlines()


def test_without_it_a_worker_destroys_the_qobject() -> None:
    """Why the collector exists: with Python's own collection, the worker that crosses
    a threshold frees the QObject, on its own thread."""
    assert _run("pass") == ["after worker: ['worker']", "after gui collect: ['worker']"]


def test_with_it_the_gui_thread_destroys_the_qobject() -> None:
    assert _run(
        "from breachguard.qt.collector import GuiThreadCollector; keep = GuiThreadCollector()"
    ) == [
        "after worker: []",
        "after gui collect: ['MainThread']",
    ]


def test_the_timer_collects_cycles_with_qobjects_on_the_gui_thread(
    qtbot, gui_thread_collector
) -> None:
    assert not gc.isenabled()
    destroyed_on: list[str] = []
    orphan = QObject()
    orphan.me = orphan  # type: ignore[attr-defined]
    orphan.destroyed.connect(
        lambda: destroyed_on.append(threading.current_thread().name),
        Qt.ConnectionType.DirectConnection,  # recorded on the destroying thread
    )
    del orphan
    parsed: list[list[int]] = []  # what the worker made stays, as a parsed feed would
    worker = threading.Thread(
        target=lambda: parsed.extend([index] for index in range(200_000)), name="worker"
    )
    worker.start()
    worker.join()
    assert destroyed_on == []
    qtbot.waitUntil(lambda: destroyed_on != [], timeout=5000)
    assert destroyed_on == [threading.main_thread().name]


class _Node:
    pass


def test_only_a_generation_past_its_threshold_is_collected(qapp) -> None:
    collector = GuiThreadCollector()
    try:
        gc.collect()
        node = _Node()
        node.me = node  # type: ignore[attr-defined]
        ref = weakref.ref(node)
        del node
        assert collector.collect_due() == 0 and ref() is not None
        kept = [[index] for index in range(gc.get_threshold()[0] + 1)]
        assert collector.collect_due() > 0 and ref() is None
        del kept
    finally:
        collector.stop()
    assert not gc.isenabled(), "stop() must leave collection as it found it (the suite's collector)"
