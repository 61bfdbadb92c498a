"""Mail signed for real with dkimpy, and a real DNS server on 127.0.0.1 for its keys."""

from __future__ import annotations

import base64
import socket
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import dkim
import dns.flags
import dns.message
import dns.rcode
import dns.rdataclass
import dns.rdatatype
import dns.rrset
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, rsa

from tests.mailscan.mailgen import message

SIGNER = "mail.demo-exchange.example"


@dataclass
class DnsServer:
    """Answers TXT for the names in ``records``, NXDOMAIN otherwise; ``silent`` drops
    every query. ``queries`` counts the names asked for."""

    port: int = 0
    records: dict[str, bytes] = field(default_factory=dict)
    silent: bool = False
    queries: Counter[str] = field(default_factory=Counter)

    def publish(self, selector: str, domain: str, record: bytes) -> None:
        self.records[f"{selector}._domainkey.{domain}.".lower()] = record

    def answer(self, wire: bytes) -> bytes | None:
        query = dns.message.from_wire(wire)
        name = query.question[0].name.to_text().lower()
        self.queries[name] += 1
        if self.silent:
            return None
        response = dns.message.make_response(query)
        record = self.records.get(name)
        if record is None:
            response.set_rcode(dns.rcode.NXDOMAIN)
        else:
            chunks = [record[i : i + 255] for i in range(0, len(record), 255)] or [b""]
            text = " ".join('"' + c.decode("latin-1").replace('"', '\\"') + '"' for c in chunks)
            response.answer.append(dns.rrset.from_text(name, 60, "IN", "TXT", text))
        return response.to_wire(max_size=65535)


@contextmanager
def serve_dns() -> Iterator[DnsServer]:
    """A DNS server on 127.0.0.1 (UDP) for as long as the block runs."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", 0))
    sock.settimeout(0.1)
    server = DnsServer(port=sock.getsockname()[1])
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                wire, peer = sock.recvfrom(4096)
            except TimeoutError:
                continue
            reply = server.answer(wire)
            if reply is not None:
                sock.sendto(reply, peer)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield server
    stop.set()
    thread.join(timeout=5)
    sock.close()


@pytest.fixture
def dns_server() -> Iterator[DnsServer]:
    with serve_dns() as server:
        yield server


@dataclass(frozen=True)
class Keys:
    rsa_pem: bytes
    rsa_record: bytes
    ed_private: bytes  # dkimpy's form: the base64 of the 32-byte seed
    ed_record: bytes


def make_keys() -> Keys:
    private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.TraditionalOpenSSL,
        serialization.NoEncryption(),
    )
    der = private.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    ed = ed25519.Ed25519PrivateKey.generate()
    seed = ed.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    public = ed.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    return Keys(
        rsa_pem=pem,
        rsa_record=b"v=DKIM1; k=rsa; p=" + base64.b64encode(der),
        ed_private=base64.b64encode(seed),
        ed_record=b"v=DKIM1; k=ed25519; p=" + base64.b64encode(public),
    )


def signed(
    keys: Keys,
    *,
    selector: str = "s1",
    domain: str = SIGNER,
    ed: bool = False,
    sender: str = f"Demo Exchange <no-reply@{SIGNER}>",
    to: str = "alice@home.example",
    algorithm: bytes | None = None,
) -> bytes:
    raw = message(sender=sender, to=to, newline="\r\n")
    header = dkim.sign(
        raw,
        selector.encode(),
        domain.encode(),
        keys.ed_private if ed else keys.rsa_pem,
        signature_algorithm=algorithm or (b"ed25519-sha256" if ed else b"rsa-sha256"),
        include_headers=[b"from", b"to", b"date", b"subject"],
    )
    return header + raw


def header_block(raw: bytes) -> bytes:
    return raw.split(b"\r\n\r\n", 1)[0]
