"""The triage list: one row per story, in groups, the worst open story first.

Open stories (by severity, then the latest change), then planned maintenance with
its window in the user's time, then resolved ones; each group under a heading row
that the keyboard skips. A story's row names where its lead copy comes from and
whether it was verified, and says when the same story is also on another source.
Severity is shown by a shaped icon and a word, never by colour alone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QIcon, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from breachguard.core.feeds.stories import Story, StoryGroup
from breachguard.qt.i18n import core_text
from breachguard.ui.format import TimeFormat
from breachguard.ui.pages.status.icons import SEVERITIES, severity_icon
from breachguard.ui.pages.status.wording import severity_text, source_kind, status_text

StoryRole = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("StatusPage", text)


def group_heading(group: StoryGroup, count: int) -> str:
    text = {
        StoryGroup.OPEN: _tr("Open now ({count})"),
        StoryGroup.PLANNED: _tr("Planned maintenance ({count})"),
        StoryGroup.RESOLVED: _tr("Resolved ({count})"),
    }[group]
    return text.format(count=count)


def also_text(story: Story) -> str:
    """The "also on the status page" note, when another source has the same story."""
    if not story.also:
        return ""
    if any(copy.state.format.startswith("statuspage") for copy in story.also):
        return _tr("also on the status page")
    return _tr("also on {label}").format(label=core_text(story.also[0].state.label))


@dataclass(frozen=True)
class Row:
    story: Story | None = None  # None: a group heading
    group: StoryGroup | None = None
    count: int = 0


class StoryListModel(QAbstractListModel):
    """Read-only rows built from ``build_stories()``; texts are made on request, so
    ages stay current and every visible word passes through the translations."""

    def __init__(
        self,
        times: TimeFormat,
        is_read: Callable[[str], bool],
        language: Callable[[], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._times = times
        self._is_read = is_read
        self._language = language
        self._rows: list[Row] = []
        self._stories: tuple[Story, ...] = ()
        self._icons: dict[str, QIcon] = {name: severity_icon(name) for name in SEVERITIES}

    # -- content -------------------------------------------------------------------

    def set_stories(self, stories: Sequence[Story]) -> None:
        rows: list[Row] = []
        for group in StoryGroup:
            members = [story for story in stories if story.group is group]
            if members:
                rows.append(Row(group=group, count=len(members)))
                rows.extend(Row(story=story) for story in members)
        self.beginResetModel()
        self._stories = tuple(row.story for row in rows if row.story is not None)
        self._rows = rows
        self.endResetModel()

    def stories(self) -> tuple[Story, ...]:
        """The stories in the order shown."""
        return self._stories

    def story_at(self, row: int) -> Story | None:
        return self._rows[row].story if 0 <= row < len(self._rows) else None

    def find(self, notice_id: str) -> int:
        """The row of the story that holds the notice ``notice_id`` (in any copy)."""
        for index, row in enumerate(self._rows):
            story = row.story
            if story is None:
                continue
            ids = [story.lead.notice.id, *(c.notice.id for c in story.also)]
            ids += [notice.id for notice in story.earlier]
            if notice_id in ids:
                return index
        return -1

    def find_key(self, key: str) -> int:
        return next(
            (i for i, row in enumerate(self._rows) if row.story and row.story.key == key), -1
        )

    def refresh_texts(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

    # -- wording -------------------------------------------------------------------

    def describe(self, story: Story) -> str:
        notice = story.lead.notice
        tags = [severity_text(story.severity).upper(), status_text(notice.status)]
        if notice.correction_of:
            tags.append(_tr("✎ Correction"))
        title = notice.localized(self._language()).title
        if not all(self._is_read(key) for key in story.read_keys):
            title = _tr("● New · {title}").format(title=title)
        source = f"{core_text(story.lead.state.label)}, {source_kind(story.lead.state.verified)}"
        also = also_text(story)
        if also:
            source = f"{source} · {also}"
        # The title first, then one line (wrapped if need be) of what, when and where.
        if story.group is StoryGroup.PLANNED and notice.window_start is not None:
            window = self._times.window(notice.window_start, notice.window_end)
            if notice.status == "scheduled":  # "Scheduled · Planned: …" says it twice
                tags = tags[:1]
            return _tr("{title}\n{tags} · Planned: {window} · {source}").format(
                tags=" · ".join(tags), title=title, window=window, source=source
            )
        when = _tr("time unknown") if notice.when is None else self._times.short(notice.when)
        relative = self._times.age(notice.when.timestamp()) if notice.when else ""
        return _tr("{title}\n{tags} · {when}{relative} · {source}").format(
            tags=" · ".join(tags),
            title=title,
            when=when,
            relative=f" ({relative})" if relative else "",
            source=source,
        )

    # -- Qt model ------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        row = self._rows[index.row()] if index.isValid() else None
        if row is None or row.story is None:
            return Qt.ItemFlag.NoItemFlags  # headings: skipped by the keyboard, never selected
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if row.story is None:
            return self._heading_data(row, role)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.describe(row.story)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icons.get(row.story.severity, self._icons["unknown"])
        if role == StoryRole:
            return row.story
        return None

    def _heading_data(self, row: Row, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            assert row.group is not None
            return group_heading(row.group, row.count)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont(QApplication.font())
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            # A heading is not a disabled item: it keeps the normal text colour.
            return QApplication.palette().brush(QPalette.ColorRole.WindowText)
        return None


class _RowDelegate(QStyledItemDelegate):
    """Measures every row at the width the list shows it at. Qt measured a wrapped row
    at one width while laying the list out and at another while painting it, so a
    row could be painted shorter than its place and its last line cut off."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        measured = QStyleOptionViewItem(option)
        width = self._view.viewport().width() - 2 * self._view.spacing()
        measured.rect = QRect(0, 0, max(width, 1), option.rect.height())
        return super().sizeHint(measured, index)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        # The selected row is blue whether or not the list has the keyboard: a frame
        # on the current row shows where Tab has brought the focus.
        if option.state & QStyle.StateFlag.State_HasFocus and self._view.hasFocus():
            painter.save()
            pen = QPen(option.palette.color(QPalette.ColorRole.WindowText), 2)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(option.rect.adjusted(1, 1, -1, -1))
            painter.restore()


class StoryListView(QListView):
    def __init__(self, model: StoryListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("status.noticeList")
        self.setAccessibleName(_tr("Notices, most urgent first"))
        self.setModel(model)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        # Laid out a few dozen rows per event-loop turn: a feed at its 500-notice cap
        # froze the window for a quarter of a second in one go.
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(25)
        self.setSpacing(3)
        # Rows are laid out again when the width changes (a scroll bar appears, the
        # splitter moves): wrapped rows otherwise keep the height of another width.
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setItemDelegate(_RowDelegate(self))
        self.setMinimumWidth(280)

    def moveCursor(
        self, cursorAction: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        # Home, End and the page keys may land on a group heading, which cannot be
        # selected, and then nothing happened: go on to the nearest story instead.
        index = super().moveCursor(cursorAction, modifiers)
        model = self.model()
        if not index.isValid() or model.flags(index) & Qt.ItemFlag.ItemIsSelectable:
            return index
        Action = QAbstractItemView.CursorAction
        backwards = cursorAction in (Action.MoveEnd, Action.MovePageUp, Action.MoveUp)
        rows = range(index.row(), -1, -1) if backwards else range(index.row(), model.rowCount())
        for row in (*rows, *reversed(rows)):
            candidate = model.index(row, 0)
            if model.flags(candidate) & Qt.ItemFlag.ItemIsSelectable:
                return candidate
        return index
