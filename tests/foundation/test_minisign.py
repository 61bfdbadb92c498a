"""Signatures made by the real minisign tool verify; everything else is refused."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from breachguard.core import minisign

pytestmark = pytest.mark.skipif(
    shutil.which("minisign") is None,
    reason="the minisign tool is not installed (apt-get install minisign)",
)


def make_key(directory: Path, name: str) -> tuple[Path, minisign.PublicKey]:
    pub, sec = directory / f"{name}.pub", directory / f"{name}.key"
    subprocess.run(
        ["minisign", "-G", "-W", "-p", str(pub), "-s", str(sec)], check=True, capture_output=True
    )
    return sec, minisign.parse_public_key(pub.read_text())


def sign(directory: Path, key: Path, data: bytes, *, legacy: bool = False) -> bytes:
    target = directory / "feed.json"
    target.write_bytes(data)
    args = ["minisign", "-S", "-s", str(key), "-m", str(target), "-t", "sequence 7"]
    if legacy:
        args.insert(2, "-l")
    subprocess.run(args, check=True, capture_output=True)
    return (directory / "feed.json.minisig").read_bytes()


def test_real_signature_verifies(tmp_path: Path) -> None:
    key, public = make_key(tmp_path, "a")
    data = b'{"version": "https://jsonfeed.org/version/1.1"}'
    result = minisign.verify(data, sign(tmp_path, key, data), [public])
    assert result.trusted_comment == "sequence 7"
    assert result.key_id_hex == public.key_id_hex


def test_one_changed_byte_is_refused(tmp_path: Path) -> None:
    key, public = make_key(tmp_path, "a")
    signature = sign(tmp_path, key, b"original")
    with pytest.raises(minisign.SignatureError, match="does not match"):
        minisign.verify(b"originaL", signature, [public])


def test_other_key_is_refused(tmp_path: Path) -> None:
    key, _public = make_key(tmp_path, "a")
    _other_key, other_public = make_key(tmp_path, "b")
    with pytest.raises(minisign.SignatureError, match="does not trust"):
        minisign.verify(b"x", sign(tmp_path, key, b"x"), [other_public])


def test_legacy_signatures_only_when_allowed(tmp_path: Path) -> None:
    key, public = make_key(tmp_path, "a")
    signature = sign(tmp_path, key, b"x", legacy=True)
    with pytest.raises(minisign.SignatureError, match="legacy"):
        minisign.verify(b"x", signature, [public])
    assert minisign.verify(b"x", signature, [public], allow_legacy=True)


def test_altered_trusted_comment_is_refused(tmp_path: Path) -> None:
    key, public = make_key(tmp_path, "a")
    lines = sign(tmp_path, key, b"x").decode().split("\n")
    lines[2] = "trusted comment: sequence 999"
    with pytest.raises(minisign.SignatureError, match="trusted comment"):
        minisign.verify(b"x", "\n".join(lines).encode(), [public])


@pytest.mark.parametrize(
    "junk",
    [
        b"",
        b"<html>404 Not Found</html>",
        b"\xff\xfe",
        b"untrusted comment: x\nAAAA\ntrusted comment: y\nAAAA\n",
        b"a" * 5000,
    ],
)
def test_junk_signature_files(tmp_path: Path, junk: bytes) -> None:
    _key, public = make_key(tmp_path, "a")
    with pytest.raises(minisign.SignatureError):
        minisign.verify(b"x", junk, [public])
