"""Verification of detached minisign signatures (Ed25519).

Formats (minisign 0.11):
  public key  base64( "Ed" | key_id[8] | ed25519_pk[32] )
  signature   "untrusted comment: ..."\\n
              base64( alg[2] | key_id[8] | sig[64] )\\n
              "trusted comment: ..."\\n
              base64( global_sig[64] )\\n
``alg`` "ED" signs BLAKE2b-512(file); legacy "Ed" signs the file itself and is
refused unless the caller allows it. The global signature covers
``sig | trusted_comment`` so the trusted comment cannot be swapped.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass

MAX_SIGNATURE_BYTES = 4096
_UNTRUSTED = "untrusted comment:"
_TRUSTED = "trusted comment: "


class SignatureError(ValueError):
    """The signature is missing, malformed, from another key, or does not match."""


@dataclass(frozen=True)
class PublicKey:
    key_id: bytes
    raw: bytes

    @property
    def key_id_hex(self) -> str:
        # minisign prints key ids as the little-endian 64-bit number in hex
        return self.key_id[::-1].hex().upper()


@dataclass(frozen=True)
class VerifiedSignature:
    key_id_hex: str
    trusted_comment: str


def _b64(text: str, what: str) -> bytes:
    try:
        return base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise SignatureError(f"{what} is not valid base64") from None


def parse_public_key(text: str) -> PublicKey:
    """Accepts the bare base64 line or a whole ``minisign.pub`` file."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    if lines and lines[0].startswith(_UNTRUSTED):
        lines = lines[1:]
    if len(lines) != 1:
        raise SignatureError("public key must be one base64 line")
    raw = _b64(lines[0], "public key")
    if len(raw) != 42 or raw[:2] != b"Ed":
        raise SignatureError("public key is not a minisign Ed25519 key")
    return PublicKey(key_id=raw[2:10], raw=raw[10:])


def verify(
    data: bytes,
    signature_file: bytes,
    keys: list[PublicKey] | tuple[PublicKey, ...],
    *,
    allow_legacy: bool = False,
) -> VerifiedSignature:
    """Verify ``data`` against a ``.minisig`` file; raise SignatureError on any doubt."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    if len(signature_file) > MAX_SIGNATURE_BYTES:
        raise SignatureError("signature file is too large")
    try:
        text = signature_file.decode("utf-8")
    except UnicodeDecodeError:
        raise SignatureError("signature file is not text") from None
    lines = text.replace("\r\n", "\n").split("\n")
    if len(lines) < 4 or not lines[0].startswith(_UNTRUSTED) or not lines[2].startswith(_TRUSTED):
        raise SignatureError("not a minisign signature file")
    blob = _b64(lines[1], "signature")
    if len(blob) != 74:
        raise SignatureError("signature has the wrong length")
    algorithm, key_id, signature = blob[:2], blob[2:10], blob[10:]
    if algorithm == b"ED":
        message = hashlib.blake2b(data, digest_size=64).digest()
    elif algorithm == b"Ed" and allow_legacy:
        message = data
    elif algorithm == b"Ed":
        raise SignatureError("legacy (non-prehashed) signatures are not accepted")
    else:
        raise SignatureError("unknown signature algorithm")
    key = next((k for k in keys if k.key_id == key_id), None)
    if key is None:
        raise SignatureError(
            f"signed with key {key_id[::-1].hex().upper()}, which this provider does not trust"
        )
    trusted_comment = lines[2][len(_TRUSTED) :]
    global_signature = _b64(lines[3], "global signature")
    verifier = Ed25519PublicKey.from_public_bytes(key.raw)
    try:
        verifier.verify(signature, message)
    except InvalidSignature:
        raise SignatureError("signature does not match the content") from None
    try:
        verifier.verify(global_signature, signature + trusted_comment.encode("utf-8"))
    except InvalidSignature:
        raise SignatureError("trusted comment was altered") from None
    return VerifiedSignature(key.key_id_hex, trusted_comment)
