"""The app icon: one shield drawn with QPainter, written as the PNG, .ico and .icns
files Briefcase expects (``<stem>-<size>.png`` for Linux, ``<stem>.ico`` for
Windows, ``<stem>.icns`` for macOS).

Regenerate with ``python -m breachguard.packaging.icons resources/icons/breachguard``.
The containers are written here rather than by Qt's image plugins, which are not
part of every PySide6 build.
"""

from __future__ import annotations

import struct
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QPointF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
)

PNG_SIZES = (16, 32, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# Apple's PNG-capable icon types: (type code, pixel size).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)

_TOP = QColor("#2f7fe0")
_BOTTOM = QColor("#123a7a")
_EDGE = QColor("#0b2552")


def _shield_path() -> QPainterPath:
    """The shield outline in a 100×100 box."""
    path = QPainterPath()
    path.moveTo(50, 6)
    path.cubicTo(62, 13, 75, 16, 88, 16)
    path.cubicTo(88, 52, 78, 78, 50, 94)
    path.cubicTo(22, 78, 12, 52, 12, 16)
    path.cubicTo(25, 16, 38, 13, 50, 6)
    path.closeSubpath()
    return path


def render_icon(size: int) -> QImage:
    """The shield at ``size``×``size`` pixels on a transparent background."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 100, size / 100)
    shield = _shield_path()
    gradient = QLinearGradient(QPointF(50, 6), QPointF(50, 94))
    gradient.setColorAt(0, _TOP)
    gradient.setColorAt(1, _BOTTOM)
    painter.setPen(QPen(_EDGE, 3 if size <= 32 else 2))
    painter.setBrush(QBrush(gradient))
    painter.drawPath(shield)
    if size >= 64:
        # A thin inner rim reads as "badge" at large sizes and is noise when small.
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor(255, 255, 255, 90), 1.5))
        painter.save()
        painter.translate(50, 50)
        painter.scale(0.86, 0.86)
        painter.translate(-50, -50)
        painter.drawPath(shield)
        painter.restore()
    check = QPainterPath()
    check.moveTo(32, 49)
    check.lineTo(45, 62)
    check.lineTo(69, 36)
    pen = QPen(QColor("white"), 11 if size <= 32 else 9)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(check)
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6 6.12 refuses bytes here although its stubs ask for them.
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]
        raise RuntimeError("Qt could not encode the icon as PNG")
    return bytes(buffer.data().data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding PNG images (supported since Windows Vista)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    directory = b""
    for size in sizes:
        data = pngs[size]
        edge = 0 if size >= 256 else size  # 0 means 256 in the directory entry
        directory += struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return header + directory + b"".join(pngs[size] for size in sizes)


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns holding PNG images, one per icon type."""
    body = b"".join(
        code + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for code, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write_icon_set(stem: Path) -> list[Path]:
    """Write ``stem-<size>.png``, ``stem.ico`` and ``stem.icns``; returns the files written."""
    if QGuiApplication.instance() is None:
        raise RuntimeError("a QGuiApplication must exist to render the icon")
    sizes = sorted({*PNG_SIZES, *ICO_SIZES, *(size for _code, size in ICNS_TYPES)})
    pngs = {size: png_bytes(render_icon(size)) for size in sizes}
    stem.parent.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for size in PNG_SIZES:
        target = stem.with_name(f"{stem.name}-{size}.png")
        target.write_bytes(pngs[size])
        written.append(target)
    ico = stem.with_name(f"{stem.name}.ico")
    ico.write_bytes(ico_bytes({size: pngs[size] for size in ICO_SIZES}))
    icns = stem.with_name(f"{stem.name}.icns")
    icns.write_bytes(icns_bytes(pngs))
    return [*written, ico, icns]


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 1:
        print("usage: python -m breachguard.packaging.icons STEM", file=sys.stderr)
        return 2
    app = QGuiApplication.instance() or QGuiApplication(["breachguard-icons"])
    for path in write_icon_set(Path(args[0])):
        print(path)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
