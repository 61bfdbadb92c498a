"""Screenshots of every step, taken from a real X window under a private Xvfb.

Run:  python -m tests.screenshots [OUTPUT_DIR]   (default: resources/screenshots)
The app runs on the Demo Exchange in a fresh temp home; each page is given a
moment to load its data over loopback HTTP before it is captured.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = r"""
import sys, time
from pathlib import Path
from PySide6.QtCore import QTimer, QEventLoop, QCoreApplication
from PySide6.QtWidgets import QApplication

out = Path(sys.argv[1])
steps = sys.argv[2].split(",") if len(sys.argv) > 2 and sys.argv[2] else []

def settle(ms):
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()

def shoot():
    app = QApplication.instance()
    window = next(w for w in app.topLevelWidgets() if w.objectName() == "mainWindow")
    window.resize(1100, 760)
    settle(1500)
    for index, page in enumerate(window.pages, start=1):
        if steps and page.STEP_ID not in steps:
            continue
        window.go_to(index - 1)
        settle(1200)
        screen = window.screen()
        image = screen.grabWindow(window.winId())
        path = out / f"step{index}-{page.STEP_ID.lower()}.png"
        image.save(str(path))
        print(path, flush=True)
    window.close()
    app.quit()

def run_and_shoot():
    QTimer.singleShot(0, shoot)
    return QApplication.exec_original()

QApplication.exec_original = staticmethod(QApplication.exec)
QApplication.exec = staticmethod(run_and_shoot)
from breachguard import app as bg
sys.exit(bg.main(["--demo"]))
"""


def take(
    output: Path, display: str, steps: str = "", extra_env: dict[str, str] | None = None
) -> list[Path]:
    output.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as home:
        env = dict(
            os.environ,
            DISPLAY=display,
            QT_QPA_PLATFORM="xcb",
            BREACHGUARD_HOME=home,
            PYTHONPATH=str(ROOT),
            **(extra_env or {}),
        )
        result = subprocess.run(
            [sys.executable, "-c", CHILD, str(output), steps],
            env=env,
            capture_output=True,
            text=True,
            timeout=180,
            check=True,
        )
    return [Path(line) for line in result.stdout.splitlines() if line.endswith(".png")]


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from tests.system_services import private_secret_service, private_xvfb

    output = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "resources" / "screenshots"
    # A real, unlocked keyring, as on a normal desktop session.
    with private_xvfb(1280, 860) as display, private_secret_service() as keyring_env:
        for path in take(output, display, extra_env=keyring_env):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
