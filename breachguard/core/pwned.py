"""Is this password in a known breach? Pwned Passwords' k-anonymity range query.

Only the first 5 hex characters of the password's SHA-1 leave the computer; the
service answers with every known hash suffix in that range (hundreds of them) and
the match is made here. ``Add-Padding: true`` makes the service add fake rows
with a count of 0, so the size of the answer does not reveal the range either;
those rows are dropped. The password itself is hashed at once and never kept:
:class:`PasswordHash` is all that reaches a worker thread, and its ``repr`` hides it.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from breachguard.core.http import (
    BodyTooLarge,
    DeadlineExceeded,
    HttpClient,
    HttpError,
    NetworkError,
    RequestPolicy,
    TlsError,
)
from breachguard.core.messages import N_, MessageError

PWNED_BASE_URL = "https://api.pwnedpasswords.com"
PREFIX_CHARS = 5
SUFFIX_CHARS = 35
RANGE_DEADLINE_S = 15.0
# A padded range holds roughly 800-1,000 rows of about 40 bytes.
MAX_RANGE_BYTES = 512 * 1024
MAX_RANGE_ROWS = 5000
_ROW = re.compile(r"([0-9A-F]{35}):([0-9]{1,10})")


class PwnedCheckError(MessageError):
    """The check could not be done; ``str()`` is for people. Never contains the password."""


@dataclass(frozen=True)
class PasswordHash:
    """The SHA-1 of a password, split the way the range API needs it."""

    prefix: str
    suffix: str = field(repr=False)

    def __repr__(self) -> str:
        return f"PasswordHash(prefix={self.prefix!r})"


@dataclass(frozen=True)
class PwnedResult:
    count: int  # how often the password appears in known breaches; 0 = not found

    @property
    def found(self) -> bool:
        return self.count > 0


def hash_password(password: str) -> PasswordHash:
    if not password:
        raise PwnedCheckError.coded("pwned.empty", N_("Type the password you want to check first."))
    digest = hashlib.sha1(password.encode("utf-8"), usedforsecurity=False).hexdigest().upper()
    return PasswordHash(digest[:PREFIX_CHARS], digest[PREFIX_CHARS:])


def parse_range(body: bytes) -> dict[str, int]:
    """Suffix → count from a range answer; count-0 padding rows are dropped.

    Strict: every line must be ``<35 hex>:<count>``; anything else means the
    answer did not come from the service (a captive portal, a proxy error page).
    """
    try:
        text = body.decode("ascii")
    except UnicodeDecodeError:
        raise PwnedCheckError.coded("pwned.garbled", _NOT_A_RANGE) from None
    lines = text.replace("\r\n", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or len(lines) > MAX_RANGE_ROWS:
        raise PwnedCheckError.coded("pwned.garbled", _NOT_A_RANGE)
    counts: dict[str, int] = {}
    for line in lines:
        match = _ROW.fullmatch(line.upper())
        if match is None:
            raise PwnedCheckError.coded("pwned.garbled", _NOT_A_RANGE)
        suffix, count = match.group(1), int(match.group(2))
        if suffix in counts:
            raise PwnedCheckError.coded("pwned.garbled", _NOT_A_RANGE)
        counts[suffix] = count
    return {suffix: count for suffix, count in counts.items() if count > 0}


_NOT_A_RANGE = N_(
    "The password check service sent an answer BreachGuard does not understand, so "
    "nothing can be said about this password. A network sign-in page may be in the "
    "way; try again later."
)

_TOO_LARGE = N_(
    "The password check service sent an answer larger than {limit} KiB, far more than "
    "it ever sends, so nothing can be said about this password. A network sign-in page "
    "or proxy may be in the way; try again later."
)


def range_url(prefix: str, base_url: str = PWNED_BASE_URL) -> str:
    if not re.fullmatch(r"[0-9A-F]{5}", prefix):
        raise ValueError("a range prefix is exactly 5 upper-case hex characters")
    return f"{base_url.rstrip('/')}/range/{prefix}"


def check_hash(
    http: HttpClient, hashed: PasswordHash, *, base_url: str = PWNED_BASE_URL
) -> PwnedResult:
    """One range query. Blocks: run it off the GUI thread."""
    policy = RequestPolicy(deadline_s=RANGE_DEADLINE_S, max_bytes=MAX_RANGE_BYTES)
    try:
        response = http.get(
            range_url(hashed.prefix, base_url),
            policy=policy,
            headers={"Add-Padding": "true", "Accept": "text/plain"},
        )
    except BodyTooLarge:
        # It did answer: with more than any range holds, so it is not the service.
        raise PwnedCheckError.coded(
            "pwned.too_large", _TOO_LARGE, limit=MAX_RANGE_BYTES // 1024
        ) from None
    except HttpError as exc:
        # The HTTP layer's reasons speak of "the exchange's server": this is another one.
        raise _unreachable(exc) from None
    if response.status == 429:
        raise PwnedCheckError.coded(
            "pwned.busy", N_("The password check service is busy. Wait a minute and try again.")
        )
    if response.status != 200:
        raise PwnedCheckError.coded(
            "pwned.http_error",
            N_("The password check service answered with an error (HTTP {status})."),
            status=response.status,
        )
    return PwnedResult(parse_range(response.body).get(hashed.suffix, 0))


def _unreachable(error: HttpError) -> PwnedCheckError:
    if isinstance(error, NetworkError):
        return PwnedCheckError.coded(
            "pwned.offline",
            N_(
                "The Pwned Passwords service could not be reached. Check your internet "
                "connection and try again."
            ),
        )
    if isinstance(error, DeadlineExceeded):
        return PwnedCheckError.coded(
            "pwned.too_slow",
            N_("The Pwned Passwords service took too long to answer. Try again later."),
        )
    if isinstance(error, TlsError):
        return PwnedCheckError.coded(
            "pwned.tls",
            N_("The secure connection to the Pwned Passwords service failed: {reason}"),
            reason=error.reason,
        )
    return PwnedCheckError.coded(
        "pwned.unreachable",
        N_("The Pwned Passwords service could not be reached: {reason}"),
        reason=error.reason,
    )
