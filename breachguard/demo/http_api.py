"""The Demo Exchange's HTTP layer: the server class, its routes and the handler.

Kept apart from :mod:`breachguard.demo.server` so the app can reserve the Demo
Exchange's address (and name it in the demo profile) before the first frame, and
load ``http.server`` only when the exchange starts serving, after it.
"""

from __future__ import annotations

import json
import logging
import re
import socket
from email.utils import formatdate, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

from breachguard.core.strictjson import JsonError, loads_strict
from breachguard.demo import statuspage
from breachguard.demo.reply import Reply, error
from breachguard.demo.server import LISTEN_BACKLOG, DemoExchange

log = logging.getLogger("breachguard.demo")

MAX_BODY_BYTES = 16 * 1024
# Oversized bodies up to this size are read and dropped so the client sees the 413.
_DRAIN_LIMIT = 1024 * 1024
_JSON = "application/json; charset=utf-8"
_METHOD = re.compile(r"[A-Z][A-Z-]{0,19}")  # method names as registered with IANA
_NO_STORE = {"Cache-Control": "no-store"}


class _BadRequest(Exception):
    def __init__(self, reply: Reply) -> None:
        super().__init__(reply.status)
        self.reply = reply


class DemoServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = LISTEN_BACKLOG
    exchange: DemoExchange


def serve_on(listening: socket.socket, exchange: DemoExchange) -> DemoServer:
    """A server on a socket that already listens (``DemoExchange.reserve``)."""
    server = DemoServer(listening.getsockname()[:2], _Handler, bind_and_activate=False)
    server.socket.close()  # the one it made for itself
    server.socket = listening
    server.server_address = listening.getsockname()
    host, port = listening.getsockname()[:2]
    server.server_name, server.server_port = str(host), int(port)
    server.exchange = exchange
    return server


# (method, path pattern, handler name, label for the log; ids never reach the log)
_ROUTES: tuple[tuple[str, re.Pattern[str], str, str], ...] = tuple(
    (method, re.compile(pattern), name, label)
    for method, pattern, name, label in (
        ("GET", r"/notices/feed\.json", "_feed", "/notices/feed.json"),
        ("GET", r"/notices/feed\.json\.minisig", "_signature", "/notices/feed.json.minisig"),
        ("GET", r"/api/v2/summary\.json", "_summary", "/api/v2/summary.json"),
        ("GET", r"/api/v2/incidents\.json", "_incidents", "/api/v2/incidents.json"),
        ("GET", r"/time", "_time", "/time"),
        ("POST", r"/api/v1/lookup/start", "_lookup_start", "/api/v1/lookup/start"),
        ("POST", r"/api/v1/lookup/verify", "_lookup_verify", "/api/v1/lookup/verify"),
        ("POST", r"/api/v1/2fa/setup", "_setup", "/api/v1/2fa/setup"),
        (
            "GET",
            r"/api/v1/2fa/setup/(?P<enrollment_id>[0-9a-f]{32})/qr\.png",
            "_qr",
            "/api/v1/2fa/setup/{enrollment_id}/qr.png",
        ),
        ("POST", r"/api/v1/2fa/confirm", "_confirm", "/api/v1/2fa/confirm"),
        ("POST", r"/api/v1/2fa/status", "_status", "/api/v1/2fa/status"),
        ("POST", r"/api/v1/2fa/cancel", "_cancel", "/api/v1/2fa/cancel"),
        ("GET", r"/demo/sms", "_sms", "/demo/sms"),
        ("GET", r"/", "_home", "/"),
    )
)


class _Handler(BaseHTTPRequestHandler):
    server: DemoServer
    protocol_version = "HTTP/1.1"
    server_version = "DemoExchange/1"
    sys_version = ""
    timeout = 10  # a slow client cannot hold a worker thread forever
    disable_nagle_algorithm = True  # headers and body go out as two writes
    _label = "(unknown path)"
    _head = False
    _body_unread = False

    # -- plumbing -----------------------------------------------------------------------

    @property
    def exchange(self) -> DemoExchange:
        return self.server.exchange

    def date_time_string(self, timestamp: float | None = None) -> str:
        # The Date header follows the exchange's clock, so tests can fake clock skew.
        return formatdate(self.exchange.clock() if timestamp is None else timestamp, usegmt=True)

    def log_message(self, format: str, *args: Any) -> None:
        pass  # the default logs raw request lines, which may carry ids; see log_request

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        log.info("%s %s -> %s", self.command, self._label, code)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        # Errors raised by the stdlib parser (bad request line, header too long) as JSON.
        self.close_connection = True
        if self.request_version == "HTTP/0.9":  # answer with a status line all the same
            self.request_version = "HTTP/1.0"
        self._send_json(Reply(code, {"error": "bad_request" if code < 500 else "server_error"}))

    def parse_request(self) -> bool:
        if not super().parse_request():
            return False
        if self.request_version == "HTTP/0.9":  # no headers, no status line: not served
            self.send_error(400)
            return False
        return True

    def __getattr__(self, name: str) -> Any:
        # http.server answers a method without a do_<METHOD> with 501 Not Implemented.
        # Any method is routed instead, so a path answers 405 with its Allow list for
        # a method it does not take (TRACE, OPTIONS, ...) and 404 if it does not exist.
        if not name.startswith("do_"):
            raise AttributeError(name)
        method = name[3:]
        if _METHOD.fullmatch(method):
            return lambda: self._dispatch(method)

        def refuse() -> None:
            self.command = "(not a method)"  # kept out of the log
            self.send_error(400)

        return refuse

    def do_GET(self) -> None:
        self._dispatch("GET")

    def do_HEAD(self) -> None:
        self._dispatch("HEAD")

    def do_POST(self) -> None:
        self._dispatch("POST")

    def _dispatch(self, method: str) -> None:
        # One handler serves every request on a kept-alive connection: reset per request.
        self._head = method == "HEAD"
        self._label = "(unknown path)"
        length = self.headers.get("Content-Length", "0").strip()
        self._body_unread = "Transfer-Encoding" in self.headers or length not in ("", "0")
        method = "GET" if self._head else method
        hosts = self.headers.get_all("Host") or []
        if len(hosts) != 1 or not self.exchange.serves_host(hosts[0]):
            # DNS rebinding: a page whose domain now resolves to 127.0.0.1 sends its
            # own name. No route answers it, whatever the path.
            self.close_connection = True
            self._send_json(error(421, "misdirected_request"))
            return
        path = urlsplit(self.path).path
        allowed = []
        for route_method, pattern, name, label in _ROUTES:
            match = pattern.fullmatch(path)
            if not match:
                continue
            if route_method != method:
                allowed.append(route_method)
                continue
            self._label = label
            try:
                getattr(self, name)(**match.groupdict())
            except _BadRequest as exc:
                self._send_json(exc.reply)
            except (ConnectionError, TimeoutError):
                self.close_connection = True  # the client went away or stalled mid-body
            except Exception as exc:
                # Only the type: messages and tracebacks could carry request data.
                log.error("%s %s failed: %s", method, label, type(exc).__name__)
                self.close_connection = True
                self._send_json(error(500, "server_error"))
            return
        if allowed:
            allow = ", ".join(sorted({*allowed, "HEAD"} if "GET" in allowed else set(allowed)))
            self._send_json(Reply(405, {"error": "method_not_allowed"}, {"Allow": allow}))
        else:
            self._send_json(error(404, "not_found"))

    def _send(
        self,
        status: int,
        body: bytes,
        content_type: str | None,
        headers: dict[str, str] | None = None,
    ) -> None:
        if self._body_unread:
            # Unread body bytes would be parsed as the next request: end the connection.
            self.close_connection = True
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        self.send_header("X-Content-Type-Options", "nosniff")
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        if status not in (204, 304):
            self.send_header("Content-Length", str(len(body)))
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if not self._head and status not in (204, 304):
            self.wfile.write(body)

    def _send_json(self, reply: Reply) -> None:
        body = json.dumps(reply.body if reply.body is not None else {}, ensure_ascii=False)
        self._send(reply.status, body.encode("utf-8"), _JSON, {**_NO_STORE, **reply.headers})

    def _read_json(self, fields: dict[str, int]) -> dict[str, str]:
        """Read a small JSON object with exactly ``fields`` (name -> max length), all text."""
        if "Transfer-Encoding" in self.headers:
            self.close_connection = True
            raise _BadRequest(error(411, "length_required"))
        raw_length = self.headers.get("Content-Length")
        if raw_length is None or not (raw_length.isascii() and raw_length.isdigit()):
            self.close_connection = True
            raise _BadRequest(error(411, "length_required"))
        length = int(raw_length)
        if length > MAX_BODY_BYTES:
            if length <= _DRAIN_LIMIT:
                self.rfile.read(length)
                self._body_unread = False
            else:
                self.close_connection = True
            raise _BadRequest(error(413, "payload_too_large", max_bytes=MAX_BODY_BYTES))
        data = self.rfile.read(length)
        self._body_unread = False
        content_type = self.headers.get("Content-Type", "").split(";")[0].strip().lower()
        if content_type != "application/json":
            raise _BadRequest(
                error(415, "unsupported_media_type", detail="send the body as application/json")
            )
        try:
            value = loads_strict(data, max_depth=4)
        except JsonError as exc:
            raise _BadRequest(error(400, "invalid_json", detail=f"the body {exc}")) from None
        if not isinstance(value, dict):
            raise _BadRequest(
                error(400, "invalid_request", detail="the body must be a JSON object")
            )
        unknown = sorted(set(value) - set(fields))
        if unknown:
            raise _BadRequest(error(400, "invalid_request", detail=f"unknown field {unknown[0]!r}"))
        for name, max_length in fields.items():
            item = value.get(name)
            if not isinstance(item, str) or not item or len(item) > max_length:
                raise _BadRequest(
                    error(
                        400,
                        "invalid_request",
                        detail=f"{name!r} must be text of 1 to {max_length} characters",
                    )
                )
        return value

    def _client(self) -> str:
        return str(self.client_address[0])

    # -- notices and status --------------------------------------------------------------

    def _not_modified(self, etag: str, last_modified: float) -> bool:
        """RFC 9110 section 13: If-None-Match wins over If-Modified-Since."""
        if_none_match = self.headers.get("If-None-Match")
        if if_none_match is not None:
            tags = [tag.strip().removeprefix("W/") for tag in if_none_match.split(",")]
            return "*" in tags or etag in tags
        if_modified_since = self.headers.get("If-Modified-Since")
        if if_modified_since:
            try:
                since = parsedate_to_datetime(if_modified_since)
            except (TypeError, ValueError, IndexError):
                return False
            if since.tzinfo is None:
                return False
            return int(last_modified) <= since.timestamp()
        return False

    def _conditional(self, body: bytes, content_type: str, etag: str, last_modified: float) -> None:
        headers = {
            "ETag": etag,
            "Last-Modified": formatdate(last_modified, usegmt=True),
            "Cache-Control": "no-cache",
        }
        if self._not_modified(etag, last_modified):
            self._send(304, b"", None, headers)
        else:
            self._send(200, body, content_type, headers)

    def _feed(self) -> None:
        edition = self.exchange.feed()
        self._conditional(
            edition.body, "application/feed+json", edition.etag, edition.last_modified
        )

    def _signature(self) -> None:
        edition = self.exchange.feed()
        self._conditional(
            edition.signature,
            "text/plain; charset=utf-8",
            edition.signature_etag,
            edition.last_modified,
        )

    def _summary(self) -> None:
        self._send_json(
            Reply(200, statuspage.summary(self.exchange.started_at, self.exchange.base_url))
        )

    def _incidents(self) -> None:
        self._send_json(
            Reply(200, statuspage.incidents(self.exchange.started_at, self.exchange.base_url))
        )

    def _time(self) -> None:
        self._send(204, b"", None, _NO_STORE)

    def _home(self) -> None:
        page = (
            "<!doctype html><meta charset=utf-8><title>Demo Exchange</title>"
            "<h1>Demo Exchange</h1><p>A demonstration exchange built into BreachGuard. "
            "It holds no real accounts or funds.</p>"
        )
        self._send(200, page.encode("utf-8"), "text/html; charset=utf-8", _NO_STORE)

    # -- lookup ----------------------------------------------------------------------------

    def _lookup_start(self) -> None:
        body = self._read_json({"phone": 64})
        self._send_json(self.exchange.lookup.start(body["phone"], self._client()))

    def _lookup_verify(self) -> None:
        body = self._read_json({"request_id": 64, "code": 6})
        if not body["code"].isascii() or not body["code"].isdigit() or len(body["code"]) != 6:
            raise _BadRequest(error(400, "invalid_request", detail="'code' must be six digits"))
        self._send_json(self.exchange.lookup.verify(body["request_id"], body["code"]))

    def _sms(self) -> None:
        if not self.exchange.sms_authorized(self.headers.get("Authorization")):
            self._send_json(
                Reply(401, {"error": "unauthorized"}, {"WWW-Authenticate": 'Bearer realm="demo"'})
            )
            return
        self._send_json(Reply(200, {"messages": self.exchange.sms_outbox()}))

    # -- 2FA enrollment --------------------------------------------------------------------

    def _setup(self) -> None:
        body = self._read_json({"email": 254})
        _require_min_length(body, "email", 3)
        self._send_json(self.exchange.enrollment.setup(body["email"]))

    def _qr(self, enrollment_id: str) -> None:
        result = self.exchange.enrollment.qr(enrollment_id)
        if isinstance(result, Reply):
            self._send_json(result)
        else:
            self._send(200, result, "image/png", _NO_STORE)

    def _confirm(self) -> None:
        body = self._read_code_request()
        self._send_json(self.exchange.enrollment.confirm(body["account"], body["code"]))

    def _status(self) -> None:
        body = self._read_code_request()
        self._send_json(self.exchange.enrollment.status(body["account"], body["code"]))

    def _cancel(self) -> None:
        body = self._read_code_request()
        self._send_json(self.exchange.enrollment.cancel(body["account"], body["code"]))

    def _read_code_request(self) -> dict[str, str]:
        body = self._read_json({"account": 254, "code": 6})
        _require_min_length(body, "account", 3)
        if not body["code"].isascii() or not body["code"].isdigit() or len(body["code"]) != 6:
            raise _BadRequest(error(400, "invalid_request", detail="'code' must be six digits"))
        return body


def _require_min_length(body: dict[str, str], name: str, minimum: int) -> None:
    if len(body[name]) < minimum:
        raise _BadRequest(
            error(400, "invalid_request", detail=f"{name!r} must be at least {minimum} characters")
        )
