"""Profiles signed with the real minisign tool, for the import and update tests."""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from breachguard.core import minisign

# Shared with the foundation tests (the Application fixture and the command line).
from tests.foundation.conftest import application  # noqa: F401
from tests.foundation.test_cli import cli_env  # noqa: F401

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE: dict[str, Any] = json.loads(
    (ROOT / "resources/profiles/example-exchange.json").read_text(encoding="utf-8")
)


@dataclass(frozen=True)
class SigningKey:
    secret: Path
    public: str  # the base64 line a profile pins

    @property
    def key_id(self) -> str:
        return minisign.parse_public_key(self.public).key_id_hex

    def sign(self, file: Path, comment: str) -> Path:
        """Signs ``file`` as an exchange would; returns ``file.minisig``."""
        subprocess.run(
            ["minisign", "-S", "-s", str(self.secret), "-m", str(file), "-t", comment],
            check=True,
            capture_output=True,
            timeout=30,
        )
        return file.with_name(file.name + ".minisig")


@pytest.fixture(scope="session")
def make_key(tmp_path_factory: pytest.TempPathFactory) -> Any:
    if shutil.which("minisign") is None:
        pytest.skip("the minisign tool is not installed (apt-get install minisign)")
    folder = tmp_path_factory.mktemp("keys")
    made: dict[str, SigningKey] = {}

    def make(name: str) -> SigningKey:
        if name not in made:
            public, secret = folder / f"{name}.pub", folder / f"{name}.key"
            subprocess.run(
                ["minisign", "-G", "-W", "-p", str(public), "-s", str(secret)],
                check=True,
                capture_output=True,
                timeout=30,
            )
            line = public.read_text(encoding="utf-8").splitlines()[1].strip()
            made[name] = SigningKey(secret, line)
        return made[name]

    return make


def profile_doc(key: SigningKey, **changes: Any) -> dict[str, Any]:
    """The example profile pinning ``key``, with top-level fields replaced."""
    doc = copy.deepcopy(EXAMPLE)
    doc["feeds"][0]["public_keys"] = [key.public]
    doc.update(changes)
    return doc


def write_profile(path: Path, doc: dict[str, Any]) -> Path:
    path.write_text(json.dumps(doc, indent=2), encoding="utf-8")
    return path
