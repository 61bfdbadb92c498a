"""The layering the handbook promises: core never imports Qt; importing is free of work."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import breachguard.core


def core_modules() -> list[str]:
    return sorted(
        info.name for info in pkgutil.walk_packages(breachguard.core.__path__, "breachguard.core.")
    )


def test_core_imports_no_pyside6() -> None:
    modules = core_modules()
    assert "breachguard.core.provider" in modules
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "", f"core pulled in {result.stdout.strip()}"


def test_importing_the_app_creates_no_files(tmp_path) -> None:
    home = tmp_path / "home"
    script = "import breachguard.app, breachguard.core.paths, breachguard.ui.main_window"
    subprocess.run(
        [sys.executable, "-c", script],
        check=True,
        env={
            "BREACHGUARD_HOME": str(home),
            "PATH": "/usr/bin:/bin",
            "QT_QPA_PLATFORM": "offscreen",
        },
    )
    assert not home.exists()


def test_startup_imports_stay_light() -> None:
    """Heavy libraries load when first needed, not before the first window."""
    script = (
        "import sys, breachguard.app, breachguard.ui.main_window, breachguard.ui.pages\n"
        "heavy = ('requests', 'keyring', 'phonenumbers', 'segno', 'zxingcpp', 'cryptography')\n"
        "print(','.join(sorted(m for m in heavy if m in sys.modules)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert result.stdout.strip() == ""
