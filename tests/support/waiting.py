"""Waiting for a condition with a deadline, never for a fixed time.

``wait_until`` polls anything (a socket answers, a file exists); ``spin_until``
runs the Qt event loop meanwhile, for code outside pytest-qt (child processes,
benchmarks) where ``qtbot.waitUntil`` is not available. Both return whether the
condition came true, so the caller can say what did not happen.
"""

from __future__ import annotations

import time
from collections.abc import Callable


def wait_until(condition: Callable[[], bool], timeout_s: float, interval_s: float = 0.05) -> bool:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() >= deadline:
            return False
        time.sleep(interval_s)
    return True


def spin_until(condition: Callable[[], bool], timeout_s: float, interval_ms: int = 20) -> bool:
    """Runs a local QEventLoop until ``condition()`` holds (no busy wait)."""
    from PySide6.QtCore import QEventLoop, QTimer

    if condition():
        return True
    loop = QEventLoop()
    check = QTimer()
    check.setInterval(interval_ms)
    check.timeout.connect(lambda: loop.quit() if condition() else None)
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(loop.quit)
    check.start()
    deadline.start(int(timeout_s * 1000))
    loop.exec()
    check.stop()
    deadline.stop()
    return condition()
