"""Knowing when a window's first frame has been drawn.

Work that can wait (background fetches, the Demo Exchange, pages not yet shown)
starts once the customer sees the window, not while it is being drawn: worker
threads importing modules compete with the drawing for the interpreter.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

# A window that is never painted (started minimised, or on a display that shows
# nothing) still gets its background work going.
FALLBACK_MS = 1500


class FirstFrame(QObject):
    """Emits ``drawn`` once, just after ``window`` is first painted (or after
    ``fallback_ms`` from construction, whichever comes first)."""

    drawn = Signal()

    def __init__(self, window: QWidget, *, fallback_ms: int = FALLBACK_MS) -> None:
        super().__init__(window)
        self._window = window
        self._done = False
        self._fallback = QTimer(self)
        self._fallback.setSingleShot(True)
        self._fallback.timeout.connect(self._emit)
        self._fallback.start(fallback_ms)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint and not self._done:
            # The window paints itself before its children, in one pass; a zero timer
            # runs once that pass (and the flush to the screen) is over.
            QTimer.singleShot(0, self, self._emit)
        return False

    def _emit(self) -> None:
        if self._done:
            return
        self._done = True
        self._fallback.stop()
        self._window.removeEventFilter(self)
        self.drawn.emit()
