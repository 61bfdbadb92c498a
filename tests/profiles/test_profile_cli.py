"""``breachguard --provider FILE`` over an installed exchange: refused with every
difference and how to accept exactly that file; ``--provider ID`` is never a file."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from breachguard.core.profile_update import ProfileFile
from breachguard.core.profiles import ProfileRegistry
from breachguard.core.settings import Settings
from tests.foundation.test_cli import run_cli, run_main_in_process
from tests.profiles.conftest import profile_doc, write_profile


@pytest.fixture
def installed(app_paths: Any, make_key: Any, tmp_path: Path) -> Any:
    key = make_key("exchange")
    registry = ProfileRegistry(app_paths.profiles_dir)
    file = write_profile(tmp_path / "example.json", profile_doc(key))
    registry.install(registry.plan(ProfileFile.read(file)))
    return key


def stored(app_paths: Any) -> bytes:
    return (app_paths.profiles_dir / "example-exchange.json").read_bytes()


def test_an_update_is_refused_with_its_changes_and_how_to_accept_it(
    cli_env: dict[str, str],
    installed: Any,
    app_paths: Any,
    tmp_path: Path,
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    doc = profile_doc(installed)
    doc["lookup_api"] = "https://lookup.example-exchange.net/v1"
    update = write_profile(tmp_path / "update.json", doc)
    before = stored(app_paths)

    refused = run_cli("--provider", str(update), env=cli_env)

    assert refused.returncode == 2
    assert "would change the installed profile of Example Exchange" in refused.stderr
    assert "Hosts the app connects to: + lookup.example-exchange.net" in refused.stderr
    assert (
        "Account lookup API: https://api.example-exchange.example/breachguard/v1/lookup"
        " -> https://lookup.example-exchange.net/v1"
    ) in refused.stderr
    assert "Nothing was changed" in refused.stderr and "Traceback" not in refused.stderr
    assert stored(app_paths) == before
    accept = re.search(r"--accept-update ([0-9a-f]{12})", refused.stderr)
    assert accept is not None

    wrong = run_cli("--provider", str(update), "--accept-update", "0" * 12, env=cli_env)
    assert wrong.returncode == 2 and "does not name this file" in wrong.stderr
    assert stored(app_paths) == before

    run_main_in_process(
        qtbot, monkeypatch, ["--provider", str(update), "--accept-update", accept.group(1)]
    )
    assert stored(app_paths) == update.read_bytes()
    assert Settings(app_paths.settings_file).get("provider_id") == "example-exchange"


def test_an_unsigned_key_change_cannot_be_accepted(
    cli_env: dict[str, str], installed: Any, make_key: Any, app_paths: Any, tmp_path: Path
) -> None:
    update = write_profile(tmp_path / "update.json", profile_doc(make_key("attacker")))
    digest = ProfileFile.read(update).digest
    before = stored(app_paths)

    for extra in ((), ("--accept-update", digest)):
        result = run_cli("--provider", str(update), *extra, env=cli_env)
        assert result.returncode == 2
        assert "Signing keys (key IDs): + " in result.stderr
        assert "Not imported: it changes the keys" in result.stderr
        assert "--accept-update" not in result.stderr.split("Not imported")[1]
    assert stored(app_paths) == before


def test_a_known_id_wins_over_a_file_of_that_name(
    installed: Any,
    make_key: Any,
    app_paths: Any,
    tmp_path: Path,
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A file called ``example-exchange`` in the current folder is not imported."""
    folder = tmp_path / "downloads"
    folder.mkdir()
    write_profile(folder / "example-exchange", profile_doc(make_key("attacker"), name="Evil"))
    monkeypatch.chdir(folder)
    before = stored(app_paths)

    seen = run_main_in_process(qtbot, monkeypatch, ["--provider", "example-exchange"])

    assert seen["banner"] is False
    assert stored(app_paths) == before
    assert Settings(app_paths.settings_file).get("provider_id") == "example-exchange"
