"""A stand-in for the exchange's own website, for the demo only.

Real users set up their new authenticator on the exchange's website; the Demo
Exchange has no website of its own, so this window plays it: sign in, see the
setup QR code (and the link for those who cannot scan), confirm with a code.
It is clearly labelled as a sample. All network work runs on the task runner.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from breachguard.core.enrollment_api import (
    EnrollmentApi,
    EnrollmentApiError,
    SetupOffer,
    UnexpectedAnswer,
    UnknownAccount,
    WrongCode,
)
from breachguard.qt.context import AppContext
from breachguard.qt.i18n import core_text
from breachguard.ui import feedback

QR_MIN_SIDE = 264  # comfortably scannable from a phone held at arm's length
QR_QUIET_ZONE = 16


@dataclass(frozen=True)
class SetupPage:
    offer: SetupOffer
    qr: QImage = field(repr=False)


def sign_in_and_fetch_setup(demo: Any, api: EnrollmentApi, email: str) -> SetupPage:
    """Sign in, then fetch the setup. Signing in (a password, on a real website) turns
    a wrong address away; the setup API itself answers every address alike, so the
    in-process Demo Exchange is asked. Runs on a worker thread."""
    if demo is not None and not demo.signs_in(email):
        raise UnknownAccount()
    return fetch_setup(api, email)


def fetch_setup(api: EnrollmentApi, email: str) -> SetupPage:
    """Start a setup for ``email`` and fetch its QR code. Runs on a worker thread."""
    offer = api.start_setup(email)
    # QImage, unlike QPixmap, is safe off the GUI thread. (PySide takes the format as
    # str here, whatever its stubs say.)
    image = QImage.fromData(api.setup_qr(offer.enrollment_id), "PNG")  # type: ignore[arg-type]
    if image.isNull():
        raise UnexpectedAnswer(200)
    return SetupPage(offer, image)


class DemoWebsiteWindow(QWidget):
    """Top-level window imitating the Demo Exchange's 2FA setup website."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.context = context
        self.setObjectName("demoWebsite")
        self.setWindowTitle(self.tr("Demo Exchange website (sample)"))
        # Closable by keyboard, as a browser tab is (there may be no window manager's
        # own keys, and nothing else on the page closes it).
        for keys in (QKeySequence(Qt.Key.Key_Escape), QKeySequence(QKeySequence.StandardKey.Close)):
            QShortcut(keys, self, self.close)
        api_url = context.provider.enrollment_api
        self._api = (
            EnrollmentApi(context.http, api_url, allowed_hosts=context.provider.allowed_hosts())
            if api_url
            else None
        )
        self._account = ""
        self._busy = False
        self._qr_pixmap: QPixmap | None = None
        self._qr_revealed = False

        layout = QVBoxLayout(self)
        strip = QLabel(
            self.tr(
                "This is a sample website, part of the Demo Exchange. "
                "A real exchange shows this page on its own website."
            ),
            self,
        )
        strip.setObjectName("demoWebsite.sampleNotice")
        strip.setWordWrap(True)
        strip.setStyleSheet(
            "QLabel { background: #fff4ce; color: #3b2f00; border: 1px solid #d9b400;"
            " padding: 8px; font-weight: bold; }"
        )
        layout.addWidget(strip)

        heading = QLabel(self.tr("Demo Exchange — Security settings"), self)
        heading.setObjectName("demoWebsite.heading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)

        sign_in = QHBoxLayout()
        self.email_input = QLineEdit(context.session.login_email, self)
        self.email_input.setObjectName("demoWebsite.emailInput")
        self.email_input.setPlaceholderText(self.tr("Email address of your account"))
        self.email_input.setAccessibleName(self.tr("Email address"))
        self.email_input.returnPressed.connect(self.sign_in)
        self.sign_in_button = QPushButton(self.tr("&Sign in"), self)
        self.sign_in_button.setObjectName("demoWebsite.signInButton")
        self.sign_in_button.clicked.connect(self.sign_in)
        form = QFormLayout()
        form.addRow(self.tr("&Email:"), self.email_input)
        sign_in.addLayout(form, 1)
        sign_in.addWidget(self.sign_in_button)
        layout.addLayout(sign_in)

        self.status = QLabel(self)
        self.status.setObjectName("demoWebsite.status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        self.setup_panel = QFrame(self)
        self.setup_panel.setObjectName("demoWebsite.setupPanel")
        panel = QVBoxLayout(self.setup_panel)
        panel.setContentsMargins(0, 0, 0, 0)
        scan = QLabel(self.tr("Scan this QR code with your authenticator app to set up 2FA:"), self)
        scan.setObjectName("demoWebsite.scanHint")
        scan.setWordWrap(True)
        panel.addWidget(scan)
        self.qr_image = QLabel(self.setup_panel)
        self.qr_image.setObjectName("demoWebsite.qrImage")
        self.qr_image.setAccessibleName(self.tr("Setup QR code"))
        self.qr_image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr_image.setStyleSheet(f"QLabel {{ background: white; padding: {QR_QUIET_ZONE}px; }}")
        panel.addWidget(self.qr_image, 0, Qt.AlignmentFlag.AlignHCenter)
        self.reveal_qr = QPushButton(self.tr("&Reveal the QR code"), self.setup_panel)
        self.reveal_qr.setObjectName("demoWebsite.revealQrButton")
        self.reveal_qr.setToolTip(
            self.tr("Support mode blurs the QR code: anyone watching your screen could scan it.")
        )
        self.reveal_qr.clicked.connect(self._reveal_qr)
        panel.addWidget(self.reveal_qr, 0, Qt.AlignmentFlag.AlignHCenter)
        link_label = QLabel(self.tr("Can't scan? Use this setup link:"), self.setup_panel)
        link_label.setObjectName("demoWebsite.setupLinkLabel")
        panel.addWidget(link_label)
        self.setup_link = QLineEdit(self.setup_panel)
        self.setup_link.setObjectName("demoWebsite.setupLink")
        self.setup_link.setReadOnly(True)
        self.setup_link.setAccessibleName(self.tr("Setup link"))
        link_label.setBuddy(self.setup_link)
        panel.addWidget(self.setup_link)

        panel.addSpacing(8)
        code_label = QLabel(
            self.tr("Then enter the 6-digit code your app shows to finish:"), self.setup_panel
        )
        code_label.setObjectName("demoWebsite.codeLabel")
        code_label.setWordWrap(True)
        panel.addWidget(code_label)
        confirm_row = QHBoxLayout()
        self.code_input = QLineEdit(self.setup_panel)
        self.code_input.setObjectName("demoWebsite.codeInput")
        self.code_input.setPlaceholderText(self.tr("6-digit code from your app"))
        self.code_input.setAccessibleName(self.tr("Code from your authenticator app"))
        # Room for the space BreachGuard shows in the middle ("136 160"): typed as
        # shown, the code must not lose its last digit.
        self.code_input.setMaxLength(7)
        self.code_input.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.code_input.returnPressed.connect(self.confirm)
        self.confirm_button = QPushButton(self.tr("&Confirm"), self.setup_panel)
        self.confirm_button.setObjectName("demoWebsite.confirmButton")
        self.confirm_button.clicked.connect(self.confirm)
        code_label.setBuddy(self.code_input)
        confirm_row.addWidget(self.code_input, 1)
        confirm_row.addWidget(self.confirm_button)
        panel.addLayout(confirm_row)
        self.result = QLabel(self.setup_panel)
        self.result.setObjectName("demoWebsite.result")
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.setWordWrap(True)
        panel.addWidget(self.result)
        layout.addWidget(self.setup_panel)
        layout.addStretch(1)
        self.setup_panel.hide()
        self.resize(520, 720)
        context.session.support_mode_changed.connect(self._apply_support_mode)
        self._apply_support_mode(context.session.support_mode)

    def _apply_support_mode(self, enabled: bool) -> None:
        # The address and the link (it holds the 2FA secret) stay usable but are drawn
        # as dots while an agent may be watching, and the QR is blurred until revealed:
        # a QR on a shared screen can be scanned by whoever watches.
        echo = QLineEdit.EchoMode.Password if enabled else QLineEdit.EchoMode.Normal
        self.email_input.setEchoMode(echo)
        self.setup_link.setEchoMode(echo)
        self._qr_revealed = False
        self._show_qr()

    def _reveal_qr(self) -> None:
        # As BreachGuard's own private window does: sharing is paused first, or whoever
        # watches the screen can scan the QR.
        feedback.ask_sharing_paused(
            self,
            self.tr("Reveal the QR code"),
            self.tr(
                "Pause screen sharing first: anyone who sees the QR code can scan it and "
                "get your new 2FA codes."
            ),
            object_name="demoWebsite.revealQuestion",
            then=self._show_revealed_qr,
        )

    def _show_revealed_qr(self) -> None:
        self._qr_revealed = True
        self._show_qr()

    def _show_qr(self) -> None:
        pixmap = self._qr_pixmap
        blurred = self.context.session.support_mode and not self._qr_revealed
        self.reveal_qr.setVisible(blurred and pixmap is not None)
        if pixmap is None:
            self.qr_image.clear()
            return
        if blurred:
            # Down to a few pixels and back: the modules melt into a grey blur no
            # camera can read, at the same size so the page does not jump.
            tiny = pixmap.scaled(
                max(1, pixmap.width() // 24),
                max(1, pixmap.height() // 24),
                Qt.AspectRatioMode.IgnoreAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            pixmap = tiny.scaled(
                pixmap.size(),
                Qt.AspectRatioMode.IgnoreAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        self.qr_image.setPixmap(pixmap)
        self.qr_image.setAccessibleName(
            self.tr("Setup QR code, blurred") if blurred else self.tr("Setup QR code")
        )

    @property
    def qr_blurred(self) -> bool:
        return (
            self._qr_pixmap is not None
            and self.context.session.support_mode
            and not self._qr_revealed
        )

    # -- sign in and setup ---------------------------------------------------------------

    def sign_in(self) -> None:
        if self._busy:
            return
        email = self.email_input.text().strip()
        if "@" not in email:
            self.status.setText(self.tr("Enter the email address of your exchange account."))
            return
        if self._api is None:
            self.status.setText(self.tr("This exchange has no 2FA setup service."))
            return
        self._set_busy(True)
        self.status.setText(self.tr("Signing in…"))
        self.setup_panel.hide()
        self.context.tasks.run(
            sign_in_and_fetch_setup,
            self.context.demo,
            self._api,
            email,
            on_done=lambda page: self._show_setup(email, page),
            on_error=self._setup_failed,
        )

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.sign_in_button.setEnabled(not busy)
        self.sign_in_button.setText(self.tr("Signing in…") if busy else self.tr("&Sign in"))

    def _show_setup(self, email: str, page: SetupPage) -> None:
        self._set_busy(False)
        self._account = email
        self.code_input.setEnabled(True)  # a new setup, after one that was accepted
        self.confirm_button.setEnabled(True)
        side = max(page.qr.width(), page.qr.height())
        scale = max(1, -(-QR_MIN_SIDE // max(side, 1)))  # whole multiples keep modules crisp
        pixmap = QPixmap.fromImage(page.qr)
        if scale > 1:
            pixmap = pixmap.scaled(
                pixmap.width() * scale,
                pixmap.height() * scale,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.FastTransformation,
            )
        self._qr_pixmap = pixmap
        self._qr_revealed = False
        self._show_qr()
        self.setup_link.setText(page.offer.otpauth_uri)
        self.setup_link.setCursorPosition(0)
        self.code_input.clear()
        self.result.clear()
        minutes = max(1, page.offer.expires_in // 60)
        self.status.setText(
            self.tr("Signed in. This setup code is valid for {minutes} minutes.").format(
                minutes=minutes
            )
        )
        self.setup_panel.show()
        self.code_input.setFocus()

    def _setup_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, EnrollmentApiError) and error.code == "unknown_account":
            text = self.tr(
                "The Demo Exchange has no account with this email address. "
                "Check the spelling, or use the address you found in step 2."
            )
        else:
            text = self._common_error(error)
        self.status.setText(text)

    # -- confirm -------------------------------------------------------------------------

    def confirm(self) -> None:
        code = "".join(self.code_input.text().split())
        if not (len(code) == 6 and code.isascii() and code.isdigit()):
            self.result.setText(self.tr("Enter the 6-digit code your authenticator app shows."))
            return
        if not self._account or self._api is None:
            return
        self.confirm_button.setEnabled(False)
        self.result.setText(self.tr("Checking the code…"))
        self.context.tasks.run(
            self._api.confirm,
            self._account,
            code,
            on_done=lambda _confirmed_at: self._confirmed(),
            on_error=self._confirm_failed,
        )

    def _confirmed(self) -> None:
        self.confirm_button.setEnabled(False)
        self.code_input.clear()  # a used code does not stay on a screen that may be shared
        self.code_input.setEnabled(False)
        self.result.setText(
            self.tr("Accepted. Two-factor authentication is now set up with your new code.")
        )

    def _confirm_failed(self, error: BaseException) -> None:
        self.confirm_button.setEnabled(True)
        code = error.code if isinstance(error, EnrollmentApiError) else ""
        if isinstance(error, WrongCode):
            left = error.attempts_left
            text = (
                self.tr("Wrong code. {left} attempts left.").format(left=left)
                if left is not None
                else self.tr("Wrong code. Try the code your app shows now.")
            )
        elif code == "expired":
            text = self.tr("This setup has expired. Sign in again to get a new QR code.")
        elif code == "cancelled":
            text = self.tr("This setup was cancelled. Sign in again to get a new QR code.")
        elif code == "too_many_attempts":
            text = self.tr("Too many wrong codes. Sign in again to get a new QR code.")
        elif code in ("no_pending_enrollment", "superseded"):
            text = self.tr("There is no setup waiting. Sign in again to get a new QR code.")
        else:
            text = self._common_error(error)
        self.result.setText(text)

    def _common_error(self, error: BaseException) -> str:
        if isinstance(error, EnrollmentApiError) and error.code == "unreachable":
            return self.tr("The Demo Exchange could not be reached: {reason}").format(
                reason=core_text(error.params["reason"])
            )
        if isinstance(error, UnexpectedAnswer):
            return self.tr("The Demo Exchange sent an answer BreachGuard cannot read.")
        if isinstance(error, EnrollmentApiError):
            return core_text(error)
        return self.tr("Something went wrong. Please try again.")
