"""Step 3 before anything else: the keyring, which must hold the new key before a
code is shown. Says which problem it is (locked: unlock and try again; missing:
what to install) and offers the one way on without it: the phone only."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from breachguard.core.enrollment_flow import EnrollmentFlow, FlowState, Keyring
from breachguard.qt.i18n import core_text
from breachguard.ui.banner import Banner
from breachguard.ui.widgets import button, label, set_bold


class KeyringView(QWidget):
    retry = Signal()
    phone_only = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("enroll.keyringPhase")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = label("enroll.keyringHeading", self)
        set_bold(self.heading, 1.1)
        layout.addWidget(self.heading)
        self.problem = Banner("enroll.keyringStatus", "warning", self)
        layout.addWidget(self.problem)
        self.why = label(
            "enroll.keyringWhy",
            self,
            self.tr(
                "BreachGuard keeps your new 2FA key only in your computer's keyring, never "
                "in a file. It saves the key there before it shows you a single code, so "
                "a key the exchange accepts is never lost."
            ),
        )
        layout.addWidget(self.why)
        row = QHBoxLayout()
        self.retry_button = button(
            "enroll.retryKeyringButton", self.tr("&Try again"), self.retry.emit, self
        )
        row.addWidget(self.retry_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addSpacing(12)
        self.phone_intro = label(
            "enroll.phoneOnlyIntro",
            self,
            self.tr(
                "Or go on without the keyring: add the new key to an authenticator app on "
                "your phone only. BreachGuard will not keep a copy of it, so it cannot show "
                "you codes later."
            ),
        )
        layout.addWidget(self.phone_intro)
        phone_row = QHBoxLayout()
        self.phone_button = button(
            "enroll.phoneOnlyButton",
            self.tr("Add it to my &phone only…"),
            self.phone_only.emit,
            self,
        )
        phone_row.addWidget(self.phone_button)
        phone_row.addStretch(1)
        layout.addLayout(phone_row)
        layout.addStretch(1)

    def show_state(self, state: FlowState, machine: EnrollmentFlow) -> None:
        checking = state.keyring is Keyring.UNKNOWN
        if checking:
            self.heading.setText(self.tr("Checking your keyring…"))
        elif state.keyring is Keyring.LOCKED:
            self.heading.setText(self.tr("Your keyring is locked"))
        elif state.keyring is Keyring.MISSING:
            self.heading.setText(self.tr("This computer has no keyring BreachGuard can use"))
        elif state.keyring is Keyring.INSECURE:
            self.heading.setText(self.tr("The only keyring here does not encrypt"))
        elif state.keyring is Keyring.NO_ANSWER:
            self.heading.setText(self.tr("Your keyring does not answer"))
        else:
            self.heading.setText(self.tr("Your keyring cannot be used right now"))
        problem = state.keyring_problem
        self.problem.setVisible(problem is not None and not checking)
        if problem is not None:
            self.problem.set_text(core_text(problem))
        busy = state.busy is not None
        self.retry_button.setVisible(not checking)
        self.retry_button.setEnabled(not busy)
        self.phone_intro.setVisible(not checking)
        self.phone_button.setVisible(not checking)
        self.phone_button.setEnabled(not busy)
