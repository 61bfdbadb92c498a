"""The committed icon set: every size Briefcase needs, readable by Qt's own
ico/icns readers, and what the generator draws today."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QImageReader

from breachguard.packaging.icons import (
    ICNS_TYPES,
    ICO_SIZES,
    PNG_SIZES,
    render_icon,
    write_icon_set,
)

ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons"


def frame_sizes(path: Path) -> list[int]:
    reader = QImageReader(str(path))
    sizes = []
    for index in range(reader.imageCount()):
        assert reader.jumpToImage(index)
        image = reader.read()
        assert not image.isNull(), f"{path.name} frame {index}: {reader.errorString()}"
        assert image.width() == image.height()
        sizes.append(image.width())
    return sizes


@pytest.mark.usefixtures("qapp")
def test_committed_pngs_have_their_sizes() -> None:
    for size in PNG_SIZES:
        image = QImage(str(ICONS / f"breachguard-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel()


@pytest.mark.usefixtures("qapp")
def test_committed_ico_and_icns_open_in_qt() -> None:
    assert sorted(frame_sizes(ICONS / "breachguard.ico")) == sorted(ICO_SIZES)
    assert sorted(frame_sizes(ICONS / "breachguard.icns")) == sorted(
        size for _code, size in ICNS_TYPES
    )


@pytest.mark.usefixtures("qapp")
def test_shield_has_a_transparent_outside_and_a_white_check() -> None:
    image = render_icon(128)
    assert image.pixelColor(2, 2).alpha() == 0  # corner: outside the shield
    assert image.pixelColor(64, 125).alpha() == 0  # below the point
    body = image.pixelColor(64, 20)
    assert body.alpha() == 255 and body.blue() > body.red()
    check = image.pixelColor(int(128 * 0.45), int(128 * 0.62))  # the check's corner
    assert check == QColor("white")


@pytest.mark.usefixtures("qapp")
def test_generator_writes_the_set_briefcase_expects(tmp_path: Path) -> None:
    written = write_icon_set(tmp_path / "acme")
    names = sorted(path.name for path in written)
    assert names == sorted([*(f"acme-{size}.png" for size in PNG_SIZES), "acme.ico", "acme.icns"])
    assert sorted(frame_sizes(tmp_path / "acme.ico")) == sorted(ICO_SIZES)
