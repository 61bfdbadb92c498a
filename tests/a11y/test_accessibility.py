"""Screen readers and keyboards, on the real window against the Demo Exchange, in every
language: each interactive control has a name, can be reached with Tab, and the
mnemonics visible together (Alt+letter) never clash."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QScrollBar,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from breachguard.ui.main_window import MainWindow
from tests.support.waiting import spin_until

# Brings step 3 to its verify phase: a setup code naming a look-alike exchange.
LOOKALIKE_LINK = "otpauth://totp/Demo%20Exchanqe:ola?secret=JBSWY3DPEHPK3PXP&issuer=Demo%20Exchanqe"
WAIT_S = 10.0
INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
    QAbstractSlider,
    QTabBar,
)
# Their insides (a combo box's list, a spin box's line edit, a tab bar's scroll
# arrows) are named and focused through the outer control.
COMPOSITES = (QComboBox, QAbstractSpinBox, QTabBar, QLineEdit)


# -- walking the window --------------------------------------------------------------


def views(window: MainWindow) -> Iterator[str]:
    """Shows each page, and each tab of its tab widgets; yields a label for each view."""
    for index, page in enumerate(window.pages):
        window.go_to(index)
        if page.STEP_ID == "2FA":
            _settle(lambda page=page: page.current_step_id() == "2FA-SCAN")  # keyring checked
        tabs = [t for t in page.findChildren(QTabWidget) if t.isVisibleTo(window)]
        if not tabs:
            yield page.objectName()
        for tab_widget in tabs:
            for tab in range(tab_widget.count()):
                tab_widget.setCurrentIndex(tab)
                yield f"{page.objectName()} tab {tab + 1}"
        if page.STEP_ID == "2FA":
            yield from _step_three_phases(window, page)


def _settle(condition: Any) -> None:
    """Lets the background work of a step finish (keyring, the exchange): events are
    processed until ``condition()`` holds or the deadline passes."""
    assert spin_until(condition, WAIT_S), "step 3 did not get there in time"


def _step_three_phases(window: MainWindow, page: Any) -> Iterator[str]:
    """Step 3's phases after the scan (which the page's own view covered): the phishing
    check, the live code with its countdown, and the end."""
    from breachguard.core import enrollment_flow as flow
    from tests.enroll.step3_helpers import website_setup

    controller = page.controller

    def ready(phase: flow.Phase) -> bool:
        return controller.state.phase is phase and controller.state.busy is None

    controller.intake.accept_text(LOOKALIKE_LINK)
    _settle(lambda: ready(flow.Phase.VERIFY))
    yield f"{page.objectName()} {page.current_step_id()}"
    controller.send(flow.DiscardRequested())
    controller.intake.accept_text(website_setup(window.context))
    _settle(lambda: ready(flow.Phase.CHECK))
    yield f"{page.objectName()} {page.current_step_id()}"
    controller.send(flow.ConfirmHere())
    _settle(lambda: ready(flow.Phase.DONE))
    yield f"{page.objectName()} {page.current_step_id()}"
    controller.send(flow.StartAnother())


def _inside_composite(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, COMPOSITES):
            return True
        parent = parent.parentWidget()
    return False


def interactive_widgets(window: QWidget) -> list[QWidget]:
    found = []
    for widget in window.findChildren(QWidget):
        if (
            isinstance(widget, INTERACTIVE)
            and not isinstance(widget, QScrollBar)
            and widget.isVisibleTo(window)
            and not _inside_composite(widget, window)
        ):
            found.append(widget)
    return found


def progress_bars(window: QWidget) -> list[QWidget]:
    """Busy indicators and the TOTP countdown: not focusable, but announced."""
    return [w for w in window.findChildren(QProgressBar) if w.isVisibleTo(window)]


def describe(widget: QWidget) -> str:
    return f"{type(widget).__name__} {widget.objectName() or '(no objectName)'}"


def accessible_name(widget: QWidget) -> str:
    """What a screen reader announces: Qt's own answer (accessibleName, visible text,
    or the text of a buddy label), without mnemonic ampersands."""
    interface = QAccessible.queryAccessibleInterface(widget)
    name = interface.text(QAccessible.Text.Name) if interface is not None else ""
    if not name and isinstance(widget, QTabBar):
        name = " ".join(widget.tabText(i) for i in range(widget.count()))
    return name.replace("&", "").strip()


def mnemonic(text: str) -> str | None:
    match = re.search(r"&([^\s&])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def is_unnamed_tab_stop(widget: QWidget, top: QWidget) -> bool:
    """Tab stops at ``widget`` (shown in ``top``) and a screen reader has no name to say."""
    return bool(
        widget.isVisibleTo(top)
        and widget.isEnabled()
        and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not _inside_composite(widget, top)
        # A tab widget hands its focus to its tab bar, which is named.
        and not isinstance(widget, (QScrollBar, QTabWidget))
        and not accessible_name(widget)
    )


def visible_mnemonics(window: QWidget) -> dict[str, list[str]]:
    """Alt+letter → what it triggers, for everything on screen now (menu bar included)."""
    keys: dict[str, list[str]] = defaultdict(list)

    def add(text: str, owner: str) -> None:
        key = mnemonic(text)
        if key:
            keys[key].append(f"{owner} {text!r}")

    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            add(action.text(), "menu")
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or _inside_composite(widget, window):
            continue
        if isinstance(widget, QAbstractButton):
            add(widget.text(), describe(widget))
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            add(widget.text(), describe(widget))
        elif isinstance(widget, QGroupBox):
            add(widget.title(), describe(widget))
        elif isinstance(widget, QTabBar):
            for tab in range(widget.count()):
                add(widget.tabText(tab), describe(widget))
    return keys


# -- the tests -----------------------------------------------------------------------


def test_every_interactive_control_has_an_accessible_name(window: MainWindow) -> None:
    unnamed = set()
    for view in views(window):
        for widget in interactive_widgets(window) + progress_bars(window):
            if not accessible_name(widget):
                unnamed.add(f"{view}: {describe(widget)}")
    assert not unnamed, "no accessible name:\n" + "\n".join(sorted(unnamed))


def test_every_interactive_control_is_reachable_with_tab(window: MainWindow) -> None:
    unreachable = set()
    for view in views(window):
        for widget in interactive_widgets(window):
            if widget.isEnabled() and not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                unreachable.add(f"{view}: {describe(widget)}")
    assert not unreachable, "Tab skips:\n" + "\n".join(sorted(unreachable))


def test_mnemonics_do_not_clash_on_any_page(window: MainWindow) -> None:
    clashes = set()
    for view in views(window):
        for key, owners in visible_mnemonics(window).items():
            if len(owners) > 1:
                clashes.add(f"{view}: Alt+{key.upper()} is {' and '.join(sorted(owners))}")
    assert not clashes, "\n".join(sorted(clashes))


def problems_in(top: QWidget, view: str) -> list[str]:
    """Every unnamed, Tab-unreachable or clashing control shown in ``top`` now."""
    found = []
    for widget in interactive_widgets(top):
        if not accessible_name(widget):
            found.append(f"{view}: no accessible name: {describe(widget)}")
        if widget.isEnabled() and not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            found.append(f"{view}: Tab skips {describe(widget)}")
    for key, owners in visible_mnemonics(top).items():
        if len(owners) > 1:
            found.append(f"{view}: Alt+{key.upper()} is {' and '.join(sorted(owners))}")
    return found


def test_secondary_windows_are_accessible_too(qtbot: Any, window: MainWindow) -> None:
    from PySide6.QtWidgets import QDialog, QPushButton

    problems = []
    window.findChild(QAction, "main.supportReportAction").trigger()
    report = window.findChild(QDialog, "reportDialog")
    assert report is not None
    qtbot.waitUntil(lambda: report.findChild(QPushButton, "report.copyButton").isEnabled())
    problems += problems_in(report, "support report")
    report.close()

    window.go_to_step_id("2FA")
    window.findChild(QPushButton, "enroll.openWebsiteButton").click()
    site = window.findChild(QWidget, "demoWebsite")
    assert site is not None and site.isVisible()
    problems += problems_in(site, "demo website")
    site.close()
    assert not problems, "\n".join(problems)


def test_labels_with_a_mnemonic_lead_somewhere(window: MainWindow) -> None:
    """A label's Alt+letter moves focus to its buddy; without one the "&" shows."""
    orphans = set()
    for view in views(window):
        for label in window.findChildren(QLabel):
            if (
                label.isVisibleTo(window)
                and label.textFormat() != Qt.TextFormat.RichText
                and mnemonic(label.text())
                and label.buddy() is None
            ):
                orphans.add(f"{view}: {describe(label)} {label.text()!r}")
    assert not orphans, "\n".join(sorted(orphans))


def test_menu_items_have_distinct_mnemonics(window: MainWindow) -> None:
    clashes = []
    for menu in window.findChildren(QMenu):
        seen: dict[str, str] = {}
        for action in menu.actions():
            key = mnemonic(action.text())
            if key and key in seen:
                clashes.append(f"{menu.title()!r}: {seen[key]!r} and {action.text()!r}")
            elif key:
                seen[key] = action.text()
    assert not clashes, "\n".join(clashes)


def test_the_walk_sees_every_page_and_their_controls(window: MainWindow) -> None:
    seen = []
    bars = set()
    for view in views(window):
        seen.append(view)
        bars |= {bar.objectName() for bar in progress_bars(window)}
    assert {label.split()[0] for label in seen} == {page.objectName() for page in window.pages}
    assert any(" tab " in label for label in seen)  # step 2's tabs are walked one by one
    assert {"page.2fa 2FA-VERIFY", "page.2fa 2FA-CHECK", "page.2fa 2FA-DONE"} <= set(seen)
    assert "enroll.countdown" in bars
    window.go_to(0)
    names = {widget.objectName() for widget in interactive_widgets(window)}
    assert {"main.backButton", "main.nextButton", "main.stepList"} <= names


def test_mnemonic_and_name_helpers() -> None:
    assert mnemonic("< &Zurück") == "z"
    assert mnemonic("Time & language") is None
    assert mnemonic("R&&D &Ok") == "o"
    form = QWidget()
    label = QLabel("&Land:", form)
    edit = QLineEdit(form)
    label.setBuddy(edit)
    assert accessible_name(edit) == "Land:"
    assert accessible_name(QLineEdit()) == ""


# -- step 2 in the states a user reaches ------------------------------------------------


def _step_two_states(qtbot: Any, window: MainWindow) -> Iterator[str]:
    """Step 2's tabs with what appears only after input: a typo offer, other spellings,
    a number's suggestions, the SMS sent, a wrong code, the answer, the support box."""
    from PySide6.QtWidgets import QPushButton

    from breachguard.ui.pages.login_email import LoginEmailPage
    from tests.email.test_email_page import add, code_from_panel, enter_code, open_lookup

    window.go_to_step_id("LOGIN-EMAIL")
    page = window.current_page()
    assert isinstance(page, LoginEmailPage) and page.lookup_view is not None
    yield "empty"
    add(page, qtbot, "ola.nordmann+ex@gmai.com")
    yield "typo offered"
    add(page, qtbot, "ola.nordmann+ex@gmail.com")
    page.list_view.select("ola.nordmann+ex@gmail.com")
    assert page.list_view.variants_box.isVisible()
    yield "other spellings"
    page.tabs.setCurrentIndex(1)
    yield "inboxes"
    open_lookup(page, qtbot, "4915123456789", "DE")
    assert page.lookup_view.phone_suggestion.isVisible()
    yield "number suggestion"
    open_lookup(page, qtbot, "4741234567", "US")
    assert page.lookup_view.country_button.isVisible()
    yield "country suggestion"
    open_lookup(page, qtbot, "41234567", "NO")
    qtbot.mouseClick(page.lookup_view.send_button, Qt.MouseButton.LeftButton)
    code = code_from_panel(page, qtbot)
    enter_code(page, qtbot, f"{(int(code) + 1) % 1_000_000:06d}")
    qtbot.waitUntil(lambda: page.lookup_view.lookup_problem.isVisible())
    yield "wrong code"
    enter_code(page, qtbot, code)
    qtbot.waitUntil(lambda: page.lookup_view.lookup_result.isVisible())
    yield "answer"
    page.findChild(QPushButton, "email.supportToggle").click()
    yield "support box open"


def test_every_button_of_step_two_has_a_mnemonic(qtbot: Any, window: MainWindow) -> None:
    """Alt+letter reaches every button of step 2, in every state, without clashes."""
    page = next(p for p in window.pages if p.STEP_ID == "LOGIN-EMAIL")
    problems = set()
    for state in _step_two_states(qtbot, window):
        for button in page.findChildren(QAbstractButton):
            if button.isVisibleTo(window) and not _inside_composite(button, window):
                if not mnemonic(button.text()):
                    problems.add(f"{state}: {describe(button)} {button.text()!r} has no Alt+key")
        for key, owners in visible_mnemonics(window).items():
            if len(owners) > 1:
                problems.add(f"{state}: Alt+{key.upper()} is {' and '.join(sorted(owners))}")
    assert not problems, "\n".join(sorted(problems))


def test_no_unnamed_tab_stop_on_step_two(qtbot: Any, window: MainWindow) -> None:
    """Whatever Tab stops at (scroll areas included) is announced by name."""
    page = next(p for p in window.pages if p.STEP_ID == "LOGIN-EMAIL")
    unnamed = set()
    for state in _step_two_states(qtbot, window):
        for widget in page.findChildren(QWidget):
            if is_unnamed_tab_stop(widget, window):
                unnamed.add(f"{state}: {describe(widget)}")
    assert not unnamed, "unnamed Tab stops:\n" + "\n".join(sorted(unnamed))
