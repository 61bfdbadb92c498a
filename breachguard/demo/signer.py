"""minisign-compatible signing for the Demo Exchange's notice feed.

Produces the same detached ``.minisig`` files as ``minisign -S`` (prehashed
``ED`` algorithm; formats are described in :mod:`breachguard.core.minisign`),
so the app's verifier and the real ``minisign -V`` both accept them.
"""

from __future__ import annotations

import base64
import hashlib

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

# DEMO KEY, NOT A SECRET: anyone can derive it from this constant. It exists so the
# embedded Demo Exchange signs the same way every run and tests can pin its public key.
# A real exchange keeps its minisign secret key offline.
_DEMO_SEED_LABEL = b"breachguard demo exchange signing key v1"
_DEMO_KEY_ID_LABEL = b"breachguard demo exchange key id v1"


class MinisignSigner:
    """Signs bytes the way ``minisign -S -s key -m file -t comment`` does."""

    def __init__(self, seed: bytes, key_id: bytes) -> None:
        if len(seed) != 32 or len(key_id) != 8:
            raise ValueError("an Ed25519 seed is 32 bytes and a minisign key id 8 bytes")
        self._key = Ed25519PrivateKey.from_private_bytes(seed)
        self.key_id = key_id
        self._public = self._key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)

    @property
    def key_id_hex(self) -> str:
        # minisign prints the id as a little-endian 64-bit number
        return self.key_id[::-1].hex().upper()

    def public_key_base64(self) -> str:
        return base64.b64encode(b"Ed" + self.key_id + self._public).decode("ascii")

    def public_key_file(self) -> str:
        """The contents of a ``minisign.pub`` file for this key."""
        header = f"untrusted comment: minisign public key {self.key_id_hex}"
        return f"{header}\n{self.public_key_base64()}\n"

    def sign(
        self,
        data: bytes,
        trusted_comment: str,
        *,
        untrusted_comment: str = "signature from the Demo Exchange demo key",
    ) -> bytes:
        """Return a detached ``.minisig`` file for ``data``."""
        if "\n" in trusted_comment or "\r" in trusted_comment:
            raise ValueError("a trusted comment must be a single line")
        if "\n" in untrusted_comment or "\r" in untrusted_comment:
            raise ValueError("an untrusted comment must be a single line")
        digest = hashlib.blake2b(data, digest_size=64).digest()
        signature = self._key.sign(digest)
        comment = trusted_comment.encode("utf-8")
        global_signature = self._key.sign(signature + comment)
        lines = [
            f"untrusted comment: {untrusted_comment}",
            base64.b64encode(b"ED" + self.key_id + signature).decode("ascii"),
            f"trusted comment: {trusted_comment}",
            base64.b64encode(global_signature).decode("ascii"),
        ]
        return ("\n".join(lines) + "\n").encode("utf-8")


def demo_signer() -> MinisignSigner:
    """The Demo Exchange's deterministic (and public) demo key."""
    seed = hashlib.sha256(_DEMO_SEED_LABEL).digest()
    key_id = hashlib.sha256(_DEMO_KEY_ID_LABEL).digest()[:8]
    return MinisignSigner(seed, key_id)


def public_key_base64() -> str:
    """The demo key's public half, as pinned in the demo provider profile."""
    return demo_signer().public_key_base64()
