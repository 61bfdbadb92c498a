"""Start-up benchmark: BreachGuard's first frame against a bare PySide6 window's.

Run:  python -m tests.benchmarks.startup [--runs 7]
Each run is a fresh process. Time is measured from just before the process is
spawned to the end of the window's first paint; memory is the child's peak RSS at
that moment. Both are reported as medians and as ratios against the bare window
measured in the same run, next to a plain-widgets frame (the same parts with no
code of BreachGuard's: the floor for any first frame that shows something). Uses a
private Xvfb and a private session bus with a keyring when available (a real X
window on a desktop session), else offscreen.

A later start draws the window first as an outline (core.outline): the Demo
Exchange is started with --demo, an exchange's own profile as from the desktop's
menu once installed, and the time its window is first painted filled, with its
real pages, is reported too. A profile file on the command line is checked
before any window and is timed as well.

A first frame counts only if it is real: BreachGuard's shows the five steps, the
heading and step 1 saying something, under the app's title, and its pixels are
not one colour. Both sides run from compiled bytecode, as an installed app does.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]

_PROBE = """
import json, os, resource, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


def _painted_share(window):
    # Share of sampled pixels that differ from the window's commonest colour: a
    # window mapped empty is one colour.
    image = window.grab().toImage()
    step = max(1, min(image.width(), image.height()) // 100)
    samples = [
        image.pixel(x, y)
        for y in range(0, image.height(), step)
        for x in range(0, image.width(), step)
    ]
    if not samples:
        return 0.0
    background = max(set(samples), key=samples.count)
    return sum(1 for s in samples if s != background) / len(samples)


class FirstPaint(QObject):
    # Reports when the window's first frame is painted, and what is in it; for an
    # outline, also when the window is first painted filled.
    def __init__(self, window, describe):
        super().__init__(window)
        self.window, self.describe, self.seen, self.filled = window, describe, False, False
        self.probing = 0.0  # this probe's own time, never counted
        window.installEventFilter(self)

    def eventFilter(self, watched, event):
        if watched is not self.window or event.type() != QEvent.Type.Paint:
            return False
        if not self.seen:
            self.seen = True
            # What this frame paints, read as it starts.
            started = time.perf_counter()
            self.frame = self.describe(self.window)
            self.probing += time.perf_counter() - started
            QTimer.singleShot(0, self.report)  # once the whole frame is painted
        elif self.result is not None and not self.filled and self.window.attached:
            self.filled = True
            QTimer.singleShot(0, self.report_filled)
        return False

    result = None

    def report(self):
        elapsed = time.time() - float(os.environ["BG_BENCH_T0"]) - self.probing
        rss_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        started = time.perf_counter()
        frame = self.frame
        frame["painted_share"] = _painted_share(self.window)
        modules = ("requests", "keyring", "cryptography", "phonenumbers", "zxingcpp",
                   "segno", "http.server", "pyotp")
        frame["deferred_loaded"] = [m for m in modules if m in sys.modules]
        # What else the frame cost: our modules loaded, and whether PySide built the
        # Qt namespace (its enums, ~15 ms), which an outline's path never touches.
        frame["our_modules"] = sorted(m for m in sys.modules if m.split(".")[0] == "breachguard")
        frame["qt_namespace"] = "Qt" in sys.modules["PySide6.QtCore"].__dict__
        self.result = {"seconds": elapsed, "rss_mib": rss_mib, "frame": frame}
        self.probing += time.perf_counter() - started
        if not frame.get("outline"):
            self.result.update(filled_seconds=elapsed, filled_rss_mib=rss_mib)
            self.finish()

    def report_filled(self):
        # The outline's window, filled with its real pages: clicks work from here.
        self.result["filled_seconds"] = (
            time.time() - float(os.environ["BG_BENCH_T0"]) - self.probing
        )
        self.result["filled_rss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        self.finish()

    def finish(self):
        print(json.dumps(self.result), flush=True)
        QApplication.instance().quit()


def watch_first_show(describe):
    # The probe goes on at show(), before any event can paint the window.
    original = QMainWindow.show

    def show(window):
        if not getattr(window, "_bench_probe", None) and window.objectName() in ("bare", "mainWindow"):
            window._bench_probe = FirstPaint(window, describe)
        original(window)

    QMainWindow.show = show
"""

BARE = (
    _PROBE
    + """
watch_first_show(lambda window: {"kind": "bare"})
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setObjectName("bare")
window.resize(980, 680)
window.show()
app.exec()
"""
)

# The floor for any first frame that shows something: the same parts as
# BreachGuard's (five steps, a banner, the heading, one status line) in plain Qt
# widgets, with no code of BreachGuard's. Qt's enum namespace is touched once, as
# any real layout does (alignment); its first use alone costs PySide ~15 ms.
PLAIN_FRAME = (
    _PROBE
    + """
watch_first_show(lambda window: {"kind": "plain"})
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication, QHBoxLayout, QLabel, QListWidget, QMainWindow, QVBoxLayout, QWidget,
)
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setObjectName("bare")
window.setWindowTitle("Step 1 of 4 \u2014 Exchange status \u00b7 BreachGuard")
window.resize(980, 680)
central = QWidget()
row = QHBoxLayout(central)
steps = QListWidget()
steps.addItems(["1  Exchange status", "2  Your login email",
                "3  Set up two-factor authentication again", "4  Safety checklist", "Summary"])
row.addWidget(steps)
column = QVBoxLayout()
column.addWidget(QLabel("Demo Exchange \u2014 sample data. Nothing you do here touches a real account."))
heading = QLabel("<b>Step 1 of 4 \u2014 Exchange status</b>")
heading.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
column.addWidget(heading)
column.addWidget(QLabel("Checking Demo Exchange notices\u2026"))
column.addStretch(1)
row.addLayout(column, 1)
window.setCentralWidget(central)
window.show()
app.exec()
"""
)

BREACHGUARD = (
    _PROBE
    + """
def describe(window):
    # What a customer sees in the first frame: the step list, the heading and step 1
    # with what it says, whether the window is still its outline or built whole.
    from PySide6.QtWidgets import QLabel, QListWidget, QStackedWidget
    steps = window.findChild(QListWidget, "main.stepList")
    heading = window.findChild(QLabel, "main.heading")
    stack = window.findChild(QStackedWidget, "main.pages")
    page = stack.currentWidget() if stack is not None else None
    texts = [
        label.text() for label in (page.findChildren(QLabel) if page is not None else [])
        if label.isVisibleTo(window) and label.text().strip()
    ]
    return {
        "kind": "breachguard",
        "title": window.windowTitle(),
        "steps": [steps.item(row).text() for row in range(steps.count())] if steps else [],
        "heading": heading.text() if heading is not None and heading.isVisibleTo(window) else "",
        "step": str(window.shown_step()),
        "page_visible": page is not None and page.isVisibleTo(window),
        "page_text": texts[:3],
        "outline": not window.attached,
        "exposed": bool(window.windowHandle() and window.windowHandle().isExposed()),
    }

watch_first_show(describe)
from breachguard import app as bg
sys.exit(bg.main(json.loads(os.environ["BG_BENCH_ARGS"])))
"""
)


def frame_problems(frame: dict[str, Any]) -> list[str]:
    """Why a recorded first frame does not count (empty when it does)."""
    problems: list[str] = []
    if frame.get("kind") == "breachguard":  # the bare window is empty by design
        if frame.get("painted_share", 0.0) < 0.01:
            problems.append("the window was painted one colour")
        if len([text for text in frame.get("steps", []) if text.strip()]) != 5:
            problems.append(f"the step list showed {frame.get('steps')}")
        if not str(frame.get("heading", "")).strip():
            problems.append("no heading was shown")
        if frame.get("step") != "STATUS" or not frame.get("page_visible"):
            problems.append(f"step 1 was not on screen ({frame.get('step')})")
        elif not frame.get("page_text"):
            problems.append("step 1 said nothing")
        if not str(frame.get("title", "")).endswith("BreachGuard"):
            problems.append(f"the window title was {frame.get('title')!r}")
        if frame.get("platform") == "xcb" and not frame.get("exposed"):
            problems.append("the window was not exposed")
    return problems


# A pause before each timed start, so that what the previous process left running
# (the keyring answering its last request, the X server freeing its window) does
# not run into the next one.
SETTLE_SECONDS = 0.3


def measure(code: str, env: dict[str, str], *, settle: float = 0.0) -> dict[str, Any]:
    time.sleep(settle)
    env = dict(env, BG_BENCH_T0=repr(time.time()))
    result = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    line = [ln for ln in result.stdout.splitlines() if ln.startswith("{")][-1]
    sample: dict[str, Any] = json.loads(line)
    sample["frame"]["platform"] = env.get("QT_QPA_PLATFORM", "")
    return sample


def _compile_bytecode() -> None:
    # An installed app runs from bytecode; a checkout without it would time the compiler.
    compileall.compile_dir(str(ROOT / "breachguard"), quiet=1)


def run(runs: int, display: str | None, session: dict[str, str] | None = None) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(session or {})
    if display:
        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
    else:
        env["QT_QPA_PLATFORM"] = "offscreen"
    _compile_bytecode()
    bare: list[dict[str, Any]] = []
    plain: list[dict[str, Any]] = []
    app: list[dict[str, Any]] = []
    provider: list[dict[str, Any]] = []
    profile_file: list[dict[str, Any]] = []
    # The Demo Exchange runs inside the app. An exchange's own profile is what
    # customers start with: installed once from its file, then started as from the
    # desktop's menu, with no arguments. A profile file on the command line is
    # checked before any window, and is timed too.
    demo_env = dict(env, BG_BENCH_ARGS=json.dumps(["--demo"]))
    profile = str(ROOT / "resources" / "profiles" / "example-exchange.json")
    install_env = dict(env, BG_BENCH_ARGS=json.dumps(["--provider", profile]))
    provider_env = dict(env, BG_BENCH_ARGS=json.dumps([]))
    with (
        tempfile.TemporaryDirectory() as demo_home,
        tempfile.TemporaryDirectory() as provider_home,
    ):
        for variant, home in ((env, demo_home), (demo_env, demo_home)):
            variant["BREACHGUARD_HOME"] = home
        for variant in (install_env, provider_env):
            variant["BREACHGUARD_HOME"] = provider_home
        measure(BARE, env)  # warm the file cache so neither side pays for it
        measure(BREACHGUARD, demo_env)
        measure(BREACHGUARD, install_env)  # installs the profile, as its customers do
        for _ in range(runs):  # interleaved so drift hits all alike
            bare.append(measure(BARE, env, settle=SETTLE_SECONDS))
            plain.append(measure(PLAIN_FRAME, env, settle=SETTLE_SECONDS))
            app.append(measure(BREACHGUARD, demo_env, settle=SETTLE_SECONDS))
            provider.append(measure(BREACHGUARD, provider_env, settle=SETTLE_SECONDS))
            profile_file.append(measure(BREACHGUARD, install_env, settle=SETTLE_SECONDS))

    def median(samples: list[dict[str, Any]], key: str) -> float:
        return statistics.median(float(sample[key]) for sample in samples)

    def problems(samples: list[dict[str, Any]]) -> list[str]:
        return sorted({text for sample in samples for text in frame_problems(sample["frame"])})

    def loaded(samples: list[dict[str, Any]]) -> list[str]:
        return sorted({name for sample in samples for name in sample["frame"]["deferred_loaded"]})

    summary: dict[str, object] = {
        "platform": "xcb (Xvfb)" if display else "offscreen",
        "runs": runs,
        "bare_seconds": median(bare, "seconds"),
        "app_seconds": median(app, "seconds"),
        "bare_rss_mib": median(bare, "rss_mib"),
        "plain_seconds": median(plain, "seconds"),
        "plain_rss_mib": median(plain, "rss_mib"),
        "app_rss_mib": median(app, "rss_mib"),
        "provider_seconds": median(provider, "seconds"),
        "provider_rss_mib": median(provider, "rss_mib"),
        "app_filled_seconds": median(app, "filled_seconds"),
        "app_filled_rss_mib": median(app, "filled_rss_mib"),
        "provider_filled_seconds": median(provider, "filled_seconds"),
        "profile_file_seconds": median(profile_file, "seconds"),
        "profile_file_rss_mib": median(profile_file, "rss_mib"),
        "profile_file_frame_problems": problems(profile_file),
        "app_outlined": [sample["frame"]["outline"] for sample in app],
        "provider_outlined": [sample["frame"]["outline"] for sample in provider],
        "bare_frame_problems": problems(bare),
        "app_frame_problems": problems(app),
        "provider_frame_problems": problems(provider),
        "app_loaded_before_first_frame": loaded(app),
        "provider_loaded_before_first_frame": loaded(provider),
        "app_frame": app[-1]["frame"],
    }
    bare_s, bare_mib = float(summary["bare_seconds"]), float(summary["bare_rss_mib"])  # type: ignore[arg-type]
    summary["plain_time_ratio"] = float(summary["plain_seconds"]) / bare_s  # type: ignore[arg-type]
    summary["time_ratio"] = float(summary["app_seconds"]) / bare_s  # type: ignore[arg-type]
    summary["rss_ratio"] = float(summary["app_rss_mib"]) / bare_mib  # type: ignore[arg-type]
    summary["provider_time_ratio"] = float(summary["provider_seconds"]) / bare_s  # type: ignore[arg-type]
    summary["provider_rss_ratio"] = float(summary["provider_rss_mib"]) / bare_mib  # type: ignore[arg-type]
    summary["app_filled_ratio"] = float(summary["app_filled_seconds"]) / bare_s  # type: ignore[arg-type]
    summary["provider_filled_ratio"] = float(summary["provider_filled_seconds"]) / bare_s  # type: ignore[arg-type]
    summary["profile_file_time_ratio"] = float(summary["profile_file_seconds"]) / bare_s  # type: ignore[arg-type]
    return summary


def measure_startup(runs: int, *, offscreen: bool = False) -> dict[str, object]:
    """Medians and ratios; on a private Xvfb when there is one, else offscreen."""
    sys.path.insert(0, str(ROOT))
    from tests.system_services import ServiceUnavailable, private_secret_service, private_xvfb

    if offscreen:
        return run(runs, None)
    # A desktop session's bus (and keyring), as every side finds on a desktop:
    # without one, each process's Qt starts a bus of its own (dbus-launch), and the
    # daemons one run leaves starting slow the next.
    try:
        with private_xvfb() as display, private_secret_service() as session:
            return run(runs, display, session)
    except ServiceUnavailable:
        return run(runs, None)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--offscreen", action="store_true", help="do not start Xvfb")
    args = parser.parse_args()
    summary = measure_startup(args.runs, offscreen=args.offscreen)
    print(json.dumps(summary, indent=2))
    print(
        f"first window: {summary['app_seconds']:.3f} s vs bare {summary['bare_seconds']:.3f} s "
        f"({summary['time_ratio']:.2f}x); peak RSS {summary['app_rss_mib']:.1f} MiB vs "
        f"{summary['bare_rss_mib']:.1f} MiB ({summary['rss_ratio']:.2f}x)  [Demo Exchange]"
    )
    print(
        f"first window: {summary['provider_seconds']:.3f} s "
        f"({summary['provider_time_ratio']:.2f}x); peak RSS {summary['provider_rss_mib']:.1f} "
        f"MiB ({summary['provider_rss_ratio']:.2f}x)  [an exchange's own profile]"
    )
    print(
        f"window filled (its real pages, clicks work): {summary['app_filled_seconds']:.3f} s "
        f"({summary['app_filled_ratio']:.2f}x) [Demo Exchange], "
        f"{summary['provider_filled_seconds']:.3f} s ({summary['provider_filled_ratio']:.2f}x) "
        "[an exchange's own profile]"
    )
    print(
        f"first window: {summary['profile_file_seconds']:.3f} s "
        f"({summary['profile_file_time_ratio']:.2f}x)  [a profile file on the command line, "
        "checked before the window]"
    )
    print(
        f"plain-widgets frame (the floor): {summary['plain_seconds']:.3f} s "
        f"({summary['plain_time_ratio']:.2f}x)"
    )
    for side in ("bare", "app", "provider", "profile_file"):
        for problem in summary[f"{side}_frame_problems"]:  # type: ignore[attr-defined]
            print(f"first frame does not count ({side}): {problem}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
