"""Without a usable display the app says why in one line and exits 2, instead of
Qt aborting the process with a misleading message. Each case is a real
`python -m breachguard --demo` process."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from breachguard.packaging.shlibs import linker_cache
from breachguard.qt.display_check import debian_package, display_problem, requested_platforms

ROOT = Path(__file__).resolve().parents[2]
GRAPHICAL = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_SESSION_TYPE")


def app_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in GRAPHICAL and not k.startswith("PYTHON")}
    env.update(BREACHGUARD_HOME=str(tmp_path / "home"), **extra)
    return env


def start_app(
    env: dict[str, str], command: list[str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command or [sys.executable, "-m", "breachguard", "--demo"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def assert_one_line_exit_2(done: subprocess.CompletedProcess[str], expected: str) -> None:
    assert done.returncode == 2, (done.returncode, done.stderr)  # not -6 (SIGABRT)
    assert done.stdout == ""
    assert done.stderr.count("\n") == 1 and done.stderr.endswith("\n"), done.stderr
    assert done.stderr.startswith("breachguard: "), done.stderr
    assert expected in done.stderr
    assert "qt.qpa" not in done.stderr


def unused_x_display() -> str:
    number = 4000
    while Path(f"/tmp/.X11-unix/X{number}").exists() or Path(f"/tmp/.X{number}-lock").exists():
        number += 1
    return f":{number}"


def test_no_display_is_one_line_and_exit_status_2(tmp_path: Path) -> None:
    done = start_app(app_env(tmp_path))
    assert_one_line_exit_2(done, "no graphical display: neither DISPLAY nor WAYLAND_DISPLAY is set")


def test_a_display_nobody_answers_is_named(tmp_path: Path) -> None:
    display = unused_x_display()
    done = start_app(app_env(tmp_path, DISPLAY=display))
    assert_one_line_exit_2(done, f"cannot connect to the X11 display {display}")


def test_platforms_without_a_display_are_left_to_qt(tmp_path: Path) -> None:
    for platform in ("offscreen", "minimal", "offscreen;xcb"):
        assert display_problem({"QT_QPA_PLATFORM": platform}) is None, platform
    assert requested_platforms({"XDG_SESSION_TYPE": "wayland"}) == ["wayland", "xcb"]
    assert requested_platforms({"QT_QPA_PLATFORM": "xcb:nograb;offscreen"}) == ["xcb", "offscreen"]
    problem = display_problem({"QT_QPA_PLATFORM": "wayland", "XDG_RUNTIME_DIR": str(tmp_path)})
    assert problem == "no Wayland display: WAYLAND_DISPLAY is not set"


def test_a_real_x_server_passes(xvfb_display: str) -> None:
    assert display_problem({"DISPLAY": xvfb_display}) is None
    # Wayland first in a Wayland session, X11 as Qt's fallback.
    fallback = {"DISPLAY": xvfb_display, "XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "none"}
    assert display_problem(fallback) is None


def test_package_names_follow_debian_policy() -> None:
    assert debian_package("libxcb-cursor.so.0") == "libxcb-cursor0"
    assert debian_package("libxkbcommon-x11.so.0") == "libxkbcommon-x11-0"
    assert debian_package("libX11-xcb.so.1") == "libx11-xcb1"
    assert debian_package("libgssapi_krb5.so.2") == "libgssapi-krb5-2"
    assert debian_package("libglib-2.0.so.0") == "libglib2.0-0"
    assert debian_package("ld-linux-x86-64.so.2") is None


def hide_library_command(soname: str, upper: Path, command: list[str]) -> list[str]:
    """COMMAND in a private mount namespace where an overlay over the library's
    folder removes ``soname`` (a whiteout), as on a system without that package."""
    paths = linker_cache().get(soname)
    if not paths:
        pytest.skip(f"{soname} is not installed here")
    folder = paths[0].resolve().parent
    (upper / "up").mkdir(parents=True)
    (upper / "work").mkdir()
    os.mknod(upper / "up" / soname, 0o600 | 0o020000, os.makedev(0, 0))  # whiteout
    mount = (
        f"mount -t overlay overlay -o lowerdir={folder},upperdir={upper / 'up'},"
        f"workdir={upper / 'work'} {folder}"
    )
    return [
        "unshare",
        "--mount",
        "--propagation",
        "private",
        "sh",
        "-c",
        f'{mount} && exec "$@"',
        "sh",
        *command,
    ]


def test_a_missing_qt_library_is_named_with_its_package(tmp_path: Path, xvfb_display: str) -> None:
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        pytest.skip("hiding a system library needs root and unshare (a private mount namespace)")
    command = hide_library_command(
        "libxcb-cursor.so.0", tmp_path / "overlay", [sys.executable, "-m", "breachguard", "--demo"]
    )
    done = start_app(app_env(tmp_path, DISPLAY=xvfb_display), command)
    if "mount" in done.stderr and done.returncode != 2:
        pytest.skip(f"overlay mounts are not possible here: {done.stderr.strip()}")
    assert_one_line_exit_2(
        done,
        "Qt's X11 platform plugin needs libxcb-cursor.so.0, which is not installed; "
        "on Debian or Ubuntu: sudo apt-get install libxcb-cursor0",
    )


def test_a_missing_library_of_pyside6_itself_is_not_sent_to_apt(tmp_path: Path) -> None:
    """A plugin folder whose Qt libraries are gone: the advice is PySide6's own install.
    (A fresh process: in this one Qt's libraries are loaded already.)"""
    plugins = Path(__import__("PySide6").__file__).parent / "Qt" / "plugins"
    broken = tmp_path / "PySide6" / "Qt" / "plugins" / "platforms"
    broken.mkdir(parents=True)
    # Its RUNPATH ($ORIGIN/../../lib) now points at a folder without Qt's libraries.
    shutil.copy2(plugins / "platforms" / "libqxcb.so", broken / "libqxcb.so")
    probe = (
        "import sys; from pathlib import Path\n"
        "from breachguard.qt.display_check import display_problem\n"
        "print(display_problem({'DISPLAY': sys.argv[1]}, plugins=Path(sys.argv[2])))\n"
    )
    done = start_app(
        app_env(tmp_path),
        [sys.executable, "-c", probe, unused_x_display(), str(broken.parent)],
    )
    problem = done.stdout.strip()
    assert problem.startswith("Qt's X11 platform plugin needs libQt6"), (problem, done.stderr)
    assert "which PySide6 brings itself" in problem and "apt-get" not in problem
