"""Step 3 pieces that deal with secrets beyond the live code.

- ``SameComputerNotice``: codes on the computer you sign in from are a weaker
  second factor; offers the phone instead (QR and key in the private window).
- ``RecoveryCodesBox``: paste the exchange's recovery codes, kept in the keyring
  via ``EnrollmentStore.save_recovery_codes``; listed in the private window, where
  the user ticks used ones.
- ``find_revoked_twin``: whether an imported token is one the exchange already
  revoked (same secret as a token created before the revocation).

Every keyring call runs through the TaskRunner (writes on the serial pool).
"""

from __future__ import annotations

import base64
import hmac
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from breachguard.core import enrollment as enrollment_mod
from breachguard.core.enrollment import EnrollmentRecord, EnrollmentStore, RecoveryCode
from breachguard.qt.context import AppContext
from breachguard.ui.banner import Banner
from breachguard.ui.private_window import PrivateWindow


def find_revoked_twin(
    store: EnrollmentStore, provider_id: str, revoked_at: float | None, secret: bytes
) -> EnrollmentRecord | None:
    """The revoked token of ``provider_id`` holding ``secret``, if any. Blocks (keyring).

    Applies the revocation first, so a confirmed token created before ``revoked_at``
    counts as revoked even if the inventory has not been refreshed yet."""
    if revoked_at is not None:
        store.apply_revocation(provider_id, revoked_at)
    for record in store.for_provider(provider_id):
        if record.status != enrollment_mod.REVOKED:
            continue
        stored = store.secrets.get(record.service, record.username)
        if stored is None:
            continue
        text = stored.strip().upper()
        try:
            value = base64.b32decode(text + "=" * (-len(text) % 8))
        except ValueError:
            continue
        if hmac.compare_digest(value, secret):
            return record
    return None


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
        self.phone_button = QPushButton(self.tr("Show on my phone instead…"), self)
        self.phone_button.setObjectName("enroll.showOnPhoneButton")
        self.phone_button.setToolTip(
            self.tr("Opens a private window with the QR code and key for your phone")
        )
        self.phone_button.clicked.connect(on_phone)
        layout = self.layout()
        assert layout is not None
        layout.addWidget(self.phone_button)


class RecoveryCodesBox(QGroupBox):
    """Recovery codes of one working token (``set_record``)."""

    def __init__(
        self,
        context: AppContext,
        store: EnrollmentStore,
        private_window: Callable[[], PrivateWindow],
        describe_error: Callable[[BaseException], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Recovery codes"))
        self.setObjectName("enroll.recoveryBox")
        self.context = context
        self.store = store
        self._private_window = private_window
        self._describe = describe_error
        self.record: EnrollmentRecord | None = None
        self._listed_record_id = ""
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The exchange gives you recovery codes for when your 2FA device is lost. "
                "Keep them in your keyring here: paste them (saving replaces any codes "
                "saved before). They are only ever shown in the private window."
            ),
            self,
        )
        intro.setObjectName("enroll.recoveryIntro")
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.input = QLineEdit(self)
        self.input.setObjectName("enroll.recoveryInput")
        self.input.setEchoMode(QLineEdit.EchoMode.Password)
        self.input.setAccessibleName(self.tr("Recovery codes, separated by spaces"))
        self.input.setPlaceholderText(self.tr("Recovery codes, separated by spaces"))
        self.input.returnPressed.connect(self.save_typed)
        row.addWidget(self.input, 1)
        self.save_button = self._button("saveRecoveryButton", self.tr("Save"), self.save_typed)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        buttons = QHBoxLayout()
        self.paste_button = self._button(
            "pasteRecoveryButton",
            self.tr("Paste from the clipboard and save"),
            self.save_clipboard,
        )
        self.show_button = self._button(
            "showRecoveryButton", self.tr("Show recovery codes…"), self.show_codes
        )
        buttons.addWidget(self.paste_button)
        buttons.addWidget(self.show_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.status = QLabel(self)
        self.status.setObjectName("enroll.recoveryStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.status)
        self.set_record(None)

    def _button(self, name: str, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(f"enroll.{name}")
        button.clicked.connect(slot)
        return button

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
        self.save_text(self.input.text())
        self.input.clear()

    def save_clipboard(self) -> None:
        self.save_text(QGuiApplication.clipboard().text())

    def save_text(self, text: str) -> None:
        record = self.record
        if record is None:
            return
        try:
            codes = enrollment_mod.parse_recovery_codes(text)
        except enrollment_mod.EnrollmentError as exc:
            self.status.setText(self._describe(exc))
            return
        self._save(record.id, codes, self.tr("Saved {count} recovery codes in your keyring."))

    def _save(self, record_id: str, codes: list[RecoveryCode], done_text: str) -> None:
        self.status.setText(self.tr("Saving in your keyring…"))
        count = len(codes)

        def saved(_result: object) -> None:
            self.status.setText(done_text.format(count=count))

        self.context.tasks.run(
            self.store.save_recovery_codes,
            record_id,
            codes,
            on_done=saved,
            on_error=self._failed,
            serial=True,
        )

    def _failed(self, error: BaseException) -> None:
        self.status.setText(self._describe(error))

    # -- showing ----------------------------------------------------------------------------

    def show_codes(self) -> None:
        record = self.record
        if record is None:
            return
        self.status.setText(self.tr("Reading from your keyring…"))
        self.context.tasks.run(
            self.store.recovery_codes,
            record.id,
            on_done=lambda codes: self._list(record.id, codes),
            on_error=self._failed,
            serial=True,
        )

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
        window = self._private_window()
        window.show_recovery_codes(codes)

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
