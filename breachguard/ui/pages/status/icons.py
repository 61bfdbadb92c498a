"""Shaped icons for severities and component health: the shape and glyph carry the
meaning (for colour-blind users and in high contrast), the colour only backs it up."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap, QPolygonF

# shape, fill, glyph
_SEVERITY = {
    "critical": ("octagon", "#c42b1c", "!!"),
    "major": ("triangle", "#d67f00", "!"),
    "minor": ("square", "#b59a00", "!"),
    "info": ("circle", "#1a5fb4", "i"),
    "unknown": ("circle", "#6b6b6b", "?"),
}
_AREA = {
    "operational": ("circle", "#2b7a3d", "✓"),
    "degraded_performance": ("square", "#8a6d00", "~"),
    "partial_outage": ("triangle", "#c25e00", "!"),
    "major_outage": ("octagon", "#c42b1c", "✕"),
    "under_maintenance": ("diamond", "#1a5fb4", "i"),
    "unknown": ("circle", "#6b6b6b", "?"),
}
SEVERITIES = tuple(_SEVERITY)


def _outline(shape: str, s: float) -> QPolygonF:
    if shape == "triangle":
        points = [(s / 2, 1), (s - 1, s - 2), (1, s - 2)]
    elif shape == "diamond":
        points = [(s / 2, 1), (s - 1, s / 2), (s / 2, s - 1), (1, s / 2)]
    else:  # octagon
        k = s * 0.29
        points = [(k, 1), (s - k, 1), (s - 1, k), (s - 1, s - k), (s - k, s - 1), (k, s - 1),
                  (1, s - k), (1, k)]  # fmt: skip
    return QPolygonF([QPointF(x, y) for x, y in points])


def _paint(shape: str, fill: str, glyph: str, size: int) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(fill))
    if shape == "circle":
        painter.drawEllipse(1, 1, size - 2, size - 2)
    elif shape == "square":
        painter.drawRoundedRect(2, 2, size - 4, size - 4, 4, 4)
    else:
        painter.drawPolygon(_outline(shape, float(size)))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(size * (0.42 if shape in ("triangle", "diamond") else 0.5)))
    painter.setFont(font)
    painter.setPen(QColor("white"))
    rect = pixmap.rect().adjusted(0, int(size * 0.12) if shape == "triangle" else 0, 0, 0)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, glyph)
    painter.end()
    icon = QIcon(pixmap)
    icon.addPixmap(pixmap, QIcon.Mode.Selected)  # keep the colours on a selected row
    return icon


def severity_icon(severity: str, size: int = 32) -> QIcon:
    return _paint(*_SEVERITY.get(severity, _SEVERITY["unknown"]), size)


def area_icon(status: str, size: int = 20) -> QIcon:
    return _paint(*_AREA.get(status, _AREA["unknown"]), size)
