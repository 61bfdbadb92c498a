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
from breachguard.qt.controllers.login_email import LoginEmailController
from breachguard.ui.pages.login_email import LoginEmailPage
from breachguard.ui.pages.login_email.lookup_view import LookupView
from tests.support.context import make_context

SHOTS = os.environ.get("BREACHGUARD_SHOT_DIR")


def shot(page: LoginEmailPage, name: str) -> None:
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
def page(qtbot: Any, context: AppContext) -> LoginEmailPage:
    widget = make_page(context)
    widget.opened: list[str] = []  # type: ignore[misc]
    widget.open_url = lambda url: widget.opened.append(  # type: ignore[attr-defined]
        url.toString(QUrl.ComponentFormattingOption.FullyEncoded)
    )
    qtbot.addWidget(widget)
    widget.resize(980, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def make_page(context: AppContext) -> LoginEmailPage:
    """The page as the composition root builds it: with its own controller."""
    return LoginEmailPage(context, LoginEmailController(context))


def add(page: LoginEmailPage, qtbot: Any, *addresses: str) -> None:
    for address in addresses:
        field = page.list_view.address_input
        field.clear()
        qtbot.keyClicks(field, address)
        qtbot.keyClick(field, Qt.Key.Key_Return)


def lookup_view(page: LoginEmailPage) -> LookupView:
    assert page.lookup_view is not None
    return page.lookup_view


def open_lookup(page: LoginEmailPage, qtbot: Any, number: str, region: str = "NO") -> None:
    page.tabs.setCurrentWidget(page.lookup_view)
    view = lookup_view(page)
    view.country_combo.setCurrentIndex(view.country_combo.findData(region))
    view.phone_input.clear()
    qtbot.keyClicks(view.phone_input, number)


def send_code(page: LoginEmailPage, qtbot: Any) -> None:
    view = lookup_view(page)
    assert view.send_button.isEnabled()
    qtbot.mouseClick(view.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "If an account uses" in view.lookup_status.text())


def code_from_panel(page: LoginEmailPage, qtbot: Any, count: int = 1) -> str:
    panel = page.demo_sms
    assert panel is not None
    qtbot.waitUntil(lambda: len(panel.messages) >= count, timeout=6000)
    text = panel.list.item(0).text()
    match = re.search(r"\b\d{6}\b", text)
    assert match is not None, text
    return match.group(0)


def enter_code(page: LoginEmailPage, qtbot: Any, code: str) -> None:
    view = lookup_view(page)
    view.code_input.clear()
    qtbot.keyClicks(view.code_input, code)
    qtbot.mouseClick(view.verify_button, Qt.MouseButton.LeftButton)


def test_lookup_finds_one_of_my_addresses(page: LoginEmailPage, qtbot: Any) -> None:
    add(page, qtbot, "ola.nordmann@gmail.com", "ola@firma.no")
    shot(page, "1_list")
    open_lookup(page, qtbot, "412 34 567")
    assert page.current_step_id() == "LOGIN-EMAIL-LOOKUP"
    assert "+47 41 23 45 67" in page.lookup_view.phone_echo.text()
    assert "Norway" in page.lookup_view.phone_echo.text()
    send_code(page, qtbot)
    code = code_from_panel(page, qtbot)
    shot(page, "3_lookup_code_sent")
    enter_code(page, qtbot, code)
    qtbot.waitUntil(lambda: page.lookup_view.lookup_result.isVisible())
    assert page.lookup_view.lookup_result.label.text() == "Sign in with ola.nordmann@gmail.com"
    assert page.context.session.login_email == "ola.nordmann@gmail.com"
    assert "ola.nordmann@gmail.com" in page.login_banner.label.text()
    shot(page, "4_lookup_match")
    # Remembered for this provider on this computer.
    assert page.controller.book.login_email("demo-exchange") == "ola.nordmann@gmail.com"


def test_lookup_answer_not_in_my_list(page: LoginEmailPage, qtbot: Any) -> None:
    add(page, qtbot, "kari@firma.no")
    open_lookup(page, qtbot, "90211223")
    send_code(page, qtbot)
    enter_code(page, qtbot, code_from_panel(page, qtbot))
    qtbot.waitUntil(lambda: page.lookup_view.lookup_result.isVisible())
    text = page.lookup_view.lookup_result.label.text()
    assert text.startswith("None of your addresses match")
    assert "kari.hansen@outlook.com" in text
    assert page.context.session.login_email == "kari.hansen@outlook.com"
    shot(page, "5_lookup_no_match")


def test_masked_answer_that_fits_nothing(qtbot: Any, app_paths: Any) -> None:
    with DemoExchange(mask_lookup_emails=True) as exchange:
        ctx = make_context(paths=app_paths, demo=exchange)
        page = make_page(ctx)
        qtbot.addWidget(page)
        page.show()
        add(page, qtbot, "ola.nordmann@gmail.com")
        open_lookup(page, qtbot, "+49 170 1234567", "DE")
        send_code(page, qtbot)
        enter_code(page, qtbot, code_from_panel(page, qtbot))
        qtbot.waitUntil(lambda: page.lookup_view.lookup_result.isVisible())
        text = page.lookup_view.lookup_result.label.text()
        assert text.startswith("None of your addresses match: the account uses j•••@gmx.de")
        assert "look in that mailbox" in text
        assert ctx.session.login_email == ""
        ctx.tasks.wait_idle(10000)


def test_wrong_code_then_too_many_attempts(page: LoginEmailPage, qtbot: Any) -> None:
    open_lookup(page, qtbot, "41234567")
    send_code(page, qtbot)
    right = code_from_panel(page, qtbot)
    wrong = f"{(int(right) + 1) % 1_000_000:06d}"
    enter_code(page, qtbot, wrong)
    problem = page.lookup_view.lookup_problem
    qtbot.waitUntil(lambda: "Attempts left: 4." in problem.text())
    assert problem.text().startswith("That code is not right.")
    assert problem.isVisible() and problem.kind == "danger" and problem.icon is not None
    shot(page, "6_wrong_code")
    for left in (3, 2, 1, 0):
        enter_code(page, qtbot, wrong)
        qtbot.waitUntil(lambda left=left: f"Attempts left: {left}." in problem.text())
    enter_code(page, qtbot, right)
    qtbot.waitUntil(lambda: "Too many wrong codes" in problem.text())
    assert not page.lookup_view.verify_button.isEnabled()
    assert page.context.session.login_email == ""


def test_expired_code(page: LoginEmailPage, qtbot: Any, clock: _Clock) -> None:
    open_lookup(page, qtbot, "41234567")
    send_code(page, qtbot)
    code = code_from_panel(page, qtbot)
    clock.now += 301
    enter_code(page, qtbot, code)
    qtbot.waitUntil(lambda: "expired" in page.lookup_view.lookup_problem.text())
    assert not page.lookup_view.verify_button.isEnabled()


def test_rate_limited_shows_a_countdown(page: LoginEmailPage, qtbot: Any) -> None:
    open_lookup(page, qtbot, "41234567")
    for _ in range(3):
        send_code(page, qtbot)
        page.lookup_view.lookup_status.clear()
    qtbot.mouseClick(page.lookup_view.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "wait" in page.lookup_view.lookup_problem.text())
    assert page.lookup_view.wait_label.text() in (
        "You can ask for a new code in 10:00.",
        "You can ask for a new code in 9:59.",
    )
    assert not page.lookup_view.send_button.isEnabled()
    shot(page, "7_rate_limited")


def test_exchange_down(page: LoginEmailPage, qtbot: Any) -> None:
    open_lookup(page, qtbot, "41234567")
    assert page.context.demo is not None
    page.context.demo.stop()
    qtbot.mouseClick(page.lookup_view.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "could not be reached" in page.lookup_view.lookup_problem.text())
    shot(page, "8_exchange_down")


def test_phone_echo_messages(page: LoginEmailPage, qtbot: Any) -> None:
    open_lookup(page, qtbot, "4915123456789", "DE")
    assert "Did you mean +49 1512 3456789?" in page.lookup_view.phone_echo.text()
    assert page.lookup_view.phone_suggestion.isVisible()
    shot(page, "9_phone_suggestion")
    qtbot.mouseClick(page.lookup_view.phone_suggestion, Qt.MouseButton.LeftButton)
    assert page.lookup_view.phone_input.text() == "+4915123456789"
    assert "+49 1512 3456789 (Germany)" in page.lookup_view.phone_echo.text()
    open_lookup(page, qtbot, "12", "NO")
    assert page.lookup_view.phone_problem.text() == (
        "The number is too short: check that no digits are missing."
    )
    assert page.lookup_view.phone_problem.isVisible()
    assert not page.lookup_view.send_button.isEnabled()


def test_inbox_hunt_marks_the_login_email(page: LoginEmailPage, qtbot: Any) -> None:
    add(page, qtbot, "ola.nordmann@gmail.com", "kari.hansen@outlook.com")
    page.tabs.setCurrentIndex(1)
    assert page.current_step_id() == "LOGIN-EMAIL-INBOX"
    inbox = page.inbox_view
    assert inbox.current_address() == "ola.nordmann@gmail.com"
    gmail = page.findChild(QPushButton, "email.openSearchButton")
    assert gmail is not None and gmail.text() == "&Open Gmail search"
    qtbot.mouseClick(gmail, Qt.MouseButton.LeftButton)
    assert page.opened == [  # type: ignore[attr-defined]
        "https://mail.google.com/mail/?authuser=ola.nordmann@gmail.com"
        "#search/from%3Ademo-exchange.example%20in%3Aanywhere"
    ]
    inbox.mailbox_combo.setCurrentIndex(1)
    assert page.findChild(QGroupBox, "email.inboxCard").title().startswith("kari.hansen@")
    outlook_copy = page.findChild(QPushButton, "email.copySearchButton")
    qtbot.mouseClick(outlook_copy, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == "demo-exchange.example"
    qtbot.keyClicks(page.inbox_view.sender_input, "security@demo-exchange-support.com")
    qtbot.keyClick(page.inbox_view.sender_input, Qt.Key.Key_Return)
    assert page.inbox_view.sender_result.objectName() == "email.senderResult.danger"
    assert page.inbox_view.sender_result.label.text().startswith(
        "Warning: demo-exchange-support.com only looks"
    )
    shot(page, "2_inbox")
    found = page.findChild(QPushButton, "email.foundButton")
    qtbot.mouseClick(found, Qt.MouseButton.LeftButton)
    assert page.context.session.login_email == "kari.hansen@outlook.com"
    assert page.login_banner.isVisible()


def test_variants_and_hints_on_the_list(page: LoginEmailPage, qtbot: Any) -> None:
    add(page, qtbot, "ola.nordmann+ex@gmail.com", "olga@gmail.com")
    view = page.list_view
    view.address_list.setCurrentIndex(view.model.index(0))
    assert page.list_view.variants_box.isVisible()
    variant = page.findChild(QPushButton, "email.addVariantButton0")
    assert variant.text() == "&5 Add ola.nordmann@gmail.com"  # Alt+5: Alt+1…4 are the tabs
    qtbot.mouseClick(variant, Qt.MouseButton.LeftButton)
    assert "ola.nordmann@gmail.com" in page.controller.book.addresses
    # Alt+K with the field empty: the problem is named and the field gets the keyboard.
    page.list_view.hint_button.click()
    assert page.list_view.hint_problem.isVisibleTo(page)
    assert page.window().focusWidget() is page.list_view.hint_input
    qtbot.keyClicks(page.list_view.hint_input, "o***n@g***.com")
    qtbot.keyClick(page.list_view.hint_input, Qt.Key.Key_Return)
    assert page.list_view.hint_result.text() == (
        "These of your addresses fit o***n@g***.com: ola.nordmann@gmail.com"
    )
    add(page, qtbot, "not an address")
    assert page.list_view.problem.text() == "Email addresses contain no spaces."
    add(page, qtbot, "OLGA@gmail.com")
    assert page.list_view.problem.text() == "That address is already in your list."


def test_support_mode_masks_everything(page: LoginEmailPage, qtbot: Any) -> None:
    add(page, qtbot, "ola.nordmann@gmail.com", "anne@firma.no")
    open_lookup(page, qtbot, "41234567")
    send_code(page, qtbot)
    code = code_from_panel(page, qtbot)
    enter_code(page, qtbot, code)
    qtbot.waitUntil(lambda: page.lookup_view.lookup_result.isVisible())
    page.context.session.set_support_mode(True)
    model = page.list_view.model
    texts = [model.index(i).data() for i in range(model.rowCount())]
    assert texts[0].startswith("o•••@gmail.com")
    assert texts[1].startswith("a•••@f•••.no")
    assert page.lookup_view.lookup_result.label.text() == "Sign in with o•••@gmail.com"
    assert "o•••@gmail.com" in page.login_banner.label.text()
    assert "+47 ••• 567" in page.lookup_view.phone_echo.text()
    assert page.lookup_view.phone_input.echoMode() != page.lookup_view.phone_input.EchoMode.Normal
    # An address being typed is hidden as a listed one is.
    typing = page.list_view.address_input
    assert typing.echoMode() == typing.EchoMode.Password
    assert page.demo_sms is not None
    assert code not in page.demo_sms.list.item(0).text()
    assert "••••••" in page.demo_sms.list.item(0).text()
    toggle = page.findChild(QPushButton, "email.supportToggle")
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert page.support_box.case_summary.isVisible()
    summary = page.case_summary_text()
    assert "ola.nordmann" not in summary and "o•••@gmail.com" in summary
    shot(page, "10_support_mode")
    page.tabs.setCurrentIndex(1)
    card = page.findChild(QGroupBox, "email.inboxCard")
    assert card.title().startswith("o•••@gmail.com")
    page.context.session.set_support_mode(False)
    assert page.lookup_view.lookup_result.label.text() == "Sign in with ola.nordmann@gmail.com"
    assert typing.echoMode() == typing.EchoMode.Normal


def test_in_support_mode_the_code_can_still_be_read_privately(
    page: LoginEmailPage, qtbot: Any, monkeypatch: Any
) -> None:
    """The demo phone's codes are hidden in support mode; the screen says why and
    offers to show them after the customer has paused screen sharing, for a while."""
    from PySide6.QtWidgets import QMessageBox

    from breachguard.ui import demo_sms_panel

    page.context.session.set_support_mode(True)
    open_lookup(page, qtbot, "41234567")
    send_code(page, qtbot)
    panel = page.demo_sms
    assert panel is not None
    qtbot.waitUntil(lambda: len(panel.messages) == 1, timeout=6000)
    code = panel.latest_code()
    assert code is not None and code not in panel.list.item(0).text()
    assert panel.hidden_note.isVisibleTo(page) and panel.reveal_button.isVisibleTo(page)
    panel.reveal_button.click()
    question = page.findChild(QMessageBox, "email.demoSmsRevealQuestion")
    assert question is not None and code not in question.text()
    yes = next(b for b in question.buttons() if "paused" in b.text())
    monkeypatch.setattr(demo_sms_panel, "REVEAL_S", 1)  # hidden again after a second
    yes.click()
    assert code in panel.list.item(0).text()
    assert not panel.reveal_button.isVisibleTo(page)
    qtbot.waitUntil(lambda: code not in panel.list.item(0).text(), timeout=3000)
    assert panel.reveal_button.isVisibleTo(page)


def test_login_email_is_remembered(qtbot: Any, context: AppContext) -> None:
    first = make_page(context)
    qtbot.addWidget(first)
    first.controller.set_login_email("kari.hansen@outlook.com")
    context.session.set_login_email("")
    second = make_page(context)
    qtbot.addWidget(second)
    assert context.session.login_email == "kari.hansen@outlook.com"
    assert second.current_step_id() == "LOGIN-EMAIL-LIST"


def test_country_list_is_filled_when_the_lookup_tab_opens(page: LoginEmailPage) -> None:
    # Loading the phone-number data costs ~50 ms: not before the window is first shown.
    assert page.lookup_view.country_combo.count() == 0
    page.tabs.setCurrentWidget(page.lookup_view)
    assert page.lookup_view.country_combo.count() > 200
    assert page.lookup_view.country_combo.currentData()  # a region is preselected
    page.tabs.setCurrentIndex(0)
    page.tabs.setCurrentWidget(page.lookup_view)
    assert page.lookup_view.country_combo.count() == len(
        {
            page.lookup_view.country_combo.itemData(i)
            for i in range(page.lookup_view.country_combo.count())
        }
    )


def test_a_damaged_address_list_is_set_aside_and_said_so(qtbot: Any, context: AppContext) -> None:
    from breachguard.core.addressbook import FILE_NAME

    (context.paths.data_dir / FILE_NAME).write_bytes(b'{"addresses": [1')
    page = make_page(context)
    qtbot.addWidget(page)
    assert "were damaged and were set aside as" in page.list_view.problem.text()
    assert not (context.paths.data_dir / FILE_NAME).exists()
    assert list(context.paths.data_dir.glob(FILE_NAME + "*"))  # the copy is kept


def test_a_number_of_another_country_is_offered_that_country(
    page: LoginEmailPage, qtbot: Any
) -> None:
    """A Norwegian number typed with the United States picked was only "too short"."""
    add(page, qtbot, "ola@firma.no")  # the user's addresses point to Norway
    open_lookup(page, qtbot, "41234567", "US")
    view = lookup_view(page)
    assert view.phone_problem.text().startswith("The number is too short")
    assert view.country_hint.isVisible()
    assert view.country_hint.text() == "This looks like a number from Norway (+47). Use Norway?"
    assert view.country_button.text() == "Use Norway &instead"
    assert not view.send_button.isEnabled()
    qtbot.mouseClick(view.country_button, Qt.MouseButton.LeftButton)
    assert view.country_combo.currentData() == "NO"
    assert view.phone_echo.text() == "We will use +47 41 23 45 67 (Norway)."
    assert not view.phone_problem.isVisible() and not view.country_hint.isVisible()
    assert view.send_button.isEnabled()
    # Its country code typed without +: the number is kept as the international one.
    open_lookup(page, qtbot, "4741234567", "US")
    assert view.country_hint.text() == "This looks like a number from Norway (+47). Use Norway?"
    qtbot.mouseClick(view.country_button, Qt.MouseButton.LeftButton)
    assert view.phone_input.text() == "+4741234567"
    assert view.country_combo.currentData() == "NO"


def test_a_number_that_fits_many_countries_says_how_to_go_on(
    page: LoginEmailPage, qtbot: Any
) -> None:
    open_lookup(page, qtbot, "41234567", "US")  # Norway, Denmark, Finland… nothing says which
    view = lookup_view(page)
    assert view.country_hint.text().startswith("Is it a number from another country?")
    assert not view.country_button.isVisible()


def test_country_names_are_in_the_users_language(
    qtbot: Any, qapp: Any, context: AppContext
) -> None:
    from breachguard.qt.i18n import install_language

    install_language(qapp, "nb")  # the conftest puts the language back
    page = make_page(context)
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentWidget(page.lookup_view)
    view = lookup_view(page)
    combo = view.country_combo
    assert combo.currentText() == "Norge (+47)"  # preselected from the language
    names = [combo.itemText(i) for i in range(combo.count())]
    assert "Tyskland (+49)" in names and "Germany (+49)" not in names
    # Sorted the Norwegian way: Å after Ø, at the end.
    assert names.index("Østerrike (+43)") < names.index("Åland (+358)")
    qtbot.keyClicks(view.phone_input, "41234567")
    assert "(Norge)" in view.phone_echo.text()


def test_enter_submits_the_form_that_has_the_focus(page: LoginEmailPage, qtbot: Any) -> None:
    open_lookup(page, qtbot, "41234567")
    view = lookup_view(page)
    view.country_combo.setFocus()
    qtbot.keyClick(view.country_combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "If an account uses" in view.lookup_status.text())
    code = code_from_panel(page, qtbot)
    qtbot.keyClicks(view.code_input, code)
    qtbot.keyClick(view.code_input, Qt.Key.Key_Enter)  # the keypad's Enter too
    qtbot.waitUntil(lambda: view.lookup_result.isVisible())
    page.tabs.setCurrentIndex(1)
    qtbot.keyClicks(page.inbox_view.sender_input, "news@demo-exchange.example")
    qtbot.keyClick(page.inbox_view.sender_input, Qt.Key.Key_Return)
    assert page.inbox_view.sender_result.isVisible()


def test_case_summary_speaks_words_and_forgets_a_problem_solved(
    page: LoginEmailPage, qtbot: Any
) -> None:
    add(page, qtbot, "ola.nordmann@gmail.com")
    open_lookup(page, qtbot, "41234567")
    send_code(page, qtbot)
    right = code_from_panel(page, qtbot)
    enter_code(page, qtbot, f"{(int(right) + 1) % 1_000_000:06d}")
    view = lookup_view(page)
    qtbot.waitUntil(lambda: view.lookup_problem.isVisible())
    summary = page.case_summary_text()
    assert "Last lookup problem: That code is not right." in summary
    assert "wrong_code" not in summary
    enter_code(page, qtbot, right)
    qtbot.waitUntil(lambda: view.lookup_result.isVisible())
    summary = page.case_summary_text()
    assert "Last lookup problem" not in summary  # solved by the right code
    assert not view.lookup_problem.isVisible()
    assert "The exchange's answer: one of your addresses, exactly" in summary
    assert "exact" not in summary.replace("exactly", "")
    toggle = page.findChild(QPushButton, "email.supportToggle")
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert page.support_box.case_summary.toPlainText() == summary
