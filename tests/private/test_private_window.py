"""The private window: top-level, masked until the user pauses sharing, protected,
re-protected when its native window is recreated, emptied on close."""

from __future__ import annotations

import re
import time
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt

from breachguard.core import capture_protection as cp
from breachguard.core import otpauth, totp
from breachguard.core.enrollment import RecoveryCode
from breachguard.qt import qr
from breachguard.ui.private_window import PrivateWindow

SECRET = "JBSWY3DPEHPK3PXP"
URI = f"otpauth://totp/Demo%20Exchange:ola@example.com?secret={SECRET}&issuer=Demo%20Exchange"


class RecordingCapture:
    def __init__(self, result: cp.CaptureStatus) -> None:
        self.result = result
        self.handles: list[int] = []

    def availability(self) -> cp.CaptureStatus:
        return self.result

    def protect(self, handle: int) -> cp.CaptureStatus:
        self.handles.append(handle)
        return self.result

    def release(self, handle: int) -> cp.CaptureStatus:
        return self.result


@pytest.fixture
def window(qtbot: Any, app_context: Any) -> PrivateWindow:
    win = PrivateWindow(app_context)
    qtbot.addWidget(win)
    return win


def visible_text(win: PrivateWindow) -> str:
    parts = [win.secret_label.text(), win.live_code_label.text(), win.qr_label.text()]
    parts += [win.recovery_list.item(i).text() for i in range(win.recovery_list.count())]
    return "\n".join(parts)


def test_is_a_top_level_window_never_a_child(window: PrivateWindow) -> None:
    assert window.parent() is None
    assert window.isWindow()


def test_setup_is_masked_until_sharing_is_paused(qtbot: Any, window: PrivateWindow) -> None:
    setup = otpauth.parse_uri(URI)
    window.show_setup(setup)
    assert window.isVisible()
    assert window.paused_button.isVisible()
    assert SECRET[:4] not in visible_text(window)
    assert window.qr_label.pixmap().isNull()
    code = totp.totp(setup.secret, time.time())
    assert code not in visible_text(window)

    qtbot.mouseClick(window.paused_button, Qt.MouseButton.LeftButton)
    assert window.paused_confirmed
    assert not window.paused_button.isVisible()
    assert window.secret_label.text() == "Key: JBSW Y3DP EHPK 3PXP"
    live = window.live_code_label.text()
    assert re.fullmatch(r"Current code: \d{6} \(changes in \d{1,2} s\)", live), live
    decoded = qr.decode_qimage(window.qr_label.pixmap().toImage())
    assert otpauth.parse_uri(decoded.text).secret == setup.secret
    # The whole code is on screen, not cut by the layout.
    pixmap = window.qr_label.pixmap()
    assert window.qr_label.contentsRect().width() >= pixmap.width()
    assert window.qr_label.contentsRect().height() >= pixmap.height()
    on_screen = window.qr_label.grab().toImage()
    assert otpauth.parse_uri(qr.decode_qimage(on_screen).text).secret == setup.secret


def test_session_knows_while_it_is_open(
    qtbot: Any, window: PrivateWindow, app_context: Any
) -> None:
    with qtbot.waitSignal(app_context.session.private_window_open_changed) as opened:
        window.show_setup(otpauth.parse_uri(URI))
    assert opened.args == [True]
    with qtbot.waitSignal(app_context.session.private_window_open_changed) as closed:
        window.close()
    assert closed.args == [False]


def test_closing_clears_every_secret(window: PrivateWindow) -> None:
    window.show_setup(otpauth.parse_uri(URI))
    window.show_recovery_codes([RecoveryCode("AAAA-1111"), RecoveryCode("BBBB-2222", True)])
    window.confirm_paused()
    assert "AAAA-1111" in visible_text(window)
    window.close()
    assert visible_text(window).strip() == ""
    assert window.qr_label.pixmap().isNull()
    assert window.recovery_codes() == []
    window.show_recovery_codes([RecoveryCode("CCCC-3333")])
    assert not window.paused_confirmed  # every opening asks again
    assert "CCCC-3333" not in visible_text(window)


def test_recovery_codes_can_be_marked_used(qtbot: Any, window: PrivateWindow) -> None:
    window.show_recovery_codes([RecoveryCode("AAAA-1111"), RecoveryCode("BBBB-2222")])
    assert "AAAA-1111" not in visible_text(window)
    window.confirm_paused()
    with qtbot.waitSignal(window.recovery_codes_changed) as changed:
        window.set_recovery_code_used(1, True)
    assert changed.args[0] == [RecoveryCode("AAAA-1111"), RecoveryCode("BBBB-2222", True)]
    assert [c.used for c in changed.args[0]] == [False, True]
    assert "(used)" in window.recovery_list.item(1).text()


def test_after_the_pause_the_keyboard_is_on_the_codes_not_on_close(
    qtbot: Any, window: PrivateWindow
) -> None:
    window.show_recovery_codes([RecoveryCode("AAAA-1111")])
    # The window's own focus widget: what has the keyboard once the window is active.
    assert window.focusWidget() is window.paused_button  # nothing shows before the pause
    window.paused_button.click()
    assert window.focusWidget() is window.recovery_list
    qtbot.keyClick(window.recovery_list, Qt.Key.Key_Space)  # ticks, does not close
    assert window.isVisible()


def test_linux_says_no_app_can_hide_the_window(window: PrivateWindow) -> None:
    window.show_recovery_codes([RecoveryCode("AAAA-1111")])
    assert window.protection_status().state == cp.UNAVAILABLE
    assert window.protection_banner.isVisible()
    assert window.protection_banner.label.text().startswith(
        "On Linux, no app can hide a window from screen sharing: pause sharing first"
    )


def test_protection_is_applied_on_show_and_when_the_native_window_changes(
    qtbot: Any, app_context: Any
) -> None:
    api = RecordingCapture(cp.CaptureStatus(cp.ACTIVE, "Hidden from screen sharing."))
    win = PrivateWindow(app_context, capture_api=api)
    qtbot.addWidget(win)
    win.show_setup(otpauth.parse_uri(URI))
    assert api.handles == [int(win.winId())]
    assert not win.protection_banner.isVisible()
    assert win.protection_ok.text() == "Hidden from screen sharing."
    QCoreApplication.sendEvent(win, QEvent(QEvent.Type.WinIdChange))
    qtbot.waitUntil(lambda: len(api.handles) == 2)


def test_failed_protection_is_shown(qtbot: Any, app_context: Any) -> None:
    failed = cp.WindowsCapture(_RefusingUser32(), build=19041)
    win = PrivateWindow(app_context, capture_api=failed)
    qtbot.addWidget(win)
    win.show_setup(otpauth.parse_uri(URI))
    assert win.protection_status().state == cp.FAILED
    assert win.protection_banner.isVisible()
    assert "Windows refused" in win.protection_banner.label.text()


class _RefusingUser32:
    def set_affinity(self, hwnd: int, affinity: int) -> None:
        raise OSError(8, "not enough memory")

    def get_affinity(self, hwnd: int) -> int:
        return 0


def test_escape_hides_everything(qtbot: Any, window: PrivateWindow) -> None:
    window.show_recovery_codes([RecoveryCode("AAAA-1111")])
    window.confirm_paused()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()
    assert window.recovery_codes() == []
