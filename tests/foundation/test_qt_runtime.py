"""Guards against Qt for Python releases with known defects that crash the app."""

from __future__ import annotations

import subprocess
import sys

# Run in a fresh interpreter: in the test process, threads left by other tests (servers,
# workers finishing) take and drop references to True at any moment, which moves the
# count by a few either way and says nothing about PySide.
_EMIT_AND_COUNT = """
import gc, sys
from PySide6.QtCore import QObject, Signal

class Emitter(QObject):
    text = Signal(str)
    flag = Signal(bool)

emitter = Emitter()
received = []
emitter.text.connect(received.append)
emitter.flag.connect(received.append)
gc.collect()
before = sys.getrefcount(True)
for _ in range(EMITS):
    emitter.text.emit("x")
    emitter.flag.emit(False)
    emitter.flag.emit(True)
received.clear()
gc.collect()
print(sys.getrefcount(True) - before)
"""
EMITS = 1000


def test_emitting_signals_keeps_reference_counts_intact() -> None:
    """PySide6 6.12.0 decrements True's reference count on every emit(); after a
    few thousand emits the interpreter aborts ("bool_dealloc"), usually at exit."""
    result = subprocess.run(
        [sys.executable, "-c", _EMIT_AND_COUNT.replace("EMITS", str(EMITS))],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    change = int(result.stdout.strip().splitlines()[-1])
    assert change >= 0, f"this PySide6 release corrupts refcounts (True lost {-change})"
