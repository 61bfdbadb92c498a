"""The login-email page driven like a user would, against the Demo Exchange."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication, QGroupBox, QPushButton

from breachguard.demo.server import DemoExchange
from breachguard.qt.context import AppContext
from breachguard.ui.pages.email_page import EmailPage
from tests.support.context import make_context

SHOTS = os.environ.get("BREACHGUARD_SHOT_DIR")


def shot(page: EmailPage, name: str) -> None:
    """Screenshots for a person to look at (set BREACHGUARD_SHOT_DIR)."""
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        page.grab().save(str(Path(SHOTS) / f"email_{name}.png"))


class _Clock:
    now = 1_900_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> _Clock:
    return _Clock()


@pytest.fixture
def context(qtbot: Any, app_paths: Any, clock: _Clock) -> Iterator[AppContext]:
    with DemoExchange(clock=clock) as exchange:
        ctx = make_context(paths=app_paths, demo=exchange)
        yield ctx
        ctx.tasks.wait_idle(10000)


@pytest.fixture
def page(qtbot: Any, context: AppContext) -> EmailPage:
    widget = EmailPage(context)
    widget.opened: list[str] = []  # type: ignore[misc]
    widget.open_url = lambda url: widget.opened.append(  # type: ignore[attr-defined]
        url.toString(QUrl.ComponentFormattingOption.FullyEncoded)
    )
    qtbot.addWidget(widget)
    widget.resize(980, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def add(page: EmailPage, qtbot: Any, *addresses: str) -> None:
    for address in addresses:
        page.address_input.clear()
        qtbot.keyClicks(page.address_input, address)
        qtbot.keyClick(page.address_input, Qt.Key.Key_Return)


def open_lookup(page: EmailPage, qtbot: Any, number: str, region: str = "NO") -> None:
    page.tabs.setCurrentIndex(2)
    page.country_combo.setCurrentIndex(page.country_combo.findData(region))
    page.phone_input.clear()
    qtbot.keyClicks(page.phone_input, number)


def send_code(page: EmailPage, qtbot: Any) -> None:
    assert page.send_button.isEnabled()
    qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "If an account uses" in page.lookup_status.text())


def code_from_panel(page: EmailPage, qtbot: Any, count: int = 1) -> str:
    panel = page.demo_sms
    assert panel is not None
    qtbot.waitUntil(lambda: len(panel.messages) >= count, timeout=6000)
    text = panel.list.item(0).text()
    match = re.search(r"\b\d{6}\b", text)
    assert match is not None, text
    return match.group(0)


def enter_code(page: EmailPage, qtbot: Any, code: str) -> None:
    page.code_input.clear()
    qtbot.keyClicks(page.code_input, code)
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)


def test_lookup_finds_one_of_my_addresses(page: EmailPage, qtbot: Any) -> None:
    add(page, qtbot, "ola.nordmann@gmail.com", "ola@firma.no")
    shot(page, "1_list")
    open_lookup(page, qtbot, "412 34 567")
    assert page.current_step_id() == "LOGIN-EMAIL-LOOKUP"
    assert "+47 41 23 45 67" in page.phone_echo.text()
    assert "Norway" in page.phone_echo.text()
    send_code(page, qtbot)
    code = code_from_panel(page, qtbot)
    shot(page, "3_lookup_code_sent")
    enter_code(page, qtbot, code)
    qtbot.waitUntil(lambda: page.lookup_result.isVisible())
    assert page.lookup_result.label.text() == "Sign in with ola.nordmann@gmail.com"
    assert page.context.session.login_email == "ola.nordmann@gmail.com"
    assert "ola.nordmann@gmail.com" in page.login_banner.label.text()
    shot(page, "4_lookup_match")
    # Remembered for this provider on this computer.
    assert page.book.login_email("demo-exchange") == "ola.nordmann@gmail.com"


def test_lookup_answer_not_in_my_list(page: EmailPage, qtbot: Any) -> None:
    add(page, qtbot, "kari@firma.no")
    open_lookup(page, qtbot, "90211223")
    send_code(page, qtbot)
    enter_code(page, qtbot, code_from_panel(page, qtbot))
    qtbot.waitUntil(lambda: page.lookup_result.isVisible())
    text = page.lookup_result.label.text()
    assert text.startswith("None of your addresses match")
    assert "kari.hansen@outlook.com" in text
    assert page.context.session.login_email == "kari.hansen@outlook.com"
    shot(page, "5_lookup_no_match")


def test_masked_answer_that_fits_nothing(qtbot: Any, app_paths: Any) -> None:
    with DemoExchange(mask_lookup_emails=True) as exchange:
        ctx = make_context(paths=app_paths, demo=exchange)
        page = EmailPage(ctx)
        qtbot.addWidget(page)
        page.show()
        add(page, qtbot, "ola.nordmann@gmail.com")
        open_lookup(page, qtbot, "+49 170 1234567", "DE")
        send_code(page, qtbot)
        enter_code(page, qtbot, code_from_panel(page, qtbot))
        qtbot.waitUntil(lambda: page.lookup_result.isVisible())
        text = page.lookup_result.label.text()
        assert text.startswith("None of your addresses match: the account uses j•••@gmx.de")
        assert "look in that mailbox" in text
        assert ctx.session.login_email == ""
        ctx.tasks.wait_idle(10000)


def test_wrong_code_then_too_many_attempts(page: EmailPage, qtbot: Any) -> None:
    open_lookup(page, qtbot, "41234567")
    send_code(page, qtbot)
    right = code_from_panel(page, qtbot)
    wrong = f"{(int(right) + 1) % 1_000_000:06d}"
    enter_code(page, qtbot, wrong)
    qtbot.waitUntil(lambda: "Attempts left: 4." in page.lookup_status.text())
    assert page.lookup_status.text().startswith("That code is not right.")
    shot(page, "6_wrong_code")
    for left in (3, 2, 1, 0):
        enter_code(page, qtbot, wrong)
        qtbot.waitUntil(lambda left=left: f"Attempts left: {left}." in page.lookup_status.text())
    enter_code(page, qtbot, right)
    qtbot.waitUntil(lambda: "Too many wrong codes" in page.lookup_status.text())
    assert not page.verify_button.isEnabled()
    assert page.context.session.login_email == ""


def test_expired_code(page: EmailPage, qtbot: Any, clock: _Clock) -> None:
    open_lookup(page, qtbot, "41234567")
    send_code(page, qtbot)
    code = code_from_panel(page, qtbot)
    clock.now += 301
    enter_code(page, qtbot, code)
    qtbot.waitUntil(lambda: "expired" in page.lookup_status.text())
    assert not page.verify_button.isEnabled()


def test_rate_limited_shows_a_countdown(page: EmailPage, qtbot: Any) -> None:
    open_lookup(page, qtbot, "41234567")
    for _ in range(3):
        send_code(page, qtbot)
        page.lookup_status.clear()
    qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "wait" in page.lookup_status.text())
    assert page.wait_label.text() in (
        "You can ask for a new code in 10:00.",
        "You can ask for a new code in 9:59.",
    )
    assert not page.send_button.isEnabled()
    shot(page, "7_rate_limited")


def test_exchange_down(page: EmailPage, qtbot: Any) -> None:
    open_lookup(page, qtbot, "41234567")
    assert page.context.demo is not None
    page.context.demo.stop()
    qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "could not be reached" in page.lookup_status.text())
    shot(page, "8_exchange_down")


def test_phone_echo_messages(page: EmailPage, qtbot: Any) -> None:
    open_lookup(page, qtbot, "4915123456789", "DE")
    assert "Did you mean +49 1512 3456789?" in page.phone_echo.text()
    assert page.phone_suggestion.isVisible()
    shot(page, "9_phone_suggestion")
    qtbot.mouseClick(page.phone_suggestion, Qt.MouseButton.LeftButton)
    assert page.phone_input.text() == "+4915123456789"
    assert "+49 1512 3456789 (Germany)" in page.phone_echo.text()
    open_lookup(page, qtbot, "12", "NO")
    assert page.phone_echo.text() == "The number is too short: check that no digits are missing."
    assert not page.send_button.isEnabled()


def test_inbox_hunt_marks_the_login_email(page: EmailPage, qtbot: Any) -> None:
    add(page, qtbot, "ola.nordmann@gmail.com", "kari.hansen@outlook.com")
    page.tabs.setCurrentIndex(1)
    assert page.current_step_id() == "LOGIN-EMAIL-INBOX"
    gmail = page.findChild(QPushButton, "email.openSearchButton0")
    assert gmail is not None and gmail.text() == "Open Gmail search"
    qtbot.mouseClick(gmail, Qt.MouseButton.LeftButton)
    assert page.opened == [  # type: ignore[attr-defined]
        "https://mail.google.com/mail/?authuser=ola.nordmann@gmail.com"
        "#search/from%3Ademo-exchange.example%20in%3Aanywhere"
    ]
    outlook_copy = page.findChild(QPushButton, "email.copySearchButton1")
    qtbot.mouseClick(outlook_copy, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == "demo-exchange.example"
    qtbot.keyClicks(page.sender_input, "security@demo-exchange-support.com")
    qtbot.keyClick(page.sender_input, Qt.Key.Key_Return)
    assert page.sender_result.objectName() == "email.senderResult.danger"
    assert page.sender_result.label.text().startswith(
        "Warning: demo-exchange-support.com only looks"
    )
    shot(page, "2_inbox")
    found = page.findChild(QPushButton, "email.foundButton1")
    qtbot.mouseClick(found, Qt.MouseButton.LeftButton)
    assert page.context.session.login_email == "kari.hansen@outlook.com"
    assert page.login_banner.isVisible()


def test_variants_and_hints_on_the_list(page: EmailPage, qtbot: Any) -> None:
    add(page, qtbot, "ola.nordmann+ex@gmail.com", "olga@gmail.com")
    page.address_list.setCurrentRow(0)
    assert page.variants_box.isVisible()
    variant = page.findChild(QPushButton, "email.addVariantButton0")
    assert variant.text() == "Add ola.nordmann@gmail.com"
    qtbot.mouseClick(variant, Qt.MouseButton.LeftButton)
    assert "ola.nordmann@gmail.com" in page.book.addresses
    qtbot.keyClicks(page.hint_input, "o***n@g***.com")
    qtbot.keyClick(page.hint_input, Qt.Key.Key_Return)
    assert page.hint_result.text() == (
        "These of your addresses fit o***n@g***.com: ola.nordmann@gmail.com"
    )
    add(page, qtbot, "not an address")
    assert page.address_error.text() == "Email addresses contain no spaces."
    add(page, qtbot, "OLGA@gmail.com")
    assert page.address_error.text() == "That address is already in your list."


def test_support_mode_masks_everything(page: EmailPage, qtbot: Any) -> None:
    add(page, qtbot, "ola.nordmann@gmail.com", "anne@firma.no")
    open_lookup(page, qtbot, "41234567")
    send_code(page, qtbot)
    code = code_from_panel(page, qtbot)
    enter_code(page, qtbot, code)
    qtbot.waitUntil(lambda: page.lookup_result.isVisible())
    page.context.session.set_support_mode(True)
    texts = [page.address_list.item(i).text() for i in range(page.address_list.count())]
    assert texts[0].startswith("o•••@gmail.com")
    assert texts[1].startswith("a•••@f•••.no")
    assert page.lookup_result.label.text() == "Sign in with o•••@gmail.com"
    assert "o•••@gmail.com" in page.login_banner.label.text()
    assert "+47 ••• 567" in page.phone_echo.text()
    assert page.phone_input.echoMode() != page.phone_input.EchoMode.Normal
    assert page.demo_sms is not None
    assert code not in page.demo_sms.list.item(0).text()
    assert "••••••" in page.demo_sms.list.item(0).text()
    toggle = page.findChild(QPushButton, "email.supportToggle")
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert page.case_summary.isVisible()
    summary = page.case_summary_text()
    assert "ola.nordmann" not in summary and "o•••@gmail.com" in summary
    shot(page, "10_support_mode")
    page.tabs.setCurrentIndex(1)
    card = page.findChild(QGroupBox, "email.inboxCard0")
    assert card.title().startswith("o•••@gmail.com")
    page.context.session.set_support_mode(False)
    assert page.lookup_result.label.text() == "Sign in with ola.nordmann@gmail.com"


def test_login_email_is_remembered(qtbot: Any, context: AppContext) -> None:
    first = EmailPage(context)
    qtbot.addWidget(first)
    first.set_login_email("kari.hansen@outlook.com")
    context.session.set_login_email("")
    second = EmailPage(context)
    qtbot.addWidget(second)
    assert context.session.login_email == "kari.hansen@outlook.com"
    assert second.current_step_id() == "LOGIN-EMAIL-LIST"


def test_country_list_is_filled_when_the_lookup_tab_opens(page: EmailPage) -> None:
    # Loading the phone-number data costs ~50 ms: not before the window is first shown.
    assert page.country_combo.count() == 0
    page.tabs.setCurrentIndex(2)
    assert page.country_combo.count() > 200
    assert page.country_combo.currentData()  # a region is preselected
    page.tabs.setCurrentIndex(0)
    page.tabs.setCurrentIndex(2)
    assert page.country_combo.count() == len(
        {page.country_combo.itemData(i) for i in range(page.country_combo.count())}
    )


def test_a_damaged_address_list_is_set_aside_and_said_so(qtbot: Any, context: AppContext) -> None:
    from breachguard.core.addressbook import FILE_NAME

    (context.paths.data_dir / FILE_NAME).write_bytes(b'{"addresses": [1')
    page = EmailPage(context)
    qtbot.addWidget(page)
    assert "were damaged and were set aside as" in page.address_error.text()
    assert not (context.paths.data_dir / FILE_NAME).exists()
    assert list(context.paths.data_dir.glob(FILE_NAME + "*"))  # the copy is kept
