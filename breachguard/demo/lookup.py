"""Account lookup by phone number, built not to reveal who is a customer.

Rules (OWASP forgot-password guidance):
- ``start`` answers the same status, body shape and key order whether or not an
  account uses the number, and does the same work either way; only a known
  number gets an SMS.
- ``verify`` treats an unknown request id exactly like a wrong code.
- Starts are limited per number and per client address (SMS pumping costs money).
- A request dies after five wrong codes or ``CODE_LIFETIME`` seconds.
The email address travels only in the answer to a correct code: the side channel
is the customer's own phone.
"""

from __future__ import annotations

import hmac
import random
import re
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from breachguard.core.masking import mask_email, mask_phone
from breachguard.demo.accounts import DemoAccount, account_by_phone
from breachguard.demo.ratelimit import SlidingWindowLimiter
from breachguard.demo.reply import Reply, error

E164_RE = re.compile(r"^\+[1-9][0-9]{6,14}$")
CODE_LIFETIME = 300
MAX_ATTEMPTS = 5
START_MESSAGE = "If an account uses this number, we have sent a code by SMS."
# In the account's language, as an exchange writes to its customers; the code and the
# warning are the same in each.
SMS_TEXTS = {
    "en": "Demo Exchange: your code is {code}. Staff will never ask you for it.",
    "de": "Demo Exchange: Ihr Code lautet {code}. Unsere Mitarbeiter fragen Sie nie danach.",
    "nb": "Demo Exchange: koden din er {code}. Ansatte vil aldri be deg om den.",
}
_OUTBOX_SIZE = 50
_MAX_PENDING = 10_000


@dataclass
class _Pending:
    account: DemoAccount | None  # None: nobody uses the number, the code was never sent
    code: str
    expires_at: float
    wrong: int = 0


class SmsOutbox:
    """The demo's stand-in for an SMS gateway; the app shows it in a "Demo SMS" panel."""

    def __init__(self) -> None:
        self._messages: list[dict[str, str]] = []
        self._lock = threading.Lock()

    def send(self, to: str, text: str, sent_at: float) -> None:
        stamp = datetime.fromtimestamp(sent_at, tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        with self._lock:
            self._messages.insert(0, {"to": to, "text": text, "sent_at": stamp})
            del self._messages[_OUTBOX_SIZE:]

    def messages(self) -> list[dict[str, str]]:
        """Newest first."""
        with self._lock:
            return [dict(message) for message in self._messages]


class LookupService:
    def __init__(
        self,
        *,
        clock: Callable[[], float],
        rng: random.Random,
        outbox: SmsOutbox,
        mask_emails: bool = False,
    ) -> None:
        self._clock = clock
        self._rng = rng
        self._outbox = outbox
        self._mask_emails = mask_emails
        self._per_number = SlidingWindowLimiter(3, 600, clock)
        self._per_client = SlidingWindowLimiter(20, 600, clock)
        self._pending: OrderedDict[str, _Pending] = OrderedDict()
        # Wrong guesses at ids we never issued, so they run out like real ones do.
        self._unknown_wrong: OrderedDict[str, int] = OrderedDict()
        self._lock = threading.Lock()

    def start(self, phone: str, client: str) -> Reply:
        if not E164_RE.match(phone):
            return error(400, "invalid_phone")
        for limiter, key in ((self._per_client, client), (self._per_number, phone)):
            retry_after = limiter.acquire(key)
            if retry_after is not None:
                return Reply(
                    429,
                    {"error": "rate_limited", "retry_after": retry_after},
                    {"Retry-After": str(retry_after)},
                )
        account = account_by_phone(phone)
        request_id = f"{self._rng.getrandbits(128):032x}"
        code = f"{self._rng.randrange(1_000_000):06d}"
        now = self._clock()
        with self._lock:
            self._pending[request_id] = _Pending(account, code, now + CODE_LIFETIME)
            while len(self._pending) > _MAX_PENDING:
                self._pending.popitem(last=False)
        if account is not None:
            self._outbox.send(
                mask_phone(account.phone),
                SMS_TEXTS.get(account.language, SMS_TEXTS["en"]).format(code=code),
                now,
            )
        return Reply(
            202, {"request_id": request_id, "message": START_MESSAGE, "expires_in": CODE_LIFETIME}
        )

    def verify(self, request_id: str, code: str) -> Reply:
        now = self._clock()
        with self._lock:
            pending = self._pending.get(request_id)
            if pending is None:
                return self._unknown_request(request_id, code)
            if now >= pending.expires_at:
                del self._pending[request_id]
                return error(410, "expired")
            if pending.wrong >= MAX_ATTEMPTS:
                return error(429, "too_many_attempts")
            matches = hmac.compare_digest(pending.code.encode(), code.encode())
            if not matches or pending.account is None:
                pending.wrong += 1
                return error(403, "wrong_code", attempts_left=MAX_ATTEMPTS - pending.wrong)
            del self._pending[request_id]
            email = pending.account.email
        body: dict[str, Any] = (
            {"email": mask_email(email), "masked": True}
            if self._mask_emails
            else {"email": email, "masked": False}
        )
        return Reply(200, body)

    def _unknown_request(self, request_id: str, code: str) -> Reply:
        # Same work and same answers as a live request with a wrong code.
        hmac.compare_digest(b"------", code.encode())
        wrong = self._unknown_wrong.pop(request_id, 0)
        if wrong >= MAX_ATTEMPTS:
            self._unknown_wrong[request_id] = wrong
            return error(429, "too_many_attempts")
        self._unknown_wrong[request_id] = wrong + 1
        while len(self._unknown_wrong) > _MAX_PENDING:
            self._unknown_wrong.popitem(last=False)
        return error(403, "wrong_code", attempts_left=MAX_ATTEMPTS - wrong - 1)
