"""`breachguard doctor`: the same report on the command line, exit 0 even when
probes fail, and never any of the customer's data."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from breachguard.core.secret_store import KeyringSecretStore
from breachguard.doctor import main
from tests.support.conftest import LockedKeyring, assert_no_personal_data

REPO = Path(__file__).resolve().parents[2]


def run_doctor(argv: list[str], **services: Any) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, stdout=out, stderr=err, **services)
    assert_no_personal_data(out.getvalue() + err.getvalue())
    return code, out.getvalue(), err.getvalue()


def test_json_report_for_the_demo_exchange(enrolled: Any, memory_secrets: Any) -> None:
    code, out, _err = run_doctor(["--json"], secrets=memory_secrets)
    document = json.loads(out)
    assert code == 0
    assert document["provider"] == "demo-exchange (Demo Exchange)"
    assert document["keyring_health"].startswith("ok")
    assert document["step_id"] == "none (command line)"
    assert "(ok;" in document["clock_offset"]
    assert [feed["label"] for feed in document["feeds"]] == [
        "Demo Exchange notices",
        "Demo Exchange status page",
    ]


def test_locked_keyring_still_exits_zero(enrolled: Any) -> None:
    store = KeyringSecretStore(LockedKeyring(), allow_insecure=True)
    code, out, _err = run_doctor([], secrets=store)
    assert code == 0
    assert "Keyring:" in out and "locked — Your keyring is locked" in out


def test_unknown_provider_is_reported_not_fatal(memory_secrets: Any) -> None:
    code, out, _err = run_doctor(["--provider", "no-such-exchange"], secrets=memory_secrets)
    assert code == 0
    assert "not usable — unknown exchange 'no-such-exchange'" in out
    assert "none configured" in out


def test_usage_error_exits_2(memory_secrets: Any) -> None:
    code, _out, err = run_doctor(["--bogus"], secrets=memory_secrets)
    assert code == 2 and "unrecognized arguments" in err


def test_command_line_with_the_machines_keyring(hermetic_home: Path) -> None:
    # The real entry point in a fresh process; here there is no Secret Service.
    env = {
        **os.environ,
        "BREACHGUARD_HOME": str(hermetic_home),
        "DBUS_SESSION_BUS_ADDRESS": "disabled:",
        "PYTHONPATH": str(REPO),
    }
    result = subprocess.run(
        [sys.executable, "-m", "breachguard", "doctor"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("BreachGuard support report")
    assert "Keyring:" in result.stdout and "Current step:" in result.stdout
    assert_no_personal_data(result.stdout + result.stderr)


def test_profile_file_is_read_not_imported_and_a_dead_clock_is_a_field(
    tmp_path: Path, demo_exchange: Any, memory_secrets: Any, app_paths: Any
) -> None:
    profile = json.loads(
        json.dumps(demo_exchange.profile_dict()).replace(
            demo_exchange.base_url, "https://exchange.example"
        )
    )
    profile.update(id="test-exchange", name="Test Exchange", demo=False)
    profile["web_domains"] = ["exchange.example"]
    path = tmp_path / "test-exchange.json"
    path.write_text(json.dumps(profile))
    code, out, _err = run_doctor(["--provider", str(path), "--json"], secrets=memory_secrets)
    document = json.loads(out)
    assert code == 0
    assert document["provider"] == "test-exchange (Test Exchange)"
    assert document["clock_offset"].startswith("not measured — Could not ask the exchange")
    assert [feed["state"] for feed in document["feeds"]] == ["no saved copy", "no saved copy"]
    assert not list(app_paths.profiles_dir.glob("*.json"))


def test_broken_profile_file_is_reported(tmp_path: Path, memory_secrets: Any) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"id": "x"')
    code, out, _err = run_doctor(["--provider", str(path)], secrets=memory_secrets)
    assert code == 0 and "Exchange:" in out and "not usable — " in out
