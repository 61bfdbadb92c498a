"""Step 3's secrets beyond the live code: the phone instead of this computer, the
phishing check in front of every way out, recovery codes in the keyring (and off the
clipboard), and keys the exchange already revoked."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from breachguard.core import enrollment as en
from breachguard.core import otpauth
from breachguard.core import secret_store as ss
from breachguard.core.enrollment_flow import Phase
from breachguard.qt import qr
from breachguard.ui.pages.enroll import EnrollPage
from tests.enroll.step3_helpers import (
    EMAIL,
    FRESH_URI,
    OLD_URI,
    make_page,
    phase,
    press,
    question,
    saved_old_token,
    wait_phase,
)
from tests.enroll.test_migration import SECRET, link, otp, payload

LOOKALIKE_URI = (
    "otpauth://totp/Demo%20Exchanqe:ola?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
    "&issuer=Demo%20Exchanqe"
)


def private_text(page: EnrollPage) -> str:
    window = page.private_window()
    lines = [window.secret_label.text(), window.live_code_label.text()]
    lines += [window.recovery_list.item(i).text() for i in range(window.recovery_list.count())]
    return "\n".join(lines)


def test_same_computer_warning_offers_the_phone(qtbot: Any, app_context: Any) -> None:
    page = make_page(qtbot, app_context)
    page.controller.intake.accept_text(FRESH_URI)
    wait_phase(qtbot, page, Phase.CHECK)
    notice = page.check_view.same_computer
    assert notice.isVisible() and "weaker second factor" in notice.label.text()
    qtbot.mouseClick(notice.phone_button, Qt.MouseButton.LeftButton)
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


def test_copying_the_code_says_when_the_clipboard_is_cleared(qtbot: Any, app_context: Any) -> None:
    page = make_page(qtbot, app_context)
    page.controller.intake.accept_text(FRESH_URI)
    wait_phase(qtbot, page, Phase.CHECK)
    page.check_view.copy_button.click()
    assert QGuiApplication.clipboard().text() == page.controller.current_code()
    assert page.remark_banner.isVisible()
    assert "cleared in 20 seconds" in page.remark_banner.label.text()
    page.controller.clipboard.take_back()
    assert QGuiApplication.clipboard().text() == ""


def test_a_lookalike_code_shows_nothing_until_the_exchange_name_is_typed(
    qtbot: Any, app_context: Any
) -> None:
    page = make_page(qtbot, app_context)
    page.controller.intake.accept_text(LOOKALIKE_URI)
    assert phase(page) is Phase.VERIFY
    verify = page.verify_view
    assert verify.isVisible() and "Demo Exchanqe" in verify.warning.label.text()
    assert verify.names_issuer.text() == "Demo Exchanqe"
    # Every way to the key is closed: no code, no copy, no phone, nothing staged.
    assert not page.check_view.isVisible() and app_context.secrets.keys() == []
    verify.name_input.setText("Demo Exchanqe")
    verify.continue_button.click()
    assert "not the exchange's name" in page.problem_banner.label.text()
    assert phase(page) is Phase.VERIFY
    verify.name_input.setText("Demo Exchange")
    qtbot.keyClick(verify.name_input, Qt.Key.Key_Return)  # Enter submits, too
    wait_phase(qtbot, page, Phase.CHECK)
    assert page.check_view.overridden.isVisible()
    page.check_view.same_computer.phone_button.click()
    window = page.private_window()
    assert window.warning_banner.isVisible()
    assert "Demo Exchanqe" in window.warning_banner.label.text()  # repeated where the key is
    window.close()


def test_recovery_codes_kept_in_the_keyring_with_used_marks(qtbot: Any, app_context: Any) -> None:
    record = saved_old_token(app_context)
    page = make_page(qtbot, app_context)
    box = page.recovery_box
    qtbot.waitUntil(lambda: box.record is not None and box.isEnabled())
    assert box.isVisible()  # shown with a working key on the scan screen
    box.input.setText("ABCD-1111 EFGH-2222,IJKL-3333")
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.status.text() == "Saved 3 recovery codes in your keyring.")
    assert box.input.text() == ""
    store = page.controller.store
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


def test_recovery_codes_pasted_are_taken_off_the_clipboard(qtbot: Any, app_context: Any) -> None:
    record = saved_old_token(app_context)
    page = make_page(qtbot, app_context)
    box = page.recovery_box
    qtbot.waitUntil(lambda: box.isEnabled())
    box.input.setText("   ")
    box.save_button.click()
    assert box.status.text() == "These do not look like recovery codes."
    QGuiApplication.clipboard().setText("AAAA-0000\nBBBB-1111\n")
    box.paste_button.click()
    qtbot.waitUntil(lambda: box.status.text().startswith("Saved 2"))
    assert "removed them from the clipboard" in box.status.text()
    assert QGuiApplication.clipboard().text() == ""
    assert len(page.controller.store.recovery_codes(record.id)) == 2


def test_recovery_box_waits_for_a_working_token(qtbot: Any, app_context: Any) -> None:
    page = make_page(qtbot, app_context)
    qtbot.waitUntil(lambda: page.inventory.list.count() == 1)
    assert not page.recovery_box.isEnabled() and not page.recovery_box.isVisible()
    assert "working 2FA key" in page.recovery_box.toolTip()


def test_the_link_of_a_revoked_token_is_flagged_not_saved(qtbot: Any, app_context: Any) -> None:
    old = saved_old_token(app_context)
    app_context.session.set_revocation_notice(True, (old.exchange_created_at or 0) + 1)
    page = make_page(qtbot, app_context)
    page.controller.intake.accept_text(OLD_URI)
    qtbot.waitUntil(lambda: page.problem_banner.isVisible())
    assert page.controller.state.problem.code == "revoked_key"  # type: ignore[union-attr]
    assert "no longer works and was not saved" in page.problem_banner.label.text()
    assert phase(page) is Phase.SCAN
    assert [r.status for r in page.controller.store.records()] == [en.REVOKED]


def test_a_fresh_link_after_a_revocation_is_shown(qtbot: Any, app_context: Any) -> None:
    old = saved_old_token(app_context)
    app_context.session.set_revocation_notice(True, (old.exchange_created_at or 0) + 1)
    page = make_page(qtbot, app_context)
    page.controller.intake.accept_text(FRESH_URI)
    wait_phase(qtbot, page, Phase.CHECK)
    assert page.controller.state.problem is None


def test_an_export_from_an_old_authenticator_is_flagged(qtbot: Any, app_context: Any) -> None:
    app_context.session.set_revocation_notice(True, 1_700_000_000.0)
    page = make_page(qtbot, app_context)
    page.controller.intake.accept_text(
        link(payload(otp(SECRET, "Demo Exchange:" + EMAIL, "Demo Exchange")))
    )
    qtbot.waitUntil(lambda: page.problem_banner.isVisible())
    assert page.controller.state.problem.code == "revoked_export"  # type: ignore[union-attr]
    assert "authenticator app" in page.problem_banner.label.text()
    assert page.controller.store.records() == ()


class LockedOnWrite(ss.MemorySecretStore):
    """A keyring fine to read that locks before the recovery codes are written."""

    def __init__(self) -> None:
        super().__init__()
        self.lock_writes = False
        self.writer_threads: set[str] = set()

    def set(self, service: str, username: str, value: str) -> None:
        self.writer_threads.add(threading.current_thread().name)
        if self.lock_writes:
            raise ss.KeyringLockedError(ss.LOCKED_TEXT)
        super().set(service, username, value)


def test_a_recovery_code_write_failure_is_explained_and_ran_off_the_gui_thread(
    qtbot: Any, app_context: Any
) -> None:
    app_context.secrets = LockedOnWrite()
    saved_old_token(app_context)
    page = make_page(qtbot, app_context)
    box = page.recovery_box
    qtbot.waitUntil(lambda: box.isEnabled())
    app_context.secrets.lock_writes = True
    app_context.secrets.writer_threads.clear()  # the test's own setup wrote on this thread
    box.input.setText("ABCD-1111 EFGH-2222")
    box.save_button.click()
    assert box.status.text() == "Saving in your keyring…"  # the GUI thread did not write
    qtbot.waitUntil(lambda: box.status.text() != "Saving in your keyring…")
    assert "ABCD" not in box.status.text()
    assert box.status.text().startswith("Your keyring is locked")
    writers = app_context.secrets.writer_threads
    assert writers and threading.current_thread().name not in writers


def test_discarding_closes_the_private_window_and_empties_it(qtbot: Any, app_context: Any) -> None:
    page = make_page(qtbot, app_context)
    page.controller.intake.accept_text(FRESH_URI)
    wait_phase(qtbot, page, Phase.CHECK)
    page.check_view.same_computer.phone_button.click()
    window = page.private_window()
    window.confirm_paused()
    assert window.isVisible()
    page.check_view.discard_button.click()
    from PySide6.QtWidgets import QMessageBox

    press(question(qtbot, page, "enroll.discardQuestion"), QMessageBox.StandardButton.Discard)
    wait_phase(qtbot, page, Phase.SCAN)
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
    box.input.setText("ABCD-1111 EFGH-2222")
    box.save_button.click()
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
