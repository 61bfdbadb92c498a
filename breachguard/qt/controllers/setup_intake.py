"""Turns whatever the user brings into step 3 into one setup code: a link (typed,
pasted, from the clipboard), a QR image (file, clipboard, screen strips, the
screenshot portal), a hand-typed key, or a Google Authenticator export in one or
more parts. QR decoding runs on the TaskRunner; parsing is instant.

Emits ``brought(OtpSetup, source)`` or ``refused(Message)``; the enrollment
controller takes it from there.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from breachguard.core import migration, otpauth
from breachguard.core.enrollment_work import as_message
from breachguard.core.messages import N_, Message
from breachguard.core.provider import ProviderProfile
from breachguard.qt import clipboard, qr
from breachguard.qt.tasks import TaskRunner


class SetupIntake(QObject):
    brought = Signal(object, str)  # OtpSetup, source
    refused = Signal(object)  # Message
    # A remark for the user that is no problem ("removed from the clipboard").
    remark = Signal(object)  # Message
    migration_progress = Signal(object)  # Message
    busy_changed = Signal(bool)

    def __init__(
        self, tasks: TaskRunner, provider: ProviderProfile, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._provider = provider
        self._import = migration.MigrationImport()
        self.busy = False

    # -- text ------------------------------------------------------------------------------

    def accept_text(self, text: str, source: str = "uri") -> bool:
        """A setup link or an export part; True if it was usable."""
        if text.strip().lower().startswith("otpauth-migration:"):
            return self._accept_migration(text)
        try:
            setup = otpauth.parse_uri(text)
        except otpauth.OtpUriError as exc:
            self.refused.emit(as_message(exc))
            return False
        self.brought.emit(setup, source)
        return True

    def accept_clipboard(self) -> None:
        """The link on the clipboard; taken off it once read, so no other app gets it."""
        text = clipboard.text()
        if self.accept_text(text, "uri") and clipboard.clear_if_holding(text):
            self.remark.emit(
                Message.coded(
                    "clipboard_cleared",
                    N_(
                        "The setup link was removed from the clipboard, so no other app can read it."
                    ),
                )
            )

    def accept_manual(self, secret_text: str, account: str) -> bool:
        try:
            setup = otpauth.setup_from_manual_entry(
                secret_text, issuer=self._provider.name, account=account
            )
        except otpauth.OtpUriError as exc:
            self.refused.emit(as_message(exc))
            return False
        self.brought.emit(setup, "manual")
        return True

    def _accept_migration(self, text: str) -> bool:
        try:
            batch = migration.parse_export(text)
            if self._import.batch_id != batch.batch_id:
                self._import = migration.MigrationImport()
            self._import.add(batch)
        except migration.MigrationError as exc:
            self.refused.emit(as_message(exc))
            return False
        template, values = self._import.progress_text()
        self.migration_progress.emit(Message.coded("migration_progress", template, **values))
        if not self._import.complete:
            return True
        wanted = self._provider.totp.issuers
        for entry in self._import.entries():
            if entry.setup is not None and otpauth.check_issuer(entry.setup, wanted).ok:
                self.brought.emit(entry.setup, "migration")
                return True
        self.refused.emit(
            Message.coded(
                "export_without_exchange",
                N_("The export holds no token for {exchange}."),
                exchange=self._provider.name,
            )
        )
        return False

    # -- pictures ---------------------------------------------------------------------------

    def decode_file(self, path: str) -> None:
        self._decode(qr.decode_file, path)

    def decode_image(self, image: QImage) -> None:
        self._decode(qr.decode_qimage, image.copy())

    def decode_strips(self, strips: list[QImage]) -> None:
        self._decode(qr.decode_strips, strips)

    def fail(self, error: qr.QrError | str) -> None:
        """A capture that went wrong before anything could be decoded."""
        self._set_busy(False)
        self.refused.emit(_qr_message(error))

    def _decode(self, fn: object, argument: object) -> None:
        self._set_busy(True)
        self._tasks.run(fn, argument, on_done=self._decoded, on_error=self._decode_failed)  # type: ignore[arg-type]

    def _decoded(self, result: qr.QrResult) -> None:
        self._set_busy(False)
        self.accept_text(result.text, "qr")

    def _decode_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, qr.QrError):
            self.refused.emit(_qr_message(error))
            return
        self.refused.emit(
            Message.coded(
                "unreadable_picture",
                N_("BreachGuard could not read this picture. Try another one, or type the key."),
            )
        )

    def _set_busy(self, busy: bool) -> None:
        if busy != self.busy:
            self.busy = busy
            self.busy_changed.emit(busy)


def _qr_message(error: qr.QrError | str) -> Message:
    # QrError texts are translated where they are made.
    code = error.code if isinstance(error, qr.QrError) else "capture_failed"
    return Message.coded(code, "{text}", text=str(error))
