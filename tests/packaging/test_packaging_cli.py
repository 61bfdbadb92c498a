"""``python -m breachguard.packaging``: dry run, refusals, and a real Briefcase run."""

from __future__ import annotations

import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from breachguard.packaging.__main__ import main
from breachguard.packaging.icons import write_icon_set
from breachguard.packaging.stage import MARKER

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = Path(__file__).parent / "fixtures" / "acme"


@pytest.fixture
def acme_brand(tmp_path: Path, qapp: object) -> Path:
    target = tmp_path / "acme"
    shutil.copytree(FIXTURE, target)
    write_icon_set(target / "icons" / "acme-guard")
    return target / "brand.toml"


def test_dry_run_prints_the_command_and_writes_nothing(
    acme_brand: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    staging = tmp_path / "staging"
    options = ["--brand", str(acme_brand), "--staging", str(staging), "--dry-run"]
    code = main([*options, "dev", "--test", "--", "-k", "brand"])
    assert code == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("# would copy") and "1 bundled profile" in out[0]
    command = shlex.split(out[1].split(" && ", 1)[1])
    assert command[:5] == ["python", "-m", "briefcase", "dev", "--test"]
    assert command[-3:] == ["--", "-k", "brand"]  # app arguments stay after the separator
    assert 'formal_name="Acme Guard"' in command
    assert 'bundle="example.acme"' in command
    assert not [arg for arg in command if arg.startswith("icon=")]  # files are replaced
    assert not staging.exists()


def test_a_bad_brand_stops_before_briefcase(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    brand = tmp_path / "brand.toml"
    icon = (ROOT / "resources" / "icons" / "breachguard").as_posix()
    brand.write_text(
        f'[brand]\nformal_name = "X"\nbundle = "nodots"\nicon = "{icon}"\n', encoding="utf-8"
    )
    assert main(["--brand", str(brand), "--dry-run", "create", "linux", "system"]) == 2
    assert "brand.toml: brand.bundle: 'nodots' is not a reverse domain name" in (
        capsys.readouterr().err
    )


def test_a_briefcase_command_is_required(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--dry-run"]) == 2
    assert "name a Briefcase command" in capsys.readouterr().err


@pytest.mark.slow
def test_briefcase_accepts_the_branded_project(acme_brand: Path, tmp_path: Path) -> None:
    """A real Briefcase run in the staging copy: `update` parses pyproject.toml and
    every -C override, then stops because nothing was created (creating needs
    templates from GitHub). A refused override would stop it earlier."""
    pytest.importorskip("briefcase", reason="Briefcase is not installed")
    if shutil.which("git") is None:
        pytest.skip("Briefcase's create and update commands need git (apt-get install git)")
    staging = tmp_path / "staging"
    done = subprocess.run(
        [
            *(sys.executable, "-m", "breachguard.packaging"),
            *("--brand", str(acme_brand), "--staging", str(staging)),
            *("update", "linux", "system", "--no-input"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    output = done.stdout + done.stderr
    assert "Application does not exist; call create first" in output, output
    assert "override" not in output.lower()
    assert (staging / MARKER).is_file()
    assert (staging / "breachguard" / "profiles" / "acme-exchange.json").is_file()


def test_an_unusable_staging_path_is_reported(
    acme_brand: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    code = main(["--brand", str(acme_brand), "--staging", str(blocker / "stage"), "update"])
    assert code == 2
    err = capsys.readouterr().err
    assert "cannot prepare the staging folder" in err and str(blocker) in err
