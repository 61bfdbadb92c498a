"""Progress the user can see and keep: ticks in the step list from the checklist,
"Read the notices" only once every open critical notice was opened, reopening
where the user left off (unless a critical notice arrived since), and the closing
summary with its PDF."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt

from breachguard.core import checklist as cl
from breachguard.core.steps import StepId
from breachguard.qt.context import AppContext
from breachguard.qt.controllers.checklist import ChecklistController
from breachguard.qt.controllers.shell import build_controllers
from breachguard.ui.format import TimeFormat
from breachguard.ui.main_window import MainWindow
from breachguard.ui.pages import build_pages
from breachguard.ui.pages.summary_page import SummaryPage
from tests.support.conftest import CUSTOMER, RECOVERY_CODES, SECRET_B32, sensitive_strings
from tests.support.context import make_context
from tests.support.progress import open_critical_keys, wait_for_notices

DONE_AT = 1_773_480_000.0  # 2026-03-14 09:20 UTC


@pytest.fixture
def windows(qtbot: Any) -> Iterator[Any]:
    """Builds main windows the way the composition root does; closed after the test."""
    built: list[MainWindow] = []

    def build(context: AppContext) -> MainWindow:
        controllers = build_controllers(context)
        window = MainWindow(context, build_pages(context, controllers), controllers=controllers)
        qtbot.addWidget(window)
        window.show()
        built.append(window)
        return window

    yield build
    for window in built:
        window.close_without_asking()
        window.context.tasks.wait_idle(10000)


def restarted(old: AppContext) -> AppContext:
    """The next start: same home (settings, checklist, read marks), nothing else shared."""
    return make_context(provider=old.provider, secrets=old.secrets, demo=old.demo)


def sources(context: AppContext) -> int:
    return len(context.provider.feeds)


def mark(window: MainWindow, row: int) -> tuple[str, str]:
    item = window.step_list.item(row)
    return item.text(), item.data(Qt.ItemDataRole.AccessibleTextRole)


def test_read_the_notices_ticks_only_when_every_open_critical_story_was_opened(
    qtbot: Any, app_context: AppContext, windows: Any
) -> None:
    window = windows(app_context)
    assert window.current_page().STEP_ID == StepId.STATUS  # first start: step 1 is open
    notices = window.controllers.notices
    wait_for_notices(qtbot, notices, sources(app_context))
    keys = open_critical_keys(notices)
    assert len(keys) >= 2, "the Demo Exchange tells two critical stories"
    app_context.tasks.wait_idle(10000)
    qtbot.waitUntil(lambda: window.checklist.loaded)
    # Opening step 1 (and the first story, which the page selects) is not enough.
    notices.mark_read(keys[:-1])
    app_context.tasks.wait_idle(10000)
    qtbot.waitUntil(lambda: not window.checklist._in_flight)
    assert not window.checklist.step_done(StepId.STATUS)
    assert "✓" not in mark(window, 0)[0]
    notices.mark_read(keys[-1:])
    qtbot.waitUntil(lambda: mark(window, 0)[0].endswith("✓"), timeout=10000)
    assert mark(window, 0)[1] == f"Step 1: {window.pages[0].title()} — done"
    item = {i.id: i for i in window.checklist.items()}[cl.NOTICES_READ]
    assert item.done and item.done_at is not None
    assert "✓" not in mark(window, 2)[0] and "done" not in mark(window, 2)[1]


def test_steps_three_and_four_tick_from_their_items(
    qtbot: Any, app_context: AppContext, enrolled: Any, windows: Any
) -> None:
    window = windows(app_context)
    qtbot.waitUntil(lambda: mark(window, 2)[0].endswith("✓"), timeout=10000)  # 2FA confirmed
    assert mark(window, 2)[1].endswith("— done")
    assert "✓" not in mark(window, 3)[0]
    notices = window.controllers.notices
    wait_for_notices(qtbot, notices, sources(app_context))
    notices.mark_read(open_critical_keys(notices))
    app_context.session.set_login_email(CUSTOMER.email)
    window.go_to_step_id(StepId.CHECKLIST)
    for item_id in cl.USER_TICKED:
        window.checklist.set_done(item_id, True)
    # The last tick leaves the customer on step 4 (what they type next is meant for
    # it), which says where the summary is; Next goes there.
    page = window.current_page()
    qtbot.waitUntil(lambda: "all done" in page.progress.text(), timeout=10000)
    assert page.STEP_ID == StepId.CHECKLIST
    assert all(mark(window, row)[0].endswith("✓") for row in range(4))
    window.next_button.click()
    assert window.current_page().STEP_ID == StepId.SUMMARY
    assert window.pages[4].headline.text() == "You're done"


def leave_on_step_three(
    qtbot: Any, context: AppContext, windows: Any, *, unread: int
) -> AppContext:
    """A first run that opens all but ``unread`` critical stories and quits on step 3;
    returns the context of the next start."""
    first = windows(context)
    notices = first.controllers.notices
    wait_for_notices(qtbot, notices, sources(context))
    # Step 1 was on screen, so the story it opened first was seen; the others were not.
    seen_first = first.pages[0].model.story_at(first.pages[0].list_view.currentIndex().row())
    keys = [k for k in open_critical_keys(notices) if seen_first is None or k != seen_first.key]
    notices.mark_read(keys[unread:])
    first.go_to_step_id(StepId.TWO_FA)
    first.close_without_asking()
    context.tasks.wait_idle(10000)
    return restarted(context)


def test_the_app_reopens_where_the_user_left_off(
    qtbot: Any, app_context: AppContext, windows: Any
) -> None:
    context = leave_on_step_three(qtbot, app_context, windows, unread=0)
    window = windows(context)
    assert window.current_page().STEP_ID == StepId.TWO_FA
    wait_for_notices(qtbot, window.controllers.notices, sources(context))
    context.tasks.wait_idle(10000)
    qtbot.wait(0)  # answers already delivered: nothing moved the window since
    assert window.current_page().STEP_ID == StepId.TWO_FA


def test_a_critical_notice_that_arrived_since_opens_step_one(
    qtbot: Any, app_context: AppContext, windows: Any
) -> None:
    context = leave_on_step_three(qtbot, app_context, windows, unread=1)
    window = windows(context)
    assert window.current_page().STEP_ID == StepId.TWO_FA  # opened where it was left
    qtbot.waitUntil(lambda: window.current_page().STEP_ID == StepId.STATUS, timeout=15000)


# -- the summary -------------------------------------------------------------------------


def finish_checklist(context: AppContext, enrollments: Any) -> None:
    """Every item done at DONE_AT, as a finished user would have it on disk."""
    checklist = cl.Checklist.for_paths(context.paths, context.provider.id, enrollments)
    checklist = cl.Checklist(
        checklist.path, context.provider.id, enrollments=enrollments, clock=lambda: DONE_AT
    )
    for item_id in cl.OBSERVED:
        checklist.record_observed(item_id)
    for item_id in cl.USER_TICKED:
        checklist.set_done(item_id, True)


@pytest.fixture
def summary(qtbot: Any, app_context: AppContext, enrolled: Any) -> SummaryPage:
    finish_checklist(app_context, enrolled)
    app_context.session.set_login_email(CUSTOMER.email)
    page = SummaryPage(app_context, checklist=ChecklistController(app_context))
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.checklist.loaded, timeout=10000)
    return page


def test_summary_says_what_was_done_and_when(summary: SummaryPage, enrolled: Any) -> None:
    content = summary.content()
    assert content.headline == "You're done" == summary.headline.text()
    assert content.todo == () and not summary.todo_label.isVisibleTo(summary)
    confirmed = enrolled.for_provider("demo-exchange")[0]
    expected_2fa = TimeFormat(QLocale()).date_time(confirmed.confirmed_at or confirmed.created_at)
    for item_id, text in cl.TEXT.items():
        at = expected_2fa if item_id == cl.TWO_FA else TimeFormat(QLocale()).date_time(DONE_AT)
        assert f"{text} — {at}" in content.done
        assert f"✓ {text} — {at}" in summary.done_label.text()
    assert "Exchange: Demo Exchange" in summary.exchange_label.text()
    assert content.watch  # with no notices known, it says where to look
    on_screen = "\n".join(
        (summary.exchange_label.text(), summary.done_label.text(), summary.watch_label.text())
    )
    for secret in sensitive_strings():
        assert secret not in on_screen


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (Debian package poppler-utils) is not installed")
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, timeout=30, check=True
    )
    return done.stdout.decode("utf-8")


def test_summary_saved_as_pdf_holds_the_done_items_and_no_personal_data(
    qtbot: Any, summary: SummaryPage, tmp_path: Path
) -> None:
    target = tmp_path / "records" / "summary.pdf"
    target.parent.mkdir()
    summary.save_pdf(target)
    qtbot.waitUntil(lambda: summary.saved_path == target, timeout=15000)
    assert summary.save_status.text() == f"Saved as {target}."  # where to find it again
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    assert [p.name for p in target.parent.iterdir()] == ["summary.pdf"]  # no temp file left
    text = " ".join(unicodedata.normalize("NFKC", pdf_text(target)).split())  # no ligatures
    assert "You're done" in text
    for item_text in cl.TEXT.values():
        assert " ".join(item_text.split()) in text
    assert "o•••@" in text  # the login email, masked
    for secret in (*sensitive_strings(), SECRET_B32, *RECOVERY_CODES):
        assert secret not in text
    # Once the summary changes, "Saved as" no longer speaks of it.
    done = {item.id: item.done for item in summary.checklist.items()}
    summary.checklist.set_done(cl.PASSWORD_CHANGED, not done[cl.PASSWORD_CHANGED])
    qtbot.waitUntil(lambda: summary.save_status.text() == "", timeout=5000)


def test_summary_says_when_the_pdf_cannot_be_saved(
    qtbot: Any, summary: SummaryPage, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    summary.save_pdf(blocker / "summary.pdf")
    qtbot.waitUntil(lambda: "could not be saved" in summary.save_status.text(), timeout=15000)
    assert summary.save_status.text().startswith("The PDF could not be saved in not-a-folder")
    assert summary.save_button.isEnabled() and summary.saved_path is None


def test_summary_lists_what_is_left_and_what_to_watch(
    qtbot: Any, app_context: AppContext, windows: Any
) -> None:
    window = windows(app_context)
    notices = window.controllers.notices
    wait_for_notices(qtbot, notices, sources(app_context))
    window.go_to_step_id(StepId.SUMMARY)
    page = window.current_page()
    assert isinstance(page, SummaryPage)
    qtbot.waitUntil(lambda: page.checklist.loaded, timeout=10000)
    page.refresh()
    assert page.headline.text().startswith("Not finished yet: ")
    assert page.todo_label.isVisibleTo(page)
    promised = [
        line for line in page.content().watch if "the exchange promised its next update by" in line
    ]
    assert promised, page.content().watch  # the Demo Exchange promises its next updates
