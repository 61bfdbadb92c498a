"""Base class of the four step pages."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from breachguard.qt.context import AppContext


class StepPage(QWidget):
    """A page of the step list.

    ``STEP_ID`` is stable and language-independent ("2FA-SCAN") so a support agent
    speaking English can guide a German or Norwegian screen. ``goto_step`` asks the
    main window to switch to another step (notice action buttons use it).
    """

    STEP_ID = ""
    goto_step = Signal(str)
    # Emitted when the page wants the shell to refresh its heading or Next state.
    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName(f"page.{self.STEP_ID.lower()}")

    def title(self) -> str:
        raise NotImplementedError

    def current_step_id(self) -> str:
        """The id of what is on screen now; pages with phases refine it ("2FA-SCAN")."""
        return self.STEP_ID

    def on_entered(self) -> None:
        """The page became visible."""

    def on_left(self) -> None:
        """Another page replaced this one."""

    def leave_warning(self) -> str | None:
        """What would be lost if the window closed or was rebuilt now (quit, another
        language or exchange), in the user's language; None when nothing would."""
        return None

    def shutdown(self) -> None:
        """The window is closing (quit or a switch of exchange): stop timers and
        polling, and take back anything sensitive the page put on the clipboard."""
