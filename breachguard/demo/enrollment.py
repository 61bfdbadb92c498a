"""TOTP (re-)enrollment for the demo website's signed-in customer.

``setup`` issues a fresh 160-bit secret as an ``otpauth://`` URI (and a QR code
of it); ``confirm`` checks a code from the customer's authenticator against it,
allowing one 30-second step of clock drift either way (RFC 6238, section 5.2).

Confirmation is idempotent: the question it answers is "is the key behind this
code the account's active 2FA key?", so confirming a setup the website already
confirmed is a success, not "no setup waiting". ``status`` asks the same without
changing anything. Both take a current code as proof that the caller holds the
key; wrong codes count against one per-account limit, whatever was asked, so
neither endpoint is an oracle for guessing the active key's codes.

Unknown addresses get the same answers and the same work as customers (a setup
that confirms alike), so no answer says who has an account here.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import io
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from urllib.parse import quote

from breachguard.demo.accounts import account_by_email
from breachguard.demo.reply import Reply, error

ISSUER = "Demo Exchange"
PERIOD = 30
DIGITS = 6
SETUP_LIFETIME = 600
MAX_ATTEMPTS = 5
# Setups replaced before they were confirmed, remembered to tell "you are holding an
# older setup code" from a plain wrong code.
MAX_SUPERSEDED = 4
MAX_ACCOUNTS = 10_000  # addresses with 2FA state; made-up ones cannot grow it further


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


def _rfc3339(timestamp: float) -> str:
    return datetime.fromtimestamp(timestamp, tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _matches(secret: bytes, code: str, now: float) -> bool:
    """Constant time over every accepted step, so timing does not say which matched."""
    matched = False
    for drift in (-PERIOD, 0, PERIOD):
        matched |= hmac.compare_digest(totp(secret, now + drift).encode(), code.encode())
    return matched


@dataclass
class _Enrollment:
    enrollment_id: str
    email: str
    secret: bytes
    uri: str
    expires_at: float


@dataclass
class _Account:
    """One customer's 2FA as the exchange keeps it."""

    pending: _Enrollment | None = None
    active_secret: bytes | None = None
    confirmed_at: float | None = None
    expired: list[bytes] = field(default_factory=list)
    superseded: list[bytes] = field(default_factory=list)
    cancelled: list[bytes] = field(default_factory=list)
    wrong: int = 0


class EnrollmentService:
    def __init__(self, *, clock: Callable[[], float], rng: random.Random) -> None:
        self._clock = clock
        self._rng = rng
        self._by_id: dict[str, _Enrollment] = {}
        self._accounts: dict[str, _Account] = {}
        self._lock = threading.Lock()

    def _account(self, email: str) -> _Account:
        """The 2FA state of an address (created on first use, for any address)."""
        name = _account_key(email)
        state = self._accounts.get(name)
        if state is None:
            while len(self._accounts) >= MAX_ACCOUNTS:  # a flood of made-up addresses
                oldest = next(iter(self._accounts))
                forgotten = self._accounts.pop(oldest)
                if forgotten.pending is not None:
                    self._by_id.pop(forgotten.pending.enrollment_id, None)
            state = self._accounts[name] = _Account()
        return state

    def setup(self, email: str) -> Reply:
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
            state = self._account(name)
            previous = state.pending
            if previous is not None:  # a new setup replaces the one not yet confirmed
                self._by_id.pop(previous.enrollment_id, None)
                state.superseded = [*state.superseded, previous.secret][-MAX_SUPERSEDED:]
            state.pending = enrollment
            state.wrong = 0
            self._by_id[enrollment.enrollment_id] = enrollment
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
        """Makes the pending setup active when ``code`` is one of its codes; a code of
        the already active key is confirmed again (idempotent)."""
        now = self._clock()
        with self._lock:
            state, locked = self._opened(email, now)
            if locked is not None:
                return locked
            pending = state.pending
            if pending is not None and _matches(pending.secret, code, now):
                self._by_id.pop(pending.enrollment_id, None)
                state.pending = None
                state.active_secret, state.confirmed_at = pending.secret, now
                state.wrong = 0
                return self._confirmed(now)
            if state.active_secret is not None and _matches(state.active_secret, code, now):
                assert state.confirmed_at is not None
                return self._confirmed(state.confirmed_at)
            refusal = self._refusal(state, code, now)
            if refusal is not None:
                return refusal
            if pending is None:
                return error(404, "no_pending_enrollment")
            return error(403, "wrong_code", attempts_left=MAX_ATTEMPTS - state.wrong)

    def status(self, email: str, code: str) -> Reply:
        """Whether the key behind ``code`` is active, waiting, replaced or expired;
        changes nothing but the wrong-code count."""
        now = self._clock()
        with self._lock:
            state, refused = self._opened(email, now)
            if refused is not None:
                return refused
            active = self._active(state, code, now)
            if active is not None:
                return active
            pending = state.pending
            if pending is not None and _matches(pending.secret, code, now):
                return Reply(
                    200, {"status": "pending", "expires_in": max(1, int(pending.expires_at - now))}
                )
            return Reply(200, {"status": self._standing(state, code, now)})

    def cancel(self, email: str, code: str) -> Reply:
        """Withdraws the pending setup behind ``code`` so that no code of it is accepted
        any more, unless its key is already the active one (then: confirmed). One
        step, so nothing can be confirmed between asking and cancelling."""
        now = self._clock()
        with self._lock:
            state, refused = self._opened(email, now)
            if refused is not None:
                return refused
            active = self._active(state, code, now)
            if active is not None:
                return active
            pending = state.pending
            if pending is not None and _matches(pending.secret, code, now):
                self._by_id.pop(pending.enrollment_id, None)
                state.pending = None
                state.cancelled = [*state.cancelled, pending.secret][-MAX_SUPERSEDED:]
                return Reply(200, {"status": "cancelled"})
            return Reply(200, {"status": self._standing(state, code, now)})

    def confirmed_at(self, email: str) -> str | None:
        """When ``email`` last confirmed a new authenticator (RFC 3339), if ever."""
        with self._lock:
            state = self._accounts.get(_account_key(email))
            if state is None or state.confirmed_at is None:
                return None
            return _rfc3339(state.confirmed_at)

    def active_secret(self, email: str) -> bytes | None:
        """The key the exchange now checks sign-in codes against (tests and the demo
        website's sign-in check read it)."""
        with self._lock:
            state = self._accounts.get(_account_key(email))
            return None if state is None else state.active_secret

    # -- internals ---------------------------------------------------------------------

    def _opened(self, email: str, now: float) -> tuple[_Account, Reply | None]:
        """The address's state, expired setups set aside; with a refusal once it has
        had too many wrong codes."""
        state = self._account(email)
        self._expire(state, now)
        if state.wrong >= MAX_ATTEMPTS:
            return state, error(429, "too_many_attempts")
        return state, None

    def _active(self, state: _Account, code: str, now: float) -> Reply | None:
        """The status answer when ``code`` is one of the account's active key."""
        if state.active_secret is None or not _matches(state.active_secret, code, now):
            return None
        assert state.confirmed_at is not None
        return Reply(200, {"status": "confirmed", "confirmed_at": _rfc3339(state.confirmed_at)})

    def _confirmed(self, at: float) -> Reply:
        return Reply(200, {"confirmed": True, "confirmed_at": _rfc3339(at)})

    def _expire(self, state: _Account, now: float) -> None:
        pending = state.pending
        if pending is not None and now >= pending.expires_at:
            self._by_id.pop(pending.enrollment_id, None)
            state.pending = None
            state.expired = [*state.expired, pending.secret][-MAX_SUPERSEDED:]

    def _refusal(self, state: _Account, code: str, now: float) -> Reply | None:
        """A code of a replaced, cancelled or expired setup gets its own answer;
        anything else is a wrong code and counts."""
        standing = self._standing(state, code, now)
        if standing == "superseded":
            return error(409, "superseded")
        if standing in ("cancelled", "expired"):
            return error(410, standing)
        return None

    def _standing(self, state: _Account, code: str, now: float) -> str:
        """Where a code of neither the active nor the pending key stands; a code of
        no setup at all is a wrong code and counts."""
        for standing, secrets in (
            ("superseded", state.superseded),
            ("cancelled", state.cancelled),
            ("expired", state.expired),
        ):
            if any(_matches(secret, code, now) for secret in secrets):
                return standing
        state.wrong += 1
        return "unknown"
