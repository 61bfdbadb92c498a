"""The exchange's verified lookup ("which email does my account use?") and the
local matching of its answer against the user's own addresses.

Protocol (the exchange answers the same way whether or not an account exists):

* ``POST {lookup_api}/start {"phone": E.164}`` → 202 ``{"request_id", "message",
  "expires_in"}``; 400 ``invalid_phone``; 429 ``rate_limited`` (+ Retry-After).
* ``POST {lookup_api}/verify {"request_id", "code"}`` → 200 ``{"email", "masked"}``;
  403 ``wrong_code`` (``attempts_left``; 400 from servers before API 1.1);
  410 ``expired``; 429 ``too_many_attempts`` or ``rate_limited``.

Only the phone number and the code are sent; the user's address list never
leaves the computer. Error messages name what happened, never the number, code
or email.

Hints (what an exchange mail or SMS shows, or a masked lookup answer) are
matched offline. Accepted shapes: ``local@domain`` where either part may hide
characters behind runs of ``•``, ``*``, ``●``, ``…`` or ``...`` (each run stands
for any number of characters, so length-keeping masks like ``o***n`` and fixed
ones like ``o•••`` both work), e.g. ``o•••@gmail.com``, ``o***n@g***.com``,
``o•••@f•••.no``; a domain of only mask characters (``o•••@…``) means "any
domain". Letter case is ignored.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from breachguard.core import http
from breachguard.core.emails import EmailError, check_address, dedup_key, same_mailbox
from breachguard.core.messages import N_
from breachguard.core.provider import ProviderProfile
from breachguard.core.strictjson import JsonError, loads_strict

MAX_ANSWER_BYTES = 16 * 1024
DEADLINE_S = 15.0
_REQUEST_ID = re.compile(r"^[A-Za-z0-9._~-]{8,128}$")
_CODE = re.compile(r"^[0-9]{4,10}$")


# -- errors --------------------------------------------------------------------------


class LookupFailed(Exception):
    """Base of every lookup failure; ``code`` is stable, ``str()`` is for the user."""

    code = "failed"
    message = N_("The exchange's lookup did not work. Try again later.")

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.message)


class InvalidPhone(LookupFailed):
    code = "invalid_phone"
    message = N_("The exchange did not accept this phone number. Check the number and the country.")


class InvalidCode(LookupFailed):
    code = "invalid_code"
    message = N_("Type the code from the text message: digits only.")


class WrongCode(LookupFailed):
    code = "wrong_code"
    message = N_("That code is not right. Check the text message and try again.")

    def __init__(self, attempts_left: int | None) -> None:
        super().__init__()
        self.attempts_left = attempts_left


class CodeExpired(LookupFailed):
    code = "expired"
    message = N_("This code has expired. Ask for a new code.")


class TooManyAttempts(LookupFailed):
    code = "too_many_attempts"
    message = N_("Too many wrong codes. Ask for a new code.")


class RateLimited(LookupFailed):
    code = "rate_limited"
    message = N_("The exchange asks you to wait before trying again.")

    def __init__(self, retry_after_s: float | None) -> None:
        super().__init__()
        self.retry_after_s = retry_after_s


class ExchangeUnreachable(LookupFailed):
    code = "unreachable"
    message = N_("The exchange could not be reached. Check your internet connection and try again.")


class SecureConnectionFailed(LookupFailed):
    code = "tls"
    message = N_(
        "The secure connection to the exchange failed: its certificate could "
        "not be verified. Do not continue on this network."
    )


class UnexpectedAnswer(LookupFailed):
    code = "bad_answer"
    message = N_(
        "The exchange gave an answer BreachGuard does not understand. Try again "
        "later or contact the exchange's support."
    )


# -- client --------------------------------------------------------------------------


@dataclass(frozen=True)
class LookupStarted:
    request_id: str
    expires_in_s: int
    server_message: str  # shown as plain text, if at all


@dataclass(frozen=True)
class LookupAnswer:
    email: str  # full address, or a hint such as o•••@gmail.com
    masked: bool


class LookupClient:
    """Blocking; call it from a TaskRunner worker."""

    def __init__(
        self,
        client: http.HttpClient,
        lookup_api: str,
        *,
        allowed_hosts: frozenset[str] = frozenset(),
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        self._http = client
        self._base = lookup_api.rstrip("/")
        self._policy = http.RequestPolicy(
            deadline_s=DEADLINE_S, max_bytes=MAX_ANSWER_BYTES, allowed_hosts=allowed_hosts
        )
        self._wall_clock = wall_clock

    @classmethod
    def for_provider(cls, client: http.HttpClient, profile: ProviderProfile) -> LookupClient:
        if not profile.lookup_api:
            raise ValueError("this provider offers no lookup")
        return cls(client, profile.lookup_api, allowed_hosts=profile.allowed_hosts())

    def start(self, phone_e164: str) -> LookupStarted:
        if not re.fullmatch(r"\+[1-9][0-9]{6,14}", phone_e164):
            raise InvalidPhone()
        status, body, retry_after = self._post("start", {"phone": phone_e164})
        if status in (200, 202):
            request_id = body.get("request_id")
            expires = body.get("expires_in")
            message = body.get("message", "")
            if (
                not isinstance(request_id, str)
                or not _REQUEST_ID.match(request_id)
                or isinstance(expires, bool)
                or not isinstance(expires, int)
                or not 1 <= expires <= 86400
                or not isinstance(message, str)
            ):
                raise UnexpectedAnswer()
            return LookupStarted(request_id, expires, message[:500])
        raise _error(status, body, retry_after)

    def verify(self, request_id: str, code: str) -> LookupAnswer:
        code = "".join(code.split())
        if not _CODE.match(code) or not code.isascii():
            raise InvalidCode()
        status, body, retry_after = self._post("verify", {"request_id": request_id, "code": code})
        if status == 200:
            email = body.get("email")
            masked = body.get("masked")
            if not isinstance(email, str) or not isinstance(masked, bool) or len(email) > 254:
                raise UnexpectedAnswer()
            try:
                if masked:
                    parse_hint(email)
                else:
                    email = check_address(email)
            except (HintError, EmailError):
                raise UnexpectedAnswer() from None
            return LookupAnswer(email, masked)
        raise _error(status, body, retry_after)

    def _post(
        self, action: str, payload: dict[str, Any]
    ) -> tuple[int, dict[str, Any], float | None]:
        try:
            response = self._http.post_json(f"{self._base}/{action}", payload, policy=self._policy)
        except http.TlsError:
            raise SecureConnectionFailed() from None
        except http.HttpError:
            raise ExchangeUnreachable() from None
        if response.status >= 500:
            raise ExchangeUnreachable()
        retry_after = None
        if response.status == 429:
            retry_after = response.retry_after_s(now=self._wall_clock())
        try:
            body = loads_strict(response.body)
        except JsonError:
            if response.status == 429:  # a proxy's HTML "slow down" page
                return response.status, {"error": "rate_limited"}, retry_after
            raise UnexpectedAnswer() from None
        if not isinstance(body, dict):
            raise UnexpectedAnswer()
        return response.status, body, retry_after


def _error(status: int, body: dict[str, Any], retry_after: float | None) -> LookupFailed:
    error = body.get("error")
    if status == 429:
        if error == "too_many_attempts":
            return TooManyAttempts()
        retry = retry_after
        if retry is None:
            value = body.get("retry_after")
            if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
                retry = float(min(value, 3600))
        return RateLimited(retry)
    # 403 since API 1.1 (a well-formed request with the wrong code); 400 before.
    if status in (400, 403) and error == "wrong_code":
        left = body.get("attempts_left")
        valid = isinstance(left, int) and not isinstance(left, bool) and 0 <= left < 100
        return WrongCode(left if valid else None)
    if status == 400 and error == "invalid_phone":
        return InvalidPhone()
    if status in (404, 410) or error == "expired":
        return CodeExpired()
    return UnexpectedAnswer()


# -- hints ---------------------------------------------------------------------------


class HintError(ValueError):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


HINT_MESSAGES = {
    "empty": N_("Type the hint exactly as the exchange showed it, like o•••@gmail.com."),
    "no_at": N_("A hint has an @ in it, like o•••@gmail.com."),
    "many_at": N_("A hint has exactly one @."),
    "no_letters": N_("This hint shows no letters, so it can't tell your addresses apart."),
    "too_long": N_("That is longer than any email address can be."),
    "bad_chars": N_("A hint contains no spaces or line breaks."),
}

_MASK_RUN = re.compile(r"(?:[•*●∙·…]|\.\.\.)+")


@dataclass(frozen=True)
class Hint:
    """A masked address. Each part (before and after the @) is the list of its
    visible pieces; a mask run between two pieces stands for any characters."""

    text: str
    local: tuple[str, ...]
    domain: tuple[str, ...]

    def fits(self, address: str) -> bool:
        local, at, domain = address.strip().casefold().partition("@")
        if not at or "@" in domain:
            return False
        return _part_fits(self.local, local) and _part_fits(self.domain, domain)


def parse_hint(text: str) -> Hint:
    hint = text.strip()
    if not hint:
        raise HintError("empty", HINT_MESSAGES["empty"])
    if len(hint) > 254:
        raise HintError("too_long", HINT_MESSAGES["too_long"])
    if any(ch.isspace() or not ch.isprintable() for ch in hint):
        raise HintError("bad_chars", HINT_MESSAGES["bad_chars"])
    if hint.count("@") == 0:
        raise HintError("no_at", HINT_MESSAGES["no_at"])
    if hint.count("@") > 1:
        raise HintError("many_at", HINT_MESSAGES["many_at"])
    local, _, domain = hint.casefold().partition("@")
    if not _MASK_RUN.sub("", local) and not _MASK_RUN.sub("", domain):
        raise HintError("no_letters", HINT_MESSAGES["no_letters"])
    return Hint(hint, tuple(_MASK_RUN.split(local)), tuple(_MASK_RUN.split(domain)))


def _part_fits(pieces: tuple[str, ...], part: str) -> bool:
    """Glob matching in linear time. (A backtracking regex took hours on a hostile
    hint from a lookup server, such as "•a•a•a…b".)"""
    if pieces == ("",):
        return bool(part)  # "@gmail.com": some name, unknown
    if len(pieces) == 1:
        return part == pieces[0]
    first, *middle, last = pieces
    if len(first) + len(last) > len(part):
        return False
    if not (part.startswith(first) and part.endswith(last)):
        return False
    position, end = len(first), len(part) - len(last)
    for piece in middle:
        found = part.find(piece, position, end)
        if found < 0:
            return False
        position = found + len(piece)
    return True


# -- matching the exchange's answer against the user's list ---------------------------


@dataclass(frozen=True)
class MatchResult:
    """``kind``: "exact" (sign in with ``email``), "same_mailbox" (the exchange's address
    arrives in ``candidates[0]``'s inbox), "fits" (``candidates`` fit the hint),
    "none" (nothing in the list fits; ``email`` is the full address or the hint)."""

    kind: str
    email: str
    masked: bool
    candidates: tuple[str, ...] = ()

    @property
    def login_email(self) -> str | None:
        """The address to sign in with, when it is certain."""
        if self.kind in ("exact", "same_mailbox") or (self.kind == "none" and not self.masked):
            return self.email
        return None


def match_answer(answer: LookupAnswer, addresses: Iterable[str]) -> MatchResult:
    addresses = tuple(addresses)
    if not answer.masked:
        for address in addresses:
            if dedup_key(address) == dedup_key(answer.email):
                return MatchResult("exact", address, False, (address,))
        same = tuple(a for a in addresses if same_mailbox(a, answer.email))
        if same:
            return MatchResult("same_mailbox", answer.email, False, same)
        return MatchResult("none", answer.email, False)
    return match_hint(answer.email, addresses)


def match_hint(hint_text: str, addresses: Iterable[str]) -> MatchResult:
    """Which of the user's addresses fit a masked hint. Raises HintError."""
    hint = parse_hint(hint_text)
    fitting = tuple(a for a in addresses if hint.fits(a))
    return MatchResult("fits" if fitting else "none", hint.text, True, fitting)
