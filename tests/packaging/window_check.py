"""``python -m tests.packaging.window_check [--root DIR] --screenshot PNG -- COMMAND...``

Runs COMMAND on a private Xvfb and proves it shows BreachGuard's main window: a
window whose title carries step 1's heading ("Step 1 of 4 — …", set from the
same text as the heading's accessible name) appears before a deadline, and a
screenshot of it is not blank. With ``--root`` the command runs inside that
Debian root (a private mount namespace gives it /proc, /dev and the X socket),
as an installed package runs on a user's machine. CI uses it for the README's
demo command and for the .deb installed into a minimal root.

Exit status 0 when the window was seen and looked right, 1 otherwise; the
command is stopped either way.
"""

from __future__ import annotations

import argparse
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from tests.system_services import ServiceUnavailable, private_xvfb

HEADING = re.compile(r"^Step 1 of 4 — .+")
# A window with text on it has hundreds of colours (antialiasing); a blank or
# single-colour one has a handful.
MIN_COLOURS = 64
MIN_INK_SHARE = 0.002  # pixels far from the background colour: text, borders, icons


@dataclass(frozen=True)
class Window:
    id: str
    title: str
    x: int
    y: int
    width: int
    height: int


def _xdotool(display: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["xdotool", *args],
        env={**os.environ, "DISPLAY": display},
        capture_output=True,
        text=True,
        timeout=10,
        check=False,
    )


def find_window(display: str) -> Window | None:
    """The visible window whose title starts with step 1's heading, if any."""
    found = _xdotool(display, "search", "--onlyvisible", "--name", r"^Step 1 of 4")
    for window_id in found.stdout.split():
        title = _xdotool(display, "getwindowname", window_id).stdout.strip()
        if not HEADING.match(title):
            continue
        shell = _xdotool(display, "getwindowgeometry", "--shell", window_id).stdout
        values = dict(line.split("=", 1) for line in shell.splitlines() if "=" in line)
        try:
            x, y, width, height = (int(values[key]) for key in ("X", "Y", "WIDTH", "HEIGHT"))
        except (KeyError, ValueError):
            continue
        return Window(window_id, title, x, y, width, height)
    return None


def wait_for_window(display: str, process: subprocess.Popen[bytes], deadline: float) -> Window:
    while time.monotonic() < deadline:
        window = find_window(display)
        if window is not None:
            return window
        if process.poll() is not None:
            raise RuntimeError(f"the command exited with {process.returncode} before a window")
        time.sleep(0.25)  # polling an external process, with a deadline
    raise RuntimeError("no window titled 'Step 1 of 4 — …' appeared in time")


def screenshot(display: str, window: Window, target: Path, deadline: float) -> tuple[int, float]:
    """Save the window's pixels once they stop changing (the first notices have
    loaded) or at the deadline; returns (distinct colours, share of ink pixels)."""
    os.environ.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
    from PySide6.QtGui import QGuiApplication, QImage

    app = QGuiApplication.instance() or QGuiApplication(["window-check"])  # kept alive here
    screen = QGuiApplication.primaryScreen()
    assert app is not None and screen is not None

    def grab() -> QImage:
        pixmap = screen.grabWindow(0, window.x, window.y, window.width, window.height)
        image: QImage = pixmap.toImage().convertToFormat(QImage.Format.Format_RGB32)
        return image

    image = grab()
    while time.monotonic() < deadline:
        time.sleep(1)  # polling the other process's pixels, with a deadline
        latest = grab()
        if latest == image:
            break
        image = latest
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(target)):
        raise RuntimeError(f"cannot write {target}")
    pixels = memoryview(image.constBits()).cast("I")
    counts = Counter(pixels)
    background, _ = counts.most_common(1)[0]

    def far(colour: int) -> bool:
        return sum(abs(((colour >> s) & 255) - ((background >> s) & 255)) for s in (0, 8, 16)) > 192

    ink = sum(n for colour, n in counts.items() if far(colour))
    return len(counts), ink / max(1, len(pixels))


def root_command(root: Path, command: Sequence[str], display: str) -> list[str]:
    """COMMAND inside ``root``: a private mount namespace mounts what it needs, so
    nothing stays mounted on the host when it ends."""
    x11 = "/tmp/.X11-unix"
    script = " && ".join(
        [
            f"mount -t proc proc {shlex.quote(str(root / 'proc'))}",
            f"mount --rbind /dev {shlex.quote(str(root / 'dev'))}",
            f"mkdir -p {shlex.quote(str(root) + x11)}",
            f"mount --bind {x11} {shlex.quote(str(root) + x11)}",
            "exec chroot "
            + shlex.join(
                [
                    str(root),
                    "env",
                    "-i",
                    "PATH=/usr/bin:/bin",
                    "HOME=/root",
                    "LANG=C.UTF-8",
                    f"DISPLAY={display}",
                    "BREACHGUARD_HOME=/tmp/breachguard-home",
                    *command,
                ]
            ),
        ]
    )
    return ["unshare", "--mount", "--propagation", "private", "sh", "-c", script]


def stop(process: subprocess.Popen[bytes]) -> None:
    """Stop the command and everything it started (its own process group)."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=20)


def check(root: Path | None, command: Sequence[str], target: Path, timeout: float) -> int:
    if shutil.which("xdotool") is None:
        print("window_check: xdotool is not installed (apt-get install xdotool)", file=sys.stderr)
        return 1
    try:
        with private_xvfb() as display:
            argv = root_command(root, command, display) if root else list(command)
            env = {**os.environ, "DISPLAY": display}
            env.pop("QT_QPA_PLATFORM", None)
            # Its own session, so stopping it stops everything it started.
            process = subprocess.Popen(argv, env=env, start_new_session=True)
            try:
                window = wait_for_window(display, process, time.monotonic() + timeout)
                settle = min(time.monotonic() + 20, time.monotonic() + timeout)
                colours, ink = screenshot(display, window, target, settle)
            except RuntimeError as exc:
                print(f"window_check: {exc}", file=sys.stderr)
                return 1
            finally:
                stop(process)
    except ServiceUnavailable as exc:
        print(f"window_check: {exc}", file=sys.stderr)
        return 1
    print(
        f"window_check: {window.title!r}, {window.width}×{window.height}, {colours} colours, "
        f"{ink:.1%} ink; screenshot {target}"
    )
    if colours < MIN_COLOURS or ink < MIN_INK_SHARE:
        print("window_check: the window looks blank", file=sys.stderr)
        return 1
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.packaging.window_check")
    parser.add_argument("--root", type=Path, help="run COMMAND inside this Debian root")
    parser.add_argument("--screenshot", type=Path, required=True)
    parser.add_argument("--timeout", type=float, default=120, help="seconds to wait")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args(argv)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("name the command to run after --")
    root = args.root.resolve() if args.root else None
    return check(root, command, args.screenshot, args.timeout)


if __name__ == "__main__":
    sys.exit(main())
