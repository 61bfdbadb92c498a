"""The whole job by keyboard, in every language: every button and menu item of every
page, phase and dialog has an Alt+letter that clashes with nothing else on its screen,
every Tab stop is announced by name, and Enter submits the form that has the focus.

The walks of ``test_accessibility`` (pages, tabs, step 3's phases) are reused; this
module adds the buttons without any mnemonic, the menus item by item, the dialogs and
the focus chain itself. Translations are loaded from the catalogs: an unfinished entry
falls back to its English source, which is checked like any other."""

from __future__ import annotations

import functools
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QMenu,
    QPushButton,
    QScrollArea,
    QTabBar,
    QWidget,
)

from breachguard import i18n_tool
from breachguard.qt.i18n import current_language
from breachguard.ui.main_window import MainWindow
from tests.a11y.test_accessibility import (
    _inside_composite,
    describe,
    is_unnamed_tab_stop,
    mnemonic,
    views,
    visible_mnemonics,
)

# -- what a screen shows --------------------------------------------------------------


def buttons_without_mnemonic(top: QWidget, view: str) -> list[str]:
    found = []
    for button in top.findChildren(QAbstractButton):
        if (
            button.isVisibleTo(top)
            and not _inside_composite(button, top)
            and button.text()  # an icon-only control is named, not lettered
            and not mnemonic(button.text())
        ):
            found.append(f"{view}: {describe(button)} {button.text()!r} has no Alt+key")
    # Tabs too: without a letter, the keyboard reaches another tab only by Ctrl+Tab
    # from inside the tab widget, which nothing on screen tells.
    for bar in top.findChildren(QTabBar):
        if bar.isVisibleTo(top):
            for tab in range(bar.count()):
                if not mnemonic(bar.tabText(tab)):
                    found.append(f"{view}: tab {bar.tabText(tab)!r} has no Alt+key")
    return found


def clashes(top: QWidget, view: str) -> list[str]:
    return [
        f"{view}: Alt+{key.upper()} is {' and '.join(sorted(owners))}"
        for key, owners in visible_mnemonics(top).items()
        if len(owners) > 1
    ]


def menu_problems(menu: QMenu) -> list[str]:
    """Each item of a menu (submenus included) has a letter of its own within it."""
    found, seen = [], {}
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        key = mnemonic(action.text())
        if key is None:
            found.append(f"menu {menu.title()!r}: {action.text()!r} has no Alt+key")
        elif key in seen:
            found.append(f"menu {menu.title()!r}: {seen[key]!r} and {action.text()!r}")
        else:
            seen[key] = action.text()
    return found


def unnamed_tab_stops(top: QWidget, view: str) -> list[str]:
    """Walks the focus chain as Tab does and lists every stop with nothing to announce."""
    found = []
    widget = top.nextInFocusChain()
    for _ in range(2000):  # the chain is a ring; a bound keeps a broken ring finite
        if widget is top:
            break
        if is_unnamed_tab_stop(widget, top):
            found.append(f"{view}: {describe(widget)}")
        widget = widget.nextInFocusChain()
    else:
        found.append(f"{view}: the focus chain never comes back to the window")
    return found


def keyboard_problems(top: QWidget, view: str) -> list[str]:
    return buttons_without_mnemonic(top, view) + clashes(top, view) + unnamed_tab_stops(top, view)


# -- step 1 with the exchange's notices loaded ------------------------------------------


def step_one_stories(window: MainWindow) -> Iterator[str]:
    """Step 1 once its sources have answered, with each story selected in turn (the
    detail's buttons differ per story: re-enroll, find the login email, open a link)."""
    from tests.a11y.test_accessibility import _settle

    window.go_to(0)
    page = window.current_page()
    _settle(lambda: len(page.controller.states()) == 2 and not page.controller.busy)
    assert page.model.stories()
    for row in range(page.model.rowCount()):
        story = page.model.story_at(row)
        if story is None:  # a group heading
            continue
        page.list_view.setCurrentIndex(page.model.index(row))
        yield f"page.status story {story.lead.notice.id}"


# -- the dialogs ----------------------------------------------------------------------


def dialogs(qtbot: Any, window: MainWindow) -> Iterator[tuple[str, QWidget]]:
    """Opens each secondary window the way a user does (or as the app does) and yields it."""
    from breachguard.ui.private_window import PrivateWindow
    from breachguard.ui.profile_update_dialog import ProfileUpdateDialog

    window.go_to(0)
    page = window.current_page()
    strip = page.findChild(QWidget, "status.health")
    strip.show_all()
    yield "all areas", strip.dialog
    strip.dialog.close()

    window.findChild(QAction, "main.supportReportAction").trigger()
    report = window.findChild(QDialog, "reportDialog")
    qtbot.waitUntil(lambda: report.findChild(QPushButton, "report.copyButton").isEnabled())
    yield "support report", report
    report.close()

    window.go_to_step_id("2FA")
    window.findChild(QPushButton, "enroll.openWebsiteButton").click()
    site = window.findChild(QWidget, "demoWebsite")
    yield "demo website", site
    site.close()

    private = PrivateWindow(window.context)
    qtbot.addWidget(private)
    private.show()
    yield "private window", private
    private.close()

    for plan in _profile_plans(window):
        dialog = ProfileUpdateDialog(plan, window)
        dialog.show()
        yield f"profile dialog ({plan.kind.name.lower()})", dialog
        dialog.close()


def _profile_plans(window: MainWindow) -> list[Any]:
    """An update of the installed exchange, a namesake added as another one, a refusal:
    the three sets of buttons the dialog has."""
    from breachguard.core.profile_update import (
        REFUSED_BUILT_IN,
        Change,
        ImportKind,
        ImportPlan,
        ProfileFile,
    )

    profile = window.context.provider
    file = ProfileFile("update.json", b"{}", None, profile)
    change = (Change("name", ("Old name",), (profile.name,), False),)
    return [
        ImportPlan(file, ImportKind.UPDATE, installed=profile, changes=change),
        ImportPlan(file, ImportKind.NEW, namesake=profile, changes=change),
        ImportPlan(file, ImportKind.REFUSED, refusal="built in", refusal_code=REFUSED_BUILT_IN),
    ]


# -- judging what was found ------------------------------------------------------------


@functools.cache
def untranslated(language: str) -> frozenset[str]:
    """The English sources the catalog of ``language`` does not translate yet: new in
    the sources since its last update, or still unfinished in it."""
    committed = i18n_tool.read_messages(i18n_tool.catalog_path(language))
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        for path in i18n_tool.TRANSLATIONS_DIR.glob("*.ts"):
            shutil.copy(path, folder / path.name)
        i18n_tool.update(folder)
        current = i18n_tool.read_messages(i18n_tool.catalog_path(language, folder))
    pending = set()
    for key in current:
        node = committed[key].find("translation") if key in committed else None
        if node is None or node.get("type") == "unfinished" or not "".join(node.itertext()):
            pending.add(key[1])
    return frozenset(pending)


def judge(problems: set[str] | list[str]) -> None:
    """Fails on every problem; in a translated language, a problem that involves a text
    its catalog does not translate yet (shown in English) waits for the translation:
    the test is skipped, naming them, as long as nothing else is wrong."""
    language = current_language(QCoreApplication.instance())
    waiting: list[str] = []
    if language != "en":
        pending = untranslated(language)
        waiting = [p for p in problems if any(repr(text) in p for text in pending)]
    real = sorted(set(problems) - set(waiting))
    assert not real, "\n".join(real)
    if waiting:
        pytest.skip(
            f"the {language} catalog does not translate these texts yet:\n"
            + "\n".join(sorted(set(waiting)))
        )


# -- the tests ------------------------------------------------------------------------


def test_every_page_and_phase_is_complete_by_keyboard(window: MainWindow) -> None:
    """Every button has a letter, none clashes, every Tab stop has a name."""
    problems: set[str] = set()
    for view in views(window):
        problems.update(keyboard_problems(window, view))
    for view in step_one_stories(window):
        problems.update(keyboard_problems(window, view))
    judge(problems)


def test_every_menu_item_has_a_letter_of_its_own(window: MainWindow) -> None:
    menus = [m for m in window.findChildren(QMenu) if m.actions()]
    titles = {m.objectName() for m in menus}
    assert {
        "main.fileMenu",
        "main.providerMenu",
        "main.goMenu",
        "main.viewMenu",
        "main.languageMenu",
        "main.helpMenu",
    } <= titles
    problems = [p for menu in menus for p in menu_problems(menu)]
    bar = QMenu()
    bar.setTitle("menu bar")
    for action in window.menuBar().actions():
        bar.addAction(action)
    problems += menu_problems(bar)
    judge(problems)


def test_every_dialog_is_complete_by_keyboard(qtbot: Any, window: MainWindow) -> None:
    problems: list[str] = []
    seen = []
    for name, top in dialogs(qtbot, window):
        assert top is not None and top.isVisible(), name
        seen.append(name)
        problems += keyboard_problems(top, name)
    assert len(seen) == 7
    judge(problems)


def test_menu_letter_helpers() -> None:
    from breachguard.ui.widgets import mnemonic_key, numbered, with_free_mnemonic

    taken = {"s"}
    assert [with_free_mnemonic(n, taken) for n in ("English", "Español", "Svenska")] == [
        "&English",
        "Es&pañol",
        "S&venska",
    ]
    assert with_free_mnemonic("R&D", set()) == "&R&&D"  # the name's "&" stays literal
    assert with_free_mnemonic("ab", {"a", "b"}) == "ab"
    assert numbered(3, "Tom & Jerry") == "&3 Tom && Jerry"
    assert numbered(10, "Ten") == "Ten"
    assert mnemonic_key("Time & language") is None and mnemonic_key("C&lose") == "l"


# -- Enter submits the form that has the focus -------------------------------------------


def _scan_view(window: MainWindow) -> Any:
    from tests.a11y.test_accessibility import _settle

    window.go_to_step_id("2FA")
    page = window.current_page()
    _settle(lambda: page.current_step_id() == "2FA-SCAN")  # keyring checked
    return page


def _back_to_scan(page: Any) -> None:
    """Lets the setup's background work finish and discards it, so that nothing is
    still delivering to the page when the window goes."""
    from breachguard.core import enrollment_flow as flow
    from tests.a11y.test_accessibility import _settle

    controller = page.controller
    _settle(lambda: controller.state.busy is None)
    controller.send(flow.DiscardRequested())
    if controller.state.question is not None:  # staged: the page asks first
        from PySide6.QtWidgets import QMessageBox

        box = page.findChild(QMessageBox, "enroll.discardQuestion")
        box.button(QMessageBox.StandardButton.Discard).click()
    _settle(lambda: controller.state.phase is flow.Phase.SCAN and controller.state.busy is None)


def test_enter_in_step_three_uses_the_typed_key(qtbot: Any, window: MainWindow) -> None:
    from breachguard.core.enrollment_flow import Phase

    page = _scan_view(window)
    field = page.scan_view.manual_secret
    field.setFocus()
    qtbot.keyClicks(field, "JBSWY3DPEHPK3PXP")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.controller.state.phase is Phase.CHECK, timeout=10000)
    assert field.text() == ""  # the key is not left behind in the field
    _back_to_scan(page)


def test_enter_in_step_three_uses_the_typed_link(qtbot: Any, window: MainWindow) -> None:
    from breachguard.core.enrollment_flow import Phase
    from tests.a11y.test_accessibility import LOOKALIKE_LINK

    page = _scan_view(window)
    field = page.scan_view.uri_input
    qtbot.keyClicks(field, LOOKALIKE_LINK)
    qtbot.keyClick(field, Qt.Key.Key_Enter)  # the keypad's Enter does the same
    qtbot.waitUntil(lambda: page.controller.state.phase is Phase.VERIFY, timeout=10000)
    _back_to_scan(page)


def test_enter_in_step_four_checks_the_password(
    qtbot: Any, app_context: Any, httpserver: Any
) -> None:
    from tests.support.test_checklist_page import PASSWORD, make_page, serve_range

    seen = serve_range(httpserver)
    page = make_page(qtbot, app_context, pwned_base_url=httpserver.url_for("/"))
    qtbot.keyClicks(page.password_input, PASSWORD)
    qtbot.keyClick(page.password_input, Qt.Key.Key_Return)
    assert page.password_input.text() == ""
    qtbot.waitUntil(lambda: "found in known data breaches" in page.password_result.text())
    assert len(seen) == 1
    page.shutdown()
    app_context.tasks.wait_idle(10000)


def test_enter_in_the_profile_dialog_gives_the_safe_answer(qtbot: Any, window: MainWindow) -> None:
    """Importing a profile: Enter never installs it (the dialog's default is Cancel);
    Alt+I is the deliberate way to accept."""
    from breachguard.ui.profile_update_dialog import ProfileUpdateDialog

    update = _profile_plans(window)[0]
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        dialog = ProfileUpdateDialog(update, window)
        dialog.show()
        qtbot.waitExposed(dialog)
        with qtbot.waitSignal(dialog.finished) as finished:
            qtbot.keyClick(dialog, key)
        assert finished.args == [QDialog.DialogCode.Rejected.value]
    dialog = ProfileUpdateDialog(update, window)
    assert dialog.accept_button is not None
    assert mnemonic(dialog.accept_button.text()) == "i"
    dialog.close()


def test_next_brings_the_keyboard_to_the_new_page(qtbot: Any, window: MainWindow) -> None:
    """Alt+N (or a page's own button) leaves the focus on the new page's first stop:
    on step 2 that is the field for an address, so typing goes where the eye is."""
    window.go_to(0)
    window.step_list.setFocus()  # where the focus is when the window opens
    window.next_button.click()  # Alt+N clicks it; the focus may stay where it was
    page = window.current_page()
    assert page.STEP_ID == "LOGIN-EMAIL"
    assert QCoreApplication.instance().focusWidget() is page.list_view.address_input
    qtbot.keyClicks(page.list_view.address_input, "erika@firma.de")
    assert page.list_view.address_input.text() == "erika@firma.de"
    # Back to step 1: the stories, where the arrow keys read them.
    window.back_button.click()
    assert QCoreApplication.instance().focusWidget() is window.current_page().list_view


def test_a_tab_chosen_by_its_alt_key_keeps_its_tab_bar_in_view(
    qtbot: Any, window: MainWindow
) -> None:
    """Alt+4 on a step 2 that scrolls: the focus passed through the support button at
    the bottom on its way to the country field, and the page scrolled down to that
    button, leaving the tab bar and the tab's first lines out of view."""
    window.resize(1000, 720)
    window.go_to(1)
    page = window.current_page()
    for address in ("ola.nordmann@outlook.com", "ola.nordmann@gmail.com"):
        qtbot.keyClicks(page.list_view.address_input, address)
        qtbot.keyClick(page.list_view.address_input, Qt.Key.Key_Return)
    scroll = page.parentWidget().parentWidget()
    assert isinstance(scroll, QScrollArea)
    assert scroll.widget().height() > scroll.viewport().height()  # the page scrolls
    assert QCoreApplication.instance().focusWidget() is page.list_view.address_input
    before = scroll.verticalScrollBar().value()
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    qtbot.wait(50)  # the view follows the focus once the new tab is laid out
    assert page.tabs.currentWidget() is page.lookup_view
    combo = page.lookup_view.country_combo
    assert QCoreApplication.instance().focusWidget() is combo
    view = scroll.viewport()
    assert view.rect().contains(combo.mapTo(view, combo.rect().bottomRight()))
    # The field was in view, so nothing moved: the tab bar and the tab's first
    # lines stay where the customer reads them.
    assert scroll.verticalScrollBar().value() == before


def test_arrowing_through_the_step_list_keeps_the_focus_there(
    qtbot: Any, window: MainWindow
) -> None:
    window.go_to(0)
    window.step_list.setFocus()
    qtbot.keyClick(window.step_list, Qt.Key.Key_Down)
    assert window.current_page().STEP_ID == "LOGIN-EMAIL"
    assert QCoreApplication.instance().focusWidget() is window.step_list


def test_enter_presses_the_focused_button(qtbot: Any, window: MainWindow) -> None:
    """Enter on a focused button does what Space does (Qt does so only in dialogs)."""
    window.go_to(0)
    window.next_button.setFocus()
    qtbot.keyClick(window.next_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_page().STEP_ID == "LOGIN-EMAIL", timeout=2000)
    toggle = window.findChild(QPushButton, "email.supportToggle")
    toggle.setFocus()
    was = toggle.isChecked()
    qtbot.keyClick(toggle, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    qtbot.waitUntil(lambda: toggle.isChecked() != was, timeout=2000)


def test_after_the_lookup_answers_the_keyboard_is_on_next(qtbot: Any, window: MainWindow) -> None:
    """The code field switches off once the exchange answered; the focus goes to Next
    (it went to the demo SMS list)."""
    import re as regex

    from tests.email import test_email_page as step_two

    window.go_to_step_id("LOGIN-EMAIL")
    page = window.current_page()
    step_two.open_lookup(page, qtbot, "412 34 567")
    view = step_two.lookup_view(page)
    view.send_button.click()
    qtbot.waitUntil(lambda: view.code_input.isEnabled(), timeout=10000)  # the code was sent
    code = regex.search(r"\b\d{6}\b", window.context.demo.sms_outbox()[-1]["text"])
    assert code is not None
    view.code_input.setFocus()
    qtbot.keyClicks(view.code_input, code.group(0))
    qtbot.keyClick(view.code_input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.lookup_result.isVisible(), timeout=10000)
    assert window.focusWidget() is window.next_button
