"""The sample exchange website: sign in, scan the QR code, confirm with a code."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from breachguard.core.otpauth import parse_uri
from breachguard.core.totp import totp
from breachguard.qt.qr import QrError, decode_qimage
from breachguard.ui.demo_website import QR_MIN_SIDE, DemoWebsiteWindow

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def window(qtbot: Any, app_context: Any) -> DemoWebsiteWindow:
    widget = DemoWebsiteWindow(app_context)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def sign_in(qtbot: Any, window: DemoWebsiteWindow, email: str) -> None:
    window.email_input.setText(email)
    window.sign_in_button.click()
    assert not window.sign_in_button.isEnabled()  # busy while the exchange answers
    qtbot.waitUntil(lambda: window.sign_in_button.isEnabled(), timeout=10000)


def test_prefills_the_login_email(qtbot: Any, app_context: Any) -> None:
    app_context.session.set_login_email("kari.hansen@outlook.com")
    widget = DemoWebsiteWindow(app_context)
    qtbot.addWidget(widget)
    assert widget.objectName() == "demoWebsite"
    assert widget.windowTitle() == "Demo Exchange website (sample)"
    assert widget.email_input.text() == "kari.hansen@outlook.com"


def test_sign_in_shows_a_scannable_qr_and_the_same_link(
    qtbot: Any, window: DemoWebsiteWindow
) -> None:
    sign_in(qtbot, window, "ola.nordmann@gmail.com")
    pixmap = window.qr_image.pixmap()
    assert not pixmap.isNull()
    assert min(pixmap.width(), pixmap.height()) >= QR_MIN_SIDE
    decoded = decode_qimage(pixmap.toImage()).text
    setup = parse_uri(decoded)
    assert setup.issuer == "Demo Exchange"
    assert setup.account == "ola.nordmann@gmail.com"
    assert window.setup_link.text() == decoded
    assert window.setup_link.isReadOnly()
    assert window.setup_panel.isVisible()


def test_correct_code_is_accepted(qtbot: Any, window: DemoWebsiteWindow) -> None:
    sign_in(qtbot, window, "erika.mustermann@web.de")
    setup = parse_uri(window.setup_link.text())
    window.code_input.setText(totp(setup.secret, time.time()))
    window.confirm_button.click()
    qtbot.waitUntil(lambda: window.result.text().startswith("Accepted"), timeout=10000)
    assert not window.code_input.isEnabled()


def test_a_second_setup_after_an_accepted_one_can_be_confirmed(
    qtbot: Any, window: DemoWebsiteWindow
) -> None:
    sign_in(qtbot, window, "erika.mustermann@web.de")
    window.code_input.setText(totp(parse_uri(window.setup_link.text()).secret, time.time()))
    window.confirm_button.click()
    qtbot.waitUntil(lambda: window.result.text().startswith("Accepted"), timeout=10000)
    sign_in(qtbot, window, "erika.mustermann@web.de")  # "Set up another code"
    assert window.code_input.isEnabled() and window.confirm_button.isEnabled()
    assert window.result.text() == ""


def test_wrong_code_says_how_many_attempts_are_left(qtbot: Any, window: DemoWebsiteWindow) -> None:
    sign_in(qtbot, window, "ola.nordmann@gmail.com")
    setup = parse_uri(window.setup_link.text())
    now = time.time()
    valid = {totp(setup.secret, now + drift) for drift in (-60, -30, 0, 30, 60)}
    wrong = next(c for c in ("000000", "111111", "222222") if c not in valid)
    window.code_input.setText(wrong)
    window.confirm_button.click()
    qtbot.waitUntil(lambda: window.result.text().startswith("Wrong code"), timeout=10000)
    assert "attempts left" in window.result.text()
    assert window.confirm_button.isEnabled()


def test_support_mode_blurs_the_qr_until_revealed(
    qtbot: Any, app_context: Any, window: DemoWebsiteWindow
) -> None:
    sign_in(qtbot, window, "ola.nordmann@gmail.com")
    sharp = window.qr_image.pixmap().toImage()
    assert decode_qimage(sharp).text == window.setup_link.text()
    app_context.session.set_support_mode(True)
    assert window.qr_blurred and window.reveal_qr.isVisible()
    blurred = window.qr_image.pixmap().toImage()
    assert blurred.size() == sharp.size()  # the page does not jump
    with pytest.raises(QrError):
        decode_qimage(blurred)  # nobody watching the screen can scan it
    window.reveal_qr.click()  # asks first: is screen sharing paused?
    question = window.findChild(QMessageBox, "demoWebsite.revealQuestion")
    assert question is not None and window.qr_blurred
    next(b for b in question.buttons() if "paused" in b.text()).click()
    assert not window.qr_blurred and not window.reveal_qr.isVisible()
    assert decode_qimage(window.qr_image.pixmap().toImage()).text == window.setup_link.text()
    # Turning support mode on again blurs it again.
    app_context.session.set_support_mode(False)
    app_context.session.set_support_mode(True)
    assert window.qr_blurred


def test_a_key_breachguard_already_confirmed_is_accepted_on_the_website(
    qtbot: Any, window: DemoWebsiteWindow, app_context: Any
) -> None:
    from breachguard.core.enrollment_api import EnrollmentApi
    from breachguard.core.http import HttpClient

    sign_in(qtbot, window, "ola.nordmann@gmail.com")
    setup = parse_uri(window.setup_link.text())
    provider = app_context.provider
    api = EnrollmentApi(
        HttpClient(), provider.enrollment_api, allowed_hosts=provider.allowed_hosts()
    )
    api.confirm("ola.nordmann@gmail.com", totp(setup.secret, time.time()))
    # The customer then types the code on the website too: the same key, so accepted.
    window.code_input.setText(totp(setup.secret, time.time()))
    window.confirm_button.click()
    qtbot.waitUntil(lambda: window.result.text().startswith("Accepted"), timeout=10000)


def test_the_code_typed_as_breachguard_shows_it_is_accepted_and_then_cleared(
    qtbot: Any, window: DemoWebsiteWindow
) -> None:
    """BreachGuard shows "136 160": typed with its space, the code is whole, and once
    accepted it does not stay on the page."""
    sign_in(qtbot, window, "ola.nordmann@gmail.com")
    setup = parse_uri(window.setup_link.text())
    code = totp(setup.secret, time.time())
    qtbot.keyClicks(window.code_input, f"{code[:3]} {code[3:]}")
    assert window.code_input.text() == f"{code[:3]} {code[3:]}"
    qtbot.keyClick(window.code_input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.result.text().startswith("Accepted"), timeout=10000)
    assert window.code_input.text() == ""


def test_escape_closes_the_website(qtbot: Any, window: DemoWebsiteWindow) -> None:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=2000)


def test_malformed_code_is_caught_before_sending(qtbot: Any, window: DemoWebsiteWindow) -> None:
    sign_in(qtbot, window, "ola.nordmann@gmail.com")
    window.code_input.setText("12a4")
    window.confirm_button.click()
    assert "6-digit" in window.result.text()
    assert window.context.tasks.pending == 0


def test_unknown_email_gets_a_clear_message(qtbot: Any, window: DemoWebsiteWindow) -> None:
    sign_in(qtbot, window, "nobody@example.org")
    assert "no account with this email address" in window.status.text()
    assert not window.setup_panel.isVisible()
    assert window.sign_in_button.text() == "&Sign in"


def test_unreachable_exchange_is_explained(
    qtbot: Any, app_context: Any, window: DemoWebsiteWindow
) -> None:
    app_context.demo.stop()
    sign_in(qtbot, window, "ola.nordmann@gmail.com")
    assert "could not be reached" in window.status.text()


SCREEN_CHILD = r"""
import sys
from PySide6.QtWidgets import QApplication
from breachguard.core.otpauth import parse_uri
from breachguard.demo.server import DemoExchange
from breachguard.ui.demo_website import DemoWebsiteWindow
from tests.support.context import make_context
from tests.support.screen import qr_on_screen
from tests.support.waiting import spin_until

app = QApplication(sys.argv)
exchange = DemoExchange().start()
context = make_context(demo=exchange)
window = DemoWebsiteWindow(context)
window.move(0, 0)
window.show()
window.email_input.setText("ola.nordmann@gmail.com")
window.sign_in_button.click()
if not spin_until(lambda: not window.qr_image.pixmap().isNull(), 20):
    sys.exit("the website never showed a QR code")
if not spin_until(lambda: qr_on_screen() is not None, 20):
    sys.exit("the QR code never reached the screen")
print("issuer=" + parse_uri(qr_on_screen()).issuer, flush=True)
window.close()
context.tasks.wait_idle(5000)
exchange.stop()
"""


@pytest.mark.xvfb
def test_qr_is_readable_from_a_real_screen_capture(xvfb_display: str, tmp_path: Path) -> None:
    env = dict(
        os.environ,
        DISPLAY=xvfb_display,
        QT_QPA_PLATFORM="xcb",
        BREACHGUARD_HOME=str(tmp_path / "home"),
        PYTHONPATH=str(ROOT),
    )
    result = subprocess.run(
        [sys.executable, "-c", SCREEN_CHILD],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "issuer=Demo Exchange" in result.stdout.splitlines()
