"""The published exchange API holds up to a standard checker: schemathesis, run the way
the README tells an exchange to run it, finds nothing wrong with the Demo Exchange.

Deterministic (fixed seed, no example database, one worker) and bounded (10 examples
per operation and phase); a run takes a few seconds.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from breachguard.demo.server import DemoExchange

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "resources" / "openapi" / "exchange-api.yaml"
# The README's command for exchanges, less the URL (and --no-color for a readable log).
CHECK = [
    "--checks",
    "all",
    "--max-examples",
    "10",
    "--seed",
    "1",
    "--generation-deterministic",
    "--workers",
    "1",
]

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("schemathesis") is None,
    reason='schemathesis is not installed (pip install -e ".[test]")',
)


def test_schemathesis_finds_nothing_wrong_with_the_demo_exchange(tmp_path: Path) -> None:
    with DemoExchange() as exchange:
        command = [sys.executable, "-m", "schemathesis.cli", "run", str(SPEC)]
        result = subprocess.run(
            [*command, "--url", exchange.base_url, "--no-color", *CHECK],
            cwd=tmp_path,  # its cache folder lands here
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
    log = result.stdout + result.stderr
    assert result.returncode == 0, log
    operations = sum(len(item) for item in yaml.safe_load(SPEC.read_text())["paths"].values())
    assert f"Operations:       {operations} selected / {operations} total" in log
    for phase in ("Coverage", "Fuzzing", "Stateful"):
        assert f"{phase} (in" in log, phase  # each phase ran
    summary = [line for line in log.splitlines() if " generated, " in line]
    assert summary and "failed" not in summary[-1], log
    assert int(summary[-1].split()[0]) > 100  # it really sent requests


def test_the_readme_gives_exchanges_the_same_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## For exchanges", 1)[1].split("\n## ", 1)[0]
    assert "schemathesis run resources/openapi/exchange-api.yaml" in section
    assert " ".join(CHECK) in " ".join(section.split())
