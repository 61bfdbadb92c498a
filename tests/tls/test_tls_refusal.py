"""Certificates that must not be trusted are refused by every HTTP path, with a TLS
message, and no HTTP request ever reaches the server (no silent retry without
verification). A correctly trusted certificate works, so the refusals are real."""

from __future__ import annotations

import socket
import ssl
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from breachguard.core.feeds.source import FeedFetcher
from breachguard.core.http import HttpClient, TlsError
from breachguard.core.lookup import LookupClient, LookupStarted, SecureConnectionFailed
from tests.tls.conftest import FEED_PATH, tls_profile, trusting
from tests.tls.pki import CertFiles, CountingTlsServer, TestAuthority

Serve = Callable[[CertFiles], CountingTlsServer]

# (certificate, whether the client trusts the test CA). With the CA trusted, only the
# named problem is left: a wrong host name or an expired certificate.
UNTRUSTED = "not from an authority this computer trusts"
OTHER_SITE = "belongs to a different website"
EXPIRED = "has expired"
# (certificate, whether the client trusts the test CA, the problem the message names).
REFUSED = [
    pytest.param("self_signed", False, UNTRUSTED, id="self-signed"),
    pytest.param("self_signed", True, UNTRUSTED, id="self-signed-with-test-ca-trusted"),
    pytest.param("other_host", True, OTHER_SITE, id="issued-for-another-host"),
    pytest.param("other_host", False, UNTRUSTED, id="another-host-and-unknown-ca"),
    pytest.param("expired", True, EXPIRED, id="expired"),
    pytest.param("trusted", False, UNTRUSTED, id="unknown-ca"),
]


def _client(trust_ca: bool, authority: TestAuthority) -> HttpClient:
    return HttpClient(session_factory=trusting(authority.ca_file)) if trust_ca else HttpClient()


def _assert_refused_before_http(server: CountingTlsServer) -> None:
    server.settle()
    assert server.connections >= 1, "the client never connected, so nothing was tested"
    assert server.handshakes == 0, "a handshake succeeded"
    assert server.requests == [], f"an HTTP request got through: {server.requests}"


@pytest.mark.parametrize(("cert", "trust_ca", "problem"), REFUSED)
def test_http_client_refuses(
    cert: str,
    trust_ca: bool,
    problem: str,
    serve: Serve,
    certificates: dict[str, CertFiles],
    authority,
) -> None:
    server = serve(certificates[cert])
    client = _client(trust_ca, authority)
    with pytest.raises(TlsError) as refused:
        client.get(server.base_url + FEED_PATH)
    assert refused.value.code == "tls"
    assert "certificate" in str(refused.value) and "secure connection" in str(refused.value)
    assert problem in str(refused.value)
    with pytest.raises(TlsError):
        client.post_json(server.base_url + "/api/v1/lookup/start", {"phone": "+4741234567"})
    _assert_refused_before_http(server)
    assert server.failed_handshakes == server.connections


@pytest.mark.parametrize(("cert", "trust_ca", "problem"), REFUSED)
def test_feed_fetcher_refuses_and_keeps_refusing(
    cert: str,
    trust_ca: bool,
    problem: str,
    serve: Serve,
    certificates: dict[str, CertFiles],
    authority,
    tmp_path: Path,
) -> None:
    server = serve(certificates[cert])
    profile = tls_profile(server.base_url)
    fetcher = FeedFetcher(
        profile, profile.feeds[0], _client(trust_ca, authority), tmp_path / "feeds"
    )
    for _attempt in range(2):  # a second poll must not fall back to an unverified fetch
        state = fetcher.fetch()
        assert state.error_code == "tls"
        assert state.error and problem in state.error
        assert state.feed is None and state.notices == ()
    assert fetcher.next_delay_s() > 0
    _assert_refused_before_http(server)


@pytest.mark.parametrize(("cert", "trust_ca", "problem"), REFUSED)
def test_lookup_client_refuses(
    cert: str,
    trust_ca: bool,
    problem: str,
    serve: Serve,
    certificates: dict[str, CertFiles],
    authority,
) -> None:
    server = serve(certificates[cert])
    lookup = LookupClient.for_provider(_client(trust_ca, authority), tls_profile(server.base_url))
    with pytest.raises(SecureConnectionFailed) as refused:
        lookup.start("+4741234567")
    assert refused.value.code == "tls"
    assert "certificate" in str(refused.value)
    _assert_refused_before_http(server)


def test_a_trusted_certificate_works_on_every_path(
    serve: Serve, certificates: dict[str, CertFiles], authority, tmp_path: Path
) -> None:
    server = serve(certificates["trusted"])
    client = _client(True, authority)
    profile = tls_profile(server.base_url)

    response = client.get(server.base_url + FEED_PATH)
    assert response.status == 200 and response.body.startswith(b"{")

    state = FeedFetcher(profile, profile.feeds[0], client, tmp_path / "feeds").fetch()
    assert state.error is None and state.feed is not None
    assert state.feed.components, "the status page's components were read"

    started = LookupClient.for_provider(client, profile).start("+4741234567")
    assert isinstance(started, LookupStarted) and started.expires_in_s == 300

    server.settle()
    assert server.failed_handshakes == 0 and server.handshakes == server.connections
    assert ("GET", FEED_PATH) in server.requests
    assert ("POST", "/api/v1/lookup/start") in server.requests


def test_notices_command_exits_with_a_one_line_tls_reason(
    serve: Serve, certificates: dict[str, CertFiles]
) -> None:
    server = serve(certificates["self_signed"])
    result = subprocess.run(
        [sys.executable, "-m", "breachguard", "notices", "--feed", server.base_url + FEED_PATH],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("breachguard notices: ")
    assert "secure connection failed" in lines[0] and "certificate" in lines[0]
    assert "Traceback" not in result.stderr
    _assert_refused_before_http(server)


@pytest.mark.parametrize(
    ("cert", "trust_ca", "reason"),
    [
        ("self_signed", False, "self-signed certificate"),
        ("other_host", True, "IP address mismatch"),
        ("expired", True, "certificate has expired"),
        ("trusted", False, "unable to get local issuer certificate"),
    ],
)
def test_each_scenario_fails_for_the_stated_reason(
    cert: str,
    trust_ca: bool,
    reason: str,
    serve: Serve,
    certificates: dict[str, CertFiles],
    authority,
) -> None:
    # Guards the fixtures: each refusal above must come from the named problem alone.
    server = serve(certificates[cert])
    context = ssl.create_default_context(cafile=str(authority.ca_file) if trust_ca else None)
    with socket.create_connection(("127.0.0.1", server.server_address[1]), timeout=5) as raw:
        with pytest.raises(ssl.SSLCertVerificationError) as refused:
            context.wrap_socket(raw, server_hostname="127.0.0.1")
    assert reason in refused.value.verify_message
