"""Start-up benchmark: BreachGuard's first window against a bare PySide6 window.

Run:  python -m tests.benchmarks.startup [--runs 7]
Each run is a fresh process. Time is measured from just before the process is
spawned to the moment the main window has been shown and the event loop has
processed its first events; memory is the child's peak RSS at that moment. Both
are reported as medians and as ratios against the bare window measured in the
same run. Uses a private Xvfb when available (a real X window), else offscreen.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_REPORT = """
import json, os, resource, sys, time
def report(window):
    from PySide6.QtCore import QCoreApplication
    QCoreApplication.processEvents()
    elapsed = time.time() - float(os.environ["BG_BENCH_T0"])
    rss_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"seconds": elapsed, "rss_mib": rss_kib / 1024}), flush=True)
"""

BARE = (
    _REPORT
    + """
from PySide6.QtWidgets import QApplication, QMainWindow
from PySide6.QtCore import QTimer
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(980, 680)
window.show()
QTimer.singleShot(0, lambda: (report(window), app.quit()))
app.exec()
"""
)

BREACHGUARD = (
    _REPORT
    + """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
def run_until_shown():
    app = QApplication.instance()
    window = next(w for w in app.topLevelWidgets() if w.objectName() == "mainWindow")
    QTimer.singleShot(0, lambda: (report(window), app.quit()))
    return QApplication.exec_original()
QApplication.exec_original = staticmethod(QApplication.exec)
QApplication.exec = staticmethod(run_until_shown)
from breachguard import app as bg
sys.exit(bg.main(json.loads(os.environ["BG_BENCH_ARGS"])))
"""
)


def measure(code: str, env: dict[str, str]) -> dict[str, float]:
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
    return json.loads(line)


def run(runs: int, display: str | None) -> dict[str, object]:
    env = dict(os.environ)
    if display:
        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
    else:
        env["QT_QPA_PLATFORM"] = "offscreen"
    bare, app, provider = [], [], []
    # The Demo Exchange runs inside the app (its signer needs `cryptography` before
    # the first window); an exchange's own profile is what customers start with.
    demo_env = dict(env, BG_BENCH_ARGS=json.dumps(["--demo"]))
    profile = str(ROOT / "resources" / "profiles" / "example-exchange.json")
    provider_env = dict(env, BG_BENCH_ARGS=json.dumps(["--provider", profile]))
    with tempfile.TemporaryDirectory() as home:
        for variant in (env, demo_env, provider_env):
            variant["BREACHGUARD_HOME"] = home
        measure(BARE, env)  # warm the file cache so neither side pays for it
        measure(BREACHGUARD, demo_env)
        measure(BREACHGUARD, provider_env)
        for _ in range(runs):  # interleaved so drift hits all alike
            bare.append(measure(BARE, env))
            app.append(measure(BREACHGUARD, demo_env))
            provider.append(measure(BREACHGUARD, provider_env))

    def median(samples: list[dict[str, float]], key: str) -> float:
        return statistics.median(sample[key] for sample in samples)

    summary = {
        "platform": "xcb (Xvfb)" if display else "offscreen",
        "runs": runs,
        "bare_seconds": median(bare, "seconds"),
        "app_seconds": median(app, "seconds"),
        "bare_rss_mib": median(bare, "rss_mib"),
        "app_rss_mib": median(app, "rss_mib"),
        "provider_seconds": median(provider, "seconds"),
        "provider_rss_mib": median(provider, "rss_mib"),
    }
    summary["time_ratio"] = summary["app_seconds"] / summary["bare_seconds"]
    summary["rss_ratio"] = summary["app_rss_mib"] / summary["bare_rss_mib"]
    summary["provider_time_ratio"] = summary["provider_seconds"] / summary["bare_seconds"]
    summary["provider_rss_ratio"] = summary["provider_rss_mib"] / summary["bare_rss_mib"]
    return summary


def measure_startup(runs: int, *, offscreen: bool = False) -> dict[str, object]:
    """Medians and ratios; on a private Xvfb when there is one, else offscreen."""
    sys.path.insert(0, str(ROOT))
    from tests.system_services import ServiceUnavailable, private_xvfb

    if offscreen:
        return run(runs, None)
    try:
        with private_xvfb() as display:
            return run(runs, display)
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
