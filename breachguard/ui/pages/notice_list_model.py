"""The notice list of the status page: rows from every source, newest first.

Sources are listed side by side, each row labelled with where it came from and
whether it was verified; disagreeing sources are never merged into one verdict.
Severity is shown by a shaped icon and a word, never by colour alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap, QPolygonF

from breachguard.core.feeds.model import FeedState, Notice, sort_newest_first

NoticeRole = Qt.ItemDataRole.UserRole + 1
StateRole = Qt.ItemDataRole.UserRole + 2

# shape, fill, glyph: the shape and glyph carry the meaning for colour-blind users
_ICON_SPECS = {
    "critical": ("octagon", "#c42b1c", "!!"),
    "major": ("triangle", "#d67f00", "!"),
    "minor": ("square", "#b59a00", "!"),
    "info": ("circle", "#1a5fb4", "i"),
    "unknown": ("circle", "#6b6b6b", "?"),
}


def severity_icon(severity: str, size: int = 32) -> QIcon:
    shape, fill, glyph = _ICON_SPECS.get(severity, _ICON_SPECS["unknown"])
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(fill))
    s = float(size)
    if shape == "circle":
        painter.drawEllipse(1, 1, size - 2, size - 2)
    elif shape == "square":
        painter.drawRoundedRect(2, 2, size - 4, size - 4, 4, 4)
    elif shape == "triangle":
        painter.drawPolygon(
            QPolygonF([QPointF(s / 2, 1), QPointF(s - 1, s - 2), QPointF(1, s - 2)])
        )
    else:
        k = s * 0.29
        points = [
            (k, 1),
            (s - k, 1),
            (s - 1, k),
            (s - 1, s - k),
            (s - k, s - 1),
            (k, s - 1),
            (1, s - k),
            (1, k),
        ]
        painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in points]))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(size * (0.42 if shape == "triangle" else 0.5)))
    painter.setFont(font)
    painter.setPen(QColor("white"))
    rect = pixmap.rect().adjusted(0, int(size * 0.12) if shape == "triangle" else 0, 0, 0)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, glyph)
    painter.end()
    icon = QIcon(pixmap)
    icon.addPixmap(pixmap, QIcon.Mode.Selected)  # keep the colours on a selected row
    return icon


@dataclass(frozen=True)
class Row:
    notice: Notice
    state: FeedState


class NoticeListModel(QAbstractListModel):
    """Read-only rows; ``describe`` (set by the page) turns a row into its text so
    that every visible word passes through the page's tr()."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self.describe: Any = lambda row: row.notice.title
        self._icons = {name: severity_icon(name) for name in _ICON_SPECS}

    def set_states(self, states: list[FeedState]) -> None:
        by_notice: dict[int, FeedState] = {}
        notices: list[Notice] = []
        for state in states:
            for notice in state.notices:
                by_notice[id(notice)] = state
                notices.append(notice)
        self.beginResetModel()
        self._rows = [Row(n, by_notice[id(n)]) for n in sort_newest_first(notices)]
        self.endResetModel()

    def refresh_texts(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

    def row_at(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def find(self, notice_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.notice.id == notice_id), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.describe(row)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icons.get(row.notice.severity, self._icons["unknown"])
        if role == NoticeRole:
            return row.notice
        if role == StateRole:
            return row.state
        return None
