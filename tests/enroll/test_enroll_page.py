"""Step 3 driven with pytest-qt against the loopback Demo Exchange."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QGuiApplication

from breachguard.core import enrollment as en
from breachguard.core import secret_store as ss
from breachguard.core.http import HttpClient, RequestPolicy
from breachguard.core.strictjson import loads_strict
from breachguard.ui.pages.enroll_page import EnrollPage

EMAIL = "ola.nordmann@gmail.com"


def start_demo_setup(context: Any) -> dict[str, Any]:
    """What the user does on the exchange's website: start a new 2FA setup."""
    api = context.provider.enrollment_api
    response = HttpClient().post_json(api + "/setup", {"email": EMAIL}, policy=RequestPolicy())
    assert response.status == 201
    return loads_strict(response.body)


@pytest.fixture
def page(qtbot: Any, app_context: Any) -> EnrollPage:
    app_context.session.set_login_email(EMAIL)
    widget = EnrollPage(app_context)
    qtbot.addWidget(widget)
    widget.show()
    widget.on_entered()
    qtbot.waitUntil(lambda: widget.health is not None)
    return widget


def test_full_enrollment_from_demo_qr(qtbot: Any, page: EnrollPage, tmp_path: Path) -> None:
    context = page.context
    setup = start_demo_setup(context)
    png = HttpClient().get(
        f"{context.provider.enrollment_api}/setup/{setup['enrollment_id']}/qr.png"
    )
    path = tmp_path / "qr.png"
    path.write_bytes(png.body)

    page.decode_file(str(path))
    qtbot.waitUntil(lambda: page.phase == "2FA-CHECK")
    assert page.issuer_check is not None and page.issuer_check.ok
    assert not page.issuer_banner.isVisible()
    assert page.summary["account"].text() == EMAIL
    assert page.code_label.text() == "••••••"  # hidden until revealed
    page.reveal_button.click()
    assert page.code_label.text().isdigit()
    assert page.confirm_button.isEnabled()

    page.confirm_button.click()
    qtbot.waitUntil(lambda: page.phase == "2FA-DONE", timeout=10000)
    record = page.record
    assert record is not None and record.status == en.CONFIRMED
    secret = context.secrets.get(ss.service_name("demo-exchange"), ss.totp_username(record.id))
    assert secret is not None and secret in setup["otpauth_uri"]
    assert context.demo.enrollment.confirmed_at(EMAIL) is not None
    assert secret not in page.store.path.read_text()


def test_lookalike_issuer_needs_explicit_override(qtbot: Any, page: EnrollPage) -> None:
    page.accept_text("otpauth://totp/Demo%20Exchanqe:ola?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")
    assert page.phase == "2FA-CHECK"
    assert page.issuer_banner.isVisible()
    assert "Demo Exchanqe" in page.issuer_banner.label.text()
    assert not page.confirm_button.isEnabled()
    page.override_issuer.setChecked(True)
    assert page.confirm_button.isEnabled()


def test_wrong_code_saves_nothing_and_abort_cleans_up(qtbot: Any, page: EnrollPage) -> None:
    start_demo_setup(page.context)
    # A setup code that is not the one the exchange issued: its codes are rejected.
    page.accept_text(
        f"otpauth://totp/Demo%20Exchange:{EMAIL}?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
    )
    page.confirm_button.click()
    qtbot.waitUntil(lambda: "did not accept" in page.status_label.text(), timeout=10000)
    assert page.phase == "2FA-CHECK"
    record = page.record
    assert record is not None and record.status == en.PENDING
    page.abort_button.click()
    qtbot.waitUntil(lambda: page.store.get(record.id).status == en.ABORTED)
    assert page.context.secrets.keys() == []
    assert page.phase == "2FA-SCAN"


def test_not_a_setup_code_is_named(page: EnrollPage) -> None:
    page.accept_text("https://apps.apple.com/app/id388497605")
    assert page.phase == "2FA-SCAN"
    assert "not a 2FA setup code" in page.error_banner.label.text()


def test_clipboard_link_is_offered(qtbot: Any, page: EnrollPage) -> None:
    uri = f"otpauth://totp/Demo%20Exchange:{EMAIL}?secret=JBSWY3DPEHPK3PXP"
    QGuiApplication.clipboard().setText(uri)
    page.on_entered()
    assert page.clipboard_offer.isVisibleTo(page)
    page.use_clipboard.click()
    assert page.phase == "2FA-CHECK"
    assert "80-bit" in page.notes.text()
    QGuiApplication.clipboard().clear()


def test_copied_code_is_marked_sensitive_and_cleared(page: EnrollPage) -> None:
    page.accept_text(f"otpauth://totp/Demo%20Exchange:{EMAIL}?secret=JBSWY3DPEHPK3PXP")
    page.copy_button.click()
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.text() == page.current_code()
    assert bytes(mime.data("x-kde-passwordManagerHint").data()) == b"secret"
    page._clear_clipboard_if_ours()
    assert QGuiApplication.clipboard().text() == ""


class BlockingBackend:
    """A keyring stuck on an unlock prompt until ``release`` is set."""

    name = "blocking"

    def __init__(self) -> None:
        self.release = threading.Event()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        self.release.wait(30)
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.release.wait(30)
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


def test_gui_stays_responsive_while_keyring_blocks(qtbot: Any, app_context: Any) -> None:
    backend = BlockingBackend()
    app_context.secrets = ss.KeyringSecretStore(backend, allow_insecure=True)
    page = EnrollPage(app_context)
    qtbot.addWidget(page)
    page.show()
    try:
        page.on_entered()
        # The GUI thread keeps handling input while the probe is stuck.
        page.uri_input.setFocus()
        qtbot.keyClicks(page.uri_input, "otpauth")
        assert page.uri_input.text() == "otpauth"
        assert page.health is None
    finally:
        backend.release.set()
    qtbot.waitUntil(lambda: page.health is not None and page.health.ok, timeout=10000)


def test_no_keyring_blocks_saving_with_a_clear_message(qtbot: Any, app_context: Any) -> None:
    from keyring.backends import fail

    app_context.secrets = ss.KeyringSecretStore(fail.Keyring())
    page = EnrollPage(app_context)
    qtbot.addWidget(page)
    page.show()
    page.on_entered()
    qtbot.waitUntil(lambda: page.health is not None)
    assert page.health.state == ss.NO_KEYRING
    assert page.keyring_banner.isVisible()
    page.accept_text(f"otpauth://totp/Demo%20Exchange:{EMAIL}?secret=JBSWY3DPEHPK3PXP")
    assert not page.confirm_button.isEnabled()


def test_screen_scan_reads_strips_and_gives_the_window_back(
    qtbot: Any, page: EnrollPage
) -> None:
    # The offscreen platform's screen holds no QR code: the scan ends in a clear
    # message, and the callback that restores the window runs either way.
    restored: list[bool] = []
    page.capture_screen_region(None, then=lambda: restored.append(True))
    qtbot.waitUntil(lambda: page.error_banner.isVisible(), timeout=10000)
    assert restored == [True]
    text = page.error_banner.label.text()
    assert "No QR code was found" in text or "could not be captured" in text
    assert page.phase == "2FA-SCAN"
