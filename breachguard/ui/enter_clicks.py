"""Enter presses the focused button, as Space does.

Qt lets Enter click a focused push button only in dialogs (auto-default buttons);
in the main window, the demo website and the private window it did nothing, and
keyboard users took the app for stuck. Dialogs keep Qt's own rule (Enter is their
default button's)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QWidget

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


class EnterClicksButtons(QObject):
    """Filters the focused button only. An application-wide filter ran Python for
    every event of every object and had PySide wrap Qt's own internal objects (about
    3 MiB more before the first frame); only the focused widget gets key presses."""

    def __init__(self, app: QApplication, parent: QObject | None = None) -> None:
        super().__init__(parent)
        app.focusChanged.connect(self._follow_focus)
        self._follow_focus(None, app.focusWidget())

    def _follow_focus(self, old: QWidget | None, now: QWidget | None) -> None:
        if isinstance(old, QPushButton):
            old.removeEventFilter(self)
        if isinstance(now, QPushButton):
            now.installEventFilter(self)

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
    """Makes Enter click the focused button, in every window, for as long as
    ``owner`` lives."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return None
    return EnterClicksButtons(app, owner)
