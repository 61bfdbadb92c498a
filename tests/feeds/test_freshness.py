"""Feed freshness that a cache or an attacker cannot fake: a capped lifetime, 304s that
do not refresh the content's age, expired copies fetched in full, and one more try
for a signature cached apart from its feed. Real loopback servers, real minisign."""

from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from breachguard.core.feeds import alerts
from breachguard.core.feeds.jsonfeed import parse_jsonfeed
from breachguard.demo.signer import MinisignSigner
from tests.feeds.conftest import MinisignCli, feed_bytes, feed_doc, item, make_profile, rfc3339
from tests.feeds.test_source import FEED, SIG, Exchange, good_fetcher


@pytest.fixture
def exchange(httpserver: HTTPServer, signer: MinisignSigner) -> Exchange:
    return Exchange(httpserver, signer)


def edition_times(age: timedelta, lifetime: timedelta = timedelta(hours=12)) -> dict[str, str]:
    generated = datetime.fromtimestamp(int(time.time()), tz=timezone.utc) - age
    return {"generated": rfc3339(generated), "expires": rfc3339(generated + lifetime)}


# -- the lifetime cap --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lifetime", "shown"),
    [
        (timedelta(hours=48, seconds=1), "48 hours after generated_at"),
        (timedelta(hours=72), "72 hours after generated_at"),
        (timedelta(days=36500), "36500 days after generated_at"),
    ],
)
def test_a_lifetime_over_48_hours_is_cut_to_48_hours(lifetime: timedelta, shown: str) -> None:
    times = edition_times(timedelta(0), lifetime)
    feed = parse_jsonfeed(feed_bytes(**times))
    generated = datetime.fromisoformat(times["generated"].replace("Z", "+00:00"))
    # Read (the content is fine), but current for 48 hours at most, whatever it says.
    assert feed.expires_at == generated + timedelta(hours=48)
    [warning] = feed.warnings
    assert shown in warning and "at most 48 hours" in warning


def test_a_lifetime_of_exactly_48_hours_is_kept_as_it_is() -> None:
    times = edition_times(timedelta(0), timedelta(hours=48))
    feed = parse_jsonfeed(feed_bytes(**times))
    assert feed.expires_at == datetime.fromisoformat(times["expires"].replace("Z", "+00:00"))
    assert feed.warnings == ()


def test_a_signed_100_year_feed_is_verified_but_out_of_date_after_48_hours(
    exchange: Exchange, tmp_path: Path
) -> None:
    """A frozen or replayed copy that claims a 100-year life cannot pass as current:
    it is read and verified, then out of date, with no actions and no alerts."""
    fetcher = good_fetcher(exchange, tmp_path)
    exchange.publish(
        feed_bytes(
            [item("forever")],
            sequence=6,
            generated="2026-03-14T08:00:00Z",
            expires="2126-03-14T08:00:00Z",
        )
    )
    state = fetcher.fetch()
    assert state.error is None and state.verified
    assert [n.id for n in state.notices] == ["forever"]
    assert state.feed is not None
    assert state.feed.expires_at == datetime(2026, 3, 16, 8, tzinfo=timezone.utc)
    assert any("at most 48 hours" in w for w in state.feed.warnings)
    now = time.time()
    assert state.stale and not alerts.is_current(state, now)
    [notice] = state.notices
    assert notice.severity == "critical" and notice.actions == ("reenroll_2fa",)
    assert alerts.actions_for(state, notice, now) == ()
    assert alerts.alerting_ids(state, now) == []


def test_a_fresh_100_year_feed_is_current_for_48_hours_only(
    exchange: Exchange, tmp_path: Path
) -> None:
    clock = [time.time()]
    exchange.publish(
        feed_bytes(
            [item("forever")], sequence=7, **edition_times(timedelta(0), timedelta(days=36500))
        )
    )
    state = exchange.fetcher(tmp_path, clock=lambda: clock[0]).fetch()
    assert state.verified and not state.stale
    assert alerts.is_current(state, clock[0])
    assert alerts.alerting_ids(state, clock[0]) == ["forever"]
    later = clock[0] + 48 * 3600 + 1
    assert not alerts.is_current(state, later)
    assert alerts.alerting_ids(state, later) == []
    assert alerts.actions_for(state, state.notices[0], later) == ()


# -- 304s and expired copies -------------------------------------------------------------


def conditional_exchange(
    exchange: Exchange, body: bytes, seen: list[dict[str, str | None]]
) -> None:
    """Serves ``body`` with an ETag and answers a matching If-None-Match with 304."""

    def handler(request: Request) -> Response:
        seen.append(
            {
                "If-None-Match": request.headers.get("If-None-Match"),
                "If-Modified-Since": request.headers.get("If-Modified-Since"),
            }
        )
        if request.headers.get("If-None-Match") == '"e1"':
            return Response(status=304, headers={"ETag": '"e1"'})
        return Response(
            body,
            content_type="application/feed+json",
            headers={"ETag": '"e1"', "Last-Modified": "Sat, 14 Mar 2026 08:00:00 GMT"},
        )

    exchange.serve_feed(handler)
    exchange.server.expect_request(SIG).respond_with_data(exchange.signer.sign(body, "t"))


def test_a_304_confirms_the_copy_without_making_it_younger(
    exchange: Exchange, tmp_path: Path
) -> None:
    times = edition_times(timedelta(hours=5))
    body = feed_bytes([item("five-hours-old")], sequence=3, **times)
    seen: list[dict[str, str | None]] = []
    conditional_exchange(exchange, body, seen)
    fetcher = exchange.fetcher(tmp_path)
    first = fetcher.fetch()
    second = fetcher.fetch()
    assert seen[1]["If-None-Match"] == '"e1"'  # the second was a conditional GET: a 304
    assert second.error is None and not second.stale
    generated = datetime.fromisoformat(times["generated"].replace("Z", "+00:00")).timestamp()
    assert first.published_at == second.published_at == generated
    assert second.checked_at is not None and second.checked_at >= (first.checked_at or 0)
    assert time.time() - (second.published_at or 0) >= 5 * 3600


def test_an_expired_copy_is_fetched_in_full_not_confirmed_by_a_304(
    exchange: Exchange, tmp_path: Path
) -> None:
    body = feed_bytes(
        [item("old")], sequence=2, **edition_times(timedelta(hours=13), timedelta(hours=12))
    )
    seen: list[dict[str, str | None]] = []
    conditional_exchange(exchange, body, seen)
    fetcher = exchange.fetcher(tmp_path)
    assert fetcher.fetch().stale
    state = fetcher.fetch()
    assert seen[1] == {"If-None-Match": None, "If-Modified-Since": None}
    assert state.stale and state.error is None  # still the same expired edition


# -- a signature cached apart from its feed ---------------------------------------------


class CachedSignature:
    """A CDN that serves a stale signature for the new feed until a request says
    ``Cache-Control: no-cache`` (or forever, with ``honours_no_cache=False``)."""

    def __init__(self, stale: bytes, fresh: bytes, *, honours_no_cache: bool = True) -> None:
        self.stale, self.fresh, self.honours = stale, fresh, honours_no_cache
        self.requests: list[str | None] = []

    def __call__(self, request: Request) -> Response:
        self.requests.append(request.headers.get("Cache-Control"))
        revalidate = self.honours and request.headers.get("Cache-Control") == "no-cache"
        return Response(self.fresh if revalidate else self.stale, content_type="text/plain")


@pytest.mark.parametrize("honours_no_cache", [True, False], ids=["cdn-revalidates", "stays-wrong"])
def test_a_new_feed_with_a_stale_signature_gets_one_more_try(
    exchange: Exchange, tmp_path: Path, minisign_cli: MinisignCli, honours_no_cache: bool
) -> None:
    first = feed_bytes([item("first")], sequence=1)
    second = feed_bytes([item("second")], sequence=2)
    exchange.publish(first, minisign_cli.sign(first, comment="timestamp:1 file:feed.json"))
    profile = make_profile(exchange.base, public_key=minisign_cli.public_key, statuspage=False)
    fetcher = exchange.fetcher(tmp_path, profile)
    assert fetcher.fetch().verified
    cdn = CachedSignature(
        minisign_cli.sign(first),
        minisign_cli.sign(second, comment="timestamp:2 file:feed.json"),
        honours_no_cache=honours_no_cache,
    )
    exchange.server.clear_all_handlers()
    exchange.server.expect_request(FEED).respond_with_data(second)
    exchange.server.expect_request(SIG).respond_with_handler(cdn)
    state = fetcher.fetch()
    assert cdn.requests == [None, "no-cache"]  # exactly one more try, past the caches
    if honours_no_cache:
        assert state.error is None and state.verified and not state.verification_failed
        assert [n.id for n in state.notices] == ["second"]
    else:  # then it is the alarm, and the last good notices stay
        assert state.verification_failed and state.error_code == "signature"
        assert "signature does not match the content" in (state.error or "")
        assert [n.id for n in state.notices] == ["first"]


def test_an_unchanged_feed_is_not_retried(exchange: Exchange, tmp_path: Path) -> None:
    # The bytes were verified before; only a fetch of new content earns a retry.
    fetcher = good_fetcher(exchange, tmp_path)
    exchange.server.clear_all_handlers()
    exchange.server.expect_request(FEED).respond_with_data(
        fetcher_body(tmp_path, fetcher.key), content_type="application/feed+json"
    )
    cdn = CachedSignature(exchange.signer.sign(b"other bytes", "t"), b"")
    exchange.server.expect_request(SIG).respond_with_handler(cdn)
    state = fetcher.fetch()
    assert state.verification_failed
    assert cdn.requests == [None]


def fetcher_body(tmp_path: Path, key: str) -> bytes:
    return (tmp_path / "feeds" / key / "feed.body").read_bytes()


def test_feed_doc_defaults_are_a_current_edition() -> None:
    ext = feed_doc([])["_breachguard"]
    generated = datetime.fromisoformat(ext["generated_at"].replace("Z", "+00:00"))
    expires = datetime.fromisoformat(ext["expires_at"].replace("Z", "+00:00"))
    assert generated.timestamp() <= time.time() < expires.timestamp()
