"""The embedded Demo Exchange: a small HTTP server on the loopback interface.

It plays a breached exchange end to end: a signed notice feed, a Statuspage-style
status API, the phone-number lookup for the login email, TOTP re-enrollment and a
clock endpoint. It is a demonstration, never a place for real data: it binds to
loopback only, and its "SMS" go to an in-memory outbox the app shows on screen.

It is as careful as a real exchange all the same. Every request must name it in
its Host header (a web page in the user's browser that rebinds its own domain to
127.0.0.1 is refused), and the SMS outbox stands for the customer's phone: it is
read only with a token made for each run and handed to the app in process
(``sms_token``), never over the network.
"""

from __future__ import annotations

import hmac
import logging
import random
import secrets
import socket
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from breachguard.core.provider import NEVER_ASK_KEYS, is_loopback_host
from breachguard.demo.accounts import account_by_email
from breachguard.demo.enrollment import EnrollmentService
from breachguard.demo.lookup import LookupService, SmsOutbox

if TYPE_CHECKING:
    from breachguard.demo.feed import Edition, FeedPublisher
    from breachguard.demo.http_api import DemoServer
    from breachguard.demo.signer import MinisignSigner

log = logging.getLogger("breachguard.demo")

# The public half of the demo signing key (``signer.demo_signer()``), so the demo
# profile can name it before ``cryptography`` is loaded; a test checks the two agree.
DEMO_PUBLIC_KEY = "RWRduwkpxr7wTr+NyvMI0+9KTWfoPmJhwYfXncytlgDMuaHNnX0dwUC5"
# The stdlib's backlog of 5 drops connections when a busy machine is slow to accept;
# the client then waits seconds for a SYN retry.
LISTEN_BACKLOG = 64
# Where the exchange's real mail comes from; the mail scan needs them without a server.
SENDER_DOMAINS = ("demo-exchange.example", "mail.demo-exchange.example")


class DemoExchange:
    """Start with :meth:`start` (or ``with DemoExchange() as exchange:``).

    :meth:`reserve` takes the address first, without serving: the URL and the
    profile are known at once, and requests wait in the socket's queue until
    :meth:`start`, which loads the HTTP layer and the feed signer.
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        clock: Callable[[], float] = time.time,
        rng: random.Random | None = None,
        mask_lookup_emails: bool = False,
    ) -> None:
        if not is_loopback_host(host):
            raise ValueError("the Demo Exchange only listens on a loopback address")
        self._host = host
        self._port = port
        self.clock = clock
        rng = rng if rng is not None else random.SystemRandom()
        self._signer: MinisignSigner | None = None
        self.outbox = SmsOutbox()
        self.lookup = LookupService(
            clock=clock, rng=rng, outbox=self.outbox, mask_emails=mask_lookup_emails
        )
        self.enrollment = EnrollmentService(clock=clock, rng=rng)
        # Not from ``rng``: tests seed that, and the token must not be guessable.
        self._sms_token = secrets.token_urlsafe(32)
        self._hosts: frozenset[str] = frozenset()
        self._socket: socket.socket | None = None
        self._server: DemoServer | None = None
        self._thread: threading.Thread | None = None
        self._feed: FeedPublisher | None = None
        self._base_url = ""
        self.started_at = 0.0

    # -- lifecycle ----------------------------------------------------------------------

    def reserve(self) -> DemoExchange:
        """Listens on the exchange's address without serving yet (see the class)."""
        if self._socket is not None or self._server is not None:
            return self
        family = socket.AF_INET6 if ":" in self._host else socket.AF_INET
        listening = socket.create_server(
            (self._host, self._port), family=family, backlog=LISTEN_BACKLOG
        )
        # Started again after stop(), the exchange comes back at the same address with
        # its story and accounts as they were: an outage, not a new exchange.
        self._port = listening.getsockname()[1]
        self._socket = listening
        host = f"[{self._host}]" if ":" in self._host else self._host
        port = self._port
        names = (host, "localhost")
        self._hosts = frozenset(
            {f"{name}:{port}".lower() for name in names}
            | ({name.lower() for name in names} if port == 80 else set())
        )
        if not self._base_url:
            self._base_url = f"http://{host}:{port}"
            self.started_at = self.clock()
        return self

    def start(self) -> DemoExchange:
        if self._server is not None:
            raise RuntimeError("the Demo Exchange is already running")
        from breachguard.demo.feed import FeedPublisher
        from breachguard.demo.http_api import serve_on

        self.reserve()
        listening, self._socket = self._socket, None
        assert listening is not None
        if self._feed is None:
            self._feed = FeedPublisher(
                base_url=self._base_url,
                story_start=self.started_at,
                clock=self.clock,
                signer=self.signer,
            )
        server = serve_on(listening, self)
        self._server = server
        # A short poll interval keeps stop() quick (tests start and stop many servers).
        self._thread = threading.Thread(
            target=server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="demo-exchange",
            daemon=True,
        )
        self._thread.start()
        return self

    @property
    def serving(self) -> bool:
        return self._server is not None

    def stop(self) -> None:
        server, thread, listening = self._server, self._thread, self._socket
        self._server = self._thread = self._socket = None
        if listening is not None:  # reserved, never served
            listening.close()
        if server is not None:
            server.shutdown()
            server.server_close()
        if thread is not None:
            thread.join(timeout=5)

    def __enter__(self) -> DemoExchange:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- what the app and tests read -----------------------------------------------------

    @property
    def base_url(self) -> str:
        if not self._base_url:
            raise RuntimeError("start the Demo Exchange before asking for its URL")
        return self._base_url

    @property
    def signer(self) -> MinisignSigner:
        if self._signer is None:
            from breachguard.demo.signer import demo_signer

            self._signer = demo_signer()
        return self._signer

    def public_key_base64(self) -> str:
        return DEMO_PUBLIC_KEY

    def feed(self) -> Edition:
        if self._feed is None:
            raise RuntimeError("start the Demo Exchange before reading its feed")
        return self._feed.current()

    def republish_feed(self) -> Edition:
        """Sign a new feed edition with the next sequence number."""
        if self._feed is None:
            raise RuntimeError("start the Demo Exchange before publishing")
        return self._feed.republish()

    def sms_outbox(self) -> list[dict[str, str]]:
        return self.outbox.messages()

    @property
    def sms_token(self) -> str:
        """The bearer token that reads ``/demo/sms`` (new for every run)."""
        return self._sms_token

    def signs_in(self, email: str) -> bool:
        """Whether the demo website's sign-in accepts ``email`` (it stands for an email
        and password form, asked in process, never over the API)."""
        return account_by_email(email) is not None

    def serves_host(self, host: str | None) -> bool:
        """Whether a request's Host header names this server."""
        return host is not None and host.strip().lower() in self._hosts

    def sms_authorized(self, authorization: str | None) -> bool:
        expected = f"Bearer {self._sms_token}".encode()
        given = (authorization or "").strip().encode("utf-8", "replace")
        return hmac.compare_digest(given, expected)

    def profile_dict(self) -> dict[str, Any]:
        base = self.base_url
        return {
            "schema_version": 1,
            "id": "demo-exchange",
            "name": "Demo Exchange",
            "demo": True,
            "web_domains": ["demo-exchange.example"],
            "sender_domains": list(SENDER_DOMAINS),
            "totp": {
                "issuers": ["Demo Exchange"],
                "algorithms": ["SHA1"],
                "digits": [6],
                "periods": [30],
            },
            "feeds": [
                {
                    "url": base + "/notices/feed.json",
                    "format": "breachguard-jsonfeed",
                    "signature_url": base + "/notices/feed.json.minisig",
                    "public_keys": [self.public_key_base64()],
                },
                {
                    "url": base + "/api/v2/summary.json",
                    "format": "statuspage-v2",
                },
            ],
            "poll_interval_seconds": 60,
            "lookup_api": base + "/api/v1/lookup",
            "enrollment_api": base + "/api/v1/2fa",
            "clock_url": base + "/time",
            "website_url": base,
            "support": {
                "url": "https://demo-exchange.example/support",
                "email": "support@demo-exchange.example",
            },
            "staff_never_ask": list(NEVER_ASK_KEYS),
        }
