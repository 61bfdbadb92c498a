"""Step 3, 2FA-DONE: the new key is confirmed by the exchange and saved (or, phone
only, on the phone and nowhere else)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from breachguard.core.enrollment_flow import EnrollmentFlow, FlowState
from breachguard.qt.i18n import core_text
from breachguard.ui.widgets import button, label, set_bold


class DoneView(QWidget):
    to_checklist = Signal()
    another = Signal()

    def __init__(self, exchange: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("enroll.donePhase")
        self._exchange = exchange
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = label("enroll.doneHeading", self)
        set_bold(self.heading, 1.1)
        layout.addWidget(self.heading)
        self.done_label = label("enroll.doneLabel", self)
        layout.addWidget(self.done_label)
        self.note = label("enroll.doneNote", self)
        layout.addWidget(self.note)
        row = QHBoxLayout()
        row.addWidget(
            button(
                "enroll.checklistButton",
                self.tr("Continue to the &checklist"),
                self.to_checklist.emit,
                self,
            )
        )
        row.addWidget(
            button("enroll.againButton", self.tr("Set up &another code"), self.another.emit, self)
        )
        row.addStretch(1)
        layout.addLayout(row)

    def show_state(self, state: FlowState, _machine: EnrollmentFlow) -> None:
        record = state.done
        if state.done_phone_only:
            self.heading.setText(self.tr("Done: 2FA is set up on your phone"))
            self.done_label.setText(
                self.tr(
                    "{exchange} accepted the new key. It is in the authenticator app on your "
                    "phone only: BreachGuard kept no copy. Remove the old, revoked entry from "
                    "any other authenticator app."
                ).format(exchange=self._exchange)
            )
        elif record is not None:
            self.heading.setText(self.tr("Done: your new 2FA key is confirmed and saved"))
            self.done_label.setText(
                self.tr(
                    "{exchange} accepted the new key, and it is saved in your keyring "
                    "({account}). Remove the old, revoked entry from any other authenticator "
                    "app. If the exchange showed you recovery codes, save them below."
                ).format(exchange=record.issuer or self._exchange, account=record.account_masked)
            )
        self.note.setText(core_text(state.note) if state.note is not None else "")
        self.note.setVisible(state.note is not None)
