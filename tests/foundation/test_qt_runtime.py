"""Guards against Qt for Python releases with known defects that crash the app."""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    text = Signal(str)
    flag = Signal(bool)


def test_emitting_signals_keeps_reference_counts_intact() -> None:
    """PySide6 6.12.0 decrements True's reference count on every emit(); after a
    few thousand emits the interpreter aborts ("bool_dealloc"), usually at exit."""
    emitter = _Emitter()
    received: list[object] = []
    emitter.text.connect(received.append)
    emitter.flag.connect(received.append)
    gc.collect()
    before = sys.getrefcount(True)
    for _ in range(50):
        emitter.text.emit("x")
        emitter.flag.emit(False)
    received.clear()
    gc.collect()
    assert sys.getrefcount(True) - before >= 0, "this PySide6 release corrupts refcounts"
