"""The README's set-up works on a stock Debian/Ubuntu: each command makes and uses a
project virtualenv (the system Python refuses pip there), and the project's tools
work from a virtualenv that is not activated."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def setup_section() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return readme.split("## Set up\n", 1)[1].split("\n## ", 1)[0]


def test_each_setup_command_is_one_line_in_a_project_virtualenv() -> None:
    blocks = re.findall(r"```\n(.*?)```", setup_section(), flags=re.S)
    apt, demo, tests = (block.strip() for block in blocks)
    assert apt.startswith("sudo apt-get install python3-venv ")
    for command in (demo, tests):
        assert "\n" not in command
        assert command.startswith("python3 -m venv .venv && .venv/bin/pip install -e ")
        assert "python3 -m pip" not in command  # refused on Debian 12 and Ubuntu 24.04
    assert demo.endswith(" && .venv/bin/breachguard --demo")
    assert (
        tests
        == 'python3 -m venv .venv && .venv/bin/pip install -e ".[test]" && .venv/bin/python -m pytest'
    )


def test_ci_runs_the_readme_commands_with_a_debian_python() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    blocks = [b.strip() for b in re.findall(r"```\n(.*?)```", setup_section(), flags=re.S)]
    assert blocks[2] in ci.splitlines()  # the test command, verbatim
    assert f"sh -c '{blocks[1]}'" in ci  # the demo command, verbatim, on Xvfb
    assert "grep -m1 '^sudo apt-get install python3-venv ' README.md" in ci  # the apt line
    assert 'export PATH="/usr/bin:$PATH"' in ci


def test_pyside6_tools_are_found_beside_the_python_running(tmp_path: Path) -> None:
    """A venv that is not activated has its tools in .venv/bin, which is not on PATH."""
    beside = Path(sys.executable).parent / "pyside6-lupdate"
    if not beside.is_file():
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTHON")}
    env["PATH"] = "/usr/bin:/bin"  # as in a shell where the venv was never activated
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "from breachguard.i18n_tool import _tool; print(_tool('pyside6-lupdate'))",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert Path(done.stdout.strip()) == beside
