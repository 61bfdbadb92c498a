"""A throwaway certificate authority and HTTPS servers on 127.0.0.1 for TLS tests.

Certificates are made with ``cryptography`` for each test session; nothing is
installed in the system trust store, so the app's default trust never includes
the test CA unless a test hands it over explicitly.
"""

from __future__ import annotations

import ipaddress
import json
import ssl
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

LOOPBACK = "127.0.0.1"
HANDSHAKE_TIMEOUT_S = 5.0


@dataclass(frozen=True)
class CertFiles:
    cert: Path
    key: Path


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def _write(directory: Path, stem: str, cert: x509.Certificate, key: Any) -> CertFiles:
    files = CertFiles(directory / f"{stem}.pem", directory / f"{stem}.key")
    files.cert.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    files.key.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return files


class TestAuthority:
    """A CA that signs server certificates; ``ca_file`` is its PEM certificate."""

    __test__ = False  # not a pytest test class

    def __init__(self, directory: Path) -> None:
        self._dir = directory
        self._key = ec.generate_private_key(ec.SECP256R1())
        now = datetime.now(timezone.utc)
        self._cert = (
            x509.CertificateBuilder()
            .subject_name(_name("BreachGuard Test CA"))
            .issuer_name(_name("BreachGuard Test CA"))
            .public_key(self._key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(days=1))
            .not_valid_after(now + timedelta(days=30))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(
                x509.KeyUsage(
                    digital_signature=True,
                    content_commitment=False,
                    key_encipherment=False,
                    data_encipherment=False,
                    key_agreement=False,
                    key_cert_sign=True,
                    crl_sign=True,
                    encipher_only=False,
                    decipher_only=False,
                ),
                critical=True,
            )
            .add_extension(
                x509.SubjectKeyIdentifier.from_public_key(self._key.public_key()), critical=False
            )
            .sign(self._key, hashes.SHA256())
        )
        self.ca_file = directory / "test-ca.pem"
        self.ca_file.write_bytes(self._cert.public_bytes(serialization.Encoding.PEM))

    def issue(
        self, stem: str, *, dns: tuple[str, ...] = (), ips: tuple[str, ...] = (), days: int = 7
    ) -> CertFiles:
        """A server certificate for the given names; ``days`` < 0 makes it expired."""
        key = ec.generate_private_key(ec.SECP256R1())
        now = datetime.now(timezone.utc)
        start, end = (
            (now - timedelta(days=1), now + timedelta(days=days))
            if days > 0
            else (now - timedelta(days=10), now + timedelta(days=days))
        )
        names: list[x509.GeneralName] = [x509.DNSName(d) for d in dns]
        names += [x509.IPAddress(ipaddress.ip_address(ip)) for ip in ips]
        cert = (
            x509.CertificateBuilder()
            .subject_name(_name((dns or ips)[0]))
            .issuer_name(self._cert.subject)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(start)
            .not_valid_after(end)
            .add_extension(x509.SubjectAlternativeName(names), critical=False)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_public_key(self._key.public_key()),
                critical=False,
            )
            .sign(self._key, hashes.SHA256())
        )
        return _write(self._dir, stem, cert, key)


def self_signed(directory: Path, stem: str = "self-signed") -> CertFiles:
    """A certificate for 127.0.0.1 that vouches only for itself."""
    key = ec.generate_private_key(ec.SECP256R1())
    now = datetime.now(timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(LOOPBACK))
        .issuer_name(_name(LOOPBACK))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=7))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address(LOOPBACK))]),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    return _write(directory, stem, cert, key)


# -- the server -----------------------------------------------------------------------------


class CountingTlsServer(ThreadingHTTPServer):
    """HTTPS on 127.0.0.1 that counts TCP connections, failed handshakes and the HTTP
    requests that actually reached a handler. ``routes`` maps (method, path) to
    (status, JSON body)."""

    daemon_threads = True

    def __init__(self, certificate: CertFiles, routes: dict[tuple[str, str], tuple[int, Any]]):
        super().__init__((LOOPBACK, 0), _Handler)
        self._context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self._context.load_cert_chain(certificate.cert, certificate.key)
        self.routes = routes
        self.connections = 0
        self.handshakes = 0
        self.failed_handshakes = 0
        self.requests: list[tuple[str, str]] = []
        self._count_lock = threading.Condition()
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        return f"https://{LOOPBACK}:{self.server_address[1]}"

    def get_request(self) -> tuple[Any, Any]:
        connection, address = self.socket.accept()
        with self._count_lock:
            self.connections += 1
        connection.settimeout(HANDSHAKE_TIMEOUT_S)
        try:
            tls = self._context.wrap_socket(connection, server_side=True)
        except OSError:  # the client refused our certificate: expected in these tests
            connection.close()
            with self._count_lock:
                self.failed_handshakes += 1
                self._count_lock.notify_all()
            raise
        with self._count_lock:
            self.handshakes += 1
            self._count_lock.notify_all()
        return tls, address

    def settle(self, timeout_s: float = 10.0) -> None:
        """Wait until every accepted connection finished its handshake, one way or the
        other: the client may give up before this thread has seen the alert."""
        with self._count_lock:
            settled = self._count_lock.wait_for(
                lambda: self.handshakes + self.failed_handshakes >= self.connections, timeout_s
            )
        assert settled, "a TLS handshake never finished"

    def record(self, method: str, path: str) -> None:
        with self._count_lock:
            self.requests.append((method, path))

    def start(self) -> CountingTlsServer:
        self._thread = threading.Thread(target=self.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self.shutdown()
        self.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)


class _Handler(BaseHTTPRequestHandler):
    server: CountingTlsServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        self._answer("GET")

    def do_POST(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        self.rfile.read(min(length, 64 * 1024))
        self._answer("POST")

    def _answer(self, method: str) -> None:
        path = self.path.split("?", 1)[0]
        self.server.record(method, path)
        status, body = self.server.routes.get((method, path), (404, {"error": "not_found"}))
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)
