"""Layouts that hold: every page and phase of the real window, in every language, at the
window sizes customers have (1280×800, 1366×768, and 960×540: a 1920×1080 panel at
200 %, which Qt lays out in those logical pixels), with and without support mode.

Each visible control is compared with what it needs and where it sits: inside its
parent, not on top of a sibling of the same layout, its text not cut off, and no page
that only fits by scrolling sideways. Screenshots of the same views are looked at by
hand (``tests/screenshots.py``); this test is what keeps them true."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QLabel,
    QScrollArea,
    QScrollBar,
    QWidget,
)

from breachguard.ui.main_window import MainWindow
from tests.a11y.test_accessibility import _inside_composite, describe, views
from tests.a11y.test_keyboard import judge, step_one_stories
from tests.support.waiting import spin_until

SIZES = {"1280x800": (1280, 800), "1366x768": (1366, 768), "200% on 1920x1080": (960, 540)}


def _shown(widget: QWidget, top: QWidget) -> bool:
    return widget.isVisibleTo(top) and widget.width() > 0 and widget.height() > 0


def _in_scroll_viewport(widget: QWidget) -> bool:
    """The content widget of a scroll area: larger than its viewport by design."""
    parent = widget.parentWidget()
    return (
        parent is not None
        and isinstance(parent.parentWidget(), QAbstractScrollArea)
        and (
            parent is parent.parentWidget().viewport()  # type: ignore[union-attr]
        )
    )


def _label_text(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, (QLabel, QAbstractButton)) else ""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")[:60]


def outside_parent(top: QWidget, view: str) -> list[str]:
    found = []
    for widget in top.findChildren(QWidget):
        parent = widget.parentWidget()
        if (
            parent is None
            or not _shown(widget, top)
            or widget.isWindow()
            or _inside_composite(widget, top)
            or _in_scroll_viewport(widget)
            or isinstance(widget, QScrollBar)
        ):
            continue
        if not parent.rect().contains(widget.geometry()):
            found.append(
                f"{view}: {describe(widget)} {_label_text(widget)!r} sticks out of "
                f"{describe(parent)} ({_rect(widget.geometry())} in {_rect(parent.rect())})"
            )
    return found


def overlapping(top: QWidget, view: str) -> list[str]:
    """Siblings placed by the same layout that cover each other."""
    found = []
    for parent in [top, *top.findChildren(QWidget)]:
        layout = parent.layout()
        if layout is None or not _shown(parent, top) or _inside_composite(parent, top):
            continue
        placed = [
            layout.itemAt(i).widget()
            for i in range(layout.count())
            if layout.itemAt(i).widget() is not None
        ]
        placed += [
            w
            for i in range(layout.count())
            if (inner := layout.itemAt(i).layout()) is not None
            for w in _layout_widgets(inner)
        ]
        placed = [w for w in placed if _shown(w, top)]
        for index, first in enumerate(placed):
            for second in placed[index + 1 :]:
                shared = first.geometry().intersected(second.geometry())
                if shared.width() > 1 and shared.height() > 1:
                    found.append(
                        f"{view}: {describe(first)} {_label_text(first)!r} and "
                        f"{describe(second)} {_label_text(second)!r} overlap by {_rect(shared)}"
                    )
    return found


def _layout_widgets(layout: Any) -> Iterator[QWidget]:
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item.widget() is not None:
            yield item.widget()
        elif item.layout() is not None:
            yield from _layout_widgets(item.layout())


def cut_off_text(top: QWidget, view: str) -> list[str]:
    """A label or button narrower (or, wrapped, shorter) than its text needs."""
    found = []
    for widget in top.findChildren(QWidget):
        if not _shown(widget, top) or _inside_composite(widget, top):
            continue
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            if widget.wordWrap():
                needed = widget.heightForWidth(widget.width())
                if needed > widget.height() + 1:
                    found.append(
                        f"{view}: {describe(widget)} {_label_text(widget)!r} needs "
                        f"{needed} px of height, has {widget.height()}"
                    )
            elif widget.minimumSizeHint().width() > widget.width() + 1:
                found.append(
                    f"{view}: {describe(widget)} {_label_text(widget)!r} needs "
                    f"{widget.minimumSizeHint().width()} px, has {widget.width()}"
                )
        elif isinstance(widget, QAbstractButton) and widget.text():
            if widget.sizeHint().width() > widget.width() + 1:
                found.append(
                    f"{view}: {describe(widget)} {_label_text(widget)!r} needs "
                    f"{widget.sizeHint().width()} px, has {widget.width()}"
                )
    return found


def sideways_scrolling(top: QWidget, view: str) -> list[str]:
    return [
        f"{view}: {describe(area)} scrolls sideways by {area.horizontalScrollBar().maximum()} px"
        for area in top.findChildren(QScrollArea)
        if _shown(area, top) and area.horizontalScrollBar().maximum() > 0
    ]


def layout_problems(top: QWidget, view: str) -> list[str]:
    return (
        outside_parent(top, view)
        + overlapping(top, view)
        + cut_off_text(top, view)
        + sideways_scrolling(top, view)
    )


def _rect(rect: QRect) -> str:
    return f"{rect.width()}×{rect.height()}+{rect.x()}+{rect.y()}"


def _relayout() -> None:
    """Runs the pending layout requests before measuring: they are posted events, and
    each layout that changes size posts one to the layout around it."""
    for _ in range(12):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest.value)
        QCoreApplication.processEvents()


def settled_problems(top: QWidget, view: str) -> list[str]:
    """The problems that are still there once the event loop has run a little longer:
    a banner rebuilt a moment ago is laid out before it is painted, so the user never
    sees its first, unplaced geometry."""
    _relayout()
    problems = layout_problems(top, view)
    if problems:
        spin_until(lambda: False, 0.2)
        _relayout()
        problems = sorted(set(problems) & set(layout_problems(top, view)))
    return problems


def _walk(window: MainWindow, qtbot: Any, size: tuple[int, int], label: str) -> set[str]:
    window.resize(*size)
    _relayout()
    assert window.size().width() == size[0]
    problems: set[str] = set()
    for view in views(window):
        problems.update(settled_problems(window, f"{label} {view}"))
    for view in step_one_stories(window):
        problems.update(settled_problems(window, f"{label} {view}"))
    for view in step_two_lookup(window, qtbot):
        problems.update(settled_problems(window, f"{label} {view}"))
    return problems


def step_two_lookup(window: MainWindow, qtbot: Any) -> Iterator[str]:
    """Step 2 as a lookup leaves it: the code sent, then the exchange's answer shown
    beside the customer's own addresses (the layout once broke right there)."""
    from tests.email import test_email_page as step_two

    window.go_to_step_id("LOGIN-EMAIL")
    page = window.current_page()
    step_two.add(page, qtbot, "ola.nordmann@gmail.com", "ola@firma.no")
    step_two.open_lookup(page, qtbot, "412 34 567")
    yield "page.loginEmail lookup typed"
    view = step_two.lookup_view(page)
    view.send_button.click()
    qtbot.waitUntil(lambda: page.controller.lookup.has_request, timeout=10000)
    yield "page.loginEmail lookup code sent"
    # From the exchange's outbox: in support mode the demo SMS panel masks the code.
    sent = window.context.demo.sms_outbox()
    code = re.search(r"\b\d{6}\b", sent[-1]["text"])
    assert code is not None
    step_two.enter_code(page, qtbot, code.group(0))
    qtbot.waitUntil(lambda: view.lookup_result.isVisible(), timeout=10000)
    yield "page.loginEmail lookup answered"


@pytest.mark.parametrize("size", SIZES, ids=list(SIZES))
def test_nothing_is_clipped_or_overlaps_on_any_page(
    window: MainWindow, qtbot: Any, size: str
) -> None:
    judge(_walk(window, qtbot, SIZES[size], size))


def test_nothing_is_clipped_in_support_mode(window: MainWindow, qtbot: Any) -> None:
    """The support banner takes room at the top of every page: the smallest size holds."""
    window.context.session.set_support_mode(True)
    judge(_walk(window, qtbot, SIZES["200% on 1920x1080"], "support mode"))
