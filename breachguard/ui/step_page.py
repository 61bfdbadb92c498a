"""Base class of the four step pages, and the scroll area the shell shows each in."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QScrollArea,
    QStackedLayout,
    QStyle,
    QWidget,
)

from breachguard.qt.context import AppContext


def first_tab_stop(container: QWidget) -> QWidget | None:
    """The first widget inside ``container`` that Tab stops at, in focus-chain order."""
    widget = container.nextInFocusChain()
    for _ in range(2000):  # the chain is a ring; a bound keeps a broken one finite
        if widget is container:
            return None
        if (
            container.isAncestorOf(widget)
            and widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            return widget
        widget = widget.nextInFocusChain()
    return None


class StepPage(QWidget):
    """A page of the step list.

    ``STEP_ID`` is stable and language-independent ("2FA-SCAN") so a support agent
    speaking English can guide a German or Norwegian screen. ``goto_step`` asks the
    main window to switch to another step (notice action buttons use it).
    """

    STEP_ID = ""
    # Counted in "Step n of N" and numbered in the step list (the summary is not).
    NUMBERED = True
    goto_step = Signal(str)
    # Emitted when the page wants the shell to refresh its heading or Next state.
    changed = Signal()
    # The page's job is done and the keyboard has nowhere to go on it: the shell puts
    # the focus on Next.
    finished_here = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName(f"page.{self.STEP_ID.lower()}")

    def title(self) -> str:
        raise NotImplementedError

    def current_step_id(self) -> str:
        """The id of what is on screen now; pages with phases refine it ("2FA-SCAN")."""
        return self.STEP_ID

    def on_entered(self) -> None:
        """The page became visible."""

    def focus_target(self) -> QWidget | None:
        """Where the keyboard goes when the user arrives here by Next, Back, a shortcut
        or an action button: the first control Tab would reach. Pages with a better
        first stop (the field to type into) say so."""
        return first_tab_stop(self)

    def on_left(self) -> None:
        """Another page replaced this one."""

    def leave_warning(self) -> str | None:
        """What would be lost if the window closed or was rebuilt now (quit, another
        language or exchange), in the user's language; None when nothing would."""
        return None

    def shutdown(self) -> None:
        """The window is closing (quit or a switch of exchange): stop timers and
        polling, and take back anything sensitive the page put on the clipboard."""


class _CurrentPhaseLayout(QStackedLayout):
    """A stacked layout that asks for the height of the page it shows, not of its
    tallest page (Qt's own does the latter, also for hidden pages); the width
    stays that of the widest, so switching pages does not reflow the window."""

    def _widest(self) -> int:
        widths = [0]
        for index in range(self.count()):
            widget = self.widget(index)
            if widget is not None:
                widths.append(max(widget.minimumSizeHint().width(), widget.minimumWidth()))
        return max(widths)

    def sizeHint(self) -> QSize:
        current = self.currentWidget()
        if current is None:
            return QSize(self._widest(), 0)
        hint = current.sizeHint().expandedTo(current.minimumSize())
        return QSize(max(hint.width(), self._widest()), hint.height())

    def minimumSize(self) -> QSize:
        current = self.currentWidget()
        height = 0
        if current is not None:
            height = max(current.minimumSizeHint().height(), current.minimumHeight())
        return QSize(self._widest(), height)

    def hasHeightForWidth(self) -> bool:
        current = self.currentWidget()
        return current is not None and current.hasHeightForWidth()

    def heightForWidth(self, width: int) -> int:
        current = self.currentWidget()
        if current is None:
            return -1
        return max(current.heightForWidth(width), self.minimumSize().height())

    def minimumHeightForWidth(self, width: int) -> int:
        current = self.currentWidget()
        if current is None:
            return -1
        layout = current.layout()
        if layout is not None and layout.hasHeightForWidth():
            return max(layout.totalMinimumHeightForWidth(width), self.minimumSize().height())
        return self.heightForWidth(width)


class PhaseStack(QWidget):
    """The phases of a page (scan, check, done), one shown at a time, taking the
    room of the one shown: a short phase does not keep a tall one's empty space
    (which, in a small window, would only be scrolled past)."""

    currentChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = _CurrentPhaseLayout(self)
        self._layout.currentChanged.connect(self._on_current_changed)

    def addWidget(self, widget: QWidget) -> int:
        return self._layout.addWidget(widget)

    def count(self) -> int:
        return self._layout.count()

    def widget(self, index: int) -> QWidget | None:
        return self._layout.widget(index)

    def currentIndex(self) -> int:
        return self._layout.currentIndex()

    def currentWidget(self) -> QWidget | None:
        return self._layout.currentWidget()

    def setCurrentIndex(self, index: int) -> None:
        self._layout.setCurrentIndex(index)

    def setCurrentWidget(self, widget: QWidget) -> None:
        self._layout.setCurrentWidget(widget)

    def _on_current_changed(self, index: int) -> None:
        self._layout.invalidate()
        self.updateGeometry()  # the page around it lays out again, at the new height
        self.currentChanged.emit(index)


class PageScrollArea(QScrollArea):
    """Shows one page at any window size. The page gets the whole view when that is
    at least the least room its layout can work with (wrapped text at this width
    included), and scrolls when the window is smaller, so no page sets the window's
    minimum size: a 1366x768 screen, or 200 % on a laptop, has less room than
    step 3 wants.

    Qt's own resizable scroll area would give a page the height it *prefers* at
    the width and scroll already then; this one lets the page's layout shrink to
    its minimum first, as it did in a window of that size.

    The area itself is no Tab stop (it would be an unnamed, invisible one);
    instead it scrolls to whatever widget inside it gets the keyboard focus, by
    Tab, mnemonic or code, so keyboard users never work on something out of view.
    """

    # Room kept around a newly focused widget, so its label above stays in view.
    FOCUS_MARGIN = 24

    def __init__(self, page: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{page.objectName()}.scroll")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(False)  # sized by _place
        self.setWidget(page)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._follow_focus)

    # -- sizing -------------------------------------------------------------------------

    @staticmethod
    def _least_height(page: QWidget, width: int) -> int:
        """The height below which the page's layout would squeeze something."""
        layout = page.layout()
        if layout is not None and layout.hasHeightForWidth():
            height = layout.totalMinimumHeightForWidth(width)
        else:
            height = page.minimumSizeHint().height()
        return max(height, page.minimumHeight())

    def _place(self) -> None:
        page = self.widget()
        if page is None:
            return
        room = self.maximumViewportSize()  # the view without scroll bars
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        least_width = max(page.minimumSizeHint().width(), page.minimumWidth())
        width = max(room.width(), least_width)
        height = self._least_height(page, width)
        if height > room.height():  # a vertical scroll bar takes some of the width
            width = max(room.width() - bar, least_width)
            height = self._least_height(page, width)
        visible_height = room.height() - (bar if width > room.width() else 0)
        size = QSize(width, max(height, visible_height))
        if page.size() != size:
            page.resize(size)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._place()
        super().resizeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The page's content changed (a banner shown, a text rewrapped).
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self._place()
        return super().eventFilter(watched, event)

    def sizeHint(self) -> QSize:
        # What the page needs to show without scrolling: the window opens at that
        # size when the screen has room (the shell bounds it to the screen).
        page = self.widget()
        if page is None:
            return super().sizeHint()
        width = page.sizeHint().width()
        frame = 2 * self.frameWidth()
        return QSize(width, self._least_height(page, width)) + QSize(frame, frame)

    # -- keyboard focus -----------------------------------------------------------------

    def focusNextPrevChild(self, next: bool) -> bool:
        # Not QScrollArea's, which scrolls at once to whatever gets the focus, even
        # in passing: a tab page switched away from hands its focus on to the next
        # widget (the support button at the bottom) before the new page takes it.
        # _follow_focus scrolls to where the focus ends up.
        return QWidget.focusNextPrevChild(self, next)

    def _follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        page = self.widget()
        if new is None or page is None or not page.isAncestorOf(new):
            return
        # After the layout has run: a tab page just switched to (Alt+3) still has the
        # geometry it had while hidden, and scrolling to that pushed the tab bar out
        # of view although the field was on screen.
        QTimer.singleShot(0, self, self._bring_focus_into_view)

    def _bring_focus_into_view(self) -> None:
        page = self.widget()
        new = QApplication.focusWidget()
        if new is None or page is None or not page.isAncestorOf(new):
            return
        margin = self.FOCUS_MARGIN
        area = QRect(new.mapTo(page, QPoint(0, 0)), new.size())
        shown = QRect(-page.pos(), self.viewport().size())
        if area.width() > shown.width() or area.height() > shown.height():
            # A list taller than the view: centring it on every click would jump
            # away from the row just clicked; bring its top into view only if none shows.
            if not area.intersects(shown):
                self.ensureVisible(area.x(), area.y(), margin, margin)
            return
        self.ensureWidgetVisible(new, margin, margin)
