"""A deadline for one HTTP request that no server behaviour can stretch.

requests' timeouts apply to each socket operation, so a server that sends one
byte of its headers (or of a TLS handshake) a second keeps a "3 second" call
alive for as long as it likes, and name resolution has no timeout at all. Here
every socket a request opens is watched: when the deadline passes a timer thread
shuts the sockets down, which wakes whatever is blocked on them (connect, TLS
handshake, headers, body, a redirect's next hop) at once. Name resolution runs
in a helper thread that the request waits for only until the deadline.

The watchdog keeps a duplicate of each socket's descriptor: the TLS layer
detaches the original socket object when it wraps it, and a duplicate cannot be
reused for an unrelated file while the request still holds it. ``shutdown()`` acts
on the connection, whichever descriptor it is called through.

Imported on the first request only (it loads urllib3).
"""

from __future__ import annotations

import contextvars
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import ConnectTimeoutError, NameResolutionError, NewConnectionError
from urllib3.util.connection import allowed_gai_family

_CURRENT: contextvars.ContextVar[Watchdog | None] = contextvars.ContextVar(
    "breachguard_http_watchdog", default=None
)


class Watchdog:
    """Shuts down every socket of one request when ``deadline_s`` has passed."""

    def __init__(self, deadline_s: float) -> None:
        self._deadline = time.monotonic() + max(0.0, deadline_s)
        self._lock = threading.Lock()
        self._watched: list[socket.socket] = []
        self._expired = threading.Event()
        self._closed = False
        self._timer = threading.Timer(max(0.0, deadline_s), self._expire)
        self._timer.name = "http-deadline"
        self._timer.daemon = True
        self._timer.start()

    @property
    def expired(self) -> bool:
        return self._expired.is_set()

    def remaining(self) -> float:
        return self._deadline - time.monotonic()

    def watch(self, sock: socket.socket) -> None:
        """Shut ``sock`` down at the deadline (at once if it has passed)."""
        duplicate = sock.dup()
        with self._lock:
            if self._closed:
                duplicate.close()
                return
            self._watched.append(duplicate)
            if self._expired.is_set():
                _shut(duplicate)

    def close(self) -> None:
        """Stop watching (the request is over); the timer no longer fires."""
        self._timer.cancel()
        with self._lock:
            self._closed = True
            watched, self._watched = self._watched, []
        for duplicate in watched:
            duplicate.close()

    def _expire(self) -> None:
        with self._lock:
            if self._closed:
                return
            self._expired.set()
            for duplicate in self._watched:
                _shut(duplicate)

    # -- connection setup --------------------------------------------------------------

    def resolve(self, host: str, port: int) -> list[Any]:
        """getaddrinfo, given up at the deadline (the lookup itself cannot be cancelled;
        its thread ends on its own when the resolver answers)."""
        outcome: list[Any] = []
        done = threading.Event()

        def lookup() -> None:
            try:
                outcome.append(
                    socket.getaddrinfo(host, port, allowed_gai_family(), socket.SOCK_STREAM)
                )
            except BaseException as exc:  # handed to the waiting thread
                outcome.append(exc)
            finally:
                done.set()

        threading.Thread(target=lookup, name="http-resolve", daemon=True).start()
        if not done.wait(max(0.0, self.remaining())) or self.expired:
            raise TimeoutError("name resolution did not finish before the deadline")
        result = outcome[0]
        if isinstance(result, BaseException):
            raise result
        return list(result)

    def connect(self, address: tuple[str, int], timeout: float | None) -> socket.socket:
        """Like socket.create_connection, with each new socket watched before it connects."""
        host, port = address
        error: OSError | None = None
        for family, kind, proto, _name, target in self.resolve(host.strip("[]"), port):
            sock = socket.socket(family, kind, proto)
            try:
                self.watch(sock)
                left = self.remaining()
                if left <= 0:
                    raise TimeoutError("the deadline passed before connecting")
                sock.settimeout(left if timeout is None else min(timeout, left))
                sock.connect(target)
                return sock
            except OSError as exc:
                error = exc
                sock.close()
        raise error or OSError("the name resolved to no address")


@contextmanager
def watching(deadline_s: float) -> Iterator[Watchdog]:
    """Every connection HTTPAdapter-mounted sessions open in this block is watched."""
    watchdog = Watchdog(deadline_s)
    token = _CURRENT.set(watchdog)
    try:
        yield watchdog
    finally:
        _CURRENT.reset(token)
        watchdog.close()


class _WatchedConnection(HTTPConnection):
    def _new_conn(self) -> socket.socket:
        watchdog = _CURRENT.get()
        if watchdog is None:  # outside watching(): plain urllib3 behaviour
            return super()._new_conn()
        timeout = self.timeout if isinstance(self.timeout, (int, float)) else None
        try:
            return watchdog.connect((self._dns_host, self.port), timeout)
        except socket.gaierror as exc:
            raise NameResolutionError(self.host, self, exc) from exc
        except TimeoutError as exc:
            raise ConnectTimeoutError(self, f"Connection to {self.host} timed out.") from exc
        except OSError as exc:
            raise NewConnectionError(self, f"Failed to establish a new connection: {exc}") from exc


class _WatchedHttpsConnection(_WatchedConnection, HTTPSConnection):
    pass


class _WatchedPool(HTTPConnectionPool):
    ConnectionCls = _WatchedConnection


class _WatchedHttpsPool(HTTPSConnectionPool):
    ConnectionCls = _WatchedHttpsConnection


class WatchedAdapter(HTTPAdapter):
    """An HTTPAdapter whose connections register with the current Watchdog."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = {"http": _WatchedPool, "https": _WatchedHttpsPool}


def _shut(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass  # not connected yet or already gone: nothing is blocked on it
