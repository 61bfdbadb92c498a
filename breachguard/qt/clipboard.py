"""The clipboard for secrets: marked as sensitive for clipboard managers, cleared
after a while if it still holds what we put there, and cleared of setup links and
recovery codes BreachGuard has read from it."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QObject, QTimer
from PySide6.QtGui import QGuiApplication

CLEAR_AFTER_MS = 20_000
# Clipboard managers (KDE Klipper, Windows clipboard history, macOS pasteboard
# managers) skip entries carrying these formats.
_SENSITIVE_FORMATS = {
    "x-kde-passwordManagerHint": b"secret",
    "ExcludeClipboardContentFromMonitorProcessing": b"1",
    "org.nspasteboard.ConcealedType": b"",
}


def text() -> str:
    return QGuiApplication.clipboard().text()


def clear_if_holding(value: str) -> bool:
    """Empties the clipboard if it still holds ``value``; True if it did."""
    clipboard = QGuiApplication.clipboard()
    if value and clipboard.text() == value:
        clipboard.clear()
        return True
    return False


class SensitiveClipboard(QObject):
    """Puts one secret at a time on the clipboard and takes it back."""

    def __init__(self, parent: QObject | None = None, *, clear_after_ms: int = CLEAR_AFTER_MS):
        super().__init__(parent)
        self._value = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self.take_back)

    @property
    def seconds(self) -> int:
        return self._timer.interval() // 1000

    def put(self, value: str) -> None:
        mime = QMimeData()
        mime.setText(value)
        for name, data in _SENSITIVE_FORMATS.items():
            mime.setData(name, data)
        QGuiApplication.clipboard().setMimeData(mime)
        self._value = value
        self._timer.start()

    def take_back(self) -> None:
        """Clears the clipboard if it still holds our value (the user may have copied
        something else since)."""
        self._timer.stop()
        clear_if_holding(self._value)
        self._value = ""
