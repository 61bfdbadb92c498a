"""A private D-Bus bus and a scripted screenshot portal on it.

The bus has no service directories, so nothing is ever auto-started on it: when
no fake portal runs, there is really no portal. Skipped when dbus-daemon is not
installed (apt-get install dbus).
"""

from __future__ import annotations

import json
import os
import select
import shutil
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.system_services import SESSION_BUS_CONFIG

REPO = Path(__file__).resolve().parents[2]
_START_TIMEOUT_S = 20


def _read_line(process: subprocess.Popen[str], what: str) -> str:
    assert process.stdout is not None
    ready, _, _ = select.select([process.stdout], [], [], _START_TIMEOUT_S)
    line = process.stdout.readline().strip() if ready else ""
    if not line:
        _stop(process)
        raise RuntimeError(f"{what} did not start")
    return line


def _stop(process: subprocess.Popen[str]) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    if process.stdout is not None:
        process.stdout.close()


@pytest.fixture(scope="session")
def private_bus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The address of a fresh dbus-daemon that only these tests use."""
    if shutil.which("dbus-daemon") is None:
        pytest.skip("dbus-daemon is not installed (apt-get install dbus)")
    root = tmp_path_factory.mktemp("portal-bus")
    config = root / "bus.conf"
    config.write_text(SESSION_BUS_CONFIG.format(listen=f"unix:dir={root}"), encoding="utf-8")
    process = subprocess.Popen(
        ["dbus-daemon", "--nofork", f"--config-file={config}", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,  # "Failed to set fd limit" is harmless noise
        text=True,
    )
    try:
        yield _read_line(process, "dbus-daemon")
    finally:
        _stop(process)


@pytest.fixture(scope="session")
def bus(private_bus: str) -> Iterator[Any]:
    """The app's own connection to the private bus (as the session bus would be).

    One for the whole run, as the app has one session bus for its whole life: Qt
    closes a dropped connection later, on its own D-Bus thread, and a connection
    made and dropped per test left that closing racing the next test's objects.
    """
    from PySide6.QtDBus import QDBusConnection

    name = f"breachguard-test-{uuid.uuid4().hex}"
    connection = QDBusConnection.connectToBus(private_bus, name)
    assert connection.isConnected(), connection.lastError().message()
    yield connection
    QDBusConnection.disconnectFromBus(name)


@dataclass
class FakePortalProcess:
    out_dir: Path
    log_file: Path

    def events(self, kind: str) -> list[dict[str, Any]]:
        if not self.log_file.exists():
            return []
        lines = self.log_file.read_text(encoding="utf-8").splitlines()
        return [entry for entry in map(json.loads, lines) if entry["event"] == kind]

    def written_files(self) -> list[Path]:
        return [Path(entry["file"]) for entry in self.events("wrote")]


@pytest.fixture
def fake_portal(private_bus: str, tmp_path: Path) -> Iterator[Callable[..., FakePortalProcess]]:
    """Starts the scripted portal: ``fake_portal(mode, payload="")``."""
    processes: list[subprocess.Popen[str]] = []

    def start(mode: str, payload: str = "") -> FakePortalProcess:
        assert not processes, "one portal per bus name"
        out_dir = tmp_path / "portal-out"
        out_dir.mkdir()
        log_file = tmp_path / "portal-log.jsonl"
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.portal.fake_portal",
                private_bus,
                mode,
                str(out_dir),
                str(log_file),
                payload,
            ],
            cwd=REPO,
            env=env,
            stdout=subprocess.PIPE,
            text=True,
        )
        processes.append(process)
        line = _read_line(process, "the fake portal")
        assert line == "ready", line
        return FakePortalProcess(out_dir, log_file)

    yield start
    for process in processes:
        _stop(process)
