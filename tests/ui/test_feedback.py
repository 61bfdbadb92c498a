"""One way to tell the user about a problem: every operation that can fail is made to
fail for real, and what the screen then shows names the problem in words (with the
OS's reason where it helps), carries a stable code, and never an exception's class."""

from __future__ import annotations

import logging
import os
import re
import shutil
import socket
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytest_httpserver import HTTPServer

from breachguard.core import checklist as cl
from breachguard.core.pwned import PwnedCheckError
from breachguard.ui import feedback
from breachguard.ui.feedback import ProblemBar, problem_code, problem_text
from breachguard.ui.pages.checklist_page import ChecklistPage
from breachguard.ui.report_dialog import ReportDialog
from tests.private.test_support_mode_walk import visible_text
from tests.support.test_checklist_page import PASSWORD, make_page, rows, serve_range

CLASS_NAME = re.compile(r"\b[A-Z][a-z]+(Error|Exception)\b")


def assert_no_class_name_on_screen() -> None:
    shown = visible_text()
    assert shown  # something is on screen, so the check below means something
    for name, text in shown.items():
        assert not CLASS_NAME.search(text), f"{name} shows a class name: {text!r}"


def shown_page(qtbot: Any, context: Any, **kwargs: Any) -> ChecklistPage:
    page = make_page(qtbot, context, **kwargs)
    page.show()
    qtbot.waitExposed(page)
    return page


def problem_after_check(qtbot: Any, page: ChecklistPage) -> None:
    """Submits the password with Enter and waits until the page shows a problem."""
    page.password_input.setText(PASSWORD)
    page.password_input.returnPressed.emit()
    qtbot.waitUntil(lambda: page.problem.code != "", timeout=10000)


def tick_password_changed(page: ChecklistPage) -> None:
    rows(page)[cl.PASSWORD_CHANGED].setCheckState(Qt.CheckState.Checked)


def test_a_tick_that_the_os_refuses_to_save_is_explained_in_words(
    qtbot: Any, app_context: Any, caplog: pytest.LogCaptureFixture
) -> None:
    page = shown_page(qtbot, app_context)
    target = page.controller.checklist.path
    # A folder where the file belongs: the OS refuses the write, also for root.
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    (target / "keep").write_text("")
    caplog.set_level(logging.WARNING)
    tick_password_changed(page)
    qtbot.waitUntil(lambda: page.problem.code != "", timeout=10000)
    assert page.problem.code == feedback.OS_ERROR
    assert page.problem.isVisible() and page.problem.icon is not None
    text = page.problem.text()
    assert text.startswith("Your tick could not be saved") and "Is a directory" in text
    assert str(target.parent) not in text  # the OS's reason, not its message with paths
    assert_no_class_name_on_screen()
    assert "IsADirectoryError" in caplog.text  # the class goes to the log instead


@pytest.mark.skipif(
    os.geteuid() == 0,
    reason="root writes into any folder; CI runs this one as an unprivileged user",
)
def test_a_tick_in_an_unwritable_folder_says_permission_denied(
    qtbot: Any, app_context: Any
) -> None:
    page = shown_page(qtbot, app_context)
    folder = page.controller.checklist.path.parent
    folder.mkdir(parents=True, exist_ok=True)
    folder.chmod(0o500)
    try:
        tick_password_changed(page)
        qtbot.waitUntil(lambda: page.problem.code != "", timeout=10000)
    finally:
        folder.chmod(0o700)
    assert page.problem.code == feedback.OS_ERROR
    assert "Permission denied" in page.problem.text()
    assert_no_class_name_on_screen()


def test_a_password_check_answered_with_500_shows_its_code(
    qtbot: Any, app_context: Any, httpserver: HTTPServer
) -> None:
    serve_range(httpserver, status=500)
    page = shown_page(qtbot, app_context, pwned_base_url=httpserver.url_for("/"))
    problem_after_check(qtbot, page)
    assert page.problem.code == "pwned.http_error"
    assert page.password_result.text() == "Not checked."
    assert_no_class_name_on_screen()


def test_a_password_check_with_no_service_listening_shows_its_code(
    qtbot: Any, app_context: Any
) -> None:
    # A port that was just free: nothing listens, so the connection is refused. (The
    # shared httpserver must not be stopped: every later test uses it.)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    page = shown_page(qtbot, app_context, pwned_base_url=f"http://127.0.0.1:{port}/")
    problem_after_check(qtbot, page)
    assert page.problem.code == "pwned.offline"
    assert_no_class_name_on_screen()
    # Leaving the step ends that check: coming back, it is not shown as news.
    page.on_left()
    assert not page.problem.isVisibleTo(page) and page.problem.code == ""


def test_a_report_that_could_not_be_made_names_no_class(qtbot: Any, app_context: Any) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    dialog = ReportDialog(app_context, "CHECKLIST", parent)
    dialog.show()
    qtbot.waitUntil(dialog.copy_button.isEnabled, timeout=20000)
    # build_report itself never raises; the failure path still must not show a class.
    try:
        (Path(app_context.paths.data_dir) / "missing" / "x").read_text()
    except OSError as error:
        dialog._on_failed(error)
    assert dialog.problem.code == feedback.OS_ERROR
    assert "No such file or directory" in dialog.problem.text()
    assert_no_class_name_on_screen()
    dialog.close()


def test_problem_text_of_each_kind(qtbot: Any) -> None:
    coded = PwnedCheckError.coded("pwned.busy", "The service is busy.")
    assert problem_code(coded) == "pwned.busy" and problem_text(coded) == "The service is busy."
    denied = PermissionError(13, "Permission denied", "/somewhere/checklist.json")
    assert problem_text(denied, "It could not be saved") == (
        "It could not be saved: Permission denied."
    )
    surprise = KeyError("internal")
    assert problem_code(surprise) == feedback.UNEXPECTED
    text = problem_text(surprise, "It could not be saved")
    assert text == "It could not be saved. Please try again." and "KeyError" not in text

    bar = ProblemBar("test.problem")
    qtbot.addWidget(bar)
    assert bar.isHidden() and bar.code == ""
    bar.show_problem(coded)
    assert not bar.isHidden() and bar.code == "pwned.busy"
    bar.clear()
    assert bar.isHidden() and bar.code == "" and bar.text() == ""


def test_ask_runs_only_the_chosen_answer(qtbot: Any) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    answers: list[str] = []
    box = feedback.ask(
        parent,
        "Really?",
        "Sure?",
        object_name="test.question",
        go_ahead="&Go",
        stay=QMessageBox.StandardButton.Cancel,
        then=lambda: answers.append("go"),
        otherwise=lambda: answers.append("stay"),
    )
    assert box.defaultButton() is box.escapeButton()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    with qtbot.waitSignal(box.finished, timeout=5000):
        box.button(QMessageBox.StandardButton.Cancel).click()
    assert answers == ["stay"]
