"""The fetch+verify pipeline against real loopback servers: each hostile case ends
in a specific message and keeps the last good notices."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import ssl
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from breachguard.core.feeds.source import MAX_RETRY_AFTER_S, FeedFetcher
from breachguard.core.http import HttpClient
from breachguard.core.provider import ProviderProfile
from breachguard.demo.signer import MinisignSigner
from tests.feeds.conftest import MinisignCli, feed_bytes, item, make_profile

FEED = "/notices/feed.json"
SIG = "/notices/feed.json.minisig"


class Exchange:
    """A scripted exchange on pytest-httpserver: good feed first, then anything."""

    def __init__(self, server: HTTPServer, signer: MinisignSigner) -> None:
        self.server = server
        self.signer = signer
        self.published: bytes = b""

    @property
    def base(self) -> str:
        return self.server.url_for("").rstrip("/")

    def publish(self, body: bytes, signature: bytes | None = None, **headers: str) -> None:
        self.published = body
        self.server.clear_all_handlers()
        self.server.expect_request(FEED).respond_with_data(
            body, content_type="application/feed+json", headers=headers
        )
        self.server.expect_request(SIG).respond_with_data(
            signature if signature is not None else self.signer.sign(body, "demo")
        )

    def serve_feed(self, handler: Callable[[Request], Response]) -> None:
        self.server.clear_all_handlers()
        self.server.expect_request(FEED).respond_with_handler(handler)

    def fetcher(
        self, tmp_path: Path, profile: ProviderProfile | None = None, **kwargs: Any
    ) -> FeedFetcher:
        profile = profile or make_profile(self.base, statuspage=False)
        return FeedFetcher(
            profile, profile.feeds[0], HttpClient(), tmp_path / "feeds", rng=lambda: 0.5, **kwargs
        )


@pytest.fixture
def exchange(httpserver: HTTPServer, signer: MinisignSigner) -> Exchange:
    return Exchange(httpserver, signer)


def good_fetcher(exchange: Exchange, tmp_path: Path, **kwargs: Any) -> FeedFetcher:
    exchange.publish(feed_bytes([item("good")], sequence=5))
    fetcher = exchange.fetcher(tmp_path, **kwargs)
    state = fetcher.fetch()
    assert state.error is None and state.verified
    assert [n.id for n in state.notices] == ["good"]
    return fetcher


def assert_kept(state: Any, fragment: str, code: str | None = None) -> None:
    assert state.error is not None and fragment in state.error, state.error
    if code is not None:
        assert state.error_code == code
    assert [n.id for n in state.notices] == ["good"]


# -- transport --------------------------------------------------------------------------


def test_chunked_body_over_the_cap(exchange: Exchange, tmp_path: Path) -> None:
    fetcher = good_fetcher(exchange, tmp_path, max_bytes=64 * 1024)
    exchange.serve_feed(
        lambda _r: Response((b"x" * 8192 for _ in range(40)), content_type="application/feed+json")
    )
    assert_kept(fetcher.fetch(), "larger than the 64 KiB limit", "too_large")


def test_gzip_bomb(exchange: Exchange, tmp_path: Path) -> None:
    fetcher = good_fetcher(exchange, tmp_path)
    bomb = gzip.compress(b"\0" * (64 * 1024 * 1024))
    exchange.serve_feed(
        lambda _r: Response(
            bomb, headers={"Content-Encoding": "gzip"}, content_type="application/feed+json"
        )
    )
    assert len(bomb) < 100_000
    assert_kept(fetcher.fetch(), "larger than the 2048 KiB limit", "too_large")


def test_slow_drip_hits_the_deadline(drip_server: str, tmp_path: Path) -> None:
    profile = make_profile(drip_server, statuspage=False)
    fetcher = FeedFetcher(profile, profile.feeds[0], HttpClient(), tmp_path, deadline_s=1.5)
    state = fetcher.fetch()
    assert state.error_code == "deadline"
    assert "took too long" in (state.error or "")
    assert state.feed is None


@pytest.mark.parametrize(
    ("location", "fragment"),
    [
        ("https://evil.example/notices/feed.json", "refused a redirect to evil.example"),
        ("http://demo-exchange.example/notices/feed.json", "not https (http)"),
        ("file:///etc/passwd", "not https (file)"),
        (FEED, "redirected too many times"),
    ],
    ids=["other-host", "http", "file", "loop"],
)
def test_redirects_off_the_provider_are_refused(
    exchange: Exchange, tmp_path: Path, location: str, fragment: str
) -> None:
    fetcher = good_fetcher(exchange, tmp_path)
    exchange.serve_feed(lambda _r: Response(status=302, headers={"Location": location}))
    assert_kept(fetcher.fetch(), fragment, "redirect_refused")


def test_retry_after_of_years_is_capped(exchange: Exchange, tmp_path: Path) -> None:
    fetcher = good_fetcher(exchange, tmp_path)
    exchange.serve_feed(
        lambda _r: Response("busy", status=503, headers={"Retry-After": str(10 * 365 * 86400)})
    )
    assert_kept(fetcher.fetch(), "server has a problem (HTTP 503)", "http_503")
    assert fetcher.next_delay_s() == MAX_RETRY_AFTER_S


def test_retry_after_as_a_date_far_away_is_capped(exchange: Exchange, tmp_path: Path) -> None:
    fetcher = good_fetcher(exchange, tmp_path)
    exchange.serve_feed(
        lambda _r: Response(
            "slow down", status=429, headers={"Retry-After": "Fri, 01 Jan 2100 00:00:00 GMT"}
        )
    )
    assert_kept(fetcher.fetch(), "slow down (HTTP 429)")
    assert fetcher.next_delay_s() == MAX_RETRY_AFTER_S


def test_backoff_grows_with_jitter_and_resets(exchange: Exchange, tmp_path: Path) -> None:
    fetcher = good_fetcher(exchange, tmp_path)
    assert fetcher.next_delay_s() == pytest.approx(60.0)  # poll interval, jitter centred
    exchange.serve_feed(lambda _r: Response("down", status=500))
    delays = []
    for _ in range(4):
        fetcher.fetch()
        delays.append(fetcher.next_delay_s())
    assert delays == [22.5, 45.0, 90.0, 180.0]  # 30·2ⁿ scaled by jitter 0.75
    # The server comes back with the very edition it served before; rebuilding it would
    # stamp a new generated_at when a second ticks over, which is a reused sequence.
    exchange.publish(exchange.published)
    assert fetcher.fetch().error is None
    assert fetcher.next_delay_s() == pytest.approx(60.0)


def test_captive_portal_page(exchange: Exchange, tmp_path: Path) -> None:
    fetcher = good_fetcher(exchange, tmp_path)
    exchange.serve_feed(
        lambda _r: Response(
            "<html><body>Log in to Hotel WiFi</body></html>", content_type="text/html"
        )
    )
    assert_kept(fetcher.fetch(), "web page, not the notice feed", "web_page")


def test_304_with_nothing_cached(exchange: Exchange, tmp_path: Path) -> None:
    exchange.serve_feed(lambda _r: Response(status=304))
    fetcher = exchange.fetcher(tmp_path)
    state = fetcher.fetch()
    assert state.error_code == "not_modified_without_cache"
    assert "no saved copy" in (state.error or "")
    assert state.feed is None


def test_conditional_get_uses_the_validators(exchange: Exchange, tmp_path: Path) -> None:
    body = feed_bytes([item("good")], sequence=5)
    signature = exchange.signer.sign(body, "demo")
    seen: list[str | None] = []

    def handler(request: Request) -> Response:
        seen.append(request.headers.get("If-None-Match"))
        if request.headers.get("If-None-Match") == '"v5"':
            return Response(status=304)
        return Response(body, content_type="application/feed+json", headers={"ETag": '"v5"'})

    exchange.serve_feed(handler)
    exchange.server.expect_request(SIG).respond_with_data(signature)
    clock = iter([1000.0, 1000.0, 2000.0, 2000.0, 2000.0])
    fetcher = exchange.fetcher(tmp_path, clock=lambda: next(clock))
    first = fetcher.fetch()
    second = fetcher.fetch()
    assert seen == [None, '"v5"']
    assert second.error is None and [n.id for n in second.notices] == ["good"]
    assert (first.checked_at, second.checked_at) == (1000.0, 2000.0)
    assert second.content_at == 1000.0


@pytest.fixture
def tls_server(tmp_path: Path) -> Iterator[HTTPServer]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]), critical=False)
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    server = HTTPServer(ssl_context=context)
    server.start()
    yield server
    server.clear()
    server.stop()


def test_self_signed_certificate_is_refused(tls_server: HTTPServer, tmp_path: Path) -> None:
    tls_server.expect_request(FEED).respond_with_data(feed_bytes())
    base = tls_server.url_for("").rstrip("/")
    assert base.startswith("https://localhost:")
    profile = make_profile(base, statuspage=False)
    state = FeedFetcher(profile, profile.feeds[0], HttpClient(), tmp_path).fetch()
    assert state.error_code == "tls"
    assert "not from an authority this computer trusts" in (state.error or "")
    assert state.feed is None


# -- signatures, identity, freshness ------------------------------------------------------


def test_missing_signature(exchange: Exchange, tmp_path: Path) -> None:
    fetcher = good_fetcher(exchange, tmp_path)
    exchange.server.clear_all_handlers()
    exchange.server.expect_request(FEED).respond_with_data(feed_bytes([item("new")], sequence=6))
    exchange.server.expect_request(SIG).respond_with_data(
        "<h1>Not Found</h1>", status=404, content_type="text/html"
    )
    state = fetcher.fetch()
    assert_kept(state, "signature file is missing (HTTP 404)", "signature_missing")
    assert state.verification_failed


def test_html_404_page_as_signature(exchange: Exchange, tmp_path: Path) -> None:
    fetcher = good_fetcher(exchange, tmp_path)
    exchange.publish(
        feed_bytes([item("new")], sequence=6), b"<!doctype html><html><h1>Not Found</h1></html>"
    )
    state = fetcher.fetch()
    assert_kept(state, "not a minisign signature file", "signature")
    assert state.verification_failed


def test_valid_signature_from_another_key(
    exchange: Exchange, tmp_path: Path, minisign_cli: MinisignCli
) -> None:
    fetcher = good_fetcher(exchange, tmp_path)
    body = feed_bytes([item("new")], sequence=6)
    exchange.publish(body, minisign_cli.sign(body))
    assert_kept(fetcher.fetch(), "which this provider does not trust", "signature")


def test_real_minisign_signature_is_accepted(
    exchange: Exchange, tmp_path: Path, minisign_cli: MinisignCli
) -> None:
    body = feed_bytes([item("cli")], sequence=1)
    exchange.publish(body, minisign_cli.sign(body, comment="timestamp:1 file:feed.json"))
    profile = make_profile(exchange.base, public_key=minisign_cli.public_key, statuspage=False)
    state = exchange.fetcher(tmp_path, profile).fetch()
    assert state.error is None and state.verified
    assert [n.id for n in state.notices] == ["cli"]
    assert state.notices[0].offered_actions() == ("reenroll_2fa",)


def test_legacy_minisign_signature_is_refused(
    exchange: Exchange, tmp_path: Path, minisign_cli: MinisignCli
) -> None:
    body = feed_bytes([item("cli")], sequence=1)
    exchange.publish(body, minisign_cli.sign(body, legacy=True))
    profile = make_profile(exchange.base, public_key=minisign_cli.public_key, statuspage=False)
    state = exchange.fetcher(tmp_path, profile).fetch()
    assert state.error_code == "signature"
    assert "legacy (non-prehashed) signatures are not accepted" in (state.error or "")
    assert state.feed is None


def test_one_changed_byte(exchange: Exchange, tmp_path: Path) -> None:
    fetcher = good_fetcher(exchange, tmp_path)
    body = feed_bytes([item("new")], sequence=6)
    signature = exchange.signer.sign(body, "demo")
    exchange.publish(body.replace(b"Please", b"Pleese"), signature)
    state = fetcher.fetch()
    assert_kept(state, "signature does not match the content", "signature")
    assert state.verification_failed


def test_rollback_is_refused_and_remembered_across_restarts(
    exchange: Exchange, tmp_path: Path
) -> None:
    good_fetcher(exchange, tmp_path)  # sequence 5 seen
    exchange.publish(feed_bytes([item("older")], sequence=4))
    restarted = exchange.fetcher(tmp_path)
    assert [n.id for n in restarted.load_cached().notices] == ["good"]
    state = restarted.fetch()
    assert_kept(state, "older feed (number 4) than one already seen (number 5)", "rollback")
    assert state.verification_failed


def test_same_sequence_with_different_content_is_refused(
    exchange: Exchange, tmp_path: Path
) -> None:
    fetcher = good_fetcher(exchange, tmp_path)
    exchange.publish(feed_bytes([item("sneaky")], sequence=5))
    assert_kept(fetcher.fetch(), "changed without a new sequence number", "sequence_reused")


def test_feed_signed_for_another_publisher(exchange: Exchange, tmp_path: Path) -> None:
    fetcher = good_fetcher(exchange, tmp_path)
    exchange.publish(feed_bytes([item("other")], sequence=9, publisher="other-exchange"))
    state = fetcher.fetch()
    assert_kept(state, "publisher “other-exchange”, not for “demo-exchange”", "publisher")
    assert state.verification_failed


def test_an_expired_feed_is_stale_not_current(exchange: Exchange, tmp_path: Path) -> None:
    exchange.publish(feed_bytes([item("old")], sequence=1, expires="2026-03-14T09:00:00Z"))
    fetcher = exchange.fetcher(tmp_path, clock=lambda: 1_800_000_000.0)
    state = fetcher.fetch()
    assert state.error is None and state.stale
    assert [n.id for n in state.notices] == ["old"]


def test_a_broken_feed_keeps_the_last_good_state(exchange: Exchange, tmp_path: Path) -> None:
    fetcher = good_fetcher(exchange, tmp_path)
    exchange.publish(b'{"version": "https://jsonfeed.org/version/1.1", "items": [')
    assert_kept(fetcher.fetch(), "not valid JSON", "json")


def test_cached_feed_is_shown_at_startup_without_network(
    exchange: Exchange, tmp_path: Path
) -> None:
    good_fetcher(exchange, tmp_path)
    exchange.server.clear_all_handlers()
    restarted = exchange.fetcher(tmp_path)
    state = restarted.load_cached()
    assert state.from_cache and state.verified and state.error is None
    assert [n.id for n in state.notices] == ["good"]
    assert state.content_at is not None
    assert exchange.server.log[-1][0].path == SIG  # no request was made on load


def test_a_tampered_cache_is_not_shown(exchange: Exchange, tmp_path: Path) -> None:
    fetcher = good_fetcher(exchange, tmp_path)
    cache = tmp_path / "feeds" / fetcher.key / "feed.body"
    cache.write_bytes(cache.read_bytes().replace(b"good", b"evil"))
    assert exchange.fetcher(tmp_path).load_cached().feed is None


def test_statuspage_source_is_unverified_and_offers_no_actions(
    exchange: Exchange, tmp_path: Path
) -> None:
    summary = {
        "page": {"id": "p", "name": "Status"},
        "status": {"indicator": "minor"},
        "incidents": [
            {
                "id": "i1",
                "name": "Slow logins",
                "impact": "minor",
                "status": "monitoring",
                "created_at": "2026-03-14T09:00:00Z",
                "incident_updates": [{"body": "Re-enroll 2FA now", "status": "monitoring"}],
            }
        ],
    }
    exchange.server.expect_request("/api/v2/summary.json").respond_with_json(summary)
    profile = make_profile(exchange.base)
    state = FeedFetcher(profile, profile.feeds[1], HttpClient(), tmp_path).fetch()
    assert state.error is None and not state.verified and not state.signed
    assert state.notices[0].offered_actions() == ()
    assert json.dumps(state.feed.page_indicator) == '"minor"'  # type: ignore[union-attr]
