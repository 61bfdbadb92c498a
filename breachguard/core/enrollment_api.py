"""The exchange's 2FA enrollment API (``resources/openapi/exchange-api.yaml``), typed.

Step 3 asks it whether the exchange accepted a new key (``status``) or confirms the
key itself (``confirm``); the Demo Exchange's website window starts a setup, shows
its QR code and confirms a typed code through the same client. Every call is
bounded (deadline, size cap, only the exchange's hosts) and every refusal is a
typed :class:`EnrollmentApiError` with a sentence for people. Codes are proof of
holding the key; the key itself never leaves this computer.

All calls block: run them off the GUI thread.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import quote

from breachguard.core.http import HttpClient, HttpError, HttpResponse, RequestPolicy
from breachguard.core.messages import N_, MessageError
from breachguard.core.strictjson import JsonError, loads_strict

DEADLINE_S = 15.0
MAX_ANSWER_BYTES = 64 * 1024
MAX_QR_BYTES = 512 * 1024
MAX_URI_CHARS = 2048


class EnrollmentApiError(MessageError):
    """The exchange refused or could not be asked; ``code`` is stable, ``str()`` for people."""

    code = "enrollment_api"


class ExchangeUnreachable(EnrollmentApiError):
    code = "unreachable"

    def __init__(self, error: HttpError) -> None:
        super().__init__(N_("The exchange could not be reached: {reason}"), reason=error.reason)


class WrongCode(EnrollmentApiError):
    code = "wrong_code"

    def __init__(self, attempts_left: int | None) -> None:
        self.attempts_left = attempts_left
        if attempts_left is None:
            super().__init__(N_("The exchange did not accept the code."))
        else:
            super().__init__(
                N_("The exchange did not accept the code ({left} attempts left)."),
                left=attempts_left,
            )


class NoSetupWaiting(EnrollmentApiError):
    code = "no_pending_enrollment"

    def __init__(self) -> None:
        super().__init__(N_("The exchange has no 2FA setup waiting for this account."))


class SetupExpired(EnrollmentApiError):
    code = "expired"

    def __init__(self) -> None:
        super().__init__(N_("This setup code has expired at the exchange."))


class SetupCancelled(EnrollmentApiError):
    code = "cancelled"

    def __init__(self) -> None:
        super().__init__(
            N_("This setup was discarded, so the exchange no longer accepts its codes.")
        )


class SetupSuperseded(EnrollmentApiError):
    code = "superseded"

    def __init__(self) -> None:
        super().__init__(
            N_(
                "A newer setup was started on the exchange's website, so this setup code "
                "no longer counts."
            )
        )


class TooManyAttempts(EnrollmentApiError):
    code = "too_many_attempts"

    def __init__(self) -> None:
        super().__init__(N_("Too many wrong codes: the exchange has locked this setup."))


class UnknownAccount(EnrollmentApiError):
    code = "unknown_account"

    def __init__(self) -> None:
        super().__init__(N_("The exchange has no account with this email address."))


class UnexpectedAnswer(EnrollmentApiError):
    code = "unexpected"

    def __init__(self, status: int) -> None:
        self.status = status
        super().__init__(N_("The exchange answered in a way BreachGuard cannot read (HTTP {status})."), status=status)  # fmt: skip


class ExchangeTrouble(EnrollmentApiError):
    code = "server_error"

    def __init__(self, status: int) -> None:
        self.status = status
        super().__init__(
            N_(
                "The exchange's server reported a problem (HTTP {status}). Try again in a few minutes."
            ),
            status=status,
        )


class Status(enum.Enum):
    """Where the key behind a code stands at the exchange."""

    CONFIRMED = "confirmed"  # the account's active 2FA key
    PENDING = "pending"  # set up, not yet confirmed
    SUPERSEDED = "superseded"  # replaced by a newer setup before it was confirmed
    CANCELLED = "cancelled"  # withdrawn after the customer discarded it
    EXPIRED = "expired"
    UNKNOWN = "unknown"  # no setup of the account has this key (or: a wrong code)


@dataclass(frozen=True)
class StatusAnswer:
    status: Status
    confirmed_at: float | None = None


@dataclass(frozen=True)
class SetupOffer:
    """A setup the exchange's website started: the link holds the new secret."""

    enrollment_id: str
    otpauth_uri: str = field(repr=False)
    expires_in: int


_REFUSALS: dict[str, Callable[[], EnrollmentApiError]] = {
    "no_pending_enrollment": NoSetupWaiting,
    "expired": SetupExpired,
    "superseded": SetupSuperseded,
    "cancelled": SetupCancelled,
    "too_many_attempts": TooManyAttempts,
    "unknown_account": UnknownAccount,
}


class EnrollmentApi:
    def __init__(
        self,
        http: HttpClient,
        base_url: str,
        *,
        allowed_hosts: frozenset[str] = frozenset(),
        deadline_s: float = DEADLINE_S,
    ) -> None:
        self._http = http
        self.base_url = base_url.rstrip("/")
        self._policy = RequestPolicy(
            deadline_s=deadline_s, max_bytes=MAX_ANSWER_BYTES, allowed_hosts=allowed_hosts
        )

    # -- what BreachGuard asks -----------------------------------------------------------

    def status(self, account: str, code: str) -> StatusAnswer:
        """Is the key behind ``code`` the account's active one? Changes nothing."""
        body = self._answer(self._post("/status", {"account": account, "code": code}), 200)
        return _status_answer(body)

    def cancel(self, account: str, code: str) -> StatusAnswer:
        """Withdraws the pending setup behind ``code`` unless its key is already the
        account's active one (then the answer is CONFIRMED and nothing changed)."""
        body = self._answer(self._post("/cancel", {"account": account, "code": code}), 200)
        return _status_answer(body)

    def confirm(self, account: str, code: str) -> float:
        """Makes the key behind ``code`` the account's active one (or says it already
        is); returns when the exchange confirmed it (Unix time)."""
        body = self._answer(self._post("/confirm", {"account": account, "code": code}), 200)
        if body.get("confirmed") is not True:
            raise UnexpectedAnswer(200)
        return _timestamp(body.get("confirmed_at"))

    # -- what the exchange's website does ------------------------------------------------

    def start_setup(self, email: str) -> SetupOffer:
        body = self._answer(self._post("/setup", {"email": email}), 201)
        enrollment_id, uri = body.get("enrollment_id"), body.get("otpauth_uri")
        expires_in = body.get("expires_in")
        if not (
            isinstance(enrollment_id, str)
            and 0 < len(enrollment_id) <= 64
            and enrollment_id.isascii()
            and enrollment_id.isalnum()
            and isinstance(uri, str)
            and 0 < len(uri) <= MAX_URI_CHARS
            and isinstance(expires_in, int)
            and not isinstance(expires_in, bool)
            and expires_in > 0
        ):
            raise UnexpectedAnswer(201)
        return SetupOffer(enrollment_id, uri, expires_in)

    def setup_qr(self, enrollment_id: str) -> bytes:
        """The setup's QR code as PNG bytes."""
        policy = RequestPolicy(
            deadline_s=self._policy.deadline_s,
            max_bytes=MAX_QR_BYTES,
            allowed_hosts=self._policy.allowed_hosts,
        )
        url = f"{self.base_url}/setup/{quote(enrollment_id, safe='')}/qr.png"
        response = self._call(lambda: self._http.get(url, policy=policy))
        if response.status != 200:
            raise _refusal(response)
        return response.body

    # -- plumbing -----------------------------------------------------------------------

    def _post(self, path: str, body: Mapping[str, Any]) -> HttpResponse:
        url = self.base_url + path
        return self._call(lambda: self._http.post_json(url, dict(body), policy=self._policy))

    @staticmethod
    def _call(request: Any) -> HttpResponse:
        try:
            response: HttpResponse = request()
        except HttpError as exc:
            raise ExchangeUnreachable(exc) from None
        return response

    @staticmethod
    def _answer(response: HttpResponse, expected: int) -> dict[str, Any]:
        if response.status != expected:
            raise _refusal(response)
        body = _json_object(response.body)
        if body is None:
            raise UnexpectedAnswer(response.status)
        return body


def _json_object(data: bytes) -> dict[str, Any] | None:
    try:
        value = loads_strict(data, max_depth=4)
    except JsonError:
        return None
    return value if isinstance(value, dict) else None


def _refusal(response: HttpResponse) -> EnrollmentApiError:
    body = _json_object(response.body) or {}
    code = body.get("error")
    if code == "wrong_code":
        left = body.get("attempts_left")
        valid = isinstance(left, int) and not isinstance(left, bool) and 0 <= left <= 1000
        return WrongCode(left if valid else None)
    kind = _REFUSALS.get(code) if isinstance(code, str) else None
    if kind is not None:
        return kind()
    if response.status == 429:
        return TooManyAttempts()
    if response.status >= 500:
        return ExchangeTrouble(response.status)
    return UnexpectedAnswer(response.status)


def _status_answer(body: dict[str, Any]) -> StatusAnswer:
    status = _enum_value(body.get("status"))
    confirmed_at = None
    if status is Status.CONFIRMED:
        confirmed_at = _timestamp(body.get("confirmed_at"))
    return StatusAnswer(status, confirmed_at)


def _enum_value(value: Any) -> Status:
    try:
        return Status(value)
    except ValueError:
        raise UnexpectedAnswer(200) from None


def _timestamp(value: Any) -> float:
    if not isinstance(value, str) or len(value) > 40:
        raise UnexpectedAnswer(200)
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise UnexpectedAnswer(200) from None
    if moment.tzinfo is None:
        raise UnexpectedAnswer(200)
    return moment.timestamp()
