"""All benchmarks, one table: ``python -m tests.benchmarks [--runs 5] [--json FILE]``.

Every figure is compared with a baseline measured in the same run on the same
machine, so the table reads the same on a fast laptop and a slow CI runner. The
targets are reported as met or missed; nothing here fails a build. Each scenario
is a fresh process (see ``scenarios.py``); the screen-capture scenario gets a
private 3840×2160 Xvfb when Xvfb is installed.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Row:
    name: str
    value: float
    unit: str
    baseline: float | None
    target: str
    met: bool | None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.baseline is None or self.baseline == 0:
            return None
        return self.value / self.baseline


def scenario(name: str, env: dict[str, str] | None = None, timeout: int = 180) -> dict[str, Any]:
    environment = dict(os.environ if env is None else env)
    environment.setdefault("QT_QPA_PLATFORM", "offscreen")
    environment.setdefault("PYTHONPATH", str(ROOT))
    result = subprocess.run(
        [sys.executable, "-m", "tests.benchmarks.scenarios", name],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    lines = [ln for ln in result.stdout.splitlines() if ln.startswith("{")]
    if result.returncode != 0 or not lines:
        tail = (result.stderr or result.stdout).strip().splitlines()[-3:]
        raise RuntimeError(f"scenario {name} failed: {' | '.join(tail)}")
    return dict(json.loads(lines[-1]))


def machine_facts() -> dict[str, Any]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import PySide6
    from PySide6.QtCore import qVersion

    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "pyside6": PySide6.__version__,
        "qt": qVersion(),
        "os": platform.platform(terse=True),
    }


# The bare window's peak RSS from the start-up group, the walk's baseline.
_BARE: dict[str, float] = {}


# A start-up run is one process launch, which on a shared machine moves by ±30 %
# from one launch to the next; they are cheap, so the medians take at least this many.
STARTUP_RUNS = 15


def startup_rows(runs: int) -> list[Row]:
    from tests.benchmarks import startup

    runs = max(runs, STARTUP_RUNS)
    summary = startup.measure_startup(runs)
    _BARE["rss_mib"] = float(summary["bare_rss_mib"])
    problems = [
        *summary["app_frame_problems"],  # type: ignore[misc]
        *summary["provider_frame_problems"],  # type: ignore[misc]
    ]
    frame = "frame checked: steps, heading, step 1" if not problems else "FRAME NOT REAL: "
    outlined = sum(1 for side in ("app", "provider") for o in summary[f"{side}_outlined"] if o)  # type: ignore[attr-defined]
    note = (
        f"{summary['platform']}, median of {runs}, {frame}{'; '.join(problems)}; "
        f"the outline first in {outlined} of {2 * runs} starts"
    )
    return [
        Row(
            "startup: first window (Demo Exchange)",
            float(summary["app_seconds"]) * 1000,
            "ms",
            float(summary["bare_seconds"]) * 1000,
            "≤1.3× bare",
            float(summary["time_ratio"]) <= 1.3 and not problems,
            note,
        ),
        Row(
            "startup: plain-widgets frame (the floor)",
            float(summary["plain_seconds"]) * 1000,
            "ms",
            float(summary["bare_seconds"]) * 1000,
            "reference",
            None,
            "the frame's parts in plain Qt widgets, no BreachGuard code: the floor",
        ),
        Row(
            "startup: peak RSS (Demo Exchange)",
            float(summary["app_rss_mib"]),
            "MiB",
            float(summary["bare_rss_mib"]),
            "≤1.5× bare",
            float(summary["rss_ratio"]) <= 1.5,
            note,
        ),
        Row(
            "startup: first window (exchange profile)",
            float(summary["provider_seconds"]) * 1000,
            "ms",
            float(summary["bare_seconds"]) * 1000,
            "≤1.3× bare",
            float(summary["provider_time_ratio"]) <= 1.3 and not problems,
            note,
        ),
        Row(
            "startup: window filled, its pages in (Demo Exchange)",
            float(summary["app_filled_seconds"]) * 1000,
            "ms",
            float(summary["bare_seconds"]) * 1000,
            "report",
            None,
            "the outline's window painted with its real pages: clicks work from here",
        ),
        Row(
            "startup: first window, profile file on the command line",
            float(summary["profile_file_seconds"]) * 1000,
            "ms",
            float(summary["bare_seconds"]) * 1000,
            "report",
            None,
            "checked before any window, so built whole: "
            + ("; ".join(summary["profile_file_frame_problems"]) or "frame checked"),  # type: ignore[arg-type]
        ),
        Row(
            "startup: peak RSS (exchange profile)",
            float(summary["provider_rss_mib"]),
            "MiB",
            float(summary["bare_rss_mib"]),
            "≤1.5× bare",
            float(summary["provider_rss_ratio"]) <= 1.5,
            note,
        ),
    ]


def walk_rows(bare_rss_mib: float | None) -> list[Row]:
    walk = scenario("walk_rss")
    return [
        Row(
            "memory: peak RSS after showing every step",
            float(walk["peak_rss_mib"]),
            "MiB",
            bare_rss_mib,
            "report",
            None,
            "Demo Exchange, each page built and its background work done",
        )
    ]


def soak_rows() -> list[Row]:
    soak = scenario("soak", timeout=900)
    curve = " ".join(f"{c['rss_mib']:.0f}" for c in soak["curve"])
    counts = (
        f"fds {soak['fd_growth']:+d}, threads {soak['thread_growth']:+d}, "
        f"QObjects {soak['qobject_growth']:+d} (highest of polls 800-1000 against 550-750; "
        f"QObjects {min(c['qobjects'] for c in soak['curve'][10:])}"
        f"-{max(c['qobjects'] for c in soak['curve'][10:])} from poll 550)"
    )
    grew = soak["fd_growth"] > 0 or soak["thread_growth"] > 0 or soak["qobject_growth"] > 0
    return [
        Row(
            "soak: RSS growth, polls 500-1000",
            float(soak["rss_growth_mib"]),
            "MiB",
            None,
            "≤5 MiB",
            float(soak["rss_growth_mib"]) <= 5.0,
            f"1,000 polls, {soak['step_switches']} step, {soak['language_switches']} language, "
            f"{soak['provider_switches']} exchange switches in {soak['seconds']:.0f} s; "
            f"from poll 100: {soak['rss_growth_from_100_mib']:+.1f} MiB",
        ),
        Row(
            "soak: descriptors, threads, QObjects",
            float(soak["fd_growth"] + soak["thread_growth"] + soak["qobject_growth"]),
            "more",
            None,
            "no growth",
            not grew,
            counts,
        ),
        Row(
            "soak: RSS curve (every 50 polls)",
            float(soak["curve"][-1]["rss_mib"]),
            "MiB",
            None,
            "report",
            None,
            curve,
        ),
    ]


def capture_env() -> tuple[dict[str, str] | None, Any]:
    """An env for a private 3840×2160 X screen, and the context keeping it alive."""
    from tests.system_services import ServiceUnavailable, private_xvfb

    manager = private_xvfb(3840, 2160)
    try:
        display = manager.__enter__()
    except ServiceUnavailable:
        return None, None
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")
    return env, manager


STALLS = (
    ("stall_drip", "feed fetch dripping 1 B/s"),
    ("stall_keyring", "keyring blocking 10 s"),
    ("stall_qr_capture", "screen capture 3840×2160 + QR"),
    ("stall_qr_file", "QR image file 3840×2160"),
)


def stall_rows(repeats: int) -> list[Row]:
    """Median over ``repeats`` runs of each scenario's longest stall (the machine may be
    shared; one unlucky scheduling hiccup should not decide the row)."""
    baseline = statistics.median(scenario("stall_baseline")["stall_ms"] for _ in range(repeats))
    rows = []
    for name, label in STALLS:
        results = []
        for _ in range(repeats):
            env, manager = capture_env() if name == "stall_qr_capture" else (None, None)
            try:
                results.append(scenario(name, env))
            finally:
                if manager is not None:
                    manager.__exit__(None, None, None)
        stalls = [float(r["stall_ms"]) for r in results]
        stall = statistics.median(stalls)
        finished = all(bool(r.get("finished", True)) for r in results)
        last = results[-1]
        note = f"{last['seconds']:.1f} s of work, worst of {repeats} runs {max(stalls):.0f} ms"
        if "screen" in last:
            note += f", {last['screen']}"
        if "entering_stall_ms" in last:
            note += f", entering the page first {last['entering_stall_ms']:.0f} ms"
        if last.get("grab_ms"):
            note += f", the screen grab alone {last['grab_ms']:.0f} ms"
        if not finished:
            note += ", DID NOT FINISH"
        rows.append(
            Row(
                f"GUI stall: {label}",
                stall,
                "ms",
                baseline,
                "<50 ms",
                stall < 50 and finished,
                note,
            )
        )
    return rows


def cpu_rows() -> list[Row]:
    bare = scenario("cpu_bare")["cpu_percent"]
    codes = scenario("cpu_codes")
    value = float(codes["cpu_percent"])
    return [
        Row(
            "idle CPU: live code + countdown",
            value,
            "% core",
            bare,
            "<1% core",
            value < 1.0 and bool(codes["finished"]),
            "10 s, vs an idle bare window",
        )
    ]


def throughput_rows() -> list[Row]:
    feed = scenario("feed_10k")
    display = scenario("feed_500_display")  # a process of its own: no tracemalloc
    qr = scenario("qr_decode")
    shown = f"{feed['items_in']} items in, {feed['items_shown']} shown (cap)"
    small, large = qr["1920x1080_ms"], qr["3840x2160_ms"]
    return [
        Row("feed 10k: parse + display", feed["parse_display_seconds"] * 1000, "ms",
            feed["json_seconds"] * 1000, "report", None,
            f"{shown}; baseline json.loads; tracemalloc on"),
        Row("GUI stall: showing the 500 notices", display["display_stall_ms"], "ms", None,
            "<50 ms", display["display_stall_ms"] < 50 and display["finished"],
            f"{feed['display_stall_ms']:.0f} ms in the memory run, with tracemalloc on"),
        Row("feed 10k: parse only", feed["parse_seconds"] * 1000, "ms",
            feed["json_seconds"] * 1000, "report", None, "baseline json.loads"),
        Row("feed 10k: peak Python memory", feed["peak_mib"], "MiB", feed["json_peak_mib"],
            "report", None, f"tracemalloc; body {feed['body_mib']:.1f} MiB"),
        Row("QR decode 1920×1080 (median)", small, "ms", None, "report", None, "7 runs"),
        Row("QR decode 3840×2160 (median)", large, "ms", small, "report", None,
            "baseline: 1920×1080"),
    ]  # fmt: skip


def render(rows: list[Row], facts: dict[str, Any]) -> str:
    width = max(len(row.name) for row in rows) if rows else 10
    lines = [
        "BreachGuard benchmarks — " + ", ".join(f"{key}: {value}" for key, value in facts.items()),
        "",
        f"{'measure':<{width}} {'value':>14} {'baseline':>9} {'ratio':>8}  "
        f"{'target':<11} {'result':<7} note",
    ]
    for row in rows:
        value = f"{row.value:.1f} {row.unit}"
        baseline = "—" if row.baseline is None else f"{row.baseline:.1f}"
        ratio = "—" if row.ratio is None else f"{row.ratio:.2f}×"
        result = "—" if row.met is None else ("met" if row.met else "MISSED")
        lines.append(
            f"{row.name:<{width}} {value:>14} {baseline:>9} {ratio:>8}  "
            f"{row.target:<11} {result:<7} {row.note}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="start-up runs per side")
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs per GUI-stall scenario (median)"
    )
    parser.add_argument("--json", metavar="FILE", help="also save the results as JSON")
    parser.add_argument(
        "--only",
        choices=("startup", "walk", "soak", "stalls", "cpu", "throughput"),
        action="append",
        help="run only these groups (repeatable)",
    )
    args = parser.parse_args(argv)
    groups = {
        "startup": lambda: startup_rows(args.runs),
        "walk": lambda: walk_rows(_BARE.get("rss_mib")),
        "soak": soak_rows,
        "stalls": lambda: stall_rows(args.repeat),
        "cpu": cpu_rows,
        "throughput": throughput_rows,
    }
    facts = machine_facts()
    rows: list[Row] = []
    for name, build in groups.items():
        if args.only and name not in args.only:
            continue
        print(f"running {name}…", file=sys.stderr, flush=True)
        rows.extend(build())
    print(render(rows, facts))
    if args.json:
        document = {
            "machine": facts,
            "results": [dict(asdict(row), ratio=row.ratio) for row in rows],
        }
        Path(args.json).write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
