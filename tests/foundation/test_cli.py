"""The command line: help, version, provider choice, and a real start-up."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from breachguard import __version__, app
from breachguard.core.settings import Settings

EXAMPLE = Path(__file__).resolve().parents[2] / "resources/profiles/example-exchange.json"


def run_cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "breachguard", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )


@pytest.fixture
def cli_env(hermetic_home: Path) -> dict[str, str]:
    return {
        "BREACHGUARD_HOME": str(hermetic_home),
        "QT_QPA_PLATFORM": "offscreen",
        "PATH": "/usr/bin:/bin",
        "PYTHONPATH": str(Path(__file__).resolve().parents[2]),
    }


def test_version_and_help(cli_env: dict[str, str]) -> None:
    version = run_cli("--version", env=cli_env)
    assert version.returncode == 0 and version.stdout.strip() == f"BreachGuard {__version__}"
    helptext = run_cli("--help", env=cli_env)
    assert helptext.returncode == 0
    for option in ("--provider ID|FILE", "--demo", "--version"):
        assert option in helptext.stdout


def test_bad_profile_file_is_refused_naming_the_field(
    cli_env: dict[str, str], tmp_path: Path
) -> None:
    data = json.loads(EXAMPLE.read_text())
    data["feeds"][0]["url"] = "http://status.example-exchange.example/feed.json"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data))
    result = run_cli("--provider", str(bad), env=cli_env)
    assert result.returncode == 2
    assert "feeds[0].url" in result.stderr and "https" in result.stderr
    assert "Traceback" not in result.stderr


def test_unknown_provider_id(cli_env: dict[str, str]) -> None:
    result = run_cli("--provider", "nope", env=cli_env)
    assert result.returncode == 2 and "unknown exchange 'nope'" in result.stderr


def run_main_in_process(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, args: list[str]
) -> dict[str, Any]:
    """Run app.main() with an event loop that returns once the window is shown.

    Quitting the shared test QApplication would stop later tests' event loops, so
    exec() is replaced; the real loop is exercised by the Xvfb start-up test.
    """
    seen: dict[str, Any] = {}

    def shown() -> list[Any]:
        return [
            w
            for w in QApplication.topLevelWidgets()
            if w.objectName() == "mainWindow" and w.isVisible()
        ]

    def fake_exec() -> int:
        qtbot.waitUntil(lambda: len(shown()) == 1)
        (window,) = shown()
        seen["title"] = window.windowTitle()
        seen["banner"] = window.demo_banner.isVisible()
        window.close()
        window.deleteLater()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    assert app.main(args) == 0
    return seen


def test_starts_on_the_demo_exchange_and_remembers_choice(
    qtbot: Any, app_paths: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = run_main_in_process(qtbot, monkeypatch, [])
    assert seen == {"title": "Step 1 of 4 — Exchange status · BreachGuard", "banner": True}
    assert Settings(app_paths.settings_file).get("provider_id") == "demo-exchange"


def test_imported_profile_is_remembered(
    qtbot: Any, app_paths: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = run_main_in_process(qtbot, monkeypatch, ["--provider", str(EXAMPLE)])
    assert seen["banner"] is False
    assert Settings(app_paths.settings_file).get("provider_id") == "example-exchange"
    assert (app_paths.profiles_dir / "example-exchange.json").is_file()


def test_inspect_2fa_subcommand_is_dispatched(cli_env: dict[str, str]) -> None:
    result = run_cli("inspect-2fa", "https://apps.example/app", env=cli_env)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("inspect-2fa:")
    listed = run_cli("--help", env=cli_env)
    assert "inspect-2fa" in listed.stdout


def test_notices_subcommand_reads_the_demo_exchange(cli_env: dict[str, str]) -> None:
    result = run_cli("notices", "--provider", "demo-exchange", env=cli_env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Demo Exchange notices [verified")
    assert "all 2FA tokens revoked" in result.stdout
    unknown = run_cli("notices", "--provider", "nope", env=cli_env)
    assert unknown.returncode == 1
    assert unknown.stderr == "breachguard notices: no provider with id 'nope' is known here\n"
