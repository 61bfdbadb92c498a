"""Recovery codes of the working token: pasted into the keyring, listed only in the
private window, where the user ticks the used ones."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from breachguard.core.enrollment import EnrollmentRecord, RecoveryCode
from breachguard.qt import clipboard
from breachguard.qt.controllers.recovery import RecoveryCodesController
from breachguard.qt.i18n import core_text
from breachguard.ui.flow_layout import FlowLayout
from breachguard.ui.private_window import PrivateWindow
from breachguard.ui.widgets import button, label


class RecoveryCodesBox(QGroupBox):
    """Recovery codes of one working token (``set_record``)."""

    def __init__(
        self,
        controller: RecoveryCodesController,
        private_window: Callable[[], PrivateWindow],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Recovery codes"))
        self.setObjectName("enroll.recoveryBox")
        self.controller = controller
        self._private_window = private_window
        self.record: EnrollmentRecord | None = None
        self._listed_record_id = ""
        self._pending_text = ""
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(
                "enroll.recoveryIntro",
                self,
                self.tr(
                    "The exchange gives you recovery codes for when your 2FA device is lost. "
                    "Keep them in your keyring here: paste them (saving replaces any codes "
                    "saved before). They are only ever shown in the private window."
                ),
            )
        )
        row = QHBoxLayout()
        self.input = QLineEdit(self)
        self.input.setObjectName("enroll.recoveryInput")
        self.input.setEchoMode(QLineEdit.EchoMode.Password)
        self.input.setAccessibleName(self.tr("Recovery codes, separated by spaces"))
        self.input.setPlaceholderText(self.tr("Recovery codes, separated by spaces"))
        self.input.returnPressed.connect(self.save_typed)
        row.addWidget(self.input, 1)
        self.save_button = button(
            "enroll.saveRecoveryButton", self.tr("Save co&des"), self.save_typed, self
        )
        row.addWidget(self.save_button)
        layout.addLayout(row)
        # Wraps: long German labels side by side would make the page scroll sideways.
        buttons = FlowLayout()
        layout.addLayout(buttons)
        self.paste_button = button(
            "enroll.pasteRecoveryButton",
            self.tr("Paste and save fro&m the clipboard"),
            self.save_clipboard,
            self,
        )
        self.show_button = button(
            "enroll.showRecoveryButton", self.tr("Show recover&y codes…"), self.show_codes, self
        )
        buttons.add(self.paste_button)
        buttons.add(self.show_button)
        self.status = label("enroll.recoveryStatus", self)
        layout.addWidget(self.status)
        controller.saved.connect(self._saved)
        controller.loaded.connect(self._list)
        controller.failed.connect(lambda problem: self.status.setText(core_text(problem)))
        self._done_text = ""
        self.set_record(None)

    def set_record(self, record: EnrollmentRecord | None) -> None:
        usable = record is not None and record.working
        if (record.id if record else "") != (self.record.id if self.record else ""):
            self.status.clear()
        self.record = record if usable else None
        self.setEnabled(usable)
        self.setToolTip(
            ""
            if usable
            else self.tr("Available once a working 2FA key for this exchange is saved.")
        )

    # -- saving -----------------------------------------------------------------------------

    def save_typed(self) -> None:
        self._save_text(self.input.text(), from_clipboard=False)
        self.input.clear()

    def save_clipboard(self) -> None:
        self._save_text(clipboard.text(), from_clipboard=True)

    def _save_text(self, text: str, *, from_clipboard: bool) -> None:
        record = self.record
        if record is None:
            return
        codes = self.controller.parse(text)
        if codes is None:
            return
        done = self.tr("Saved {count} recovery codes in your keyring.")
        if from_clipboard and clipboard.clear_if_holding(text):
            done = self.tr(
                "Saved {count} recovery codes in your keyring and removed them from the clipboard."
            )
        self._save(record.id, codes, done)

    def _save(self, record_id: str, codes: list[RecoveryCode], done_text: str) -> None:
        self.status.setText(self.tr("Saving in your keyring…"))
        self._done_text = done_text
        self.controller.save(record_id, codes)

    def _saved(self, count: int) -> None:
        self.status.setText(self._done_text.format(count=count))

    # -- showing ----------------------------------------------------------------------------

    def show_codes(self) -> None:
        if self.record is None:
            return
        self.status.setText(self.tr("Reading from your keyring…"))
        self.controller.load(self.record.id)

    def _list(self, record_id: str, codes: list[RecoveryCode]) -> None:
        if not codes:
            self.status.setText(self.tr("No recovery codes saved for this key yet."))
            return
        unused = sum(not code.used for code in codes)
        self.status.setText(
            self.tr(
                "{unused} of {count} recovery codes unused (shown in the private window)."
            ).format(unused=unused, count=len(codes))
        )
        self._listed_record_id = record_id
        self._private_window().show_recovery_codes(codes)

    def on_codes_toggled(self, codes: list[RecoveryCode]) -> None:
        """The user ticked a code used/unused in the private window: save the marks."""
        if self._listed_record_id:
            self._save(
                self._listed_record_id,
                codes,
                self.tr("Saved: {count} recovery codes with their used marks."),
            )

    def on_private_closed(self) -> None:
        self._listed_record_id = ""
