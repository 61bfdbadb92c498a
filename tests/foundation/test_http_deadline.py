"""The request deadline is wall-clock and total: servers that drip their headers or a
TLS handshake, never answer, fill the accept queue or redirect slowly are all cut
off at the deadline, reported as DeadlineExceeded, with a small overshoot."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Callable, Iterator

import pytest

from breachguard.core.http import DeadlineExceeded, HttpClient, RequestPolicy

# How far past the deadline a call may return (thread wake-up, socket teardown) on a
# busy 2-core machine; measured overshoot is a few milliseconds.
MAX_OVERSHOOT_S = 0.5
# A hostile server gives up after this long, so a broken deadline fails the test
# instead of hanging the suite.
SERVER_PATIENCE_S = 30.0

Behaviour = Callable[[socket.socket, threading.Event], None]


@pytest.fixture
def hostile_server() -> Iterator[Callable[[Behaviour], int]]:
    """A TCP server on 127.0.0.1 running ``behaviour(conn, stop)`` for each connection;
    returns its port."""
    stop = threading.Event()
    listeners: list[socket.socket] = []

    def start(behaviour: Behaviour) -> int:
        listener = socket.socket()
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        listener.settimeout(0.2)
        listeners.append(listener)

        def handle(conn: socket.socket) -> None:
            with conn:
                try:
                    behaviour(conn, stop)
                except OSError:
                    pass  # the client hung up: that is the point

        def serve() -> None:
            while not stop.is_set():
                try:
                    conn, _ = listener.accept()
                except OSError:
                    continue
                threading.Thread(target=handle, args=(conn,), daemon=True).start()

        threading.Thread(target=serve, daemon=True).start()
        return int(listener.getsockname()[1])

    yield start
    stop.set()
    for listener in listeners:
        listener.close()


def drip(conn: socket.socket, stop: threading.Event, data: bytes, every_s: float) -> None:
    """Send ``data`` one byte every ``every_s`` seconds, then keep the connection open."""
    given_up = time.monotonic() + SERVER_PATIENCE_S
    for byte in data:
        if stop.wait(every_s) or time.monotonic() > given_up:
            return
        conn.sendall(bytes([byte]))
    stop.wait(max(0.0, given_up - time.monotonic()))


def timed_get(url: str, deadline: float) -> tuple[BaseException | None, float]:
    """GET ``url`` with ``deadline``: the error raised (if any) and the seconds it took."""
    started = time.monotonic()
    try:
        HttpClient().get(url, policy=RequestPolicy(deadline_s=deadline))
    except BaseException as exc:  # returned for the assertions
        return exc, time.monotonic() - started
    return None, time.monotonic() - started


def assert_cut_at(deadline: float, outcome: tuple[BaseException | None, float]) -> None:
    error, elapsed = outcome
    assert isinstance(error, DeadlineExceeded), error
    assert "took too long" in str(error)
    assert deadline - 0.05 <= elapsed <= deadline + MAX_OVERSHOOT_S, elapsed


def test_headers_dripped_a_byte_a_second_are_cut_at_the_deadline(hostile_server) -> None:
    header = b"HTTP/1.1 200 OK\r\nX-Padding: " + b"a" * 200 + b"\r\n\r\n"

    def behaviour(conn: socket.socket, stop: threading.Event) -> None:
        conn.recv(65536)
        drip(conn, stop, header, 1.0)  # each read gets a byte well within its timeout

    port = hostile_server(behaviour)
    deadline = 3.0
    outcome = timed_get(f"http://127.0.0.1:{port}/feed.json", deadline)
    assert_cut_at(deadline, outcome)
    assert "took too long to answer" in str(outcome[0])  # the headers never arrived


def test_a_server_that_accepts_and_never_answers(hostile_server) -> None:
    def behaviour(conn: socket.socket, stop: threading.Event) -> None:
        conn.recv(65536)
        stop.wait(SERVER_PATIENCE_S)

    port = hostile_server(behaviour)
    deadline = 1.5
    outcome = timed_get(f"http://127.0.0.1:{port}/", deadline)
    assert_cut_at(deadline, outcome)


def test_a_tls_handshake_dripped_a_byte_a_second_is_cut_at_the_deadline(hostile_server) -> None:
    # A TLS handshake record announcing 16 KiB, then its body one byte a second: the
    # client's handshake reads keep getting data and would wait for hours.
    record = b"\x16\x03\x03\x40\x00" + b"\x02" + b"\x00" * 100

    def behaviour(conn: socket.socket, stop: threading.Event) -> None:
        conn.recv(65536)  # the ClientHello
        drip(conn, stop, record, 0.5)

    port = hostile_server(behaviour)
    deadline = 2.0
    outcome = timed_get(f"https://localhost:{port}/feed.json", deadline)
    assert_cut_at(deadline, outcome)  # a deadline, not a certificate or TLS error


def test_body_dripped_after_quick_headers_is_cut_and_not_returned_short(hostile_server) -> None:
    # No Content-Length and "Connection: close": the end of the body is the end of the
    # connection, so a body cut by the watchdog must not pass for a complete one.
    def behaviour(conn: socket.socket, stop: threading.Event) -> None:
        conn.recv(65536)
        conn.sendall(b"HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n{")
        drip(conn, stop, b'"a": 1' * 50, 0.2)

    port = hostile_server(behaviour)
    deadline = 1.5
    outcome = timed_get(f"http://127.0.0.1:{port}/", deadline)
    assert_cut_at(deadline, outcome)
    assert "took too long to send its answer" in str(outcome[0])


def test_slow_redirect_hops_share_one_deadline(hostile_server) -> None:
    hops: list[float] = []

    def behaviour(conn: socket.socket, stop: threading.Event) -> None:
        while not stop.is_set():
            if not conn.recv(65536):
                return
            hops.append(time.monotonic())
            stop.wait(0.7)
            conn.sendall(b"HTTP/1.1 302 Found\r\nLocation: /next\r\nContent-Length: 0\r\n\r\n")

    port = hostile_server(behaviour)
    deadline = 1.5
    outcome = timed_get(f"http://127.0.0.1:{port}/", deadline)
    assert_cut_at(deadline, outcome)
    assert len(hops) >= 2  # the deadline covered more than one hop


def test_a_full_accept_queue_is_cut_at_the_deadline() -> None:
    # Nobody accepts and the backlog is full: the kernel drops the SYN, connect waits.
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    port = listener.getsockname()[1]
    fillers = []
    try:
        for _ in range(8):
            filler = socket.socket()
            filler.setblocking(False)
            filler.connect_ex(("127.0.0.1", port))
            fillers.append(filler)
        deadline = 1.5
        outcome = timed_get(f"http://127.0.0.1:{port}/", deadline)
        assert_cut_at(deadline, outcome)
    finally:
        for filler in fillers:
            filler.close()
        listener.close()


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="counts descriptors in /proc")
def test_the_watchdog_leaves_no_descriptor_or_thread_behind(httpserver) -> None:
    httpserver.expect_request("/ok").respond_with_data("fine")
    client = HttpClient()
    url = httpserver.url_for("/ok")
    client.get(url)  # warm up imports and the server
    descriptors = len(os.listdir("/proc/self/fd"))
    threads = threading.active_count()
    for _ in range(30):
        assert client.get(url, policy=RequestPolicy(deadline_s=5.0)).body == b"fine"
    # The server runs in this process too and closes its side a moment later, and
    # cancelled timers end on their own: wait for both, with a deadline.
    give_up = time.monotonic() + 5
    while time.monotonic() < give_up and (
        len(os.listdir("/proc/self/fd")) > descriptors or threading.active_count() > threads
    ):
        time.sleep(0.01)
    assert len(os.listdir("/proc/self/fd")) <= descriptors
    assert threading.active_count() <= threads
