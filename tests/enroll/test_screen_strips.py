"""Scanning the screen in strips, against a real X server: the code is found even
where it straddles strip borders, and the event loop runs between strips."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

CHILD = r"""
import io, sys
import segno
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QApplication, QLabel
from breachguard.qt import qr
from tests.support.screen import qr_on_screen
from tests.support.waiting import spin_until

app = QApplication(sys.argv)
buffer = io.BytesIO()
segno.make("otpauth://totp/Demo:x?secret=JBSWY3DPEHPK3PXP&issuer=Demo", error="m").save(
    buffer, kind="png", scale=6, border=4)
label = QLabel()
label.setPixmap(QPixmap.fromImage(QImage.fromData(buffer.getvalue())))
label.move(200, 150)  # with 100-row strips, the code spans several of them
label.show()

if not spin_until(lambda: qr_on_screen() is not None, 20):
    sys.exit("the label with the code never reached the screen")
ticks = []
ticker = QTimer()
ticker.timeout.connect(lambda: ticks.append(1))
ticker.start(0)
outcome = {}
loop = QEventLoop()
def done(strips):
    outcome["strips"] = strips
    loop.quit()
def failed(error):
    outcome["error"] = error
    loop.quit()
grabber = qr.StripGrabber(done, failed, rows_per_strip=100)
grabber.start()
loop.exec()
ticker.stop()
strips = outcome["strips"]
print("strips", len(strips), "ticks", len(ticks))
print("text", qr.decode_strips(strips).text)
"""


@pytest.mark.xvfb
def test_strip_capture_of_a_real_screen_finds_the_code(xvfb_display: str, tmp_path: Path) -> None:
    env = dict(
        os.environ,
        DISPLAY=xvfb_display,
        QT_QPA_PLATFORM="xcb",
        BREACHGUARD_HOME=str(tmp_path / "home"),
        PYTHONPATH=str(ROOT),
    )
    result = subprocess.run(
        [sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines() if " " in line)
    assert lines["text"].startswith("otpauth://totp/Demo:x?")
    count, _, ticks = lines["strips"].partition(" ticks ")
    assert int(count) >= 8  # an 800-row private screen in 100-row strips
    assert int(ticks) >= int(count) - 1, "the event loop ran between strips"
