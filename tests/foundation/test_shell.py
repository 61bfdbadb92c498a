"""The main window: numbered steps, Back/Next, headings, keyboard, object names."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QListWidget, QWidget

from breachguard.ui.main_window import MainWindow
from breachguard.ui.steps import STEP_IDS, step_number


@pytest.fixture
def window(main_window: MainWindow) -> MainWindow:
    return main_window


def test_steps_are_numbered_and_in_order(window: MainWindow) -> None:
    assert [page.STEP_ID for page in window.pages] == list(STEP_IDS)
    texts = [window.step_list.item(i).text() for i in range(window.step_list.count())]
    assert [text.split()[0] for text in texts] == ["1", "2", "3", "4", "Summary"]
    assert window.heading_label.text() == "Step 1 of 4 — Exchange status"
    assert window.windowTitle().startswith("Step 1 of 4 — Exchange status")
    window.go_to(4)  # the closing page is not a step: no number, not counted
    assert window.heading_label.text() == "Summary"


def test_back_next_and_free_navigation(qtbot: Any, window: MainWindow) -> None:
    assert not window.back_button.isEnabled()
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    assert window.current_page().STEP_ID == "LOGIN-EMAIL"
    assert window.heading_label.text().startswith("Step 2 of 4")
    window.go_to(3)
    assert window.next_button.isEnabled()  # on to the summary
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    assert window.current_page().STEP_ID == "SUMMARY"
    assert not window.next_button.isEnabled()
    window.step_list.setCurrentRow(0)  # clicking an earlier step goes there
    assert window.current_page().STEP_ID == "STATUS"
    window.go_to_step_id("2FA")
    assert window.current_index == 2
    assert window.context.settings.get("last_step") == "2FA"


def test_keyboard_shortcuts(qtbot: Any, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_index == 3
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current_index == 2


def test_pages_can_request_a_step(window: MainWindow) -> None:
    window.pages[0].goto_step.emit("LOGIN-EMAIL")
    assert window.current_page().STEP_ID == "LOGIN-EMAIL"


def test_demo_banner_says_sample_data(window: MainWindow) -> None:
    assert window.demo_banner.isVisible()
    assert "Demo Exchange — sample data" in window.demo_banner.label.text()


def test_every_interactive_control_has_an_object_name(window: MainWindow) -> None:
    unnamed = []
    for kind in (QAbstractButton, QLineEdit, QListWidget):
        for widget in window.findChildren(kind):
            if not widget.objectName() and widget.isVisibleTo(window):
                unnamed.append(f"{kind.__name__}: {getattr(widget, 'text', lambda: '')()}")
    assert unnamed == []
    assert {page.objectName() for page in window.pages} == {
        "page.status",
        "page.login-email",
        "page.2fa",
        "page.checklist",
        "page.summary",
    }


def test_phase_ids_map_to_their_step() -> None:
    assert step_number("2FA-SCAN") == 3
    assert step_number("LOGIN-EMAIL-LOOKUP") == 2
    with pytest.raises(KeyError):
        step_number("NOPE")


def test_step_two_is_ticked_once_the_login_email_is_known(qtbot: Any, window: MainWindow) -> None:
    assert "✓" not in window.step_list.item(1).text()
    window.context.session.set_login_email("ola.nordmann@gmail.com")
    qtbot.waitUntil(lambda: window.step_list.item(1).text().endswith("✓"), timeout=10000)
    spoken = window.step_list.item(1).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken == f"Step 2: {window.pages[1].title()} — done"  # in words, not only a mark


def test_enroll_page_opens_the_demo_website_window(qtbot: Any, window: MainWindow) -> None:
    from PySide6.QtWidgets import QPushButton

    from breachguard.core.enrollment_flow import Phase

    window.go_to_step_id("2FA")
    qtbot.waitUntil(lambda: window.pages[2].controller.state.phase is Phase.SCAN)
    button = window.findChild(QPushButton, "enroll.openWebsiteButton")
    assert button is not None and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    site = window.findChild(QWidget, "demoWebsite")
    assert site is not None and site.isVisible() and site.isWindow()
    site.close()


def test_closing_the_window_shuts_pages_down_and_takes_back_a_copied_code(
    qtbot: Any, window: MainWindow
) -> None:
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QMessageBox

    from breachguard.core.enrollment_flow import Phase

    enroll = window.pages[2]
    window.go_to_step_id("2FA")
    qtbot.waitUntil(lambda: enroll.controller.state.phase is Phase.SCAN)
    enroll.controller.intake.accept_text(
        "otpauth://totp/Demo%20Exchange:ola.nordmann%40gmail.com?secret=JBSWY3DPEHPK3PXP"
    )
    qtbot.waitUntil(lambda: enroll.controller.state.may_show_code)
    enroll.check_view.copy_button.click()
    assert QGuiApplication.clipboard().text() == enroll.controller.current_code()
    status = window.pages[0]
    window.close()  # the setup is not finished: asked first
    box = next(b for b in window.findChildren(QMessageBox, "main.leaveQuestion") if b.isVisible())
    box.findChild(QAbstractButton, "main.leaveAnywayButton").click()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert QGuiApplication.clipboard().text() == ""
    assert not status.controller.running  # polling stopped with the window
