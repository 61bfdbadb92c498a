"""Fixtures: a session-wide test CA, certificates for each failure, and a factory for
HTTPS servers that serve a status page and a lookup endpoint."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from breachguard.core.provider import ProviderProfile, profile_from_dict
from breachguard.demo import statuspage
from tests.tls.pki import LOOPBACK, CertFiles, CountingTlsServer, TestAuthority, self_signed

FEED_PATH = "/api/v2/summary.json"
LOOKUP_PATH = "/api/v1/lookup"
LOOKUP_STARTED = {"request_id": "req-0123456789", "message": "Code sent.", "expires_in": 300}


@pytest.fixture(scope="session")
def authority(tmp_path_factory: pytest.TempPathFactory) -> TestAuthority:
    return TestAuthority(tmp_path_factory.mktemp("pki"))


@pytest.fixture(scope="session")
def certificates(
    authority: TestAuthority, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, CertFiles]:
    """Server certificates by scenario. Only "trusted" is right for 127.0.0.1."""
    directory = tmp_path_factory.mktemp("certs")
    return {
        "trusted": authority.issue("loopback", dns=("localhost",), ips=(LOOPBACK,)),
        "self_signed": self_signed(directory),
        "other_host": authority.issue("other-host", dns=("exchange.example",)),
        "expired": authority.issue("expired", ips=(LOOPBACK,), days=-1),
    }


@pytest.fixture
def serve() -> Iterator[Callable[[CertFiles], CountingTlsServer]]:
    """Starts a counting HTTPS server with the given certificate (stopped after the test)."""
    started: list[CountingTlsServer] = []

    def start(certificate: CertFiles) -> CountingTlsServer:
        server = CountingTlsServer(certificate, {})
        base = server.base_url
        server.routes.update(
            {
                ("GET", FEED_PATH): (200, statuspage.summary(time.time(), base)),
                ("POST", f"{LOOKUP_PATH}/start"): (202, LOOKUP_STARTED),
            }
        )
        started.append(server.start())
        return server

    yield start
    for server in started:
        server.stop()


def tls_profile(base_url: str) -> ProviderProfile:
    """A provider whose status page and lookup live on the test server."""
    data: dict[str, Any] = {
        "schema_version": 1,
        "id": "tls-test",
        "name": "TLS Test Exchange",
        "web_domains": ["tls-test.example"],
        "sender_domains": ["tls-test.example"],
        "totp": {"issuers": ["TLS Test Exchange"]},
        "feeds": [{"url": base_url + FEED_PATH, "format": "statuspage-v2", "label": "Status"}],
        "lookup_api": base_url + LOOKUP_PATH,
        "support": {"email": "support@tls-test.example"},
        "staff_never_ask": ["password"],
    }
    return profile_from_dict(data)


def trusting(ca_file: Path) -> Callable[[], Any]:
    """A session factory for HttpClient that trusts exactly the test CA (the only way
    HttpClient offers to change trust)."""

    def factory() -> Any:
        import requests

        session = requests.Session()
        session.trust_env = False
        session.verify = str(ca_file)
        return session

    return factory
