"""Step 4 page: done/to-do in words and icons, ticks that survive a restart, and a
password check that sends five hex characters and forgets the password."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from breachguard.core import checklist as cl
from breachguard.core.steps import StepId
from breachguard.qt.context import AppContext
from breachguard.qt.controllers.checklist import ChecklistController
from breachguard.qt.notices import NoticesController
from breachguard.ui.pages.checklist_page import ITEM_ID_ROLE, ChecklistPage
from tests.support.conftest import CUSTOMER, assert_no_personal_data
from tests.support.context import make_context
from tests.support.progress import open_critical_keys, wait_for_notices

PASSWORD = "correct horse battery staple 2026"
DIGEST = hashlib.sha1(PASSWORD.encode()).hexdigest().upper()


def make_page(qtbot: Any, context: Any, **kwargs: Any) -> ChecklistPage:
    page = ChecklistPage(context, **kwargs)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.loaded, timeout=10000)
    return page


def rows(page: ChecklistPage) -> dict[str, Any]:
    return {
        page.items.item(i).data(ITEM_ID_ROLE): page.items.item(i) for i in range(page.items.count())
    }


def test_enter_on_an_item_that_ticks_itself_goes_to_its_step(qtbot: Any, app_context: Any) -> None:
    """Enter on "read the notices" (not done) opens step 1; on an item only the user
    ticks, Enter goes nowhere (Space ticks it)."""
    page = make_page(qtbot, app_context)
    page.show()
    asked: list[str] = []
    page.goto_step.connect(asked.append)
    items = rows(page)
    page.items.setCurrentItem(items[cl.NOTICES_READ])
    qtbot.keyClick(page.items, Qt.Key.Key_Return)
    assert asked == [StepId.STATUS.value]
    page.items.setCurrentItem(items[cl.PASSWORD_CHANGED])
    qtbot.keyClick(page.items, Qt.Key.Key_Return)
    assert asked == [StepId.STATUS.value]
    assert cl.step_of_item(cl.TWO_FA) is StepId.TWO_FA
    assert cl.step_of_item(cl.PASSWORD_CHANGED) is None


def restarted_context(old: AppContext) -> AppContext:
    """What the app builds on its next start: same BREACHGUARD_HOME, nothing else shared."""
    context = make_context(provider=old.provider, secrets=old.secrets)
    assert context.paths == old.paths
    return context


def test_items_say_done_or_to_do_in_words_and_icons(qtbot: Any, app_context: Any) -> None:
    page = make_page(qtbot, app_context)
    items = rows(page)
    assert list(items) == list(cl.ORDER)
    assert page.progress.text() == "0 of 6 done"
    for item_id, item in items.items():
        assert item.text().split("\n")[0].endswith("— To do")
        assert not item.icon().isNull()
        tickable = bool(item.flags() & Qt.ItemFlag.ItemIsUserCheckable)
        assert tickable == (item_id in cl.USER_TICKED)
    assert page.objectName() == "page.checklist"


def test_checklist_resumes_after_a_restart(
    qtbot: Any, app_context: Any, enrolled: Any, hermetic_home: Path
) -> None:
    notices = NoticesController(app_context)
    controller = ChecklistController(app_context, notices=notices)
    page = make_page(qtbot, app_context, controller=controller)
    assert (
        rows(page)[cl.TWO_FA]
        .text()
        .startswith("Set up two-factor authentication again, confirmed by the exchange — Done")
    )
    notices.start()
    wait_for_notices(qtbot, notices, len(app_context.provider.feeds))
    app_context.session.mark_visited(StepId.STATUS)
    notices.mark_read(open_critical_keys(notices))  # every open critical notice opened
    app_context.session.set_login_email(CUSTOMER.email)
    rows(page)[cl.PASSWORD_CHANGED].setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: page.progress.text() == "4 of 6 done", timeout=10000)
    page.shutdown()
    notices.stop()
    app_context.tasks.wait_idle(10000)

    context = restarted_context(app_context)
    assert context.session.login_email == ""  # the email itself is never kept
    again = make_page(qtbot, context)
    items = rows(again)
    assert again.progress.text() == "4 of 6 done"
    for item_id in (cl.NOTICES_READ, cl.LOGIN_EMAIL, cl.TWO_FA, cl.PASSWORD_CHANGED):
        assert "— Done" in items[item_id].text()
    assert items[cl.PASSWORD_CHANGED].checkState() == Qt.CheckState.Checked
    assert "— To do" in items[cl.RECOVERY_OFFLINE].text()

    items[cl.PASSWORD_CHANGED].setCheckState(Qt.CheckState.Unchecked)
    qtbot.waitUntil(lambda: again.progress.text() == "3 of 6 done", timeout=10000)
    context.tasks.wait_idle(10000)
    for path in hermetic_home.rglob("*"):
        if path.is_file() and path.suffix in (".json", ".log", ".txt"):
            assert_no_personal_data(path.read_text(errors="replace"))


def serve_range(httpserver: HTTPServer, status: int = 200) -> list[Request]:
    seen: list[Request] = []

    def handler(request: Request) -> Response:
        seen.append(request)
        body = f"{DIGEST[5:]}:3861\r\n{'0' * 35}:0\r\n{'1' * 35}:0"
        return Response(body, status=status, content_type="text/plain")

    httpserver.expect_request(f"/range/{DIGEST[:5]}").respond_with_handler(handler)
    return seen


def test_password_check_runs_only_on_request_and_forgets_the_password(
    qtbot: Any, app_context: Any, httpserver: HTTPServer, hermetic_home: Path
) -> None:
    seen = serve_range(httpserver)
    page = make_page(qtbot, app_context, pwned_base_url=httpserver.url_for("/"))
    qtbot.keyClicks(page.password_input, PASSWORD)
    assert seen == []  # typing sends nothing
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    assert page.password_input.text() == ""
    assert not page.check_button.isEnabled()
    qtbot.waitUntil(lambda: "found in known data breaches" in page.password_result.text())
    assert "3861" in page.password_result.text() and page.password_result.text().startswith(
        "Warning:"
    )
    assert page.check_button.isEnabled()
    qtbot.keyClicks(page.password_input, "x")
    assert page.password_result.text() == ""
    page.password_input.clear()
    (request,) = seen
    assert request.path == f"/range/{DIGEST[:5]}"
    assert request.headers.get("Add-Padding") == "true"
    assert DIGEST[5:] not in str(request.url).upper()
    page.shutdown()
    app_context.tasks.wait_idle(10000)
    for path in hermetic_home.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert PASSWORD.encode() not in data and DIGEST.encode() not in data.upper()


def test_password_check_failure_is_explained(
    qtbot: Any, app_context: Any, httpserver: HTTPServer
) -> None:
    serve_range(httpserver, status=503)
    page = make_page(qtbot, app_context, pwned_base_url=httpserver.url_for("/"))
    page.password_input.setText(PASSWORD)
    page.password_input.returnPressed.emit()
    qtbot.waitUntil(lambda: page.problem.code != "")
    assert page.problem.code == "pwned.http_error"
    assert page.problem.isVisibleTo(page) and page.check_button.isEnabled()
    assert "503" in page.problem.text()  # the status the service answered is named
    assert PASSWORD not in page.problem.text() + page.password_result.text()
    # A new check starts without the old problem.
    httpserver.clear_all_handlers()
    serve_range(httpserver)
    page.password_input.setText(PASSWORD)
    page.password_input.returnPressed.emit()
    assert page.problem.code == "" and not page.problem.isVisibleTo(page)
    qtbot.waitUntil(lambda: page.password_result.text().startswith("Warning"))


def test_empty_password_asks_for_one(qtbot: Any, app_context: Any, httpserver: HTTPServer) -> None:
    seen = serve_range(httpserver)
    page = make_page(qtbot, app_context, pwned_base_url=httpserver.url_for("/"))
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    assert page.password_result.text() == "Type the password you want to check first."
    assert seen == [] and page.check_button.isEnabled()
