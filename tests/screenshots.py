"""Screenshots of every step, taken from a real X window under a private Xvfb.

Run:  python -m tests.screenshots [OUTPUT_DIR] [--scale 2]
(default: resources/screenshots). Every step in English, German and Norwegian
Bokmål, each also in support mode: OUTPUT_DIR/<lang>[-support]/stepN-<id>.png.
The app runs on the Demo Exchange in a fresh temp home; each page is given a
moment to load its data over loopback HTTP before it is captured.
"""

from __future__ import annotations

import argparse
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
language = sys.argv[3] if len(sys.argv) > 3 else "en"
support = len(sys.argv) > 4 and sys.argv[4] == "support"
extras = len(sys.argv) > 5 and sys.argv[5] == "extras"

def settle(ms):
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()

def shoot():
    app = QApplication.instance()
    window = next(w for w in app.topLevelWidgets() if w.objectName() == "mainWindow")
    window.resize(1100, 760)
    if support:
        window.context.session.set_support_mode(True)
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
    if extras:
        shoot_extras(app, window)
    window.close()
    app.quit()

def grab(widget, name):
    image = widget.screen().grabWindow(widget.winId())
    path = out / name
    image.save(str(path))
    print(path, flush=True)

def shoot_extras(app, window):
    # States past the first screen of a step: a 2FA setup in preview, the private
    # window before and after the user says screen sharing is paused, the report.
    from breachguard.core.http import HttpClient, RequestPolicy
    from breachguard.core.strictjson import loads_strict

    window.go_to_step_id("2FA")
    page = window.current_page()
    api = window.context.provider.enrollment_api
    email = "ola.nordmann@gmail.com"
    window.context.session.set_login_email(email)
    answer = HttpClient().post_json(api + "/setup", {"email": email}, policy=RequestPolicy())
    page.accept_text(loads_strict(answer.body)["otpauth_uri"])
    settle(1500)
    grab(window, "step3-2fa-check.png")
    page.show_on_phone()
    private = page.private_window()
    settle(800)
    grab(private, "private-window-masked.png")
    private.confirm_paused()
    settle(500)
    grab(private, "private-window-revealed.png")
    private.close()
    window._show_support_report()
    settle(4000)  # the report probes the keyring and the exchange's clock
    dialog = next(w for w in app.topLevelWidgets() if w.objectName() == "reportDialog")
    grab(dialog, "support-report.png")
    dialog.close()

def run_and_shoot():
    QTimer.singleShot(0, shoot)
    return QApplication.exec_original()

QApplication.exec_original = staticmethod(QApplication.exec)
QApplication.exec = staticmethod(run_and_shoot)
from breachguard import app as bg
sys.exit(bg.main(["--demo", "--language", language]))
"""


def take(
    output: Path,
    display: str,
    steps: str = "",
    extra_env: dict[str, str] | None = None,
    language: str = "en",
    support: bool = False,
    extras: bool = False,
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
            [
                sys.executable,
                "-c",
                CHILD,
                str(output),
                steps,
                language,
                "support" if support else "",
                "extras" if extras else "",
            ],
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

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", nargs="?", type=Path, default=ROOT / "resources" / "screenshots")
    parser.add_argument("--scale", default="", help="QT_SCALE_FACTOR, e.g. 2 for 200%%")
    parser.add_argument("--languages", default="en,de,nb")
    args = parser.parse_args()
    scale = {"QT_SCALE_FACTOR": args.scale} if args.scale else {}
    size = (2560, 1720) if args.scale else (1280, 860)
    # A real, unlocked keyring, as on a normal desktop session.
    with private_xvfb(*size) as display, private_secret_service() as keyring_env:
        for language in args.languages.split(","):
            for support in (False, True):
                folder = args.output / (language + ("-support" if support else ""))
                env = {**keyring_env, **scale}
                for path in take(folder, display, "", env, language, support, extras=True):
                    print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
