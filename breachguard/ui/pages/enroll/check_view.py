"""Step 3, 2FA-CHECK: the new key is in the keyring; show its live code, let the user
type it into the exchange's website, and finish in whatever order they do it.

The numbered instructions are the sequence the buttons follow: 1. see the code,
2. type it on the website, 3. say the website accepted it (or let BreachGuard
confirm it). Nothing here decides anything: the machine says what is allowed.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from breachguard.core import totp
from breachguard.core.enrollment_flow import Busy, EnrollmentFlow, FlowState
from breachguard.core.masking import mask_any
from breachguard.core.otpauth import WEAK_KEY
from breachguard.qt.i18n import core_text
from breachguard.ui.banner import Banner
from breachguard.ui.widgets import button, label, set_bold


class SameComputerNotice(Banner):
    """Shown with the live code: the phone is the stronger place for the key."""

    def __init__(self, on_phone: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__("enroll.sameComputerWarning", "warning", parent)
        self.set_text(
            self.tr(
                "Codes shown on the computer you sign in from are a weaker second factor: "
                "anyone who gets into this computer has your password and your codes. "
                "Safer: add the key to an authenticator app on your phone."
            )
        )
        self.phone_button = button(
            "enroll.showOnPhoneButton", self.tr("Show on my &phone instead…"), on_phone, self
        )
        self.phone_button.setToolTip(
            self.tr("Opens a private window with the QR code and key for your phone")
        )
        layout = self.layout()
        assert layout is not None
        layout.addWidget(self.phone_button)


class CheckView(QWidget):
    reveal = Signal(bool)
    copy = Signal()
    show_on_phone = Signal()
    website_accepted = Signal()
    confirm_here = Signal()
    discard = Signal()

    def __init__(
        self,
        exchange: str,
        code_source: Callable[[], str],
        support_mode: Callable[[], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("enroll.checkPhase")
        self._exchange = exchange
        self._code_source = code_source
        self._support_mode = support_mode
        self._period = 30
        self._digits = 6
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        form = QFormLayout()
        self.summary: dict[str, QLabel] = {}
        for key, text in (
            ("exchange", self.tr("Exchange:")),
            ("account", self.tr("Account:")),
            ("parameters", self.tr("Codes:")),
        ):
            self.summary[key] = label(f"enroll.{key}Value", self)
            form.addRow(text, self.summary[key])
        layout.addLayout(form)
        self.overridden = Banner("enroll.overriddenWarning", "danger", self)
        layout.addWidget(self.overridden)
        self.notes = label("enroll.notes", self)
        layout.addWidget(self.notes)
        self.phone_only = Banner("enroll.phoneOnlyNotice", "info", self)
        self.phone_only.set_text(
            self.tr(
                "Phone only: BreachGuard will not keep a copy of this key. Add it to the "
                "authenticator app on your phone, then type the phone's code into the "
                "exchange's website."
            )
        )
        self.phone_only_button = button(
            "enroll.phoneOnlyShowButton",
            self.tr("Show the key for my &phone…"),
            self.show_on_phone.emit,
            self.phone_only,
        )
        phone_layout = self.phone_only.layout()
        assert phone_layout is not None
        phone_layout.addWidget(self.phone_only_button)
        layout.addWidget(self.phone_only)
        self.same_computer = SameComputerNotice(self.show_on_phone.emit, self)
        layout.addWidget(self.same_computer)

        self.step1 = label("enroll.stepOne", self)
        set_bold(self.step1)
        layout.addWidget(self.step1)
        code_row = QHBoxLayout()
        self.code_label = label("enroll.liveCode", self)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.code_label.setWordWrap(False)
        font = self.code_label.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setLetterSpacing(font.SpacingType.AbsoluteSpacing, 2)
        self.code_label.setFont(font)
        code_row.addWidget(self.code_label)
        self.reveal_button = QPushButton(self.tr("&Show code"), self)
        self.reveal_button.setObjectName("enroll.revealCodeButton")
        self.reveal_button.setCheckable(True)
        self.reveal_button.clicked.connect(self._reveal_clicked)
        code_row.addWidget(self.reveal_button)
        self.copy_button = button(
            "enroll.copyCodeButton", self.tr("&Copy code"), self.copy.emit, self
        )
        code_row.addWidget(self.copy_button)
        code_row.addStretch(1)
        layout.addLayout(code_row)
        self.countdown = QProgressBar(self)
        self.countdown.setObjectName("enroll.countdown")
        self.countdown.setAccessibleName(self.tr("Seconds until the code changes"))
        self.countdown.setFormat(self.tr("new code in %v s"))
        self.countdown.setTextVisible(True)
        layout.addWidget(self.countdown)

        self.step2 = label("enroll.stepTwo", self)
        set_bold(self.step2)
        layout.addWidget(self.step2)
        self.step3 = label("enroll.stepThree", self)
        set_bold(self.step3)
        layout.addWidget(self.step3)
        self.step3_detail = label("enroll.stepThreeDetail", self)
        layout.addWidget(self.step3_detail)
        finish = QHBoxLayout()
        self.accepted_button = button(
            "enroll.websiteAcceptedButton",
            self.tr("The &website accepted the code"),
            self.website_accepted.emit,
            self,
        )
        # Not a default button: outside a dialog that only draws a frame, which looked
        # like the keyboard focus and sent a key press to another button.
        finish.addWidget(self.accepted_button)
        self.confirm_button = button(
            "enroll.confirmHereButton",
            self.tr("&Let BreachGuard confirm it"),
            self.confirm_here.emit,
            self,
        )
        finish.addWidget(self.confirm_button)
        finish.addStretch(1)
        layout.addLayout(finish)
        self.status = label("enroll.statusLabel", self)
        self.status.setAccessibleName(self.tr("Status of the setup"))
        layout.addWidget(self.status)

        discard_row = QHBoxLayout()
        self.discard_button = button(
            "enroll.discardButton", self.tr("&Discard this setup…"), self.discard.emit, self
        )
        discard_row.addWidget(self.discard_button)
        discard_row.addStretch(1)
        layout.addLayout(discard_row)
        layout.addStretch(1)

        self._tick = QTimer(self)
        self._tick.setInterval(500)
        self._tick.timeout.connect(self._update_code)
        self._may_show = False

    # -- rendering --------------------------------------------------------------------------

    def show_state(self, state: FlowState, machine: EnrollmentFlow) -> None:
        setup = state.setup
        if setup is None:
            self._tick.stop()
            return
        self._period, self._digits = setup.period, setup.digits
        support = self._support_mode()
        self.summary["exchange"].setText(setup.issuer or self.tr("(not named in the code)"))
        self.summary["account"].setText(
            mask_any(state.account) if support else (state.account or self.tr("(not named)"))
        )
        self.summary["parameters"].setText(
            self.tr("{digits} digits, new every {period} s, {algorithm}").format(
                digits=setup.digits, period=setup.period, algorithm=setup.algorithm
            )
        )
        warning = machine.override_warning()
        self.overridden.setVisible(warning is not None and state.overridden)
        if warning is not None:
            self.overridden.set_text(core_text(warning))
        notes = [core_text(w) for w in setup.warnings if w.code == WEAK_KEY]
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))

        phone_only = state.phone_only
        self.phone_only.setVisible(phone_only)
        self.phone_only_button.setEnabled(state.may_show_phone_setup)
        self.same_computer.setVisible(not phone_only)
        self.same_computer.phone_button.setEnabled(state.may_show_phone_setup)
        self._may_show = state.may_show_code
        for widget in (self.code_label, self.reveal_button, self.copy_button, self.countdown):
            widget.setVisible(not phone_only)
        self.reveal_button.setEnabled(self._may_show)
        # Remote-access tools share the clipboard with the support agent's computer.
        self.copy_button.setEnabled(self._may_show and not support)
        self.copy_button.setToolTip(
            self.tr(
                "Not while you are on a call with support: remote-access tools can share the clipboard."
            )
            if support
            else ""
        )
        revealed = state.revealed and self._may_show and not support
        if self.reveal_button.isChecked() != revealed:
            self.reveal_button.setChecked(revealed)
        self.reveal_button.setText(self.tr("H&ide code") if revealed else self.tr("&Show code"))

        verified = machine.verifies_with_exchange()
        if phone_only:
            self.step1.setText(self.tr("1. Add the key to the authenticator app on your phone."))
            self.step2.setText(
                self.tr("2. Type the code your phone shows into {exchange}'s website.").format(
                    exchange=self._exchange
                )
            )
        else:
            if support:
                self.step1.setText(
                    self.tr("1. Your new code (Show code opens it in the private window):")
                )
            elif revealed:
                self.step1.setText(self.tr("1. Your new code:"))
            else:
                self.step1.setText(self.tr("1. Your new code (press Show code to see it):"))
            self.step2.setText(
                self.tr(
                    "2. Type this code into {exchange}'s website, on the page where you "
                    "started the setup."
                ).format(exchange=self._exchange)
            )
        self.step3.setText(self.tr("3. When the website says the code was accepted, press:"))
        if verified:
            self.step3_detail.setText(
                self.tr(
                    "BreachGuard then asks the exchange to make sure and saves the key. Or "
                    "let BreachGuard confirm the code with the exchange for you."
                )
            )
        else:
            self.step3_detail.setText(
                self.tr("BreachGuard then saves the key as your confirmed 2FA key.")
            )
        self.confirm_button.setVisible(verified)
        allowed = machine.can_finish()
        self.accepted_button.setEnabled(allowed)
        self.confirm_button.setEnabled(allowed)
        self.discard_button.setEnabled(state.busy is None and state.question is None)

        if state.busy is not None:
            self.status.setText(core_text(state.busy.value))
        elif not allowed:
            self.status.setText("\n".join(core_text(m) for m in machine.blockers()))
        else:
            self.status.clear()
        self.status.setVisible(bool(self.status.text()))
        if state.busy is Busy.STAGING:
            self.code_label.setText(self.tr("Saving the key first…"))
        self._update_code()
        if self._may_show and self.isVisible():
            self._tick.start()
        else:
            self._tick.stop()

    def _reveal_clicked(self, checked: bool) -> None:
        self.reveal.emit(checked)

    def _update_code(self) -> None:
        if not self._may_show:
            if self.code_label.text() != self.tr("Saving the key first…"):
                self.code_label.setText("")
            self.code_label.setAccessibleName(self.tr("Code not available yet"))
            self.countdown.setRange(0, self._period)
            self.countdown.setValue(0)
            return
        now = time.time()
        self.countdown.setRange(0, self._period)
        self.countdown.setValue(totp.whole_seconds_remaining(now, self._period))
        revealed = self.reveal_button.isChecked() and not self._support_mode()
        code = self._code_source() if revealed else ""
        self.code_label.setText(_group(code) if code else "•" * self._digits)
        self.code_label.setAccessibleName(
            self.tr("Current code") if code else self.tr("Code hidden")
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._may_show:
            self._tick.start()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._tick.stop()

    def stop(self) -> None:
        self._tick.stop()


def _group(code: str) -> str:
    """123456 → 123 456: easier to read out and to type."""
    middle = len(code) // 2
    return f"{code[:middle]} {code[middle:]}"
