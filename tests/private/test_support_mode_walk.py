"""Support mode, walked end to end: the real main window against the Demo Exchange,
every page and the states a user reaches, with all visible text collected after each
step. None of the demo customer's email, phone number, 2FA secret, current or adjacent
codes, SMS code or recovery codes may appear unmasked anywhere an agent could see it.

The private window is walked too, but only up to the pause confirmation: after the
user says "I have paused screen sharing" it shows secrets on purpose, so its revealed
state is excluded here (tests/private/test_private_window.py covers that it reveals
nothing before). Windows the walk opens are included (demo website, private window).
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from breachguard.core import totp
from breachguard.core.enrollment_flow import Keyring, Phase
from breachguard.core.otpauth import parse_uri
from breachguard.core.profiles import ProfileEntry
from breachguard.demo.accounts import ACCOUNTS
from breachguard.ui.main_window import MainWindow
from breachguard.ui.pages import build_pages
from breachguard.ui.pages.enroll import EnrollPage
from breachguard.ui.pages.login_email import LoginEmailPage
from tests.email.test_email_page import add, enter_code, open_lookup, send_code

CUSTOMER = ACCOUNTS[0]  # Ola Nordmann, +4741234567, ola.nordmann@gmail.com
RECOVERY_CODES = ("RC7Q-4KX2-LM9P", "RC3T-8VB5-ZW1N", "RC6H-2JD4-QY8F")
_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.AccessibleDescriptionRole,
    Qt.ItemDataRole.StatusTipRole,
)


def _model_texts(model: QAbstractItemModel, parent: QModelIndex) -> Iterator[str]:
    for row in range(model.rowCount(parent)):
        for column in range(64):  # list models hide columnCount(); stop at the first gap
            index = model.index(row, column, parent)
            if not index.isValid():
                break
            for role in _ROLES:
                value = model.data(index, role)
                if isinstance(value, str) and value:
                    yield value
            if column == 0 and model.index(0, 0, index).isValid():  # a tree node
                yield from _model_texts(model, index)


def widget_texts(widget: QWidget) -> Iterator[str]:
    """What a person (or a screen reader) can see of one widget."""
    yield widget.toolTip()
    yield widget.accessibleName()
    yield widget.accessibleDescription()
    yield widget.statusTip()
    yield widget.whatsThis()
    if widget.isWindow():
        yield widget.windowTitle()
    if isinstance(widget, QLabel):
        yield widget.text()
    elif isinstance(widget, QAbstractButton):
        yield widget.text()
    elif isinstance(widget, QLineEdit):
        yield widget.displayText()  # what is drawn: bullets in password mode
        yield widget.placeholderText()
    elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
        yield widget.toPlainText()
    elif isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
    elif isinstance(widget, QGroupBox):
        yield widget.title()
    elif isinstance(widget, QTabWidget):
        yield from (widget.tabText(i) for i in range(widget.count()))
        yield from (widget.tabToolTip(i) for i in range(widget.count()))
    elif isinstance(widget, QProgressBar):
        yield widget.text()
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        yield from _model_texts(widget.model(), widget.rootIndex())


def visible_text() -> dict[str, str]:
    """objectName path → text, for every visible widget of every visible window."""
    found: dict[str, str] = {}
    for window in QApplication.topLevelWidgets():
        if not window.isVisible():
            continue
        for widget in [window, *window.findChildren(QWidget)]:
            if not widget.isVisible():
                continue
            text = "\n".join(t for t in widget_texts(widget) if t)
            if text:
                name = f"{window.objectName()}/{widget.objectName() or type(widget).__name__}"
                found[f"{name}#{id(widget)}"] = text
    return found


class Secrets:
    """The demo customer's data; grows as the walk learns codes and secrets."""

    def __init__(self) -> None:
        local = CUSTOMER.email.split("@")[0]
        national = CUSTOMER.phone.removeprefix("+47")
        self.plain = {CUSTOMER.email, local, CUSTOMER.phone, national, "412 34 567"}
        self.plain |= {"41 23 45 67", *RECOVERY_CODES}
        self.codes: set[str] = set()
        self.setup_secret: bytes | None = None

    def add_setup(self, secret: bytes, base32: str) -> None:
        self.setup_secret = secret
        grouped = " ".join(base32[i : i + 4] for i in range(0, len(base32), 4))
        self.plain |= {base32, base32.lower(), grouped, base32[:8]}

    def current_codes(self) -> set[str]:
        codes = set(self.codes)
        if self.setup_secret is not None:
            now = time.time()
            codes |= {totp.totp(self.setup_secret, now + drift) for drift in (-30, 0, 30)}
        return codes

    def leaks(self, texts: dict[str, str]) -> list[str]:
        found = []
        patterns = [re.escape(p) for p in self.plain]
        # Codes are shown grouped ("123 456"); either way they count.
        patterns += [rf"(?<!\d){code[:3]}\s?{code[3:]}(?!\d)" for code in self.current_codes()]
        pattern = re.compile("|".join(patterns), re.IGNORECASE)
        for name, text in texts.items():
            for match in pattern.finditer(text):
                found.append(f"{name}: {match.group(0)!r} in {text!r}")
        return found


@pytest.fixture
def window(qtbot: Any, app_context: Any) -> Iterator[MainWindow]:
    app_context.session.set_support_mode(True)
    win = MainWindow(
        app_context,
        build_pages(app_context),
        [ProfileEntry("demo-exchange", "Demo Exchange", "demo")],
    )
    qtbot.addWidget(win)
    win.resize(1100, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    for page in win.pages:
        page.shutdown()
    for top in QApplication.topLevelWidgets():
        if top is not win and top.isVisible():
            top.close()


def check(secrets: Secrets, where: str, qtbot: Any) -> None:
    del qtbot  # every step above waited for its own result
    assert secrets.leaks(visible_text()) == [], where


def page_of(window: MainWindow, kind: type) -> Any:
    return next(page for page in window.pages if isinstance(page, kind))


def test_support_mode_masks_every_page_and_state(
    qtbot: Any, window: MainWindow, app_context: Any
) -> None:
    secrets = Secrets()
    check(secrets, "status page", qtbot)

    # Step 2: addresses, lookup by phone, the demo SMS, the answer.
    window.go_to_step_id("LOGIN-EMAIL")
    email = page_of(window, LoginEmailPage)
    add(email, qtbot, CUSTOMER.email, "ola@firma.no")
    check(secrets, "address list", qtbot)
    for tab in range(email.tabs.count()):
        email.tabs.setCurrentIndex(tab)
        check(secrets, f"email tab {tab}", qtbot)
    open_lookup(email, qtbot, "412 34 567")
    check(secrets, "phone typed", qtbot)
    send_code(email, qtbot)
    panel = email.demo_sms
    assert panel is not None
    qtbot.waitUntil(lambda: panel.latest_code() is not None, timeout=6000)
    sms_code = panel.latest_code()
    assert sms_code is not None
    secrets.codes.add(sms_code)
    check(secrets, "SMS arrived", qtbot)
    wrong = f"{(int(sms_code) + 1) % 1_000_000:06d}"
    enter_code(email, qtbot, wrong)
    qtbot.waitUntil(lambda: "Attempts left" in email.lookup_view.lookup_problem.text())
    check(secrets, "wrong SMS code", qtbot)
    enter_code(email, qtbot, sms_code)
    qtbot.waitUntil(lambda: email.lookup_view.lookup_result.isVisible())
    assert app_context.session.login_email == CUSTOMER.email
    check(secrets, "lookup answer", qtbot)
    for tab in range(email.tabs.count()):
        email.tabs.setCurrentIndex(tab)
        check(secrets, f"email tab {tab} after the answer", qtbot)

    # Step 3: the exchange's website, the check phase with the code "revealed".
    window.go_to_step_id("2FA")
    enroll = page_of(window, EnrollPage)
    qtbot.waitUntil(lambda: enroll.controller.state.keyring is Keyring.OK)
    check(secrets, "2FA scan phase", qtbot)
    enroll.controller.intake.accept_text("this is not a setup code")
    assert enroll.problem_banner.isVisible()
    check(secrets, "2FA error", qtbot)
    enroll.scan_view.manual_account.setText(CUSTOMER.email)
    check(secrets, "account typed for a hand-typed key", qtbot)
    enroll.scan_view.manual_account.clear()
    website_button = window.findChild(QAbstractButton, "enroll.openWebsiteButton")
    qtbot.mouseClick(website_button, Qt.MouseButton.LeftButton)
    website = enroll.website_window()
    check(secrets, "demo website opened", qtbot)
    website.sign_in_button.click()
    qtbot.waitUntil(lambda: bool(website.setup_link.text()), timeout=10000)
    setup = parse_uri(website.setup_link.text())
    secrets.add_setup(setup.secret, setup.secret_base32)
    assert website.qr_blurred  # the QR on the website is blurred for the agent too
    check(secrets, "demo website shows the setup", qtbot)
    link = website.setup_link.text()

    enroll.controller.intake.accept_text(link)
    qtbot.waitUntil(lambda: enroll.controller.state.may_show_code)  # the key is staged
    check(secrets, "2FA check phase", qtbot)
    qtbot.mouseClick(enroll.check_view.reveal_button, Qt.MouseButton.LeftButton)
    private = enroll.private_window()
    assert private.isVisible()
    assert window.private_banner.isVisible()
    assert not private.paused_confirmed  # support mode still asks first
    check(secrets, "live code revealed, private window waiting for the pause", qtbot)
    private.close()
    # Revealed while support mode was off, then the agent joins: hidden again.
    app_context.session.set_support_mode(False)
    enroll.check_view.reveal_button.click()
    assert enroll.check_view.code_label.text().replace(" ", "").isdigit()
    app_context.session.set_support_mode(True)
    check(secrets, "code revealed before support mode was switched on", qtbot)

    qtbot.mouseClick(enroll.check_view.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: enroll.controller.state.phase is Phase.DONE, timeout=10000)
    qtbot.waitUntil(lambda: enroll.recovery_box.isEnabled())
    check(secrets, "2FA saved", qtbot)
    website.close()
    enroll.recovery_box.input.setText(" ".join(RECOVERY_CODES))
    check(secrets, "recovery codes typed", qtbot)
    enroll.recovery_box.save_button.click()
    qtbot.waitUntil(lambda: enroll.recovery_box.status.text().startswith("Saved 3"))
    enroll.recovery_box.show_button.click()
    qtbot.waitUntil(lambda: private.recovery_list.count() == len(RECOVERY_CODES))
    check(secrets, "recovery codes in the private window before the pause", qtbot)
    private.close()
    enroll.done_view.another.emit()  # asks first: a newer key replaces this one
    question = enroll.findChild(QMessageBox, "enroll.anotherQuestion")
    assert question is not None
    check(secrets, "set up another? question", qtbot)
    next(b for b in question.buttons() if "another" in b.text()).click()
    qtbot.waitUntil(lambda: enroll.controller.state.phase is Phase.SCAN)
    check(secrets, "2FA inventory", qtbot)

    # Switching support mode off and on again re-masks what is already on screen.
    app_context.session.set_support_mode(False)
    app_context.session.set_support_mode(True)
    for step in ("STATUS", "LOGIN-EMAIL", "2FA", "CHECKLIST"):
        window.go_to_step_id(step)
        check(secrets, f"{step} after toggling support mode", qtbot)


def test_the_walk_sees_what_it_must_catch(qtbot: Any, window: MainWindow) -> None:
    """The collector finds data the moment support mode is off (or it proves nothing)."""
    window.context.session.set_support_mode(False)
    window.go_to_step_id("LOGIN-EMAIL")
    email = page_of(window, LoginEmailPage)
    add(email, qtbot, CUSTOMER.email)
    email.setToolTip(CUSTOMER.phone)
    leaks = Secrets().leaks(visible_text())
    assert any(CUSTOMER.email in leak for leak in leaks)
    assert any(CUSTOMER.phone in leak for leak in leaks)
