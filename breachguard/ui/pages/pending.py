"""Stand-in for a step whose page is not built yet."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from breachguard.qt.context import AppContext
from breachguard.ui.step_page import StepPage


def pending_page(step_id: str, title_text: str) -> type[StepPage]:
    class PendingPage(StepPage):
        STEP_ID = step_id

        def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
            super().__init__(context, parent)
            layout = QVBoxLayout(self)
            label = QLabel(self.tr("This step is being prepared."), self)
            layout.addWidget(label)
            layout.addStretch(1)

        def title(self) -> str:
            return title_text

    return PendingPage
