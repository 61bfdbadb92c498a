"""Step 4: what the customer has done and what remains."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from breachguard.qt.context import AppContext
from breachguard.ui.step_page import StepPage


class ChecklistPage(StepPage):
    STEP_ID = "CHECKLIST"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Work through this list once. Items tick themselves as you finish the steps before."
            ),
            self,
        )
        intro.setObjectName("checklist.intro")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.items = QListWidget(self)
        self.items.setObjectName("checklist.items")
        self.items.setAccessibleName(self.tr("Safety checklist"))
        self.items.setStyleSheet("QListWidget::item { padding: 6px 4px; }")
        layout.addWidget(self.items, 1)
        context.session.login_email_changed.connect(lambda _email: self.refresh())
        context.session.steps_visited_changed.connect(self.refresh)
        self.refresh()

    def title(self) -> str:
        return self.tr("Safety checklist")

    def on_entered(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        session = self.context.session
        rows = [
            (self.tr("Read the exchange's verified notices"), "STATUS" in session.visited_steps),
            (self.tr("Confirmed which email your account uses"), bool(session.login_email)),
            (self.tr("Set up two-factor authentication again"), False),
            (self.tr("Stored your recovery codes offline (on paper)"), False),
            (self.tr("Removed the old, revoked entry from your authenticator"), False),
            (self.tr("Changed your exchange password"), False),
        ]
        self.items.clear()
        for text, done in rows:
            state = self.tr("Done") if done else self.tr("To do")
            item = QListWidgetItem(f"{'✓' if done else '○'}  {text} — {state}")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{text}: {state}")
            self.items.addItem(item)
