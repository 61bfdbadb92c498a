"""Step 3's secret-handling extras: the phone instead of this computer, recovery codes
in the keyring, and imports of tokens the exchange already revoked."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from breachguard.core import enrollment as en
from breachguard.core import otpauth
from breachguard.core import secret_store as ss
from breachguard.qt import qr
from breachguard.ui.pages.enroll_page import EnrollPage, error_text
from tests.enroll.test_enroll_inventory import OLD_URI, make_page, saved_old_token
from tests.enroll.test_enroll_page import EMAIL
from tests.enroll.test_migration import SECRET, link, otp, payload

LOCKED_TEXT = "Your keyring is locked. Unlock it and try again."
FRESH_URI = f"otpauth://totp/Demo%20Exchange:{EMAIL}?secret=JBSWY3DPEHPK3PXP&issuer=Demo%20Exchange"


def private_text(page: EnrollPage) -> str:
    window = page.private_window()
    lines = [window.secret_label.text(), window.live_code_label.text()]
    lines += [window.recovery_list.item(i).text() for i in range(window.recovery_list.count())]
    return "\n".join(lines)


def test_same_computer_warning_offers_the_phone(qtbot: Any, app_context: Any) -> None:
    page = make_page(qtbot, app_context)
    page.accept_text(FRESH_URI)
    assert page.phase == "2FA-CHECK"
    assert page.same_computer.isVisible()
    assert "weaker second factor" in page.same_computer.label.text()

    qtbot.mouseClick(page.same_computer.phone_button, Qt.MouseButton.LeftButton)
    window = page.private_window()
    assert window.isVisible() and window.isWindow() and window.parent() is None
    assert app_context.session.private_window_open
    assert "JBSW" not in private_text(page)  # masked until sharing is paused
    window.confirm_paused()
    assert "JBSW Y3DP EHPK 3PXP" in window.secret_label.text()
    decoded = qr.decode_qimage(window.qr_label.pixmap().toImage())
    assert otpauth.parse_uri(decoded.text).secret_base32 == "JBSWY3DPEHPK3PXP"
    page.shutdown()
    assert not app_context.session.private_window_open


def test_recovery_codes_kept_in_the_keyring_with_used_marks(qtbot: Any, app_context: Any) -> None:
    record = saved_old_token(app_context)
    page = make_page(qtbot, app_context)
    box = page.recovery_box
    qtbot.waitUntil(lambda: box.record is not None and box.isEnabled())

    box.input.setText("ABCD-1111 EFGH-2222,IJKL-3333")
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.status.text() == "Saved 3 recovery codes in your keyring.")
    assert box.input.text() == ""
    store = page.store
    assert [c.code for c in store.recovery_codes(record.id)] == [
        "ABCD-1111",
        "EFGH-2222",
        "IJKL-3333",
    ]

    qtbot.mouseClick(box.show_button, Qt.MouseButton.LeftButton)
    window = page.private_window()
    qtbot.waitUntil(lambda: window.recovery_list.count() == 3)
    assert "ABCD-1111" not in private_text(page)
    window.confirm_paused()
    assert "ABCD-1111" in private_text(page)
    window.set_recovery_code_used(1, True)
    qtbot.waitUntil(
        lambda: [c.used for c in store.recovery_codes(record.id)] == [False, True, False]
    )
    window.close()
    assert private_text(page).strip() == ""


def test_recovery_codes_from_the_clipboard_and_bad_input(qtbot: Any, app_context: Any) -> None:
    record = saved_old_token(app_context)
    page = make_page(qtbot, app_context)
    box = page.recovery_box
    qtbot.waitUntil(lambda: box.isEnabled())
    box.save_text("   ")
    assert box.status.text() == "These do not look like recovery codes."
    QGuiApplication.clipboard().setText("AAAA-0000\nBBBB-1111\n")
    box.paste_button.click()
    qtbot.waitUntil(lambda: box.status.text().startswith("Saved 2"))
    assert len(page.store.recovery_codes(record.id)) == 2


def test_recovery_box_waits_for_a_working_token(qtbot: Any, app_context: Any) -> None:
    page = make_page(qtbot, app_context)
    qtbot.waitUntil(lambda: page.inventory_list.count() == 1)
    assert not page.recovery_box.isEnabled()
    assert "working 2FA key" in page.recovery_box.toolTip()


def test_link_of_a_revoked_token_is_flagged_not_saved(qtbot: Any, app_context: Any) -> None:
    old = saved_old_token(app_context)
    app_context.session.set_revocation_notice(True, old.created_at + 1)
    page = make_page(qtbot, app_context)
    page.accept_text(OLD_URI)
    qtbot.waitUntil(lambda: page.revoked_import is not None)
    assert isinstance(page.revoked_import, en.EnrollmentRecord)
    assert page.revoked_import.id == old.id
    assert page.phase == "2FA-SCAN"
    assert page.error_banner.isVisible()
    assert "no longer works and was not saved" in page.error_banner.label.text()
    assert [r.status for r in page.store.records()] == [en.REVOKED]


def test_fresh_link_after_a_revocation_is_previewed(qtbot: Any, app_context: Any) -> None:
    old = saved_old_token(app_context)
    app_context.session.set_revocation_notice(True, old.created_at + 1)
    page = make_page(qtbot, app_context)
    page.accept_text(FRESH_URI)
    qtbot.waitUntil(lambda: page.phase == "2FA-CHECK")
    assert page.revoked_import is None


def test_export_from_an_old_authenticator_is_flagged(qtbot: Any, app_context: Any) -> None:
    app_context.session.set_revocation_notice(True, 1_700_000_000.0)
    page = make_page(qtbot, app_context)
    page.accept_text(link(payload(otp(SECRET, "Demo Exchange:" + EMAIL, "Demo Exchange"))))
    qtbot.waitUntil(lambda: page.revoked_import is True)
    assert page.phase == "2FA-SCAN"
    assert "authenticator app" in page.error_banner.label.text()
    assert page.store.records() == ()


def test_support_mode_shows_live_codes_only_in_the_private_window(
    qtbot: Any, app_context: Any
) -> None:
    page = make_page(qtbot, app_context)
    page.accept_text(FRESH_URI)
    app_context.session.set_support_mode(True)
    assert EMAIL not in page.summary["account"].text()
    qtbot.mouseClick(page.reveal_button, Qt.MouseButton.LeftButton)
    assert not page.reveal_button.isChecked()
    assert set(page.code_label.text()) == {"•"}
    assert page.private_window().isVisible()
    app_context.session.set_support_mode(False)
    assert page.summary["account"].text() == EMAIL
    page.shutdown()


class LockedOnWrite(ss.MemorySecretStore):
    """A keyring that is fine to read but locks before the recovery codes are written."""

    def __init__(self) -> None:
        super().__init__()
        self.locked = False
        self.writer_threads: set[str] = set()

    def set(self, service: str, username: str, value: str) -> None:
        self.writer_threads.add(threading.current_thread().name)
        if self.locked:
            raise ss.KeyringLockedError(LOCKED_TEXT)
        super().set(service, username, value)


def test_recovery_codes_write_failure_is_explained(qtbot: Any, app_context: Any) -> None:
    app_context.secrets = LockedOnWrite()
    saved_old_token(app_context)
    page = make_page(qtbot, app_context)
    box = page.recovery_box
    qtbot.waitUntil(lambda: box.isEnabled())
    app_context.secrets.locked = True
    app_context.secrets.writer_threads.clear()  # the test's own setup wrote on this thread
    box.save_text("ABCD-1111 EFGH-2222")
    assert box.status.text() == "Saving in your keyring…"  # the GUI thread did not write
    qtbot.waitUntil(lambda: box.status.text() != "Saving in your keyring…")
    assert "ABCD" not in box.status.text()
    assert box.status.text() == error_text(ss.KeyringLockedError(LOCKED_TEXT))
    writers = app_context.secrets.writer_threads
    assert writers and threading.current_thread().name not in writers


def test_cancelling_the_setup_closes_the_private_window(qtbot: Any, app_context: Any) -> None:
    page = make_page(qtbot, app_context)
    page.accept_text(FRESH_URI)
    page.show_on_phone()
    window = page.private_window()
    window.confirm_paused()
    assert window.isVisible()
    page.abort_button.click()
    assert not window.isVisible()
    assert window.secret_label.text() == ""
    assert not app_context.session.private_window_open


@pytest.mark.secret_service
def test_recovery_codes_in_a_real_keyring(
    qtbot: Any, app_context: Any, secret_service: object
) -> None:
    app_context.secrets = ss.KeyringSecretStore(secret_service)
    record = saved_old_token(app_context)
    page = make_page(qtbot, app_context)
    box = page.recovery_box
    qtbot.waitUntil(lambda: box.isEnabled(), timeout=10000)
    box.save_text("ABCD-1111 EFGH-2222")
    qtbot.waitUntil(lambda: box.status.text().startswith("Saved 2"), timeout=10000)
    box.show_codes()
    window = page.private_window()
    qtbot.waitUntil(lambda: window.recovery_list.count() == 2, timeout=10000)
    window.confirm_paused()
    window.set_recovery_code_used(0, True)
    qtbot.waitUntil(lambda: box.status.text().startswith("Saved: 2"), timeout=10000)
    # Read straight from the Secret Service, not from any cache of ours.
    fresh = en.EnrollmentStore.for_paths(app_context.paths, ss.KeyringSecretStore(secret_service))
    assert fresh.recovery_codes(record.id) == [
        en.RecoveryCode("ABCD-1111", True),
        en.RecoveryCode("EFGH-2222", False),
    ]
    page.shutdown()
