"""TOTP (RFC 6238) and HOTP (RFC 4226) codes from raw secret bytes.

Written against hmac/hashlib directly so that secret length rules of third-party
libraries (pyotp 2.12 refuses 80-bit secrets) never decide which exchange keys work.
"""

from __future__ import annotations

import hmac
import math
import struct

ALGORITHMS: dict[str, str] = {"SHA1": "sha1", "SHA256": "sha256", "SHA512": "sha512"}
MAX_COUNTER = 2**64 - 1


def hotp(secret: bytes, counter: int, *, digits: int = 6, algorithm: str = "SHA1") -> str:
    """The HOTP value for ``counter`` as a zero-padded string of ``digits`` digits."""
    if not secret:
        raise ValueError("the secret is empty")
    if not 0 <= counter <= MAX_COUNTER:
        raise ValueError("the counter is outside 0 … 2^64-1")
    if digits not in (6, 7, 8):
        raise ValueError("codes have 6, 7 or 8 digits")
    hash_name = ALGORITHMS.get(algorithm.upper())
    if hash_name is None:
        raise ValueError(f"unsupported algorithm {algorithm!r}; use SHA1, SHA256 or SHA512")
    mac = hmac.new(secret, struct.pack(">Q", counter), hash_name).digest()
    offset = mac[-1] & 0x0F
    value = struct.unpack(">I", mac[offset : offset + 4])[0] & 0x7FFFFFFF
    return str(value % 10**digits).zfill(digits)


def time_step(unix_time: float, period: int = 30) -> int:
    if period <= 0:
        raise ValueError("the period must be a positive number of seconds")
    return math.floor(unix_time / period)


def totp(
    secret: bytes,
    unix_time: float,
    *,
    digits: int = 6,
    algorithm: str = "SHA1",
    period: int = 30,
) -> str:
    """The TOTP value at ``unix_time`` (T0 = 0)."""
    return hotp(secret, time_step(unix_time, period), digits=digits, algorithm=algorithm)


def seconds_remaining(unix_time: float, period: int = 30) -> float:
    """Seconds until the code shown at ``unix_time`` changes (0 < result ≤ period)."""
    if period <= 0:
        raise ValueError("the period must be a positive number of seconds")
    return period - (unix_time % period)


def whole_seconds_remaining(unix_time: float, period: int = 30) -> int:
    """The countdown a person sees: 30 … 1, never 0 (0.3 s left still shows "1 s")."""
    return math.ceil(seconds_remaining(unix_time, period))
