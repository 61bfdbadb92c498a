"""Step 3: set up two-factor authentication again, secret kept in the OS keyring.

Phases (stable ids for support): ``2FA-SCAN`` bring in the setup code,
``2FA-CHECK`` preview, live code and confirmation, ``2FA-DONE`` saved. Every
keyring, HTTP and QR-decoding call goes through the TaskRunner; keyring writes use
the serial pool. The secret only lives in memory here (an ``OtpSetup``) until the
enrollment store writes it to the keyring.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QMimeData, QRect, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QImage
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from breachguard.core import clock as clock_mod
from breachguard.core import enrollment as enrollment_mod
from breachguard.core import migration, otpauth, secret_store, totp
from breachguard.core.enrollment import EnrollmentRecord, EnrollmentStore
from breachguard.core.http import RequestPolicy
from breachguard.core.masking import mask_any
from breachguard.core.strictjson import JsonError, loads_strict
from breachguard.qt import i18n, qr
from breachguard.qt.context import AppContext
from breachguard.ui.banner import Banner
from breachguard.ui.pages.enroll_secrets import (
    RecoveryCodesBox,
    SameComputerNotice,
    find_revoked_twin,
)
from breachguard.ui.private_window import PrivateWindow
from breachguard.ui.step_page import PhaseStack, StepPage

CLIPBOARD_CLEAR_MS = 20_000
KEYRING_TIMEOUT_S = 15.0
_SENSITIVE_FORMATS = {
    "x-kde-passwordManagerHint": b"secret",
    "ExcludeClipboardContentFromMonitorProcessing": b"1",
    "org.nspasteboard.ConcealedType": b"",
}


def core_text(context: str, template: str, params: Any = ()) -> str:
    """Translates a core message template, then fills it in."""
    return i18n.translate_core(template, dict(params), context=context)


def error_text(error: BaseException) -> str:
    if isinstance(error, qr.QrError):
        return str(error)  # already translated where it was made
    if isinstance(getattr(error, "template", None), str):
        return i18n.core_text(error)  # filed under the module that raised it
    return QCoreApplication.translate("EnrollPage", "Something went wrong ({kind}).").format(
        kind=type(error).__name__
    )


class EnrollPage(StepPage):
    STEP_ID = "2FA"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        secrets = context.secrets
        if secrets is None:
            secrets = secret_store.KeyringSecretStore()
            context.secrets = secrets
        self.store = EnrollmentStore.for_paths(context.paths, secrets)
        self.setup: otpauth.OtpSetup | None = None
        self.issuer_check: otpauth.IssuerCheck | None = None
        self.record: EnrollmentRecord | None = None
        self.clock_check: clock_mod.ClockCheck | None = None
        self.health: secret_store.HealthReport | None = None
        self.migration_import = migration.MigrationImport()
        self.phase = "2FA-SCAN"
        self.source = "uri"
        # The last import refused as revoked (its record, or True for an export).
        self.revoked_import: EnrollmentRecord | bool | None = None
        self.automatic = False
        self.account = ""
        self._copied_code = ""
        self._busy = False
        self._private: PrivateWindow | None = None
        self._build()
        context.session.revocation_notice_changed.connect(self.refresh_inventory)
        self._tick = QTimer(self)
        self._tick.setInterval(500)
        self._tick.timeout.connect(self._update_code)
        context.session.support_mode_changed.connect(self._on_support_mode)
        self._on_support_mode(context.session.support_mode)

    # -- construction ----------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Set up two-factor authentication again")

    def current_step_id(self) -> str:
        return self.phase

    def _button(self, name: str, text: str, slot: Any, parent: QWidget) -> QPushButton:
        button = QPushButton(text, parent)
        button.setObjectName(f"enroll.{name}")
        button.clicked.connect(slot)
        return button

    def _label(self, name: str, parent: QWidget, text: str = "") -> QLabel:
        label = QLabel(text, parent)
        label.setObjectName(f"enroll.{name}")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.keyring_banner = Banner("enroll.keyringStatus", "warning", self)
        self.keyring_banner.hide()
        self.clock_banner = Banner("enroll.clockStatus", "warning", self)
        self.clock_banner.hide()
        self.allow_insecure = QCheckBox(
            self.tr("Store secrets in the unencrypted file anyway (not recommended)"), self
        )
        self.allow_insecure.setObjectName("enroll.allowInsecureCheck")
        self.allow_insecure.hide()
        self.allow_insecure.toggled.connect(self._on_allow_insecure)
        self.error_banner = Banner("enroll.errorLabel", "danger", self)
        self.error_banner.hide()
        self.stack = PhaseStack(self)  # as tall as the phase shown
        self.stack.setObjectName("enroll.phases")
        for widget in (
            self.keyring_banner,
            self.allow_insecure,
            self.clock_banner,
            self.error_banner,
        ):
            layout.addWidget(widget)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self._build_inventory())
        self.recovery_box = RecoveryCodesBox(
            self.context, self.store, self.private_window, error_text, self
        )
        layout.addWidget(self.recovery_box)
        self.stack.addWidget(self._build_scan())
        self.stack.addWidget(self._build_check())
        self.stack.addWidget(self._build_done())

    def _build_scan(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("enroll.scanPhase")
        layout = QVBoxLayout(page)
        intro = self._label(
            "intro",
            page,
            self.tr(
                "Your exchange revoked the old 2FA codes. Start the new setup on the exchange's "
                "own website; it shows a QR code or a setup link. Bring it in here in any of "
                "these ways."
            ),
        )
        layout.addWidget(intro)
        if self.context.provider.demo and self.context.provider.website_url:
            layout.addWidget(
                self._button(
                    "openWebsiteButton",
                    self.tr("Open the Demo Exchange website"),
                    self._open_website,
                    page,
                )
            )
        self.clipboard_offer = Banner("enroll.clipboardOffer", "info", page)
        self.use_clipboard = self._button(
            "useClipboardButton",
            self.tr("Use the link from the clipboard"),
            self._use_clipboard_link,
            self.clipboard_offer,
        )
        offer_layout = self.clipboard_offer.layout()
        assert offer_layout is not None
        offer_layout.addWidget(self.use_clipboard)
        self.clipboard_offer.hide()
        layout.addWidget(self.clipboard_offer)

        row = QHBoxLayout()
        self.uri_input = QLineEdit(page)
        self.uri_input.setObjectName("enroll.uriInput")
        self.uri_input.setPlaceholderText(self.tr("otpauth://… setup link"))
        self.uri_input.setAccessibleName(self.tr("Setup link"))
        self.uri_input.setEchoMode(QLineEdit.EchoMode.Password)
        self.uri_input.returnPressed.connect(self._use_typed_link)
        row.addWidget(self.uri_input, 1)
        row.addWidget(
            self._button("useLinkButton", self.tr("Use this link"), self._use_typed_link, page)
        )
        layout.addLayout(row)

        sources = QHBoxLayout()
        sources.addWidget(
            self._button("openImageButton", self.tr("Open a QR image…"), self._open_image, page)
        )
        sources.addWidget(
            self._button("pasteImageButton", self.tr("Paste a QR image"), self._paste_image, page)
        )
        sources.addWidget(
            self._button(
                "captureScreenButton", self.tr("Scan the screen"), self._capture_screen, page
            )
        )
        layout.addLayout(sources)

        manual = QGroupBox(self.tr("Or type the key by hand"), page)
        manual.setObjectName("enroll.manualGroup")
        form = QFormLayout(manual)
        self.manual_secret = QLineEdit(manual)
        self.manual_secret.setObjectName("enroll.manualSecretInput")
        self.manual_secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.manual_account = QLineEdit(manual)
        self.manual_account.setObjectName("enroll.manualAccountInput")
        form.addRow(self.tr("&Secret key:"), self.manual_secret)
        form.addRow(self.tr("&Account (email):"), self.manual_account)
        form.addRow(self._button("manualButton", self.tr("Use this key"), self._use_manual, manual))
        layout.addWidget(manual)

        self.migration_label = self._label("migrationProgress", page)
        self.migration_label.hide()
        layout.addWidget(self.migration_label)
        layout.addStretch(1)
        return page

    def _build_check(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("enroll.checkPhase")
        layout = QVBoxLayout(page)
        self.issuer_banner = Banner("enroll.issuerWarning", "danger", page)
        layout.addWidget(self.issuer_banner)
        self.override_issuer = QCheckBox(page)
        self.override_issuer.setObjectName("enroll.overrideIssuerCheck")
        self.override_issuer.toggled.connect(self._update_buttons)
        layout.addWidget(self.override_issuer)
        self.choose_issuer = QComboBox(page)
        self.choose_issuer.setObjectName("enroll.chooseIssuer")
        self.choose_issuer.setAccessibleName(self.tr("Exchange this code is for"))
        self.choose_issuer.addItems([self.tr("Choose the exchange…"), self.context.provider.name])
        self.choose_issuer.currentIndexChanged.connect(self._update_buttons)
        layout.addWidget(self.choose_issuer)
        form = QFormLayout()
        self.summary: dict[str, QLabel] = {}
        for key, text in (
            ("exchange", self.tr("Exchange:")),
            ("account", self.tr("Account:")),
            ("parameters", self.tr("Codes:")),
        ):
            self.summary[key] = self._label(f"{key}Value", page)
            form.addRow(text, self.summary[key])
        layout.addLayout(form)
        self.notes = self._label("notes", page)
        layout.addWidget(self.notes)
        self.same_computer = SameComputerNotice(self.show_on_phone, page)
        layout.addWidget(self.same_computer)

        code_row = QHBoxLayout()
        self.code_label = self._label("liveCode", page)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        font = self.code_label.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        self.code_label.setFont(font)
        code_row.addWidget(self.code_label)
        self.reveal_button = self._button(
            "revealCodeButton", self.tr("Show code"), self._toggle_reveal, page
        )
        self.reveal_button.setCheckable(True)
        code_row.addWidget(self.reveal_button)
        self.copy_button = self._button(
            "copyCodeButton", self.tr("Copy code"), self._copy_code, page
        )
        code_row.addWidget(self.copy_button)
        code_row.addStretch(1)
        layout.addLayout(code_row)
        self.countdown = QProgressBar(page)
        self.countdown.setObjectName("enroll.countdown")
        self.countdown.setAccessibleName(self.tr("Seconds until the code changes"))
        self.countdown.setFormat(self.tr("%v s"))
        layout.addWidget(self.countdown)
        self.instructions = self._label("confirmInstructions", page)
        layout.addWidget(self.instructions)
        self.accepted_check = QCheckBox(self.tr("The exchange accepted the code"), page)
        self.accepted_check.setObjectName("enroll.acceptedCheck")
        self.accepted_check.toggled.connect(self._update_buttons)
        layout.addWidget(self.accepted_check)
        buttons = QHBoxLayout()
        self.abort_button = self._button("abortButton", self.tr("Cancel setup"), self._abort, page)
        self.confirm_button = self._button(
            "confirmButton", self.tr("Confirm and save"), self._confirm, page
        )
        buttons.addWidget(self.abort_button)
        buttons.addStretch(1)
        buttons.addWidget(self.confirm_button)
        layout.addLayout(buttons)
        self.status_label = self._label("statusLabel", page)
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        return page

    def _build_inventory(self) -> QWidget:
        box = QGroupBox(self.tr("Your 2FA keys for this exchange"), self)
        box.setObjectName("enroll.inventoryBox")
        layout = QVBoxLayout(box)
        self.inventory_list = QListWidget(box)
        self.inventory_list.setObjectName("enroll.inventoryList")
        self.inventory_list.setAccessibleName(self.tr("Your 2FA keys for this exchange"))
        self.inventory_list.currentItemChanged.connect(self._update_replace_button)
        layout.addWidget(self.inventory_list)
        self.replace_button = self._button(
            "replaceButton", self.tr("Replace this token"), self._replace_selected, box
        )
        self.replace_button.setEnabled(False)
        layout.addWidget(self.replace_button)
        self.inventory_records: tuple[EnrollmentRecord, ...] = ()
        return box

    def _build_done(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("enroll.donePhase")
        layout = QVBoxLayout(page)
        self.done_label = self._label("doneLabel", page)
        layout.addWidget(self.done_label)
        row = QHBoxLayout()
        row.addWidget(
            self._button(
                "checklistButton",
                self.tr("Continue to the checklist"),
                lambda: self.goto_step.emit("CHECKLIST"),
                page,
            )
        )
        row.addWidget(
            self._button("againButton", self.tr("Set up another code"), self._restart, page)
        )
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    # -- entering: keyring health, clock, clipboard, interrupted setups ---------------------

    def on_entered(self) -> None:
        self._offer_clipboard_link()
        self.refresh_inventory()
        secrets = self.context.secrets
        self.context.tasks.run(
            secret_store.health_check_with_timeout,
            secrets,
            KEYRING_TIMEOUT_S,
            on_done=self._on_health,
            on_error=self._show_error,
            serial=True,
        )
        self.context.tasks.run(
            self.store.recover_interrupted,
            on_done=self._on_recovered,
            on_error=self._show_error,
            serial=True,
        )
        provider = self.context.provider
        if provider.clock_url:
            self.context.tasks.run(
                lambda: clock_mod.measure_offset(
                    self.context.http,
                    provider.clock_url or "",
                    allowed_hosts=provider.allowed_hosts(),
                ),
                on_done=self._on_clock,
                on_error=self._on_clock_error,
            )

    def on_left(self) -> None:
        self._tick.stop()

    # -- inventory: the user's tokens, revoked ones marked -------------------------------------

    def refresh_inventory(self, *_args: Any) -> None:
        """Re-reads the tokens, first marking those older than a revocation notice."""
        provider_id = self.context.provider.id
        revoked_at = self.context.session.revocation_published_at
        store = self.store

        def load() -> tuple[EnrollmentRecord, ...]:
            if revoked_at is not None:
                store.apply_revocation(provider_id, revoked_at)
            return store.for_provider(provider_id)

        self.context.tasks.run(
            load, on_done=self._show_inventory, on_error=self._show_error, serial=True
        )

    def _show_inventory(self, records: tuple[EnrollmentRecord, ...]) -> None:
        shown = (enrollment_mod.CONFIRMED, enrollment_mod.REVOKED)
        self.inventory_records = tuple(r for r in records if r.status in shown)
        self.inventory_list.clear()
        for record in self.inventory_records:
            created = time.strftime("%Y-%m-%d %H:%M", time.localtime(record.created_at))
            if record.status == enrollment_mod.REVOKED:
                status = self.tr("revoked by the exchange, codes hidden; replace it")
            else:
                status = self.tr("working")
            text = self.tr("{exchange} – {account} – created {created} – {status}").format(
                exchange=record.issuer,
                account=record.account_masked or self.tr("(no account name)"),
                created=created,
                status=status,
            )
            item = QListWidgetItem(text, self.inventory_list)
            item.setData(Qt.ItemDataRole.UserRole, record.id)
        if not self.inventory_records:
            QListWidgetItem(
                self.tr("No 2FA keys saved for this exchange yet."), self.inventory_list
            )
        revoked = [r for r in self.inventory_records if r.status == enrollment_mod.REVOKED]
        if revoked and self.inventory_list.currentItem() is None:
            self.inventory_list.setCurrentRow(self.inventory_records.index(revoked[0]))
        self._update_replace_button()

    def selected_inventory_record(self) -> EnrollmentRecord | None:
        item = self.inventory_list.currentItem()
        if item is None:
            return None
        record_id = item.data(Qt.ItemDataRole.UserRole)
        return next((r for r in self.inventory_records if r.id == record_id), None)

    def _update_replace_button(self, *_args: Any) -> None:
        record = self.selected_inventory_record()
        working = [r for r in self.inventory_records if r.working]
        self.recovery_box.set_record(
            record if record is not None and record.working else (working[-1] if working else None)
        )
        self.replace_button.setEnabled(
            record is not None and record.status == enrollment_mod.REVOKED and not self._busy
        )

    def _replace_selected(self) -> None:
        # The revoked entry stays until the replacement is confirmed and read back;
        # EnrollmentStore.confirm removes it only then.
        if self.phase == "2FA-CHECK":
            return
        self._restart()

    def _on_health(self, report: secret_store.HealthReport) -> None:
        self.health = report
        self.keyring_banner.setVisible(not report.ok)
        self.allow_insecure.setVisible(report.state == secret_store.INSECURE_BACKEND)
        if not report.ok:
            self.keyring_banner.set_text(core_text("secret_store", report.template, report.params))
        self._update_buttons()

    def _on_allow_insecure(self, allowed: bool) -> None:
        if isinstance(self.context.secrets, secret_store.KeyringSecretStore):
            self.context.secrets.allow_insecure = allowed
        if allowed:
            self.health = secret_store.HealthReport(secret_store.OK, "")
        self._update_buttons()

    def _on_recovered(self, resumable: tuple[EnrollmentRecord, ...]) -> None:
        if resumable:
            self._show_error_text(
                self.tr(
                    "A setup for {exchange} was interrupted. Its key is safe in the keyring; "
                    "bring in the same setup code again to finish it."
                ).format(exchange=resumable[-1].issuer)
            )

    def _on_clock(self, check: clock_mod.ClockCheck) -> None:
        self.clock_check = check
        if check.status == clock_mod.OK:
            self.clock_banner.hide()
        else:
            params = dict(check.params)
            params["direction"] = QCoreApplication.translate("clock", str(params["direction"]))
            self.clock_banner.set_text(
                core_text("clock", check.template, params)
                + "\n"
                + QCoreApplication.translate("clock", clock_mod.fix_instructions())
            )
            self.clock_banner.show()
        self._update_buttons()

    def _on_clock_error(self, error: BaseException) -> None:
        self.clock_banner.set_text(error_text(error))
        self.clock_banner.show()

    def _offer_clipboard_link(self) -> None:
        text = QGuiApplication.clipboard().text()
        holds_link = otpauth.is_otpauth_uri(text) or text.strip().lower().startswith(
            "otpauth-migration://"
        )
        self.clipboard_offer.set_text(self.tr("The clipboard holds a 2FA setup link."))
        self.clipboard_offer.setVisible(holds_link)

    # -- bringing in the code --------------------------------------------------------------

    def _open_website(self) -> None:
        # The demo's "website" is a window of its own, so its QR can be scanned from
        # the screen exactly as a real exchange's page would be.
        if self.context.provider.demo and self.context.provider.enrollment_api:
            from breachguard.ui.demo_website import DemoWebsiteWindow

            if getattr(self, "_demo_website", None) is None:
                self._demo_website = DemoWebsiteWindow(self.context, self)
            self._demo_website.show()
            self._demo_website.raise_()
            self._demo_website.activateWindow()
            return
        url = self.context.provider.website_url
        if url:
            QDesktopServices.openUrl(QUrl(url))

    def _use_clipboard_link(self) -> None:
        self.accept_text(QGuiApplication.clipboard().text())

    def _use_typed_link(self) -> None:
        self.accept_text(self.uri_input.text())

    def _open_image(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a QR code picture"),
            "",
            self.tr("Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)"),
        )
        if path:
            self.decode_file(path)

    def decode_file(self, path: str) -> None:
        self._run_decode(qr.decode_file, path)

    def _paste_image(self) -> None:
        image = qr.clipboard_image()
        if image is None:
            self._show_error_text(
                self.tr(
                    "The clipboard holds no picture. Copy the QR code "
                    "picture first (for example with a screenshot)."
                )
            )
            return
        self._run_decode(qr.decode_qimage, image.copy())

    def _capture_screen(self) -> None:
        if qr.is_wayland():
            # Wayland shows apps only black; the desktop's screenshot portal lets the user
            # pick the QR code in its own dialog, so our window can stay where it is.
            from PySide6.QtWidgets import QMessageBox

            from breachguard.qt import portal  # deferred: QtDBus is only needed here

            previous = getattr(self, "_portal", None)
            if previous is not None:
                if previous.active:
                    return
                previous.deleteLater()

            def failed(text: str) -> None:
                self._set_busy(False)
                self._show_error_text(text)

            def leftover(text: str) -> None:
                # Rare and serious (a secret left on disk), and the banner is cleared
                # when the preview opens: a dialog the user has to acknowledge.
                box = QMessageBox(
                    QMessageBox.Icon.Warning,
                    self.tr("Screenshot left on disk"),
                    text,
                    QMessageBox.StandardButton.Ok,
                    self,
                )
                box.setObjectName("enroll.leftoverScreenshotDialog")
                box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
                box.open()

            shot = portal.PortalScreenshot(self.context.tasks, parent=self)
            shot.captured.connect(lambda image: self._run_decode(qr.decode_qimage, image))
            shot.cancelled.connect(lambda: self._set_busy(False))  # the user chose to stop
            shot.failed.connect(failed)
            shot.leftover.connect(leftover)
            self._portal = shot
            self._set_busy(True)
            self.error_banner.hide()
            shot.start()
            return
        window = self.window()
        window.showMinimized()  # our own window must not cover the exchange's QR code
        # Let the window manager hide us first; come back once the screen is read.
        QTimer.singleShot(400, lambda: self.capture_screen_region(None, then=window.showNormal))

    def capture_screen_region(
        self, region: QRect | None, then: Callable[[], None] | None = None
    ) -> None:
        """Grabs the screen (or ``region``) into memory strip by strip, so the window
        keeps answering, and decodes it off the GUI thread."""

        def captured(strips: list[QImage]) -> None:
            if then is not None:
                then()
            self._run_decode(qr.decode_strips, strips)

        def failed(error: qr.QrError) -> None:
            if then is not None:
                then()
            self._set_busy(False)
            self._show_error(error)

        self._set_busy(True)
        self._grabber = qr.StripGrabber(captured, failed, parent=self)
        self._grabber.start(region)

    def _run_decode(self, fn: Any, arg: Any) -> None:
        self._set_busy(True)
        self.context.tasks.run(fn, arg, on_done=self._on_decoded, on_error=self._show_error)

    def _on_decoded(self, result: qr.QrResult) -> None:
        self._set_busy(False)
        self.accept_text(result.text)

    def _use_manual(self) -> None:
        try:
            setup = otpauth.setup_from_manual_entry(
                self.manual_secret.text(),
                issuer=self.context.provider.name,
                account=self.manual_account.text() or self.context.session.login_email,
            )
        except otpauth.OtpUriError as exc:
            self._show_error(exc)
            return
        self.manual_secret.clear()
        self.preview_unless_revoked(setup, source="manual")

    def accept_text(self, text: str) -> None:
        """A setup link or an export, from wherever it came."""
        self._set_busy(False)
        if text.strip().lower().startswith("otpauth-migration:"):
            self._accept_migration(text)
            return
        try:
            setup = otpauth.parse_uri(text)
        except otpauth.OtpUriError as exc:
            self._show_error(exc)
            return
        self.uri_input.clear()
        self.preview_unless_revoked(setup, source="uri")

    def _accept_migration(self, text: str) -> None:
        try:
            batch = migration.parse_export(text)
            if self.migration_import.batch_id != batch.batch_id:
                self.migration_import = migration.MigrationImport()
            self.migration_import.add(batch)
        except migration.MigrationError as exc:
            self._show_error(exc)
            return
        template, values = self.migration_import.progress_text()
        self.migration_label.setText(core_text("migration", template, values))
        self.migration_label.show()
        if not self.migration_import.complete:
            return
        wanted = self.context.provider.totp.issuers
        for entry in self.migration_import.entries():
            if entry.setup and otpauth.check_issuer(entry.setup, wanted).ok:
                self.preview_unless_revoked(entry.setup, source="migration")
                return
        self._show_error_text(
            self.tr("The export holds no token for {exchange}.").format(
                exchange=self.context.provider.name
            )
        )

    # -- tokens the exchange already revoked ---------------------------------------------------

    def preview_unless_revoked(self, setup: otpauth.OtpSetup, *, source: str) -> None:
        """Previews ``setup`` unless it is a token the exchange's verified notice revoked.

        A link or typed key whose secret is that of a token created before the
        revocation is dead. An export from another app carries no creation date, so
        while a revocation is known it is treated as dead too: the old authenticator
        is exactly what the revocation killed."""
        session = self.context.session
        if not session.revocation_notice:
            self.show_preview(setup, source=source)
            return
        self._set_busy(True)
        self.context.tasks.run(
            find_revoked_twin,
            self.store,
            self.context.provider.id,
            session.revocation_published_at,
            setup.secret,
            on_done=lambda twin: self._on_revocation_checked(setup, source, twin),
            on_error=self._show_error,
            serial=True,
        )

    def _on_revocation_checked(
        self, setup: otpauth.OtpSetup, source: str, twin: EnrollmentRecord | None
    ) -> None:
        self._set_busy(False)
        self.refresh_inventory()
        if twin is None and source != "migration":
            self.show_preview(setup, source=source)
            return
        self.revoked_import = twin or True
        exchange = setup.issuer or self.context.provider.name
        revoked_at = self.context.session.revocation_published_at
        when = self._date(revoked_at) if revoked_at is not None else self.tr("recently")
        if twin is not None:
            text = self.tr(
                "This is your {exchange} 2FA key from {created}. The exchange revoked every "
                "key created before {revoked}, so it no longer works and was not saved. Start "
                "a new setup on the exchange's own website."
            ).format(exchange=exchange, created=self._date(twin.created_at), revoked=when)
        else:
            text = self.tr(
                "The exported {exchange} 2FA key comes from an authenticator app, and the "
                "exchange revoked every key set up before {revoked}. It no longer works and "
                "was not saved. Start a new setup on the exchange's own website."
            ).format(exchange=exchange, revoked=when)
        self._show_error_text(text)

    def _date(self, timestamp: float) -> str:
        moment = QDateTime.fromSecsSinceEpoch(int(timestamp))
        return QLocale().toString(moment, QLocale.FormatType.ShortFormat)

    # -- preview and live code ---------------------------------------------------------------

    def show_preview(self, setup: otpauth.OtpSetup, *, source: str) -> None:
        self.error_banner.hide()
        self.revoked_import = None
        self.setup = setup
        self.source = source
        self.record = None
        self.issuer_check = otpauth.check_issuer(setup, self.context.provider.totp.issuers)
        check = self.issuer_check
        self.issuer_banner.setVisible(check.needs_confirmation)
        self.override_issuer.setVisible(check.needs_confirmation)
        self.override_issuer.setChecked(False)
        self.choose_issuer.setVisible(check.status == otpauth.ISSUER_MISSING)
        self.choose_issuer.setCurrentIndex(0)
        if check.needs_confirmation:
            self.issuer_banner.set_text(core_text("otpauth", check.template, check.params))
            self.override_issuer.setText(
                self.tr(
                    "I started this setup on {exchange}'s own website and want to continue anyway"
                ).format(exchange=self.context.provider.name)
            )
        account = self.context.session.login_email or setup.account
        self.account = account
        self._show_account()
        self.summary["exchange"].setText(setup.issuer or self.tr("(not named in the code)"))
        self.summary["parameters"].setText(
            self.tr("{digits} digits, new every {period} s, {algorithm}").format(
                digits=setup.digits, period=setup.period, algorithm=setup.algorithm
            )
        )
        notes = [
            core_text("otpauth", w.template, w.params)
            for w in setup.warnings
            if w.code not in (otpauth.ISSUER_CONFLICT, otpauth.NO_ISSUER)
        ]
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))
        self.automatic = bool(self.context.provider.enrollment_api) and "@" in account
        self.instructions.setText(
            self.tr(
                "Type the code shown above into the exchange's website. BreachGuard then "
                "checks with the exchange and saves the key when it was accepted."
            )
            if self.automatic
            else self.tr(
                "Type the code shown above into the exchange's website. When the exchange "
                "accepts it, tick the box and save."
            )
        )
        self.accepted_check.setVisible(not self.automatic)
        self.accepted_check.setChecked(False)
        self.confirm_button.setText(
            self.tr("Check with the exchange and save") if self.automatic else self.tr("Save")
        )
        self.reveal_button.setChecked(False)
        self.status_label.clear()
        self.countdown.setRange(0, setup.period)
        self._set_phase("2FA-CHECK", 1)
        self._update_code()
        self._tick.start()
        self._update_buttons()

    def current_code(self, now: float | None = None) -> str:
        assert self.setup is not None
        setup = self.setup
        return totp.totp(
            setup.secret,
            time.time() if now is None else now,
            digits=setup.digits,
            algorithm=setup.algorithm,
            period=setup.period,
        )

    def _update_code(self) -> None:
        if self.setup is None or self.setup.kind != "totp":
            return
        now = time.time()
        self.countdown.setValue(totp.whole_seconds_remaining(now, self.setup.period))
        # In support mode live codes appear only in the private window.
        revealed = self.reveal_button.isChecked() and not self.context.session.support_mode
        self.code_label.setText(self.current_code(now) if revealed else "•" * self.setup.digits)
        self.code_label.setAccessibleName(
            self.tr("Current code") if revealed else self.tr("Code hidden")
        )

    def _toggle_reveal(self) -> None:
        if self.reveal_button.isChecked() and self.context.session.support_mode:
            self.reveal_button.setChecked(False)
            self.show_on_phone()
        self.reveal_button.setText(
            self.tr("Hide code") if self.reveal_button.isChecked() else self.tr("Show code")
        )
        self._update_code()

    def _copy_code(self) -> None:
        if self.setup is None:
            return
        code = self.current_code()
        mime = QMimeData()
        mime.setText(code)
        for fmt, value in _SENSITIVE_FORMATS.items():
            mime.setData(fmt, value)
        QGuiApplication.clipboard().setMimeData(mime)
        self._copied_code = code
        QTimer.singleShot(CLIPBOARD_CLEAR_MS, self._clear_clipboard_if_ours)
        self.status_label.setText(self.tr("Code copied. The clipboard is cleared in 20 seconds."))

    def shutdown(self) -> None:
        self._tick.stop()
        self._clear_clipboard_if_ours()
        portal = getattr(self, "_portal", None)
        if portal is not None and portal.active:
            portal.close()  # the desktop's screenshot dialog goes away with the page
        if self._private is not None:
            self._private.close()
            self._private.deleteLater()
            self._private = None

    # -- the private window: secrets for the phone, recovery codes ----------------------------

    def private_window(self) -> PrivateWindow:
        """The one private window of this page, created on first use. Top-level on
        purpose (no parent): it must stay out of the shared main window."""
        if self._private is None:
            window = PrivateWindow(self.context)
            window.recovery_codes_changed.connect(self.recovery_box.on_codes_toggled)
            window.closed.connect(self.recovery_box.on_private_closed)
            self._private = window
        return self._private

    def show_on_phone(self) -> None:
        """Opens the private window with the QR code and key of the setup in preview."""
        if self.setup is not None:
            self.private_window().show_setup(self.setup)

    def _show_account(self) -> None:
        shown = mask_any(self.account) if self.context.session.support_mode else self.account
        self.summary["account"].setText(shown)

    def _on_support_mode(self, enabled: bool) -> None:
        # The typed account is an email address: dots while an agent may watch.
        self.manual_account.setEchoMode(
            QLineEdit.EchoMode.Password if enabled else QLineEdit.EchoMode.Normal
        )
        if self.account:
            self._show_account()
        self._update_code()

    def _clear_clipboard_if_ours(self) -> None:
        if self._copied_code and QGuiApplication.clipboard().text() == self._copied_code:
            QGuiApplication.clipboard().clear()
        self._copied_code = ""

    # -- confirm, save, abort -------------------------------------------------------------------

    def _update_buttons(self) -> None:
        check = self.issuer_check
        issuer_ok = (
            check is None
            or not check.needs_confirmation
            or (
                self.override_issuer.isChecked()
                and (
                    check.status != otpauth.ISSUER_MISSING or self.choose_issuer.currentIndex() == 1
                )
            )
        )
        keyring_ok = self.health is not None and self.health.ok
        clock_ok = self.clock_check is None or self.clock_check.may_finish_enrollment
        accepted = self.automatic or self.accepted_check.isChecked()
        is_totp = self.setup is not None and self.setup.kind == "totp"
        self.confirm_button.setEnabled(
            is_totp and issuer_ok and keyring_ok and clock_ok and accepted and not self._busy
        )
        if self.clock_check is not None and not clock_ok:
            self.status_label.setText(self.tr("Fix this computer's clock first (see above)."))

    def _confirm(self) -> None:
        setup = self.setup
        if setup is None:
            return
        self._set_busy(True)
        self.status_label.setText(self.tr("Saving the key in your keyring…"))
        provider_id, account = self.context.provider.id, self.account
        source, record = self.source, self.record

        def stage() -> EnrollmentRecord:
            staged = record or self.store.begin(provider_id, setup, account=account, source=source)
            return self.store.stage_secret(staged.id, setup)

        self.context.tasks.run(
            stage, on_done=self._on_staged, on_error=self._on_failed, serial=True
        )

    def _on_staged(self, record: EnrollmentRecord) -> None:
        self.record = record
        if not self.automatic:
            self._finish()
            return
        self.status_label.setText(self.tr("Checking the code with the exchange…"))
        provider = self.context.provider
        body = {"account": self.account, "code": self.current_code()}
        url = (provider.enrollment_api or "").rstrip("/") + "/confirm"
        policy = RequestPolicy(
            deadline_s=15, max_bytes=64 * 1024, allowed_hosts=provider.allowed_hosts()
        )
        self.context.tasks.run(
            lambda: self.context.http.post_json(url, body, policy=policy),
            on_done=self._on_exchange_answer,
            on_error=self._on_failed,
        )

    def _on_exchange_answer(self, response: Any) -> None:
        try:
            answer = loads_strict(response.body) if response.body else {}
        except JsonError:
            answer = {}
        answer = answer if isinstance(answer, dict) else {}
        if response.status == 200 and answer.get("confirmed") is True:
            self._finish()
            return
        self._set_busy(False)
        error = answer.get("error")
        if error == "wrong_code":
            left = answer.get("attempts_left")
            text = self.tr(
                "The exchange did not accept the code ({left} attempts left). Wait "
                "for the next code and try again."
            ).format(left=left)
        elif error == "no_pending_enrollment" or response.status in (404, 410):
            text = self.tr(
                "The exchange has no setup waiting (it may have expired). Start the "
                "setup again on the exchange's website."
            )
        elif response.status == 429:
            text = self.tr("Too many attempts. Wait a few minutes, then start again.")
        else:
            text = self.tr("The exchange answered unexpectedly (HTTP {status}).").format(
                status=response.status
            )
        self.status_label.setText(text)

    def _finish(self) -> None:
        setup, record = self.setup, self.record
        assert setup is not None and record is not None
        self.context.tasks.run(
            self.store.confirm,
            record.id,
            setup,
            on_done=self._on_saved,
            on_error=self._on_failed,
            serial=True,
        )

    def _on_saved(self, record: EnrollmentRecord) -> None:
        self._set_busy(False)
        self._tick.stop()
        self.record = record
        self.setup = None
        self.done_label.setText(
            self.tr(
                "Done. Your new 2FA key for {exchange} is saved in your keyring ({account}). "
                "Remove the old, revoked entry from any other authenticator app."
            ).format(exchange=record.issuer, account=record.account_masked)
        )
        self._set_phase("2FA-DONE", 2)
        self.refresh_inventory()

    def _on_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.status_label.setText(error_text(error))
        self._update_buttons()

    def _abort(self) -> None:
        record = self.record
        self._tick.stop()
        if self._private is not None and self._private.isVisible():
            self._private.close()  # the cancelled key must not stay on screen
        self.setup = None
        self.record = None
        if record is not None:
            self.context.tasks.run(
                self.store.abort, record.id, on_error=self._show_error, serial=True
            )
        self._restart()

    def _restart(self) -> None:
        self.setup = None
        self.issuer_check = None
        self.code_label.clear()
        self._set_phase("2FA-SCAN", 0)

    # -- helpers ----------------------------------------------------------------------------------

    def _set_phase(self, phase: str, index: int) -> None:
        self.phase = phase
        self.stack.setCurrentIndex(index)
        self.changed.emit()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_buttons()

    def _show_error(self, error: BaseException) -> None:
        self._set_busy(False)
        self._show_error_text(error_text(error))

    def _show_error_text(self, text: str) -> None:
        self.error_banner.set_text(text)
        self.error_banner.show()
