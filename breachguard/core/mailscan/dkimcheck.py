"""BreachGuard's own check of the exchange's DKIM signature, on the headers only.

The scanner never reads message bodies, so the body hash (``bh=``) is not
recomputed. What is checked is the ``b=`` signature over the signed header fields
(From, To, Date, ... and the DKIM-Signature itself, which carries ``bh=`` and
``d=``) against the key the signing domain publishes in DNS. That proves the
exchange signed these headers; it says nothing about the body.

dkimpy supplies the tag parser, the canonicalization, the header hash and the RSA
check; ed25519 is checked with ``cryptography``. A key that is no longer published
or a DNS failure means "cannot check" (keys rotate; old mail is not forged because
of that); only a signature that does not match the published key is a failure.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

import dkim
import dkim.crypto
import dkim.util
import dns.exception
import dns.message
import dns.rdatatype
import dns.resolver
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from breachguard.core.emails import is_official_domain
from breachguard.core.mailscan.authentication import (
    DKIM_CHECK_FAILED,
    DKIM_CHECK_UNCHECKED,
    DKIM_CHECK_UNSIGNED,
    DKIM_CHECK_VERIFIED,
)

FAILED, UNCHECKED = DKIM_CHECK_FAILED, DKIM_CHECK_UNCHECKED
UNSIGNED, VERIFIED = DKIM_CHECK_UNSIGNED, DKIM_CHECK_VERIFIED
MAX_TXT_BYTES = 4096  # an RSA-4096 key record is about 800 bytes
MIN_RSA_BITS = 1024  # RFC 8301
_SPACE = re.compile(rb"\s+")


@dataclass(frozen=True)
class DkimCheck:
    status: str
    reason: str = ""


class _KeyError(Exception):
    """The key cannot be had; the message is the "cannot check" reason."""


@dataclass(frozen=True)
class _Key:
    kind: str  # "rsa" or "ed25519"
    value: Any
    bits: int


class DkimVerifier:
    """Checks header signatures of official domains with keys from DNS: at most
    ``max_lookups`` queries per scan, one per (selector, domain), each with a
    deadline of ``lifetime`` seconds."""

    def __init__(
        self,
        official: tuple[str, ...],
        *,
        nameserver: tuple[str, int] | None = None,
        lifetime: float = 3.0,
        max_lookups: int = 50,
    ) -> None:
        self.official = tuple(d.lower().rstrip(".") for d in official)
        self.max_lookups = max_lookups
        self.lookups = 0
        self.unchecked: Counter[str] = Counter()
        self._keys: dict[tuple[str, str], _Key | str] = {}
        self._resolver = dns.resolver.Resolver(configure=nameserver is None)
        if nameserver is not None:
            self._resolver.nameservers = [nameserver[0]]
            self._resolver.port = nameserver[1]
        self._resolver.lifetime = lifetime
        self._resolver.timeout = lifetime

    def check(self, block: bytes) -> DkimCheck:
        """The strongest result among the message's official signatures."""
        try:
            headers, _ = dkim.rfc822_parse(block.rstrip(b"\r\n") + b"\r\n\r\n")
        except dkim.DKIMException:
            return DkimCheck(UNSIGNED)
        results = [
            self._one(headers, header)
            for header in headers
            if header[0].lower() == b"dkim-signature"
        ]
        found = [r for r in results if r.status != UNSIGNED]
        for status in (VERIFIED, FAILED, UNCHECKED):
            for result in found:
                if result.status == status:
                    if status == UNCHECKED:
                        self.unchecked[result.reason] += 1
                    return result
        return DkimCheck(UNSIGNED)

    def _one(self, headers: list[list[bytes]], header: list[bytes]) -> DkimCheck:
        try:
            sig = dkim.util.parse_tag_value(header[1])
            domain = sig[b"d"].decode("ascii").lower().rstrip(".")
            selector = sig[b"s"].decode("ascii").lower()
        except (dkim.util.InvalidTagValueList, KeyError, UnicodeDecodeError):
            return DkimCheck(UNSIGNED)
        if not is_official_domain(domain, self.official):
            return DkimCheck(UNSIGNED)  # a look-alike's own signature proves nothing here
        try:
            dkim.validate_signature_fields(sig)
        except dkim.DKIMException as exc:
            # One reason per kind, not per message: reasons are counted in the report.
            if "x= value is past" in str(exc):
                return DkimCheck(UNCHECKED, "the signature's expiry date (x=) has passed")
            return DkimCheck(UNCHECKED, "unreadable signature")
        algorithm = sig[b"a"].lower()
        if algorithm == b"rsa-sha1":
            return DkimCheck(UNCHECKED, "signed with rsa-sha1, which is too weak to prove anything")
        if algorithm not in (b"rsa-sha256", b"ed25519-sha256"):
            return DkimCheck(UNCHECKED, "unsupported signing algorithm")
        try:
            key = self._key(selector, domain)
        except _KeyError as exc:
            return DkimCheck(UNCHECKED, str(exc))
        if key.kind != algorithm.split(b"-")[0].decode():
            return DkimCheck(UNCHECKED, "the published key is of another kind than the signature")
        if key.kind == "rsa" and key.bits < MIN_RSA_BITS:
            return DkimCheck(UNCHECKED, f"the published key is too short ({key.bits} bits)")
        try:
            canon = dkim.CanonicalizationPolicy.from_c_value(sig.get(b"c", b"simple/simple"))
        except dkim.InvalidCanonicalizationPolicyError:
            return DkimCheck(UNCHECKED, "unreadable signature (c=)")
        include = [name.strip().lower() for name in sig[b"h"].split(b":")]
        # As dkimpy does: a From not covered by the signature breaks it.
        include.append(b"from")
        hasher = hashlib.sha256()
        dkim.hash_headers(hasher, canon, canon.canonicalize_headers(headers), include, header, sig)
        try:
            signature = base64.b64decode(_SPACE.sub(b"", sig[b"b"]), validate=True)
        except ValueError:
            return DkimCheck(UNCHECKED, "unreadable signature (b=)")
        if key.kind == "rsa":
            try:
                ok = bool(dkim.crypto.RSASSA_PKCS1_v1_5_verify(hasher, signature, key.value))
            except (TypeError, ValueError, dkim.crypto.DigestTooLargeError):
                ok = False
        else:
            try:
                key.value.verify(signature, hasher.digest())
                ok = True
            except InvalidSignature:
                ok = False
        return DkimCheck(VERIFIED if ok else FAILED)

    def _key(self, selector: str, domain: str) -> _Key:
        cached = self._keys.get((selector, domain))
        if cached is None:
            try:
                cached = self._lookup(selector, domain)
            except _KeyError as exc:
                cached = str(exc)
            self._keys[(selector, domain)] = cached
        if isinstance(cached, str):
            raise _KeyError(cached)
        return cached

    def _lookup(self, selector: str, domain: str) -> _Key:
        if self.lookups >= self.max_lookups:
            raise _KeyError(
                f"not looked up: the limit of {self.max_lookups} key lookups was reached"
            )
        self.lookups += 1
        name = f"{selector}._domainkey.{domain}."
        try:
            answer = self._resolver.resolve(name, "TXT", search=False)
        except (dns.resolver.NXDOMAIN, dns.resolver.NoAnswer):
            raise _KeyError(
                "the signing key is no longer published (keys are replaced over time)"
            ) from None
        except dns.exception.Timeout:
            raise _KeyError("the DNS server did not answer in time") from None
        except dns.exception.DNSException:
            raise _KeyError("the DNS lookup of the signing key failed") from None
        records = list(answer)
        if len(records) != 1:
            raise _KeyError("the domain publishes several records for this key")
        text = b"".join(records[0].strings)
        if len(text) > MAX_TXT_BYTES:
            raise _KeyError("the published key record is too large")
        return _parse_key(text)


def _parse_key(text: bytes) -> _Key:
    try:
        tags = dkim.util.parse_tag_value(text)
    except dkim.util.InvalidTagValueList:
        raise _KeyError("the published key record is unreadable") from None
    if tags.get(b"v", b"DKIM1") != b"DKIM1":
        raise _KeyError("the published key record is unreadable")
    public = tags.get(b"p", b"")
    if not public:
        raise _KeyError("the signing key is no longer published (keys are replaced over time)")
    try:
        raw = base64.b64decode(_SPACE.sub(b"", public), validate=True)
        kind = tags.get(b"k", b"rsa")
        if kind == b"ed25519":
            return _Key("ed25519", Ed25519PublicKey.from_public_bytes(raw), 256)
        if kind == b"rsa":
            key = dkim.crypto.parse_public_key(raw)
            return _Key("rsa", key, int(key["modulus"]).bit_length())
    except (ValueError, TypeError, KeyError, dkim.crypto.UnparsableKeyError):
        raise _KeyError("the published key is unreadable") from None
    raise _KeyError("the published key is of an unknown kind")


__all__ = ["FAILED", "UNCHECKED", "UNSIGNED", "VERIFIED", "DkimCheck", "DkimVerifier"]
