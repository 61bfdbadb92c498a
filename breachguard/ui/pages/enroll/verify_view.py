"""Step 3, 2FA-VERIFY: the setup code does not clearly come from the exchange (another
or a look-alike name, no name, parameters the exchange never uses). Nothing of it is
shown or saved until the user deliberately types the exchange's name."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from breachguard.core.enrollment_flow import EnrollmentFlow, FlowState
from breachguard.core.otpauth import ISSUER_MATCH
from breachguard.qt.i18n import core_text
from breachguard.ui.banner import Banner
from breachguard.ui.widgets import button, label, set_bold


class VerifyView(QWidget):
    override = Signal(str)
    discard = Signal()

    def __init__(self, exchange: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("enroll.verifyPhase")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = label(
            "enroll.verifyHeading",
            self,
            self.tr("Stop: is this setup code really from {exchange}?").format(exchange=exchange),
        )
        set_bold(heading, 1.1)
        layout.addWidget(heading)
        self.warning = Banner("enroll.issuerWarning", "danger", self)
        layout.addWidget(self.warning)
        form = QFormLayout()
        self.names_issuer = label("enroll.codeIssuerValue", self)
        form.addRow(self.tr("The code names:"), self.names_issuer)
        form.addRow(
            self.tr("You are setting up:"), label("enroll.expectedIssuerValue", self, exchange)
        )
        layout.addLayout(form)
        layout.addWidget(
            label(
                "enroll.verifyAdvice",
                self,
                self.tr(
                    "Fake setup codes arrive by email, chat or a look-alike website. If you did "
                    "not start this setup yourself on {exchange}'s own website, discard it. "
                    "Nothing from it has been shown or saved."
                ).format(exchange=exchange),
            )
        )
        self.type_hint = label("enroll.overrideHint", self)
        layout.addWidget(self.type_hint)
        row = QHBoxLayout()
        self.name_input = QLineEdit(self)
        self.name_input.setObjectName("enroll.overrideNameInput")
        self.name_input.setAccessibleName(self.tr("Name of the exchange"))
        self.name_input.returnPressed.connect(self._override)
        name_label = label("enroll.overrideNameLabel", self, self.tr("E&xchange name:"))
        name_label.setWordWrap(False)
        name_label.setBuddy(self.name_input)
        row.addWidget(name_label)
        row.addWidget(self.name_input, 1)
        self.continue_button = button(
            "enroll.overrideButton", self.tr("&Continue anyway"), self._override, self
        )
        row.addWidget(self.continue_button)
        layout.addLayout(row)
        actions = QHBoxLayout()
        self.discard_button = button(
            "enroll.discardCodeButton", self.tr("&Discard this setup code"), self.discard.emit, self
        )
        actions.addWidget(self.discard_button)
        actions.addStretch(1)
        layout.addLayout(actions)
        layout.addStretch(1)
        self._exchange = exchange

    def show_state(self, state: FlowState, machine: EnrollmentFlow) -> None:
        gate = state.gate
        if gate is None:
            return
        texts = []
        if gate.issuer.status != ISSUER_MATCH:
            texts.append(core_text(gate.issuer))
        texts += [core_text(warning) for warning in gate.policy]
        self.warning.set_text("\n\n".join(texts))
        self.names_issuer.setText(gate.issuer.issuer or self.tr("(no exchange named)"))
        self.type_hint.setText(
            self.tr(
                "Only if you are sure you started it on {exchange}'s own website: type "
                "{exchange} below to go on."
            ).format(exchange=self._exchange)
        )

    def reset(self) -> None:
        self.name_input.clear()

    def _override(self) -> None:
        self.override.emit(self.name_input.text())
