"""Bounded HTTP: every call has a wall-clock deadline, a decoded-size cap and a
redirect policy.

requests alone has no total timeout (its timeouts apply to each read, so a server
dripping its headers or body a byte a second keeps a call alive forever) and
follows redirects anywhere. Here a watchdog (``http_watchdog``) shuts the
request's sockets down when its deadline passes, whatever is waiting on them:
name resolution, connect, TLS handshake, headers, body, every redirect hop. The
body is read in chunks against the size cap, and redirects are followed by hand.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

from breachguard.core.messages import N_, Message
from breachguard.core.provider import is_loopback_host

DEFAULT_DEADLINE_S = 20.0
DEFAULT_CONNECT_TIMEOUT_S = 5.0
DEFAULT_READ_TIMEOUT_S = 10.0
DEFAULT_MAX_BYTES = 2 * 1024 * 1024
MAX_REDIRECTS = 5
_CHUNK = 16 * 1024

_TOO_SLOW = Message(N_("the server took too long to answer"))
_TOO_SLOW_TO_SEND = Message(N_("the server took too long to send its answer"))
_TOO_LARGE = N_("the answer is larger than the {limit} KiB limit")
_NOT_HTTPS_ADDRESS = N_("refused an address that is not https ({scheme})")
_NOT_HTTPS_REDIRECT = N_("refused a redirect to an address that is not https ({scheme})")
_FOREIGN_REDIRECT = N_("refused a redirect to {host}, which is not this exchange's")


class HttpError(Exception):
    """A request failed; ``str()`` is a message fit for the user. ``reason`` keeps it
    as a core Message (template and fields), so widgets can show it translated."""

    code = "http_error"

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        # Text from elsewhere is kept as it is (and may hold braces): not translatable.
        self.reason = reason if isinstance(reason, Message) else Message("{text}", text=reason)
        self.template = self.reason.template
        self.params = self.reason.params


class DeadlineExceeded(HttpError):
    code = "deadline"


class BodyTooLarge(HttpError):
    code = "too_large"


class RedirectRefused(HttpError):
    code = "redirect_refused"


class TlsError(HttpError):
    code = "tls"


class NetworkError(HttpError):
    code = "network"


def _parse_http_date(value: str) -> datetime:
    # Imported when first needed: email.utils brings much of the email package, and
    # no response is read before the first window is drawn.
    from email.utils import parsedate_to_datetime

    return parsedate_to_datetime(value)


@dataclass(frozen=True)
class HttpResponse:
    status: int
    url: str
    headers: Mapping[str, str]
    body: bytes
    elapsed_s: float = 0.0

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())

    @property
    def date(self) -> float | None:
        """Server time from the Date header as a Unix timestamp, if present and valid."""
        value = self.header("date")
        if not value:
            return None
        try:
            parsed = _parse_http_date(value)
        except (TypeError, ValueError):
            return None
        if parsed.tzinfo is None:
            return None
        return parsed.timestamp()

    def retry_after_s(self, *, now: float, cap_s: float = 3600.0) -> float | None:
        """Seconds to wait from ``Retry-After`` (delta or HTTP date), capped."""
        value = self.header("retry-after")
        if not value:
            return None
        value = value.strip()
        if value.isdigit():
            seconds = float(int(value[:12]))
        else:
            try:
                seconds = _parse_http_date(value).timestamp() - now
            except (TypeError, ValueError):
                return None
        return max(0.0, min(seconds, cap_s))


@dataclass(frozen=True)
class RequestPolicy:
    """Limits for one request. ``allowed_hosts`` empty means: only the first URL's host."""

    deadline_s: float = DEFAULT_DEADLINE_S
    max_bytes: int = DEFAULT_MAX_BYTES
    allowed_hosts: frozenset[str] = field(default_factory=frozenset)
    max_redirects: int = MAX_REDIRECTS


@dataclass
class _Progress:
    """How far one request got, to say which part was too slow."""

    receiving_body: bool = False

    def deadline_error(self) -> DeadlineExceeded:
        return DeadlineExceeded(_TOO_SLOW_TO_SEND if self.receiving_body else _TOO_SLOW)


class HttpClient:
    """HTTP with BreachGuard's limits. Each request gets its own requests.Session,
    so one client is safe to share between worker threads (a Session is not); the
    price is no connection reuse, which is fine for a few polls a minute."""

    def __init__(
        self,
        *,
        user_agent: str = "BreachGuard",
        session_factory: Callable[[], Any] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._user_agent = user_agent
        self._session_factory = session_factory
        self._clock = clock

    def _session(self) -> Any:
        if self._session_factory is not None:
            return self._session_factory()
        import requests  # deferred: ~120 ms of start-up time

        session = requests.Session()
        session.trust_env = False  # no proxies or .netrc credentials picked up silently
        return session

    def request(
        self,
        method: str,
        url: str,
        *,
        policy: RequestPolicy | None = None,
        json_body: Any = None,
        headers: Mapping[str, str] | None = None,
    ) -> HttpResponse:
        from breachguard.core import http_watchdog  # deferred: loads requests and urllib3

        policy = policy or RequestPolicy()
        allowed = policy.allowed_hosts or frozenset({urlsplit(url).hostname or ""})
        _check_target(url, allowed, first=True)
        send_headers = {"User-Agent": self._user_agent, "Accept-Encoding": "gzip, deflate"}
        send_headers.update(headers or {})
        session = self._session()
        # Mounted over whatever the factory set: every connection is watched.
        adapter = http_watchdog.WatchedAdapter()
        session.mount("https://", adapter)
        session.mount("http://", adapter)
        progress = _Progress()
        try:
            with http_watchdog.watching(policy.deadline_s) as watchdog:
                try:
                    response = self._follow(
                        session, method, url, json_body, send_headers, policy, allowed, progress
                    )
                except HttpError as exc:
                    if watchdog.expired and not isinstance(exc, DeadlineExceeded):
                        raise progress.deadline_error() from None
                    raise
                except Exception:
                    if watchdog.expired:  # whatever broke, it broke because time ran out
                        raise progress.deadline_error() from None
                    raise
            # Checked after the watchdog stopped: a body cut short by its shutdown can
            # look complete (a server that ends the body by closing the connection).
            if watchdog.expired:
                raise progress.deadline_error()
            return response
        finally:
            session.close()

    def _follow(
        self,
        session: Any,
        method: str,
        url: str,
        json_body: Any,
        send_headers: dict[str, str],
        policy: RequestPolicy,
        allowed: frozenset[str],
        progress: _Progress,
    ) -> HttpResponse:
        import requests

        started = self._clock()
        for _hop in range(policy.max_redirects + 1):
            remaining = policy.deadline_s - (self._clock() - started)
            if remaining <= 0:
                raise DeadlineExceeded(_TOO_SLOW)
            progress.receiving_body = False
            try:
                response = session.request(
                    method,
                    url,
                    json=json_body,
                    headers=send_headers,
                    stream=True,
                    allow_redirects=False,
                    timeout=(
                        min(DEFAULT_CONNECT_TIMEOUT_S, remaining),
                        min(DEFAULT_READ_TIMEOUT_S, remaining),
                    ),
                )
            except requests.exceptions.SSLError as exc:
                raise TlsError(_describe_tls_error(exc)) from None
            except requests.exceptions.Timeout:
                raise DeadlineExceeded(_TOO_SLOW) from None
            except requests.exceptions.RequestException as exc:
                raise NetworkError(_describe_network_error(exc)) from None
            try:
                if response.is_redirect:
                    location = response.headers.get("location", "")
                    target = urljoin(url, location)
                    _check_target(target, allowed, first=False)
                    url = target
                    if response.status_code == 303 or (
                        response.status_code in (301, 302) and method == "POST"
                    ):
                        method, json_body = "GET", None
                    continue
                progress.receiving_body = True
                body = _read_bounded(
                    response, policy.max_bytes, started, policy.deadline_s, self._clock
                )
                return HttpResponse(
                    status=response.status_code,
                    url=url,
                    headers={k.lower(): v for k, v in response.headers.items()},
                    body=body,
                    elapsed_s=self._clock() - started,
                )
            finally:
                response.close()
        raise RedirectRefused(Message(N_("the server redirected too many times")))

    def get(self, url: str, **kwargs: Any) -> HttpResponse:
        return self.request("GET", url, **kwargs)

    def post_json(self, url: str, body: Any, **kwargs: Any) -> HttpResponse:
        return self.request("POST", url, json_body=body, **kwargs)


def _check_target(url: str, allowed: frozenset[str], *, first: bool) -> None:
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a malformed port
    except ValueError:
        raise RedirectRefused(Message(N_("the address is not a valid URL"))) from None
    host = (parts.hostname or "").lower()
    secure = parts.scheme == "https" or (parts.scheme == "http" and is_loopback_host(host))
    if not secure:
        template = _NOT_HTTPS_ADDRESS if first else _NOT_HTTPS_REDIRECT
        raise RedirectRefused(Message(template, scheme=parts.scheme or "-"))
    if host not in allowed:
        raise RedirectRefused(Message(_FOREIGN_REDIRECT, host=host or "-"))
    if parts.username or parts.password:
        raise RedirectRefused(
            Message(N_("refused an address that carries a user name or password"))
        )


def _read_bounded(
    response: Any, max_bytes: int, started: float, deadline_s: float, clock: Callable[[], float]
) -> bytes:
    length = response.headers.get("content-length")
    if (
        length
        and length.isdigit()
        and int(length) > max_bytes
        and not response.headers.get("content-encoding")
    ):
        raise BodyTooLarge(Message(_TOO_LARGE, limit=max_bytes // 1024))
    chunks: list[bytes] = []
    total = 0
    raw = response.raw
    # read1 returns whatever one recv brought, so a server dripping a byte a second
    # cannot hold a read past the deadline; decode_content caps the decoded size
    # (gzip bombs), not the wire size.
    while True:
        if clock() - started > deadline_s:
            raise DeadlineExceeded(_TOO_SLOW_TO_SEND)
        try:
            chunk = raw.read1(_CHUNK, decode_content=True)
        except Exception as exc:  # urllib3 raises several types for broken streams
            if "timed out" in str(exc).lower():
                raise DeadlineExceeded(_TOO_SLOW_TO_SEND) from None
            raise NetworkError(
                Message(N_("the connection broke while receiving the answer"))
            ) from None
        if not chunk:
            if raw.closed or raw.isclosed() or raw.length_remaining == 0:
                break
            if getattr(raw, "_fp", None) is None:
                break
            continue
        total += len(chunk)
        if total > max_bytes:
            raise BodyTooLarge(Message(_TOO_LARGE, limit=max_bytes // 1024))
        chunks.append(chunk)
    return b"".join(chunks)


def _describe_network_error(exc: Exception) -> Message:
    text = str(exc).lower()
    if (
        "name or service not known" in text
        or "nodename nor servname" in text
        or "getaddrinfo" in text
    ):
        return Message(
            N_("the exchange's server name could not be found (check your internet connection)")
        )
    if "connection refused" in text:
        return Message(N_("the exchange's server refused the connection"))
    return Message(
        N_("the exchange's server could not be reached (check your internet connection)")
    )


def _describe_tls_error(error: BaseException) -> Message:
    """Which certificate problem it was, in words (the cause is buried a few
    exceptions deep: requests → urllib3 → ssl)."""
    import ssl

    seen: set[int] = set()
    pending: list[object] = [error]
    while pending:
        item = pending.pop()
        if not isinstance(item, BaseException) or id(item) in seen or len(seen) > 20:
            continue
        seen.add(id(item))
        if isinstance(item, ssl.SSLCertVerificationError):
            detail = (item.verify_message or "").lower()
            if "expired" in detail:
                return Message(
                    N_("the secure connection failed: the server's certificate has expired")
                )
            if "mismatch" in detail:
                return Message(
                    N_(
                        "the secure connection failed: the server's certificate belongs to a "
                        "different website"
                    )
                )
            if "self-signed" in detail or "self signed" in detail or "issuer" in detail:
                return Message(
                    N_(
                        "the secure connection failed: the server's certificate is not from an "
                        "authority this computer trusts"
                    )
                )
            break
        pending.extend([item.__cause__, item.__context__, getattr(item, "reason", None)])
        pending.extend(arg for arg in item.args if isinstance(arg, BaseException))
    return Message(
        N_("the secure connection failed: the server's certificate could not be verified")
    )
