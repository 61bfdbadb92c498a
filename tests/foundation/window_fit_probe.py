"""Opens the real app on the Demo Exchange, walks every step and prints, as JSON,
where the window and its parts ended up on the screen it was given.

Run by tests/foundation/test_window_fit.py in a fresh process per screen (a
QApplication gets its screens once):  python -m tests.foundation.window_fit_probe
LANGUAGE [support | second-screen | carry-over | step2 | status-strip]. Nothing is asserted here; the test
reads the report.
"""

from __future__ import annotations

import json
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QMainWindow,
    QWidget,
)

# A phase of step 3 past its first screen: the tallest view of the app.
LOOKALIKE_LINK = "otpauth://totp/Demo%20Exchanqe:ola?secret=JBSWY3DPEHPK3PXP&issuer=Demo%20Exchanqe"


def rect(r: QRect) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def settle(window: QMainWindow, timeout_s: float = 20.0) -> None:
    """Until background loads have answered and layouts have been applied."""
    deadline = time.monotonic() + timeout_s
    tasks = window.context.tasks  # type: ignore[attr-defined]
    while tasks.pending and time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    for _ in range(3):  # layout requests post further layout requests, a few levels deep
        QCoreApplication.sendPostedEvents(None, 0)
        QCoreApplication.processEvents()


def wait_for(condition: Callable[[], bool], timeout_s: float = 20.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        assert time.monotonic() < deadline, "the window did not get there in time"
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def _described(widget: QWidget) -> str:
    return f"{type(widget).__name__} {widget.objectName() or '(unnamed)'}"


def _in_window(window: QMainWindow, widget: QWidget) -> dict[str, Any]:
    place = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    return {
        "rect": rect(place),
        "visible": widget.isVisible(),
        "inside": window.rect().contains(place),
    }


def _cut_by_scroll_area(widget: QWidget, area: QAbstractScrollArea) -> list[str]:
    """What of a scrolled widget lies beyond its view in a direction the area has no
    visible scroll bar for: that part can never be seen (or is shifted out of view)."""
    view = area.viewport().rect()
    place = widget.geometry()
    found = []
    if not area.horizontalScrollBar().isVisible() and (
        place.left() < view.left() or place.right() > view.right()
    ):
        found.append(
            f"{_described(widget)} {rect(place)} is cut off sideways by "
            f"{_described(area)} (view {rect(view)}, no horizontal scroll bar)"
        )
    if not area.verticalScrollBar().isVisible() and (
        place.top() < view.top() or place.bottom() > view.bottom()
    ):
        found.append(
            f"{_described(widget)} {rect(place)} is cut off vertically by "
            f"{_described(area)} (view {rect(view)}, no vertical scroll bar)"
        )
    return found


def geometry_offenders(page: QWidget) -> list[str]:
    """Visible widgets of a page that stick out of their parent, or were squeezed
    below what they need (a wrapped label shorter than its text)."""
    found = []
    for widget in page.findChildren(QWidget):
        parent = widget.parentWidget()
        if parent is None or not widget.isVisibleTo(page):
            continue
        scroller = parent.parentWidget()
        scrolled = isinstance(scroller, QAbstractScrollArea) and parent is scroller.viewport()
        if scrolled:
            found += _cut_by_scroll_area(widget, scroller)
        elif not parent.rect().contains(widget.geometry()):
            found.append(
                f"{_described(widget)} {rect(widget.geometry())} sticks out of "
                f"{_described(parent)} {rect(parent.rect())}"
            )
        if isinstance(widget, QLabel) and widget.wordWrap() and widget.text():
            needed = widget.heightForWidth(widget.width())
            if widget.height() < needed:
                found.append(
                    f"{_described(widget)} is {widget.height()} px high, its text needs "
                    f"{needed} px: {widget.text()[:40]!r}"
                )
    return found


def view_report(window: QMainWindow) -> dict[str, Any]:
    settle(window)
    shell = {
        key: _in_window(window, getattr(window, key))
        for key in ("step_list", "heading_label", "back_button", "next_button")
    }
    for key in ("demo_banner", "support_banner", "private_banner"):
        banner = getattr(window, key)
        if banner.isVisible():
            shell[key] = _in_window(window, banner)
    page = window.current_page()  # type: ignore[attr-defined]
    area = window.stack.currentWidget()  # type: ignore[attr-defined]
    scrolled = isinstance(area, QAbstractScrollArea)
    return {
        "view": page.current_step_id(),
        "shell": shell,
        "offenders": geometry_offenders(page),
        "checked": sum(1 for widget in page.findChildren(QWidget) if widget.isVisibleTo(page)),
        "page": rect(page.geometry()),
        "viewport": rect(area.viewport().rect()) if scrolled else None,
        "scrolls": area.verticalScrollBar().maximum() if scrolled else None,
    }


def walk(window: QMainWindow) -> list[dict[str, Any]]:
    views = []
    for index, page in enumerate(window.pages):  # type: ignore[attr-defined]
        window.go_to(index)  # type: ignore[attr-defined]
        settle(window)
        views.append(view_report(window))
        if page.STEP_ID == "2FA":
            views += step_three_phases(window, page)
    return views


def step_three_phases(window: QMainWindow, page: Any) -> list[dict[str, Any]]:
    """The phases after the scan: the phishing check, the live code, the end."""
    from breachguard.core import enrollment_flow as flow
    from tests.enroll.step3_helpers import website_setup

    controller = page.controller
    reports = []
    controller.intake.accept_text(LOOKALIKE_LINK)
    settle(window)
    reports.append(view_report(window))
    controller.send(flow.DiscardRequested())
    controller.intake.accept_text(website_setup(window.context))  # type: ignore[attr-defined]
    settle(window)
    reports.append(view_report(window))
    controller.send(flow.ConfirmHere())
    settle(window)
    reports.append(view_report(window))
    return reports


def step_two_states(window: QMainWindow) -> list[dict[str, Any]]:
    """Step 2 as a user walks it: empty, typing, the inbox tab, the lookup typed, the
    code sent (the Demo SMS shown), a wrong code, the answer. Found by object name."""
    from PySide6.QtWidgets import QLineEdit, QPushButton, QTabWidget

    window.go_to_step_id("LOGIN-EMAIL")  # type: ignore[attr-defined]
    page = window.current_page()  # type: ignore[attr-defined]

    def find(kind: Any, name: str) -> Any:
        widget = page.findChild(kind, name)
        assert widget is not None, f"step 2 has no {name}"
        return widget

    def state(name: str) -> dict[str, Any]:
        report = view_report(window)
        report["view"] = f"{report['view']} {name}"
        return report

    def type_into(name: str, text: str, submit: bool = False) -> None:
        field = find(QLineEdit, name)
        field.setFocus()
        field.clear()
        QTest.keyClicks(field, text)
        if submit:
            QTest.keyClick(field, Qt.Key.Key_Return)

    reports = [state("empty")]
    type_into("email.addressInput", "ola.nordmann@gmai")
    reports.append(state("typing"))
    type_into("email.addressInput", "ola.nordmann@gmail.com", submit=True)
    type_into("email.addressInput", "ola@firma.no", submit=True)
    reports.append(state("two addresses"))
    tabs = find(QTabWidget, "email.tabs")
    tabs.setCurrentIndex(1)
    reports.append(state("inboxes"))
    tabs.setCurrentIndex(2)
    reports.append(state("mail search"))
    # The customer of the story: three mailboxes in a Thunderbird profile.
    import tempfile

    from breachguard.core.mailscan.search_flow import Phase
    from tests.mailscan.customer_mail import thunderbird_home

    search = page.controller.mail_search
    search.home = Path(tempfile.mkdtemp(prefix="bg-fit-mail-"))
    search.environ, search.platform = {}, "linux"
    thunderbird_home(search.home)
    find(QPushButton, "email.lookForMailButton").click()
    wait_for(lambda: search.state.phase is Phase.CHOOSING)
    find(QPushButton, "email.readStoresButton").click()
    wait_for(lambda: search.state.phase is Phase.DONE)
    reports.append(state("mail found"))
    tabs.setCurrentIndex(3)
    type_into("email.phoneInput", "12")
    reports.append(state("number too short"))
    type_into("email.phoneInput", "+47 412 34 567")
    reports.append(state("number typed"))
    find(QPushButton, "email.sendCodeButton").click()
    settle(window)
    panel = find(QWidget, "email.demoSmsPanel")
    deadline = time.monotonic() + 10
    while panel.latest_code() is None and time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    code = panel.latest_code()
    assert code is not None, "the Demo SMS never arrived"
    reports.append(state("code sent"))
    type_into("email.codeInput", f"{(int(code) + 1) % 1_000_000:06d}", submit=True)
    settle(window)
    reports.append(state("wrong code"))
    type_into("email.codeInput", code, submit=True)
    settle(window)
    reports.append(state("answer"))
    return reports


def screen_report(window: QMainWindow) -> dict[str, Any]:
    screen = window.screen()
    return {
        "screen": screen.name(),
        "available": rect(screen.availableGeometry()),
        "frame": rect(window.frameGeometry()),
        "minimum": [window.minimumSizeHint().width(), window.minimumSizeHint().height()],
    }


def move_to_second_screen(window: QMainWindow, report: dict[str, Any]) -> None:
    """As large as the first screen allows, then dragged onto the smaller second."""
    first, second = (screen.availableGeometry() for screen in QGuiApplication.screens()[:2])
    report["screens"] = [rect(first), rect(second)]
    margins = window.frameGeometry().size() - window.size()
    window.resize(first.size() - margins)
    window.move(first.topLeft())
    settle(window)
    report["large"] = screen_report(window)
    window.move(second.topLeft() + QPoint(40, 30))
    settle(window)
    report["moved"] = screen_report(window)


def carry_over(app: QApplication, window: QMainWindow, report: dict[str, Any]) -> None:
    """A window made larger than the screen, then rebuilt in another language: the
    new window starts from the old one's geometry."""
    available = window.screen().availableGeometry()
    window.setGeometry(QRect(available.topLeft(), available.size() * 1.3))
    settle(window)
    report["enlarged"] = screen_report(window)
    window.language_requested.emit("de")  # type: ignore[attr-defined]
    rebuilt = next(
        w for w in app.topLevelWidgets() if w.objectName() == "mainWindow" and w.isVisible()
    )
    assert isinstance(rebuilt, QMainWindow) and rebuilt is not window
    QTest.qWaitForWindowExposed(rebuilt, 10000)
    settle(rebuilt)
    report["rebuilt"] = screen_report(rebuilt)


def status_strip(window: QMainWindow, report: dict[str, Any]) -> None:
    """Step 1 in support mode once both sources have answered: what its "what works
    now" strip says, and whether anything on the page is cut off."""
    window.context.session.set_support_mode(True)  # type: ignore[attr-defined]
    window.go_to(0)  # type: ignore[attr-defined]
    page = window.current_page()  # type: ignore[attr-defined]
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and (
        len(page.controller.states()) < 2 or page.controller.busy
    ):
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    settle(window)
    strip = page.health
    report["scale"] = window.devicePixelRatio()
    report["support"] = window.context.session.support_mode  # type: ignore[attr-defined]
    report["chips"] = [chip.text.text() for chip in strip.chips]
    report["strip_visible"] = strip.isVisible()
    report["offenders"] = geometry_offenders(page)
    report["chips_cut"] = [
        chip.text.text()
        for chip in strip.chips
        if not strip.rect().contains(chip.geometry())
        or chip.text.width() < chip.text.sizeHint().width()
    ]


def probe(app: QApplication, options: list[str], report: dict[str, Any]) -> None:
    try:
        window = next(w for w in app.topLevelWidgets() if w.objectName() == "mainWindow")
        assert isinstance(window, QMainWindow)
        report["exposed"] = QTest.qWaitForWindowExposed(window, 10000)
        settle(window)
        report["opened"] = screen_report(window)
        if "second-screen" in options:
            move_to_second_screen(window, report)
        elif "carry-over" in options:
            carry_over(app, window, report)
        elif "step2" in options:
            if "support" in options:
                window.context.session.set_support_mode(True)  # type: ignore[attr-defined]
            report["views"] = step_two_states(window)
            report["after"] = screen_report(window)
        elif "status-strip" in options:
            status_strip(window, report)
        else:
            if "support" in options:
                # All three banners at once: the most the shell ever shows above a page.
                session = window.context.session  # type: ignore[attr-defined]
                session.set_support_mode(True)
                session.set_private_window_open(True)
            report["views"] = walk(window)
            report["after"] = screen_report(window)
    except BaseException:  # reported, so the test shows what went wrong
        report["error"] = traceback.format_exc()
    finally:
        for top in app.topLevelWidgets():
            close = getattr(top, "close_without_asking", None)
            if close is not None:
                close()  # a setup left unfinished would otherwise ask before quitting
        app.closeAllWindows()
        app.quit()


def main(argv: list[str]) -> int:
    language, options = argv[0], argv[1:]
    app = QApplication(sys.argv[:1])
    report: dict[str, Any] = {}
    QTimer.singleShot(0, lambda: probe(app, options, report))
    from breachguard import app as breachguard_app

    breachguard_app.main(["--demo", "--language", language])
    print("REPORT " + json.dumps(report), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
