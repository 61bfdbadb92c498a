"""Step 3, 2FA-SCAN: bring in the setup code from the exchange's website, in any of
the ways people have it: a link, a QR picture (file, clipboard, the screen), the
key typed by hand, or a Google Authenticator export."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QTimer, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from breachguard.core import otpauth
from breachguard.core.enrollment_flow import EnrollmentFlow, FlowState
from breachguard.qt import clipboard, qr
from breachguard.qt.controllers.setup_intake import SetupIntake
from breachguard.qt.i18n import core_text
from breachguard.qt.tasks import TaskRunner
from breachguard.ui import feedback
from breachguard.ui.banner import Banner
from breachguard.ui.widgets import button, label

if TYPE_CHECKING:
    from breachguard.qt.portal import PortalScreenshot

# Long enough for the window manager to hide our window before the screen is read.
MINIMIZE_SETTLE_MS = 400


class ScanView(QWidget):
    open_website = Signal()

    def __init__(
        self,
        intake: SetupIntake,
        tasks: TaskRunner,
        *,
        website_button: bool,
        login_email: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("enroll.scanPhase")
        self.intake = intake
        self._tasks = tasks
        self._login_email = login_email
        self._portal: PortalScreenshot | None = None
        self._grabber: qr.StripGrabber | None = None
        self._flow_busy = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            label(
                "enroll.intro",
                self,
                self.tr(
                    "Your exchange revoked the old 2FA codes.\n"
                    "1. Start the new 2FA setup on the exchange's own website: it shows a QR "
                    "code or a setup link.\n"
                    "2. Bring it in here, in any of these ways. BreachGuard saves the new key "
                    "in your keyring before it shows you a code."
                ),
            )
        )
        if website_button:
            row = QHBoxLayout()
            row.addWidget(
                button(
                    "enroll.openWebsiteButton",
                    self.tr("&Open the Demo Exchange website"),
                    self.open_website.emit,
                    self,
                )
            )
            row.addStretch(1)
            layout.addLayout(row)

        self.clipboard_offer = Banner("enroll.clipboardOffer", "info", self)
        self.clipboard_offer.set_text(self.tr("The clipboard holds a 2FA setup link."))
        self.use_clipboard = button(
            "enroll.useClipboardButton",
            self.tr("Use the link from the c&lipboard"),
            self.intake.accept_clipboard,
            self.clipboard_offer,
        )
        offer_layout = self.clipboard_offer.layout()
        assert offer_layout is not None
        offer_layout.addWidget(self.use_clipboard)
        self.clipboard_offer.hide()
        layout.addWidget(self.clipboard_offer)

        link_row = QHBoxLayout()
        self.uri_input = QLineEdit(self)
        self.uri_input.setObjectName("enroll.uriInput")
        self.uri_input.setPlaceholderText(self.tr("otpauth://… setup link"))
        self.uri_input.setAccessibleName(self.tr("Setup link"))
        self.uri_input.setEchoMode(QLineEdit.EchoMode.Password)  # it holds the secret
        self.uri_input.returnPressed.connect(self._use_typed_link)
        link_row.addWidget(self.uri_input, 1)
        self.use_link = button(
            "enroll.useLinkButton", self.tr("Use this lin&k"), self._use_typed_link, self
        )
        link_row.addWidget(self.use_link)
        layout.addLayout(link_row)

        pictures = QHBoxLayout()
        self.picture_buttons: list[QPushButton] = [
            button("enroll.openImageButton", self.tr("Open a QR &image…"), self._open_image, self),
            button(
                "enroll.pasteImageButton", self.tr("&Paste a QR image"), self._paste_image, self
            ),
            button(
                "enroll.captureScreenButton", self.tr("Scan the sc&reen"), self.capture_screen, self
            ),
        ]
        for widget in self.picture_buttons:
            pictures.addWidget(widget)
        pictures.addStretch(1)
        layout.addLayout(pictures)

        manual = QGroupBox(self.tr("Or type the key by hand"), self)
        manual.setObjectName("enroll.manualGroup")
        form = QFormLayout(manual)
        key_row = QHBoxLayout()
        self.manual_secret = QLineEdit(manual)
        self.manual_secret.setObjectName("enroll.manualSecretInput")
        self.manual_secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.manual_secret.setAccessibleName(self.tr("Secret key"))
        self.manual_secret.returnPressed.connect(self._use_manual)
        key_row.addWidget(self.manual_secret, 1)
        self.show_key = QPushButton(self.tr("Sho&w"), manual)
        self.show_key.setObjectName("enroll.showKeyToggle")
        self.show_key.setCheckable(True)
        self.show_key.setAccessibleName(self.tr("Show the typed key"))
        self.show_key.toggled.connect(self._toggle_key)
        key_row.addWidget(self.show_key)
        self.manual_account = QLineEdit(manual)
        self.manual_account.setObjectName("enroll.manualAccountInput")
        self.manual_account.returnPressed.connect(self._use_manual)
        key_label = label("enroll.manualSecretLabel", manual, self.tr("&Secret key:"))
        key_label.setBuddy(self.manual_secret)
        key_label.setWordWrap(False)
        account_label = label("enroll.manualAccountLabel", manual, self.tr("&Account (email):"))
        account_label.setBuddy(self.manual_account)
        account_label.setWordWrap(False)
        form.addRow(key_label, key_row)
        form.addRow(account_label, self.manual_account)
        self.use_key = button(
            "enroll.manualButton", self.tr("Us&e this key"), self._use_manual, manual
        )
        use_row = QHBoxLayout()
        use_row.addStretch(1)
        use_row.addWidget(self.use_key)
        form.addRow(use_row)
        layout.addWidget(manual)

        self.migration_label = label("enroll.migrationProgress", self)
        self.migration_label.hide()
        layout.addWidget(self.migration_label)
        intake.migration_progress.connect(self._show_migration)
        intake.busy_changed.connect(self._enable)

    # -- what the machine says ---------------------------------------------------------------

    def show_state(self, state: FlowState, _machine: EnrollmentFlow) -> None:
        self._flow_busy = state.busy is not None
        self._enable()

    def _enable(self, *_args: object) -> None:
        """Bringing in another code waits while one is decoded or checked."""
        busy = self._flow_busy or self.intake.busy
        for widget in (self.use_link, self.use_key, self.use_clipboard, *self.picture_buttons):
            widget.setEnabled(not busy)

    def set_support_mode(self, enabled: bool) -> None:
        # The typed account is an email address: dots while an agent may watch, and the
        # key stays hidden whatever the toggle says.
        self.manual_account.setEchoMode(
            QLineEdit.EchoMode.Password if enabled else QLineEdit.EchoMode.Normal
        )
        self.show_key.setEnabled(not enabled)
        if enabled:
            self.show_key.setChecked(False)

    def offer_clipboard(self) -> None:
        text = clipboard.text()
        holds = otpauth.is_otpauth_uri(text) or text.strip().lower().startswith(
            "otpauth-migration://"
        )
        self.clipboard_offer.setVisible(holds)

    # -- bringing it in ------------------------------------------------------------------------

    def _use_typed_link(self) -> None:
        if self.intake.accept_text(self.uri_input.text(), "uri"):
            self.uri_input.clear()

    def _use_manual(self) -> None:
        account = self.manual_account.text() or self._login_email()
        if self.intake.accept_manual(self.manual_secret.text(), account):
            self.manual_secret.clear()
            self.show_key.setChecked(False)

    def _toggle_key(self, shown: bool) -> None:
        self.manual_secret.setEchoMode(
            QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        )
        self.show_key.setText(self.tr("Hi&de") if shown else self.tr("Sho&w"))

    def _show_migration(self, message: object) -> None:
        self.migration_label.setText(core_text(message))
        self.migration_label.show()

    def _open_image(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a QR code picture"),
            "",
            self.tr("Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)"),
        )
        if path:
            self.intake.decode_file(path)

    def _paste_image(self) -> None:
        image = qr.clipboard_image()
        if image is None:
            self.intake.fail(
                self.tr(
                    "The clipboard holds no picture. Copy the QR code picture first (for "
                    "example with a screenshot)."
                )
            )
            return
        self.intake.decode_image(image)

    def capture_screen(self) -> None:
        if qr.is_wayland():
            self._capture_with_portal()
            return
        window = self.window()
        window.showMinimized()  # our own window must not cover the exchange's QR code
        QTimer.singleShot(
            MINIMIZE_SETTLE_MS, lambda: self.capture_screen_region(None, then=window.showNormal)
        )

    def capture_screen_region(
        self, region: QRect | None, then: Callable[[], None] | None = None
    ) -> None:
        """Grabs the screen (or ``region``) into memory strip by strip, so the window
        keeps answering, and decodes it off the GUI thread."""

        def captured(strips: list[QImage]) -> None:
            if then is not None:
                then()
            self.intake.decode_strips(strips)

        def failed(error: qr.QrError) -> None:
            if then is not None:
                then()
            self.intake.fail(error)

        self._grabber = qr.StripGrabber(captured, failed, parent=self)
        self._grabber.start(region)

    def _capture_with_portal(self) -> None:
        # Wayland shows apps only black; the desktop's screenshot portal lets the user
        # pick the QR code in its own dialog, so our window can stay where it is.
        from breachguard.qt import portal  # deferred: QtDBus is only needed here

        previous = self._portal
        if previous is not None:
            if previous.active:
                return
            previous.deleteLater()

        def leftover(text: str) -> None:
            # Rare and serious (a secret left on disk): a dialog to acknowledge.
            feedback.tell(
                self,
                self.tr("Screenshot left on disk"),
                text,
                object_name="enroll.leftoverScreenshotDialog",
            )

        shot = portal.PortalScreenshot(self._tasks, parent=self)
        shot.captured.connect(self.intake.decode_image)
        shot.failed.connect(self.intake.fail)
        shot.leftover.connect(leftover)
        self._portal = shot
        shot.start()

    def shutdown(self) -> None:
        if self._portal is not None and self._portal.active:
            self._portal.close()  # the desktop's screenshot dialog goes away with the page
