"""Step 3 walked as a customer walks it, through the widgets, against the loopback
Demo Exchange and its website window: both orders of confirmation, the keyring
missing or locked (a real gnome-keyring, unlocked halfway), leaving mid-setup."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMessageBox, QPushButton

from breachguard.core import enrollment as en
from breachguard.core import secret_store as ss
from breachguard.core.enrollment_flow import Keyring, Phase
from breachguard.core.otpauth import parse_uri
from breachguard.ui.demo_website import DemoWebsiteWindow
from tests.enroll.step3_helpers import (
    EMAIL,
    FRESH_URI,
    code_on_screen,
    current_code_of,
    make_page,
    phase,
    press,
    question,
    wait_phase,
    website_setup,
)


def open_website(qtbot: Any, page: Any) -> DemoWebsiteWindow:
    """The customer presses "Open the Demo Exchange website" and signs in there."""
    page.findChild(QPushButton, "enroll.openWebsiteButton").click()
    site = page.website_window()
    assert isinstance(site, DemoWebsiteWindow) and site.isVisible()
    qtbot.addWidget(site)
    assert site.email_input.text() == EMAIL  # step 2's answer, filled in
    site.sign_in_button.click()
    qtbot.waitUntil(lambda: site.setup_panel.isVisible(), timeout=10000)
    return site


def bring_in_by_link(qtbot: Any, page: Any, site: DemoWebsiteWindow) -> str:
    """ "Can't scan? Use this setup link": copied, then "Use the link from the clipboard"."""
    link = site.setup_link.text()
    QGuiApplication.clipboard().setText(link)
    page.on_entered()  # back in the app: the clipboard offer appears
    assert page.scan_view.clipboard_offer.isVisibleTo(page)
    page.scan_view.use_clipboard.click()
    wait_phase(qtbot, page, Phase.CHECK)
    assert QGuiApplication.clipboard().text() == ""  # taken off the clipboard…
    assert "removed from the clipboard" in page.remark_banner.label.text()  # …and said so
    return link


def type_on_website(qtbot: Any, site: DemoWebsiteWindow, code: str) -> None:
    site.code_input.setText(code)
    site.confirm_button.click()
    qtbot.waitUntil(lambda: site.result.text() != "Checking the code…", timeout=10000)
    assert site.result.text().startswith("Accepted"), site.result.text()


def assert_done(page: Any, context: Any, link: str) -> None:
    state = page.controller.state
    assert phase(page) is Phase.DONE and state.done is not None
    assert state.done.status == en.CONFIRMED
    secret = parse_uri(link).secret
    assert page.controller.store.load_secret(state.done.id) == secret
    assert context.demo.enrollment.active_secret(EMAIL) == secret
    assert page.done_view.isVisible()
    assert "confirmed and saved" in page.done_view.heading.text()


def test_website_first_then_the_button_the_screen_names(qtbot: Any, app_context: Any) -> None:
    page = make_page(qtbot, app_context)
    site = open_website(qtbot, page)
    link = bring_in_by_link(qtbot, page, site)
    check = page.check_view
    # The words on screen, in the order they ask for things.
    assert check.step1.text().startswith("1. Your new code")
    assert check.step2.text().startswith("2. Type this code into Demo Exchange's website")
    assert "3. When the website says the code was accepted" in check.step3.text()
    assert check.accepted_button.text() == "The &website accepted the code"
    type_on_website(qtbot, site, code_on_screen(page))
    check.accepted_button.click()
    wait_phase(qtbot, page, Phase.DONE)
    assert_done(page, app_context, link)


def test_breachguard_first_then_the_website_still_accepts(qtbot: Any, app_context: Any) -> None:
    page = make_page(qtbot, app_context)
    site = open_website(qtbot, page)
    link = bring_in_by_link(qtbot, page, site)
    page.check_view.confirm_button.click()
    wait_phase(qtbot, page, Phase.DONE)
    # The website still says "enter the code to finish": doing so is fine.
    type_on_website(qtbot, site, current_code_of(link))
    assert_done(page, app_context, link)


def test_pressing_accepted_too_early_explains_and_keeps_the_key(
    qtbot: Any, app_context: Any
) -> None:
    page = make_page(qtbot, app_context)
    site = open_website(qtbot, page)
    link = bring_in_by_link(qtbot, page, site)
    code = code_on_screen(page)
    page.check_view.accepted_button.click()
    qtbot.waitUntil(lambda: page.problem_banner.isVisible(), timeout=10000)
    assert page.problem_banner.code == "not_yet_confirmed"
    assert phase(page) is Phase.CHECK
    type_on_website(qtbot, site, code)
    page.check_view.accepted_button.click()
    wait_phase(qtbot, page, Phase.DONE)
    assert_done(page, app_context, link)


def test_the_qr_picture_from_the_website_is_read(
    qtbot: Any, app_context: Any, tmp_path: Path
) -> None:
    page = make_page(qtbot, app_context)
    site = open_website(qtbot, page)
    picture = tmp_path / "qr.png"
    assert site.qr_image.pixmap().save(str(picture))
    page.controller.intake.decode_file(str(picture))
    wait_phase(qtbot, page, Phase.CHECK)
    assert page.controller.state.setup.secret == parse_uri(site.setup_link.text()).secret  # type: ignore[union-attr]


def test_the_typed_key_form_submits_with_enter_and_shows_on_request(
    qtbot: Any, app_context: Any
) -> None:
    page = make_page(qtbot, app_context)
    scan = page.scan_view
    scan.manual_secret.setFocus()
    qtbot.keyClicks(scan.manual_secret, "jbsw y3dp ehpk 3pxp")
    assert scan.manual_secret.echoMode() == scan.manual_secret.EchoMode.Password
    scan.show_key.click()
    assert scan.manual_secret.echoMode() == scan.manual_secret.EchoMode.Normal
    qtbot.keyClick(scan.manual_secret, Qt.Key.Key_Return)
    wait_phase(qtbot, page, Phase.CHECK)
    assert scan.manual_secret.text() == ""
    assert not scan.show_key.isChecked()  # hidden again for the next one


def test_no_keyring_says_what_to_install_and_offers_the_phone_only(
    qtbot: Any, app_context: Any
) -> None:
    from keyring.backends import fail

    app_context.secrets = ss.KeyringSecretStore(fail.Keyring())
    page = make_page(qtbot, app_context, keyring_ok=False)
    assert phase(page) is Phase.KEYRING and page.keyring_view.isVisible()
    assert "no keyring" in page.keyring_view.heading.text()
    assert "gnome-keyring" in page.keyring_view.problem.label.text()
    # Bringing a code in shows nothing of it.
    page.controller.intake.accept_text(FRESH_URI)
    assert phase(page) is Phase.KEYRING and not page.check_view.isVisible()
    page.keyring_view.phone_button.click()
    press(question(qtbot, page, "enroll.phoneOnlyQuestion"), QMessageBox.StandardButton.Yes)
    wait_phase(qtbot, page, Phase.CHECK)
    check = page.check_view
    assert check.phone_only.isVisible() and "will not keep a copy" in check.phone_only.label.text()
    assert not check.code_label.isVisible() and not check.accepted_button.isEnabled()
    check.phone_only_button.click()
    window = page.private_window()
    assert window.isVisible()
    window.confirm_paused()
    assert "JBSW Y3DP EHPK 3PXP" in window.secret_label.text()
    window.close()


@pytest.mark.secret_service
def test_a_locked_real_keyring_is_named_and_unlocking_it_goes_on(
    qtbot: Any, app_context: Any, secret_service: Any
) -> None:
    from tests.enroll import keyring_control

    app_context.secrets = ss.KeyringSecretStore(secret_service)
    keyring_control.lock()
    try:
        page = make_page(qtbot, app_context, keyring_ok=False)
        assert page.controller.state.keyring is Keyring.LOCKED
        view = page.keyring_view
        assert view.heading.text() == "Your keyring is locked"
        assert "Try again" in view.problem.label.text()
        assert view.retry_button.isVisible()
        site = open_website(qtbot, page)
        QGuiApplication.clipboard().setText(site.setup_link.text())
        page.scan_view.use_clipboard.click()
        assert phase(page) is Phase.KEYRING  # no code before the key is in the keyring
    finally:
        keyring_control.unlock()  # halfway through, as the customer does
    view.retry_button.click()
    wait_phase(qtbot, page, Phase.CHECK, timeout=20000)
    link = site.setup_link.text()
    type_on_website(qtbot, site, code_on_screen(page))
    page.check_view.accepted_button.click()
    wait_phase(qtbot, page, Phase.DONE, timeout=20000)
    assert_done(page, app_context, link)


def test_cancel_asks_naming_the_consequence(qtbot: Any, app_context: Any) -> None:
    page = make_page(qtbot, app_context)
    site = open_website(qtbot, page)
    bring_in_by_link(qtbot, page, site)
    page.check_view.discard_button.click()
    box = question(qtbot, page, "enroll.discardQuestion")
    assert "asks the exchange" in box.text()
    press(box, QMessageBox.StandardButton.Cancel)
    qtbot.waitUntil(lambda: page.controller.state.question is None)
    assert phase(page) is Phase.CHECK
    page.check_view.discard_button.click()
    press(question(qtbot, page, "enroll.discardQuestion"), QMessageBox.StandardButton.Discard)
    wait_phase(qtbot, page, Phase.SCAN)
    assert app_context.secrets.keys() == []


def test_support_mode_show_code_opens_only_the_code_in_the_private_window(
    qtbot: Any, app_context: Any
) -> None:
    page = make_page(qtbot, app_context)
    page.controller.intake.accept_text(FRESH_URI)
    wait_phase(qtbot, page, Phase.CHECK)
    app_context.session.set_support_mode(True)
    assert EMAIL not in page.check_view.summary["account"].text()
    page.check_view.reveal_button.click()
    assert set(page.check_view.code_label.text()) == {"•"}
    window = page.private_window()
    assert window.isVisible()
    window.confirm_paused()
    assert window.live_code_label.text().startswith("Current code: ")
    assert not window.qr_label.isVisible() and window.secret_label.text() == ""
    assert window.setup_box.title() == "Your current code"
    page.shutdown()


def test_the_screen_scan_gives_the_window_back_and_says_what_it_found(
    qtbot: Any, app_context: Any
) -> None:
    # The offscreen screen is blank: it is captured, and holds no QR code.
    page = make_page(qtbot, app_context)
    restored: list[bool] = []
    page.scan_view.capture_screen_region(None, then=lambda: restored.append(True))
    qtbot.waitUntil(lambda: page.problem_banner.isVisible(), timeout=10000)
    assert restored == [True]
    assert page.controller.state.problem.code == "no_qr"  # type: ignore[union-attr]
    assert phase(page) is Phase.SCAN


# -- leaving mid-setup: quit, another language or exchange ---------------------------------


def staged_in_window(qtbot: Any, main_window: Any) -> Any:
    """Step 3 of the real window with a setup whose key is staged, not confirmed."""
    main_window.context.session.set_login_email(EMAIL)
    main_window.go_to_step_id("2FA")
    page = main_window.pages[2]
    wait_phase(qtbot, page, Phase.SCAN)
    page.controller.intake.accept_text(website_setup(main_window.context))
    wait_phase(qtbot, page, Phase.CHECK)
    assert page.controller.state.staged
    return page


def test_ctrl_q_mid_setup_asks_and_staying_keeps_everything(qtbot: Any, main_window: Any) -> None:
    page = staged_in_window(qtbot, main_window)
    quit_action = main_window.findChild(QAction, "main.quitAction")
    assert quit_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Quit)  # Ctrl+Q
    quit_action.trigger()
    box = question(qtbot, main_window, "main.leaveQuestion")
    assert "not confirmed yet" in box.text() and "continues the setup" in box.text()
    press(box, "main.stayButton")
    qtbot.waitUntil(lambda: not box.isVisible())
    assert main_window.isVisible() and phase(page) is Phase.CHECK
    assert page.controller.state.staged


@pytest.mark.parametrize("request_kind", ["language", "exchange"])
def test_another_language_or_exchange_mid_setup_asks_first(
    qtbot: Any, main_window: Any, request_kind: str
) -> None:
    staged_in_window(qtbot, main_window)
    signal = (
        main_window.language_requested
        if request_kind == "language"
        else main_window.provider_requested
    )
    asked: list[str] = []
    signal.connect(asked.append)
    if request_kind == "language":
        main_window.findChild(QAction, "main.language.de").trigger()
    else:
        main_window._request_provider("example-exchange")  # what the menu item does
    box = question(qtbot, main_window, "main.leaveQuestion")
    press(box, "main.stayButton")
    qtbot.waitUntil(lambda: not box.isVisible())
    assert asked == []  # nothing rebuilt: the setup is as it was
    if request_kind == "language":
        main_window.findChild(QAction, "main.language.de").trigger()
    else:
        main_window._request_provider("example-exchange")
    press(question(qtbot, main_window, "main.leaveQuestion"), "main.leaveAnywayButton")
    qtbot.waitUntil(lambda: bool(asked))
    assert asked == ["de" if request_kind == "language" else "example-exchange"]
