"""What a real screen shows, for tests that wait until the X server has painted."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from breachguard.qt.qr import QrError, decode_qimage


def qr_on_screen() -> str | None:
    """The text of a QR code a whole-screen capture shows now, else None."""
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        return None
    try:
        return decode_qimage(screen.grabWindow(0).toImage()).text
    except QrError:
        return None
