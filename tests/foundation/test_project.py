"""Project-level promises: the README's commands are the ones CI runs, and the
packaging metadata stays valid."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text()
    blocks = re.findall(r"```\n(.*?)```", text, flags=re.S)
    return [block.strip() for block in blocks if "pip install" in block]


def test_readme_has_exactly_two_setup_commands_and_ci_runs_the_test_one() -> None:
    commands = readme_commands()
    assert len(commands) == 2
    run, test = commands
    assert "breachguard --demo" in run and "pytest" in test
    ci_lines = (ROOT / ".ci" / "run").read_text().splitlines()
    assert test in ci_lines, "CI must run the README's test command verbatim"


def test_one_dependency_list_and_briefcase_section() -> None:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text())
    deps = data["project"]["dependencies"]
    assert any(dep.startswith("PySide6-Essentials") for dep in deps)
    assert any(dep.startswith("pyotp") and "<2.12" in dep for dep in deps)
    app = data["tool"]["briefcase"]["app"]["breachguard"]
    assert app["requires"] == []  # Briefcase prepends [project].dependencies
    # resources/ travels next to the package, as in a checkout (core/resources.py).
    assert app["sources"] == ["breachguard", "resources"]
    assert data["project"]["scripts"]["breachguard"] == "breachguard.app:main"
    assert (ROOT / "tests" / "breachguard.py").is_file()
    assert (ROOT / "tests" / "__init__.py").is_file()
