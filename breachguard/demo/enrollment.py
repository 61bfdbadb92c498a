"""TOTP (re-)enrollment for the demo website's signed-in customer.

``setup`` issues a fresh 160-bit secret as an ``otpauth://`` URI (and a QR code
of it); ``confirm`` checks a code from the customer's authenticator against it,
allowing one 30-second step of clock drift either way (RFC 6238, section 5.2).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import io
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from urllib.parse import quote

from breachguard.demo.accounts import account_by_email
from breachguard.demo.reply import Reply, error

ISSUER = "Demo Exchange"
PERIOD = 30
DIGITS = 6
SETUP_LIFETIME = 600
MAX_ATTEMPTS = 5
MAX_PENDING = 10_000


def totp(secret: bytes, at: float, *, period: int = PERIOD, digits: int = DIGITS) -> str:
    """RFC 6238 TOTP with HMAC-SHA1."""
    counter = int(at // period)
    mac = hmac.new(secret, counter.to_bytes(8, "big"), hashlib.sha1).digest()
    offset = mac[-1] & 0x0F
    value = int.from_bytes(mac[offset : offset + 4], "big") & 0x7FFFFFFF
    return f"{value % 10**digits:0{digits}d}"


def otpauth_uri(secret_b32: str, account: str) -> str:
    issuer = quote(ISSUER, safe="")
    return (
        f"otpauth://totp/{issuer}:{quote(account, safe='')}?secret={secret_b32}"
        f"&issuer={issuer}&algorithm=SHA1&digits={DIGITS}&period={PERIOD}"
    )


def _account_key(email: str) -> str:
    """A customer's own spelling of their address, or the address as typed, trimmed
    and lowercased (the same normalisation ``account_by_email`` applies)."""
    account = account_by_email(email)
    return account.email if account is not None else email.strip().lower()


def qr_png(uri: str) -> bytes:
    import segno  # imported on first use: only the QR endpoint needs it

    buffer = io.BytesIO()
    segno.make(uri, error="m").save(buffer, kind="png", scale=6, border=4)
    return buffer.getvalue()


@dataclass
class _Enrollment:
    enrollment_id: str
    email: str
    secret: bytes
    uri: str
    expires_at: float
    wrong: int = 0


class EnrollmentService:
    def __init__(self, *, clock: Callable[[], float], rng: random.Random) -> None:
        self._clock = clock
        self._rng = rng
        self._by_id: dict[str, _Enrollment] = {}
        self._by_email: dict[str, _Enrollment] = {}
        self._confirmed: dict[str, str] = {}
        self._lock = threading.Lock()

    def setup(self, email: str) -> Reply:
        # Unknown addresses get the same answer and the same work as customers (a
        # pending enrollment that confirms alike), so the answer says nothing about
        # who has an account here.
        name = _account_key(email)
        secret = self._rng.getrandbits(160).to_bytes(20, "big")
        secret_b32 = base64.b32encode(secret).decode("ascii")  # 32 characters, no padding
        enrollment = _Enrollment(
            enrollment_id=f"{self._rng.getrandbits(128):032x}",
            email=name,
            secret=secret,
            uri=otpauth_uri(secret_b32, name),
            expires_at=self._clock() + SETUP_LIFETIME,
        )
        with self._lock:
            previous = self._by_email.pop(name, None)
            if previous is not None:  # a new setup replaces the one not yet confirmed
                self._by_id.pop(previous.enrollment_id, None)
            self._by_id[enrollment.enrollment_id] = enrollment
            self._by_email[name] = enrollment
            while len(self._by_email) > MAX_PENDING:  # a flood of made-up addresses
                self._forget(next(iter(self._by_email.values())))
        return Reply(
            201,
            {
                "enrollment_id": enrollment.enrollment_id,
                "otpauth_uri": enrollment.uri,
                "expires_in": SETUP_LIFETIME,
            },
        )

    def qr(self, enrollment_id: str) -> bytes | Reply:
        with self._lock:
            enrollment = self._by_id.get(enrollment_id)
            if enrollment is None:
                return error(404, "no_pending_enrollment")
            if self._clock() >= enrollment.expires_at:
                return error(410, "expired")
            uri = enrollment.uri
        return qr_png(uri)

    def confirm(self, email: str, code: str) -> Reply:
        now = self._clock()
        with self._lock:
            enrollment = self._by_email.get(_account_key(email))
            if enrollment is None:
                return error(404, "no_pending_enrollment")
            if now >= enrollment.expires_at:
                self._forget(enrollment)
                return error(410, "expired")
            if enrollment.wrong >= MAX_ATTEMPTS:
                return error(429, "too_many_attempts")
            expected = [totp(enrollment.secret, now + drift) for drift in (-PERIOD, 0, PERIOD)]
            # Check every candidate, so timing does not say which step matched.
            matched = False
            for candidate in expected:
                matched |= hmac.compare_digest(candidate.encode(), code.encode())
            if not matched:
                enrollment.wrong += 1
                return error(403, "wrong_code", attempts_left=MAX_ATTEMPTS - enrollment.wrong)
            self._forget(enrollment)
            confirmed_at = datetime.fromtimestamp(now, tz=timezone.utc).strftime(
                "%Y-%m-%dT%H:%M:%SZ"
            )
            self._confirmed[enrollment.email] = confirmed_at
        return Reply(200, {"confirmed": True, "confirmed_at": confirmed_at})

    def confirmed_at(self, email: str) -> str | None:
        """When ``email`` last confirmed a new authenticator (RFC 3339), if ever."""
        account = account_by_email(email)
        with self._lock:
            return self._confirmed.get(account.email) if account else None

    def _forget(self, enrollment: _Enrollment) -> None:
        self._by_id.pop(enrollment.enrollment_id, None)
        if self._by_email.get(enrollment.email) is enrollment:
            del self._by_email[enrollment.email]
