"""QR codes from images, files, the clipboard and the screen, all in memory.

zxing-cpp reads the pixels in place (passing a QImage directly fails with PySide6
6.12); it also reads inverted (dark-mode) codes. Captured screens are never written
to disk. ``decode_qimage`` is CPU-bound: call it through the TaskRunner.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QObject,
    QRect,
    QSize,
    QTimer,
)
from PySide6.QtGui import QGuiApplication, QImage, QImageReader

from breachguard.core.localfiles import FileTooLarge, NotARegularFile, read_bounded

MAX_IMAGE_SIDE = 4096
MAX_FILE_BYTES = 20 * 1024 * 1024


def _tr(text: str) -> str:
    return QCoreApplication.translate("qr", text)


class QrError(Exception):
    """No usable QR code; ``str()`` is for people."""

    def __init__(self, code: str, message: str) -> None:
        self.code = code
        super().__init__(message)


@dataclass(frozen=True)
class QrResult:
    texts: tuple[str, ...] = field(repr=False)  # every QR code found; may hold a secret

    @property
    def text(self) -> str:
        return self.texts[0]


def check_size(image: QImage) -> None:
    if image.isNull():
        raise QrError("no_image", _tr("This is not an image BreachGuard can read."))
    _check_dimensions(image.width(), image.height())


def _check_dimensions(width: int, height: int) -> None:
    if width > MAX_IMAGE_SIDE or height > MAX_IMAGE_SIDE:
        raise QrError(
            "too_large",
            _tr("The image is larger than {limit}×{limit} pixels; crop it to the QR code.").format(
                limit=MAX_IMAGE_SIDE
            ),
        )


def decode_qimage(image: QImage) -> QrResult:
    """All QR codes in ``image`` (normal or inverted). Safe on a worker thread."""
    import zxingcpp  # deferred: only needed once the user brings in a code

    check_size(image)
    view, _owner = _pixels(image, zxingcpp)  # the owner keeps the viewed pixels alive
    return _read(zxingcpp, view)


def decode_strips(strips: list[QImage]) -> QrResult:
    """Decodes screen strips (same width, RGB32, top to bottom) as one image; see
    StripGrabber. Safe on a worker thread: joining them is a plain memory copy."""
    import zxingcpp

    if not strips:
        raise QrError("no_capture", _tr("The screen could not be captured."))
    width, line = strips[0].width(), strips[0].bytesPerLine()
    if any(
        s.width() != width or s.bytesPerLine() != line or s.format() not in _OPAQUE_32
        for s in strips
    ):
        raise ValueError("strips must share width and the RGB32 format")
    height = sum(s.height() for s in strips)
    _check_dimensions(width, height)
    data = b"".join(memoryview(s.constBits())[: line * s.height()] for s in strips)
    order = zxingcpp.ImageFormat.BGRA if sys.byteorder == "little" else zxingcpp.ImageFormat.ARGB
    raw = memoryview(data).cast("B", (height, line))
    return _read(zxingcpp, zxingcpp.ImageView(raw, width, height, order, line, 4))


def _read(zxingcpp: Any, view: Any) -> QrResult:
    formats = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)
    results = zxingcpp.read_barcodes(view, formats=formats, try_invert=True)
    texts = tuple(result.text for result in results if result.valid and result.text)
    if not texts:
        raise QrError(
            "no_qr",
            _tr(
                "No QR code was found. Make sure the whole code is visible, sharp and not "
                "cut off, then try again."
            ),
        )
    return QrResult(texts)


# 32-bit formats zxing reads in place (byte order in memory: 0xAARRGGBB words).
_OPAQUE_32 = (QImage.Format.Format_RGB32,)


def _pixels(image: QImage, zxingcpp: Any) -> tuple[Any, QImage]:
    """A view of the pixels for zxing. Screen captures (RGB32) are read in place:
    converting a 4K capture to grey holds the interpreter lock for ~150 ms, which
    froze the window although the work ran on a worker thread."""
    if image.format() == QImage.Format.Format_Grayscale8:
        gray = image
    elif image.format() in _OPAQUE_32:
        order = (
            zxingcpp.ImageFormat.BGRA if sys.byteorder == "little" else zxingcpp.ImageFormat.ARGB
        )
        raw = memoryview(image.constBits()).cast("B", (image.height(), image.bytesPerLine()))
        view = zxingcpp.ImageView(
            raw, image.width(), image.height(), order, image.bytesPerLine(), 4
        )
        return view, image
    else:
        # Transparency, palettes, 16-bit: let Qt flatten them to grey first.
        gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    return memoryview(gray.constBits()).cast("B", (gray.height(), gray.bytesPerLine())), gray


def load_image_file(path: str) -> QImage:
    """Reads an image file, refusing huge files and dimensions before decoding pixels.

    The file is read once, bounded, and must be a regular file (a pipe or a link
    to a device is refused, not waited on); Qt decodes the bytes in memory."""
    name = os.path.basename(path)
    try:
        data = read_bounded(path, limit=MAX_FILE_BYTES)
    except FileNotFoundError:
        raise QrError("no_file", _tr("The file {name} does not exist.").format(name=name)) from None
    except FileTooLarge:
        raise QrError("too_large", _tr("The file is too large to be a QR code picture.")) from None
    except NotARegularFile:
        raise QrError(
            "not_a_file",
            _tr("{name} is not a picture file (it is a folder, a device or a pipe).").format(
                name=name
            ),
        ) from None
    except OSError as exc:
        raise QrError(
            "unreadable",
            _tr("The file {name} cannot be read ({reason}).").format(
                name=name, reason=exc.strerror or exc
            ),
        ) from None
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    image, size, reason = _read_image(buffer)
    buffer.close()
    if size.isValid() and (size.width() > MAX_IMAGE_SIDE or size.height() > MAX_IMAGE_SIDE):
        raise QrError(
            "too_large",
            _tr("The image is larger than {limit}×{limit} pixels; crop it to the QR code.").format(
                limit=MAX_IMAGE_SIDE
            ),
        )
    if image.isNull():
        raise QrError(
            "no_image",
            _tr("This file could not be read as an image ({reason}).").format(reason=reason),
        )
    return image


def _read_image(buffer: QBuffer) -> tuple[QImage, QSize, str]:
    """(image, its stated size, the reader's error): the pixels are decoded only when
    the stated size is within bounds. The reader lives only inside this function: its
    format plugin (TIFF's) still touches the device when it goes, so it must go while
    the buffer is there (the other order crashed on a TIFF file)."""
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and (size.width() > MAX_IMAGE_SIDE or size.height() > MAX_IMAGE_SIDE):
        return QImage(), size, ""
    image = reader.read()
    return image, size, reader.errorString()


def decode_file(path: str) -> QrResult:
    return decode_qimage(load_image_file(path))


def clipboard_image() -> QImage | None:
    """The image on the clipboard, if any (GUI thread only)."""
    mime = QGuiApplication.clipboard().mimeData()
    if mime is None or not mime.hasImage():
        return None
    image = QGuiApplication.clipboard().image()
    return None if image.isNull() else image


def is_wayland() -> bool:
    return QGuiApplication.platformName().startswith("wayland")


class StripGrabber(QObject):
    """Captures the screen in horizontal strips, one per event-loop turn.

    Grabbing a whole 4K screen takes 70–150 ms on the GUI thread (it must run
    there); strips of a few hundred rows take about 10 ms each, so the window keeps
    answering. The strips go to :func:`decode_strips` on a worker.
    """

    def __init__(
        self,
        on_done: Callable[[list[QImage]], None],
        on_error: Callable[[QrError], None],
        *,
        rows_per_strip: int = 400,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._on_done = on_done
        self._on_error = on_error
        self._rows = max(1, rows_per_strip)
        self._strips: list[QImage] = []
        self._next_row = 0
        self._area = QRect()
        self._origin = QRect()
        self._screen: Any = None

    def start(self, region: QRect | None = None) -> None:
        """Begins with ``region`` (global coordinates) or the whole primary screen."""
        if region is not None:
            screen = QGuiApplication.screenAt(region.center()) or QGuiApplication.primaryScreen()
        else:
            screen = QGuiApplication.primaryScreen()
        if screen is None:
            self._on_error(QrError("no_screen", _tr("There is no screen to capture.")))
            return
        self._screen = screen
        self._origin = screen.geometry()
        self._area = region.intersected(self._origin) if region is not None else self._origin
        self._strips = []
        self._next_row = 0
        QTimer.singleShot(0, self._grab_next)

    def _grab_next(self) -> None:
        area, origin = self._area, self._origin
        rows = min(self._rows, area.height() - self._next_row)
        pixmap = self._screen.grabWindow(
            0, area.x() - origin.x(), area.y() - origin.y() + self._next_row, area.width(), rows
        )
        image = pixmap.toImage()
        if image.isNull():
            self._on_error(QrError("no_capture", _tr("The screen could not be captured.")))
            return
        if image.format() not in _OPAQUE_32:
            image = image.convertToFormat(QImage.Format.Format_RGB32)  # small: one strip
        self._strips.append(image)
        self._next_row += rows
        if self._next_row < area.height():
            QTimer.singleShot(0, self._grab_next)
        else:
            strips, self._strips = self._strips, []
            self._on_done(strips)
