"""Enter presses the focused button, as Space does.

Qt lets Enter click a focused push button only in dialogs (auto-default buttons);
in the main window, the demo website and the private window it did nothing, and
keyboard users took the app for stuck. Dialogs keep Qt's own rule (Enter is their
default button's)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QPushButton

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


class EnterClicksButtons(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _ENTER
            and event.modifiers() in _PLAIN
            and isinstance(watched, QPushButton)
            and watched.hasFocus()
            and watched.isEnabled()
            and not watched.autoDefault()
            and not isinstance(watched.window(), QDialog)
        ):
            watched.animateClick()
            return True
        return False


def install(owner: QObject) -> EnterClicksButtons | None:
    """Installs the filter on the application for as long as ``owner`` lives."""
    app = QApplication.instance()
    if app is None:
        return None
    watcher = EnterClicksButtons(owner)
    app.installEventFilter(watcher)
    return watcher
