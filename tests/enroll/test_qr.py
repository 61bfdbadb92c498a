"""QR decoding from images, files and the clipboard (in memory, zxing-cpp)."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
import segno
from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication, QImage, QPainter

from breachguard.qt import qr

URI = "otpauth://totp/Demo%20Exchange:ola@example.com?secret=JBSWY3DPEHPK3PXP&issuer=Demo"


def qr_image(text: str = URI, scale: int = 4) -> QImage:
    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="png", scale=scale, border=4)
    image = QImage.fromData(buffer.getvalue())
    assert not image.isNull()
    return image


def test_decode_image(qapp: Any) -> None:
    assert qr.decode_qimage(qr_image()).text == URI


def test_decode_inverted_dark_mode(qapp: Any) -> None:
    image = qr_image()
    image.invertPixels()
    assert qr.decode_qimage(image).text == URI


def test_decode_dark_mode_screen_capture_read_in_place(qapp: Any) -> None:
    # RGB32 (what screen grabs give) is handed to zxing without a grey copy.
    screen = QImage(1920, 1080, QImage.Format.Format_RGB32)
    screen.fill(0xFF000000)
    code = qr_image(scale=3).convertToFormat(QImage.Format.Format_RGB32)
    code.invertPixels()  # light modules on a dark page
    painter = QPainter(screen)
    painter.drawImage(300, 200, code)
    painter.end()
    assert screen.format() == QImage.Format.Format_RGB32
    assert qr.decode_qimage(screen).text == URI


def test_decode_small_code_on_full_screen_capture(qapp: Any) -> None:
    screen = QImage(1920, 1080, QImage.Format.Format_RGB32)
    screen.fill(0xFF303030)
    painter = QPainter(screen)
    painter.fillRect(QRect(1400, 600, 200, 200), 0xFFFFFFFF)
    painter.drawImage(1420, 620, qr_image(scale=2))
    painter.end()
    assert qr.decode_qimage(screen).text == URI


def test_decode_file(qapp: Any, tmp_path: Path) -> None:
    path = tmp_path / "code.png"
    segno.make(URI, error="m").save(str(path), scale=5)
    assert qr.decode_file(str(path)).text == URI


@pytest.mark.parametrize("suffix", ["tif", "jpg", "bmp"])
def test_decode_files_of_other_formats(qapp: Any, tmp_path: Path, suffix: str) -> None:
    # The TIFF reader still touches its device when it is destroyed; reading a TIFF
    # once crashed the process (a real-world case did: a photo saved as TIFF).
    path = tmp_path / f"code.{suffix}"
    if not qr_image(scale=6).save(str(path)):
        pytest.skip(f"this Qt cannot write {suffix} files")
    assert qr.decode_file(str(path)).text == URI


def test_decode_clipboard_image(qapp: Any) -> None:
    QGuiApplication.clipboard().setImage(qr_image())
    image = qr.clipboard_image()
    assert image is not None
    assert qr.decode_qimage(image).text == URI
    QGuiApplication.clipboard().setText("plain text")
    assert qr.clipboard_image() is None


def test_result_repr_hides_the_secret(qapp: Any) -> None:
    assert "JBSWY3DPEHPK3PXP" not in repr(qr.decode_qimage(qr_image()))


def test_no_qr_code(qapp: Any) -> None:
    blank = QImage(200, 200, QImage.Format.Format_RGB32)
    blank.fill(0xFFFFFFFF)
    with pytest.raises(qr.QrError) as info:
        qr.decode_qimage(blank)
    assert info.value.code == "no_qr"


def test_huge_image_is_refused_before_decoding(qapp: Any, tmp_path: Path) -> None:
    with pytest.raises(qr.QrError) as info:
        qr.decode_qimage(QImage(4097, 8, QImage.Format.Format_Grayscale8))
    assert info.value.code == "too_large"
    path = tmp_path / "wide.png"
    QImage(5000, 4, QImage.Format.Format_Grayscale8).save(str(path))
    with pytest.raises(qr.QrError) as file_info:
        qr.decode_file(str(path))
    assert file_info.value.code == "too_large"


def test_not_an_image_file(qapp: Any, tmp_path: Path) -> None:
    path = tmp_path / "notes.png"
    path.write_text("not a picture")
    with pytest.raises(qr.QrError) as info:
        qr.decode_file(str(path))
    assert info.value.code == "no_image"


def test_app_store_link_decodes_but_is_not_a_setup_code(qapp: Any) -> None:
    from breachguard.core.otpauth import OtpUriError, parse_uri

    text = qr.decode_qimage(qr_image("https://apps.apple.com/app/id388497605")).text
    with pytest.raises(OtpUriError, match="not a 2FA setup code"):
        parse_uri(text)


def test_strips_decode_like_the_whole_image(qapp: Any) -> None:
    screen = QImage(1280, 900, QImage.Format.Format_RGB32)
    screen.fill(0xFFFFFFFF)
    painter = QPainter(screen)
    painter.drawImage(500, 300, qr_image(scale=3))  # straddles the strip borders below
    painter.end()
    strips = [screen.copy(0, top, 1280, min(256, 900 - top)) for top in range(0, 900, 256)]
    assert len(strips) == 4
    assert qr.decode_strips(strips).text == URI
    with pytest.raises(qr.QrError) as info:
        qr.decode_strips([])
    assert info.value.code == "no_capture"
    with pytest.raises(ValueError):
        qr.decode_strips([strips[0], strips[1].copy(0, 0, 640, 256)])
