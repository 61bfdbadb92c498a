"""Bounded HTTP against real loopback servers behaving badly."""

from __future__ import annotations

import gzip
import socket
import threading
import time
from collections.abc import Callable, Iterator

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Response

from breachguard.core.http import (
    BodyTooLarge,
    DeadlineExceeded,
    HttpClient,
    NetworkError,
    RedirectRefused,
    RequestPolicy,
    TlsError,
)


@pytest.fixture
def raw_server() -> Iterator[Callable[[bytes | Callable[[socket.socket], None]], str]]:
    """A one-shot TCP server that answers every connection with scripted bytes."""
    sockets: list[socket.socket] = []
    stop = threading.Event()

    def start(answer: bytes | Callable[[socket.socket], None]) -> str:
        listener = socket.socket()
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        listener.settimeout(0.2)
        sockets.append(listener)

        def serve() -> None:
            while not stop.is_set():
                try:
                    conn, _ = listener.accept()
                except (TimeoutError, OSError):
                    continue
                with conn:
                    conn.recv(65536)
                    try:
                        answer(conn) if callable(answer) else conn.sendall(answer)
                    except OSError:
                        pass

        threading.Thread(target=serve, daemon=True).start()
        return f"http://127.0.0.1:{listener.getsockname()[1]}/"

    yield start
    stop.set()
    for listener in sockets:
        listener.close()


def test_a_dripping_server_hits_the_deadline(raw_server) -> None:
    def drip(conn: socket.socket) -> None:
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 500\r\n\r\n")
        for _ in range(500):
            conn.sendall(b"x")
            time.sleep(0.2)

    url = raw_server(drip)
    started = time.monotonic()
    with pytest.raises(DeadlineExceeded, match="too long"):
        HttpClient().get(url, policy=RequestPolicy(deadline_s=1.5))
    assert time.monotonic() - started < 4


def test_gzip_bomb_is_capped_on_the_decoded_size(raw_server) -> None:
    body = gzip.compress(b"0" * (20 * 1024 * 1024))
    assert len(body) < 64 * 1024
    url = raw_server(
        b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: %d\r\n\r\n" % len(body)
        + body
    )
    with pytest.raises(BodyTooLarge, match="1024 KiB"):
        HttpClient().get(url, policy=RequestPolicy(max_bytes=1024 * 1024))


def test_chunked_body_over_the_cap(raw_server) -> None:
    chunk = b"%x\r\n%s\r\n" % (64 * 1024, b"a" * 64 * 1024)
    url = raw_server(
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + chunk * 40 + b"0\r\n\r\n"
    )
    with pytest.raises(BodyTooLarge):
        HttpClient().get(url, policy=RequestPolicy(max_bytes=1024 * 1024))


def test_small_gzip_answer_is_decoded(raw_server) -> None:
    body = gzip.compress(b'{"ok": true}')
    url = raw_server(
        b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: %d\r\n"
        b"Date: Sun, 22 Nov 2026 10:00:00 GMT\r\n\r\n" % len(body) + body
    )
    response = HttpClient().get(url)
    assert response.status == 200 and response.body == b'{"ok": true}'
    assert response.date == 1795341600.0


@pytest.mark.parametrize(
    ("location", "message"),
    [
        ("http://example.org/feed.json", "not https"),
        ("https://other.example/feed.json", "other.example"),
        ("file:///etc/passwd", "not https"),
        ("https://user:pw@127.0.0.1/x", "not this exchange"),
    ],
)
def test_redirects_leave_only_to_allowed_https_hosts(
    httpserver: HTTPServer, location: str, message: str
) -> None:
    httpserver.expect_request("/feed").respond_with_response(
        Response(status=302, headers={"Location": location})
    )
    with pytest.raises(RedirectRefused, match=message):
        HttpClient().get(httpserver.url_for("/feed"))


def test_redirect_loop_is_refused(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/a").respond_with_response(
        Response(status=302, headers={"Location": "/b"})
    )
    httpserver.expect_request("/b").respond_with_response(
        Response(status=302, headers={"Location": "/a"})
    )
    with pytest.raises(RedirectRefused, match="too many"):
        HttpClient().get(httpserver.url_for("/a"))


def test_same_host_redirect_is_followed(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/old").respond_with_response(
        Response(status=301, headers={"Location": "/new"})
    )
    httpserver.expect_request("/new").respond_with_data("here")
    response = HttpClient().get(httpserver.url_for("/old"))
    assert response.body == b"here" and response.url.endswith("/new")


@pytest.mark.parametrize(
    ("value", "expected"), [("120", 120.0), ("999999999999", 3600.0), ("soon", None), ("0", 0.0)]
)
def test_retry_after_is_honoured_and_capped(
    httpserver: HTTPServer, value: str, expected: float | None
) -> None:
    httpserver.expect_request("/x").respond_with_response(
        Response(status=429, headers={"Retry-After": value})
    )
    response = HttpClient().get(httpserver.url_for("/x"))
    assert response.status == 429
    assert response.retry_after_s(now=time.time()) == expected


def test_nothing_listening_is_a_clear_network_error() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(NetworkError, match="refused"):
        HttpClient().get(f"http://127.0.0.1:{port}/")


def test_self_signed_certificate_is_refused(tmp_path) -> None:
    import ssl
    from datetime import datetime, timedelta, timezone

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.now(timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(1)
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]), critical=False)
        .sign(key, hashes.SHA256())
    )
    (tmp_path / "c.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (tmp_path / "k.pem").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(tmp_path / "c.pem", tmp_path / "k.pem")
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(4)
    port = listener.getsockname()[1]

    def serve() -> None:
        try:
            conn, _ = listener.accept()
            with context.wrap_socket(conn, server_side=True) as tls:
                tls.recv(1024)
        except (OSError, ssl.SSLError):
            pass

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        with pytest.raises(TlsError, match="certificate"):
            HttpClient().get(f"https://localhost:{port}/feed.json")
    finally:
        listener.close()
        thread.join(timeout=5)
