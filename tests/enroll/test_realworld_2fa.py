"""Setup links, exports and QR pictures from public authenticators' own test suites,
each with what those projects expect, run through ``breachguard inspect-2fa`` and the
Python API by the corpus's own runner (``../shared/realworld/2fa/run.py``)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "realworld" / "2fa"


def _breachguard() -> str | None:
    beside = Path(sys.executable).with_name("breachguard")
    return str(beside) if beside.is_file() else shutil.which("breachguard")


@pytest.mark.slow
def test_every_real_world_setup_code_gets_the_expected_verdict() -> None:
    runner = CORPUS / "run.py"
    if not runner.is_file():
        pytest.skip(f"the real-world corpus is not here ({runner} is missing)")
    executable = _breachguard()
    if executable is None:
        pytest.skip("the breachguard command is not installed in this environment")
    done = subprocess.run(
        [sys.executable, str(runner), executable, "--python", sys.executable],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    failures = [line for line in done.stdout.splitlines() if line.startswith("FAIL")]
    summary = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else done.stderr[-2000:]
    assert done.returncode == 0 and not failures, "\n".join([*failures, summary])
    passed = int(summary.split()[0])
    assert passed >= 228, summary  # every case ran
