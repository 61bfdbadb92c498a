"""The private window: the only place BreachGuard shows secrets.

A top-level window of its own (never a child of the main window), so the main
window can stay on a support screen share while this one is kept out of it where
the OS allows (``core.capture_protection``). It holds, on request, the TOTP setup
for a phone authenticator (QR and key as text, with the live code) and the
recovery codes with used/unused marks.

Nothing is shown before the user confirms "I have paused screen sharing", every
time the window opens, in support mode too: on Linux (and often on macOS) pausing
is the only real protection. Closing the window empties every widget that held a
secret and forgets the secret.
"""

from __future__ import annotations

import io
import sys
import time

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QFontDatabase,
    QGuiApplication,
    QImage,
    QKeyEvent,
    QPixmap,
    QPlatformSurfaceEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from breachguard.core import capture_protection as cp
from breachguard.core import totp
from breachguard.core.enrollment import RecoveryCode
from breachguard.core.masking import CODE_MASK, SECRET_MASK
from breachguard.core.otpauth import OtpSetup
from breachguard.qt.context import AppContext
from breachguard.qt.i18n import core_text
from breachguard.ui.banner import Banner

QR_MODULE_PX = 6
QR_PLACEHOLDER_HEIGHT = 220


def capture_api_for_qt() -> cp.CaptureApi:
    """The capture API matching Qt's platform plugin: a winId() is an HWND only on
    "windows" and an NSView* only on "cocoa"; any other plugin gets none."""
    name = QGuiApplication.platformName()
    if name == "windows":
        return cp.WindowsCapture()
    if name == "cocoa":
        return cp.MacCapture()
    return cp.NoCapture(sys.platform)


def qr_image(text: str) -> QImage:
    """The QR code of ``text`` as a PNG made in memory (never written to disk)."""
    import segno  # deferred: only needed when the user asks for the QR

    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="png", scale=QR_MODULE_PX, border=4)
    return QImage.fromData(buffer.getvalue(), "PNG")


def _group_code(text: str) -> str:
    """``JBSWY3DPEHPK3PXP`` → ``JBSW Y3DP EHPK 3PXP``: easier to type on a phone."""
    return " ".join(text[i : i + 4] for i in range(0, len(text), 4))


class PrivateWindow(QWidget):
    """Shows secrets only after the pause confirmation; see the module docstring.

    Signals: ``recovery_codes_changed(list[RecoveryCode])`` when the user ticks a
    code used/unused (the owner saves it through the TaskRunner), ``closed()``.
    """

    recovery_codes_changed = Signal(object)
    closed = Signal()

    def __init__(self, context: AppContext, capture_api: cp.CaptureApi | None = None) -> None:
        super().__init__(None, Qt.WindowType.Window)  # top-level on purpose, see docstring
        self.setObjectName("private")
        self.context = context
        self._capture_api = capture_api
        self._status = cp.CaptureStatus(cp.UNAVAILABLE, cp.PAUSE_ADVICE)
        self._paused = False
        self._setup: OtpSetup | None = None
        self._code_only = False
        self._codes: list[RecoveryCode] = []
        self._filling = False
        self.setWindowTitle(self.tr("BreachGuard — private window"))
        self._tick = QTimer(self)
        self._tick.setInterval(500)
        self._tick.timeout.connect(self._update_live_code)
        self._build()
        self.resize(460, 640)

    # -- construction ----------------------------------------------------------------------

    def _label(self, name: str, text: str = "") -> QLabel:
        label = QLabel(text, self)
        label.setObjectName(f"private.{name}")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        # Active protection is reassurance; anything less is a warning to act on.
        self.protection_banner = Banner("private.protectionStatus", "warning", self)
        layout.addWidget(self.protection_banner)
        self.protection_ok = self._label("protectionOk")
        self.protection_ok.hide()
        layout.addWidget(self.protection_ok)
        self.pause_banner = Banner("private.pauseNotice", "info", self)
        self.pause_banner.set_text(
            self.tr(
                "Before anything secret is shown: pause screen sharing or remote "
                "access now. Nobody from the exchange or from support ever needs to see "
                "what this window shows."
            )
        )
        layout.addWidget(self.pause_banner)
        self.paused_button = QPushButton(self.tr("I have &paused screen sharing"), self)
        self.paused_button.setObjectName("private.pausedButton")
        self.paused_button.clicked.connect(self.confirm_paused)
        layout.addWidget(self.paused_button)
        # Repeats a phishing warning the user overrode, with the name the code gives.
        self.warning_banner = Banner("private.issuerWarning", "danger", self)
        self.warning_banner.hide()
        layout.addWidget(self.warning_banner)

        self.setup_box = QGroupBox(self.tr("Add to an authenticator app on your phone"), self)
        self.setup_box.setObjectName("private.setupBox")
        setup_layout = QVBoxLayout(self.setup_box)
        self.setup_intro = self._label(
            "setupIntro",
            self.tr(
                "In the authenticator app on your phone, choose “add account” and scan "
                "this QR code, or type the key below."
            ),
        )
        setup_layout.addWidget(self.setup_intro)
        self.qr_label = self._label("qrCode")
        self.qr_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr_label.setMinimumHeight(QR_PLACEHOLDER_HEIGHT)
        setup_layout.addWidget(self.qr_label)
        self.secret_label = self._label("secretText")
        self.secret_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        setup_layout.addWidget(self.secret_label)
        self.live_code_label = self._label("liveCode")
        setup_layout.addWidget(self.live_code_label)
        # Fixed-width digits and letters: 0/O and 1/l/I are easy to mistype on a phone.
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        fixed.setPointSizeF(max(fixed.pointSizeF(), self.font().pointSizeF()) * 1.2)
        self.secret_label.setFont(fixed)
        self.live_code_label.setFont(fixed)
        layout.addWidget(self.setup_box)

        self.recovery_box = QGroupBox(self.tr("Recovery codes"), self)
        self.recovery_box.setObjectName("private.recoveryBox")
        recovery_layout = QVBoxLayout(self.recovery_box)
        recovery_layout.addWidget(
            self._label(
                "recoveryIntro",
                self.tr(
                    "Each code works once. Tick a code when you have used it; the marks "
                    "are saved in your keyring."
                ),
            )
        )
        self.recovery_list = QListWidget(self.recovery_box)
        self.recovery_list.setObjectName("private.recoveryList")
        self.recovery_list.setAccessibleName(self.tr("Recovery codes"))
        self.recovery_list.itemChanged.connect(self._on_code_toggled)
        self.recovery_list.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        recovery_layout.addWidget(self.recovery_list)
        layout.addWidget(self.recovery_box)

        row = QHBoxLayout()
        row.addStretch(1)
        self.close_button = QPushButton(self.tr("&Close and hide everything"), self)
        self.close_button.setToolTip(self.tr("Esc also closes this window"))
        self.close_button.setObjectName("private.closeButton")
        self.close_button.clicked.connect(self.close)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        layout.addStretch(1)
        self.setup_box.hide()
        self.recovery_box.hide()
        self._refresh()

    # -- public API --------------------------------------------------------------------------

    @property
    def paused_confirmed(self) -> bool:
        return self._paused

    def protection_status(self) -> cp.CaptureStatus:
        return self._status

    def show_setup(self, setup: OtpSetup, warning: str = "") -> None:
        """Holds ``setup`` for a phone authenticator: QR, key as text, live code."""
        self._show(setup, warning, code_only=False)

    def show_code_only(self, setup: OtpSetup, warning: str = "") -> None:
        """Only the live code of ``setup``, for typing into the website while on a call
        with support: no QR and no key, which are all a caller would need to steal it."""
        self._show(setup, warning, code_only=True)

    def _show(self, setup: OtpSetup, warning: str, *, code_only: bool) -> None:
        self._setup = setup
        self._code_only = code_only
        self.setup_box.setTitle(
            self.tr("Your current code")
            if code_only
            else self.tr("Add to an authenticator app on your phone")
        )
        self.setup_intro.setText(
            self.tr("Type this code into the exchange's website.")
            if code_only
            else self.tr(
                "In the authenticator app on your phone, choose “add account” and scan "
                "this QR code, or type the key below."
            )
        )
        self.warning_banner.set_text(warning)
        self.warning_banner.setVisible(bool(warning))
        self.setup_box.show()
        self._refresh()
        self._open()

    def show_recovery_codes(self, codes: list[RecoveryCode]) -> None:
        """Lists ``codes``; ticking one emits ``recovery_codes_changed``."""
        self._codes = list(codes)
        self.recovery_box.show()
        self._refresh()
        self._open()

    def recovery_codes(self) -> list[RecoveryCode]:
        return list(self._codes)

    def confirm_paused(self) -> None:
        self._paused = True
        self._refresh()
        # The pause button is gone: the focus goes to what is now shown (the recovery
        # codes to tick), not on to "Close", where the next Space shut the window.
        target = self.recovery_list if self.recovery_box.isVisible() else self.close_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_secrets(self) -> None:
        """Forgets the setup and the codes and empties every widget that showed them."""
        self._tick.stop()
        self._setup = None
        self._code_only = False
        self.warning_banner.hide()
        self._codes = []
        self._paused = False
        self.qr_label.clear()
        self.secret_label.clear()
        self.live_code_label.clear()
        self._filling = True
        self.recovery_list.clear()
        self._filling = False
        self.setup_box.hide()
        self.recovery_box.hide()
        self._refresh()

    # -- showing, protection -----------------------------------------------------------------

    def _open(self) -> None:
        self.show()
        self.raise_()
        self.activateWindow()
        (self.close_button if self._paused else self.paused_button).setFocus()

    def apply_protection(self) -> cp.CaptureStatus:
        """(Re-)applies capture protection to the current native window, reads it back."""
        api = self._capture_api or capture_api_for_qt()
        status = api.protect(int(self.winId()))
        self._status = status
        text = core_text(status)
        self.protection_ok.setText(text)
        self.protection_ok.setVisible(status.state == cp.ACTIVE)
        self.protection_banner.set_text(text)
        self.protection_banner.setVisible(status.state != cp.ACTIVE)
        return status

    def _reapply_protection(self) -> None:
        # A timer callback must return None: PySide mishandles a returned object here.
        if self.isVisible():
            self.apply_protection()

    def showEvent(self, event: QShowEvent) -> None:
        self.apply_protection()
        self.context.session.set_private_window_open(True)
        super().showEvent(event)

    def event(self, event: QEvent) -> bool:
        # A recreated native window (screen change, style change) loses the affinity.
        if event.type() == QEvent.Type.WinIdChange and self.isVisible():
            QTimer.singleShot(0, self._reapply_protection)
        elif (
            event.type() == QEvent.Type.PlatformSurface
            and isinstance(event, QPlatformSurfaceEvent)
            and event.surfaceEventType() == QPlatformSurfaceEvent.SurfaceEventType.SurfaceCreated
            and self.isVisible()
        ):
            QTimer.singleShot(0, self._reapply_protection)
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:  # a quick way to hide everything
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.clear_secrets()
        self.context.session.set_private_window_open(False)
        self.closed.emit()
        super().closeEvent(event)

    # -- rendering --------------------------------------------------------------------------

    def _refresh(self) -> None:
        revealed = self._paused
        self.pause_banner.setVisible(not revealed)
        self.paused_button.setVisible(not revealed)
        setup = self._setup
        self.qr_label.setVisible(not self._code_only)
        self.secret_label.setVisible(not self._code_only)
        if setup is None:
            self._tick.stop()
        elif self._code_only:
            self.qr_label.clear()
            self.secret_label.clear()
            if revealed:
                self._tick.start()
            else:
                self._tick.stop()
        elif revealed:
            pixmap = QPixmap.fromImage(qr_image(setup.to_uri()))
            self.qr_label.setPixmap(pixmap)
            # A QR cut off by the layout cannot be scanned: make room for all of it.
            self.qr_label.setMinimumSize(pixmap.size())
            self.resize(self.size().expandedTo(self.sizeHint()))
            self.qr_label.setAccessibleName(self.tr("QR code for your authenticator app"))
            self.secret_label.setText(
                self.tr("Key: {key}").format(key=_group_code(setup.secret_base32))
            )
            self._tick.start()
        else:
            self.qr_label.clear()
            self.qr_label.setMinimumSize(0, QR_PLACEHOLDER_HEIGHT)
            self.qr_label.setText(self.tr("QR code hidden until you pause screen sharing."))
            self.qr_label.setAccessibleName(self.tr("QR code hidden"))
            self.secret_label.setText(self.tr("Key: {key}").format(key=SECRET_MASK))
            self._tick.stop()
        self._update_live_code()
        self._fill_codes()

    def _update_live_code(self) -> None:
        setup = self._setup
        if setup is None or setup.kind != "totp":
            self.live_code_label.clear()
            return
        if not self._paused:
            self.live_code_label.setText(self.tr("Current code: {code}").format(code=CODE_MASK))
            return
        now = time.time()
        code = totp.totp(
            setup.secret, now, digits=setup.digits, algorithm=setup.algorithm, period=setup.period
        )
        self.live_code_label.setText(
            self.tr("Current code: {code} (changes in {seconds} s)").format(
                code=code, seconds=totp.whole_seconds_remaining(now, setup.period)
            )
        )

    def _fill_codes(self) -> None:
        self._filling = True
        try:
            self.recovery_list.clear()
            for index, code in enumerate(self._codes):
                shown = code.code if self._paused else SECRET_MASK
                mark = self.tr("used") if code.used else self.tr("unused")
                item = QListWidgetItem(f"{shown}  ({mark})", self.recovery_list)
                item.setData(Qt.ItemDataRole.UserRole, index)
                if self._paused:
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(
                        Qt.CheckState.Checked if code.used else Qt.CheckState.Unchecked
                    )
                else:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
        finally:
            self._filling = False

    def _on_code_toggled(self, item: QListWidgetItem) -> None:
        if self._filling or not self._paused:
            return
        index = item.data(Qt.ItemDataRole.UserRole)
        used = item.checkState() == Qt.CheckState.Checked
        if not isinstance(index, int) or self._codes[index].used == used:
            return
        self._codes[index] = RecoveryCode(self._codes[index].code, used)
        self._fill_codes()
        self.recovery_codes_changed.emit(list(self._codes))

    def set_recovery_code_used(self, index: int, used: bool) -> None:
        """What ticking the box does, for keyboard-free callers and tests."""
        item = self.recovery_list.item(index)
        item.setCheckState(Qt.CheckState.Checked if used else Qt.CheckState.Unchecked)

    def __repr__(self) -> str:  # secrets stay out of reprs
        return f"PrivateWindow(paused={self._paused})"
