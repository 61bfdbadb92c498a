"""Fetch, verify and remember one feed source.

The order matters: the raw bytes are checked against the pinned minisign key(s)
before any parsing; then the publisher must be this provider and the sequence
must not go backwards (persisted across restarts). Any failure keeps the last
good state and says why; nothing unsigned ever replaces a signed feed.

Freshness: an expired copy is asked for in full (a 304 would only confirm it),
and a changed feed whose signature does not verify gets its signature fetched
once more past the caches before that counts as a failed verification.
"""

from __future__ import annotations

import hashlib
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path

from breachguard.core import minisign
from breachguard.core.feeds.jsonfeed import parse_jsonfeed, parse_plain_jsonfeed
from breachguard.core.feeds.model import FeedError, FeedState, ParsedFeed
from breachguard.core.feeds.statuspage import merge_payloads, parse_statuspage
from breachguard.core.feeds.store import SourceStore, source_key
from breachguard.core.http import HttpClient, HttpError, HttpResponse, RequestPolicy
from breachguard.core.messages import N_, Message
from breachguard.core.provider import FeedSource, ProviderProfile

MAX_FEED_BYTES = 2 * 1024 * 1024
FETCH_DEADLINE_S = 20.0
# Shown when checking a source crashed (a bug, not the feed's fault).
INTERNAL_ERROR = N_("an internal error stopped the update")
MAX_RETRY_AFTER_S = 3600.0
BACKOFF_BASE_S = 30.0
MAX_BACKOFF_S = 1800.0

# error codes that mean "the content may be forged": shown as a red banner
VERIFICATION_CODES = frozenset(
    {"signature", "signature_missing", "publisher", "rollback", "sequence_reused"}
)


@dataclass(frozen=True)
class _Good:
    feed: ParsedFeed
    verified_by: str
    content_at: float | None
    checked_at: float | None
    from_cache: bool


class _Failure(Exception):
    def __init__(self, message: str, code: str, retry_after_s: float | None = None) -> None:
        super().__init__(message)
        self.message = message  # a core Message where the text is ours: translatable
        self.code = code
        self.retry_after_s = retry_after_s


class FeedFetcher:
    """One source of one provider. ``fetch()`` blocks (run it off the GUI thread)
    and never raises for network or content problems: it returns a FeedState."""

    def __init__(
        self,
        provider: ProviderProfile,
        source: FeedSource,
        http: HttpClient,
        store_root: Path,
        *,
        clock: Callable[[], float] = time.time,
        rng: Callable[[], float] = random.random,
        deadline_s: float = FETCH_DEADLINE_S,
        max_bytes: int = MAX_FEED_BYTES,
        expected_publisher: str | None = "",
    ) -> None:
        self.provider = provider
        self.source = source
        self.key = source_key(provider.id, source.url)
        # "" means the provider's id; None accepts any publisher (an ad-hoc --feed check).
        self._publisher = provider.id if expected_publisher == "" else expected_publisher
        self._http = http
        self._store = SourceStore(store_root, self.key)
        self._clock = clock
        self._rng = rng
        self._policy = RequestPolicy(
            deadline_s=deadline_s, max_bytes=max_bytes, allowed_hosts=provider.allowed_hosts()
        )
        self._lock = threading.Lock()
        self._meta = self._store.load_meta()
        self._meta.url = source.url
        self._good: _Good | None = None
        self._failures = 0
        self._retry_after: float | None = None
        self._last_error: tuple[str, str] | None = None

    # -- public ---------------------------------------------------------------------

    def load_cached(self) -> FeedState:
        """The saved copy, checked again as strictly as a fresh download."""
        with self._lock:
            cached = self._store.load_content(self._meta)
            if cached is not None and self._good is None:
                body, signature = cached
                try:
                    feed, signer = self._verify_and_parse(body, signature, allow_same=True)
                except (_Failure, FeedError):
                    feed = None
                if feed is not None:
                    self._good = _Good(
                        feed, signer, self._meta.content_at, self._meta.checked_at, True
                    )
            return self._state()

    def fetch(self) -> FeedState:
        with self._lock:
            try:
                self._fetch_once()
            except _Failure as failure:
                self._failures += 1
                self._retry_after = failure.retry_after_s
                self._last_error = (failure.message, failure.code)
            else:
                self._failures = 0
                self._retry_after = None
                self._last_error = None
            return self._state()

    def next_delay_s(self) -> float:
        """Seconds until the next poll: the profile's interval with jitter after a
        success, exponential backoff with jitter after failures, never sooner than
        a (capped) Retry-After."""
        if self._failures == 0:
            return float(self.provider.poll_interval_seconds) * (0.85 + 0.3 * self._rng())
        backoff: float = min(
            MAX_BACKOFF_S, BACKOFF_BASE_S * float(2 ** min(self._failures - 1, 16))
        )
        delay: float = backoff * (0.5 + 0.5 * self._rng())
        retry_after: float = self._retry_after or 0.0
        return max(delay, retry_after)

    def remember_alerted(self, notice_ids: list[str]) -> list[str]:
        """Record ids that raised an alert; returns those not alerted before."""
        with self._lock:
            fresh = [i for i in notice_ids if i not in set(self._meta.alerted_ids)]
            if fresh:
                self._meta.alerted_ids.extend(fresh)
                self._store.save_meta(self._meta)
            return fresh

    def read_ids(self) -> frozenset[str]:
        """Notices marked read by earlier versions, which kept them per feed address
        (now ``readstate``, per provider)."""
        return frozenset(self._meta.read_ids)

    # -- pipeline -------------------------------------------------------------------

    def _fetch_once(self) -> None:
        headers = {"Accept": "application/feed+json, application/json;q=0.9"}
        # Validators only help when we hold current content: for an expired copy a
        # "not modified" would only confirm it, so ask for the feed in full. A source
        # of several addresses is read in full too: one 304 says nothing of the others.
        current = self._good is not None and not _expired(self._good.feed, self._clock())
        if current and not self.source.extra_urls:
            if self._meta.etag:
                headers["If-None-Match"] = self._meta.etag
            if self._meta.last_modified:
                headers["If-Modified-Since"] = self._meta.last_modified
        response = self._get(self.source.url, headers, self._policy)
        now = self._clock()
        if response.status == 304:
            if self._good is None:
                self._meta.etag = self._meta.last_modified = None
                self._store.save_meta(self._meta)
                raise _Failure(
                    Message(
                        N_(
                            "the server said nothing changed, but no saved copy exists here; "
                            "the next try downloads it in full"
                        )
                    ),
                    "not_modified_without_cache",
                )
            self._good = replace(self._good, checked_at=now)
            self._meta.checked_at = now
            self._store.save_meta(self._meta)
            return
        if response.status != 200:
            raise _Failure(
                _status_message(response.status),
                f"http_{response.status}",
                response.retry_after_s(now=now, cap_s=MAX_RETRY_AFTER_S),
            )
        _refuse_web_page(response)
        body, notes = response.body, list[str]()
        if self.source.extra_urls:
            body, notes = self._with_extra_urls(body)
        signature = None
        if self.source.signed:
            signature = self._fetch_signature()
        try:
            feed, signer = self._verify_and_parse(body, signature, allow_same=False)
        except _Failure as failure:
            # A cache may hold the feed and its signature separately, so a new feed can
            # arrive with the previous signature: ask once more, past the caches,
            # before calling it a forgery.
            changed = hashlib.sha256(response.body).hexdigest() != self._meta.body_sha256
            if failure.code != "signature" or not changed:
                raise
            signature = self._fetch_signature(past_caches=True)
            feed, signer = self._verify_and_parse(body, signature, allow_same=False)
        if notes:
            feed = replace(feed, warnings=feed.warnings + tuple(notes))
        digest = self._store.save_content(body, signature)
        self._meta.body_sha256 = digest
        self._meta.etag = response.header("etag")
        self._meta.last_modified = response.header("last-modified")
        self._meta.content_at = self._meta.checked_at = now
        if feed.sequence is not None:
            self._meta.highest_sequence = max(self._meta.highest_sequence, feed.sequence)
        self._store.save_meta(self._meta)
        self._good = _Good(feed, signer, now, now, False)

    def _with_extra_urls(self, body: bytes) -> tuple[bytes, list[str]]:
        """The main Statuspage payload merged with the source's further addresses.
        One that cannot be read is left out with a warning: the main one still counts."""
        extras: list[bytes] = []
        notes: list[str] = []
        headers = {"Accept": "application/json"}
        for number, url in enumerate(self.source.extra_urls, start=1):
            try:
                response = self._get(url, headers, self._policy)
                if response.status != 200:
                    raise _Failure(_status_message(response.status), f"http_{response.status}")
                _refuse_web_page(response)
            except _Failure as failure:
                notes.append(f"further address {number} could not be read ({failure.message})")
                continue
            extras.append(response.body)
        try:
            merged, merge_notes = merge_payloads(body, extras)
        except FeedError as exc:
            raise _Failure(str(exc), exc.code) from None
        if len(merged) > self._policy.max_bytes:
            notes.append("the further addresses were left out: together they are too large")
            return body, notes
        return merged, notes + merge_notes

    def _get(self, url: str, headers: dict[str, str], policy: RequestPolicy) -> HttpResponse:
        try:
            return self._http.get(url, policy=policy, headers=headers)
        except HttpError as exc:
            raise _Failure(exc.reason, exc.code) from None

    def _fetch_signature(self, *, past_caches: bool = False) -> bytes:
        url = self.source.signature_url or f"{self.source.url}.minisig"
        policy = replace(self._policy, max_bytes=minisign.MAX_SIGNATURE_BYTES)
        headers = {"Accept": "text/plain"}
        if past_caches:  # RFC 9111: a stored copy must not be used without revalidation
            headers.update({"Cache-Control": "no-cache", "Pragma": "no-cache"})
        try:
            response = self._get(url, headers, policy)
        except _Failure as failure:
            if failure.code == "too_large":
                raise _Failure(
                    Message(N_("the signature file is not a minisign signature (too large)")),
                    "signature",
                ) from None
            raise
        if response.status == 404:
            raise _Failure(
                Message(
                    N_("the signature file is missing (HTTP 404), so the notices cannot be trusted")
                ),
                "signature_missing",
            )
        if response.status != 200:
            reason = _status_message(response.status)
            raise _Failure(
                Message(N_("the signature could not be downloaded ({reason})"), reason=reason),
                f"http_{response.status}",
                response.retry_after_s(now=self._clock(), cap_s=MAX_RETRY_AFTER_S),
            )
        return response.body

    def _verify_and_parse(
        self, body: bytes, signature: bytes | None, *, allow_same: bool
    ) -> tuple[ParsedFeed, str]:
        domains = frozenset(self.provider.web_domains)
        if not self.source.signed:
            # TLS only: never verified, so its notices offer no actions and raise no alerts.
            try:
                if self.source.format == "jsonfeed":
                    return parse_plain_jsonfeed(body, official_domains=domains), ""
                return parse_statuspage(body, official_domains=domains), ""
            except FeedError as exc:
                raise _Failure(str(exc), exc.code) from None
        if signature is None:
            raise _Failure(Message(N_("the signature file is missing")), "signature_missing")
        try:
            checked = minisign.verify(body, signature, self.source.parsed_keys())
        except minisign.SignatureError as exc:
            raise _Failure(f"signature check failed ({exc})", "signature") from None
        try:
            feed = parse_jsonfeed(body, official_domains=domains, verified=True)
        except FeedError as exc:
            raise _Failure(str(exc), exc.code) from None
        if self._publisher is not None and feed.publisher != self._publisher:
            raise _Failure(
                Message(
                    N_("the feed is signed for publisher “{signed}”, not for “{expected}”"),
                    signed=feed.publisher or "",
                    expected=self._publisher,
                ),
                "publisher",
            )
        sequence = feed.sequence or 0
        if sequence < self._meta.highest_sequence:
            raise _Failure(
                Message(
                    N_(
                        "the server sent an older feed (number {sequence}) than one already "
                        "seen (number {highest}); it was refused"
                    ),
                    sequence=sequence,
                    highest=self._meta.highest_sequence,
                ),
                "rollback",
            )
        same_bytes = hashlib.sha256(body).hexdigest() == self._meta.body_sha256
        if sequence == self._meta.highest_sequence and not same_bytes and not allow_same:
            raise _Failure(
                Message(
                    N_("the feed changed without a new sequence number ({sequence})"),
                    sequence=sequence,
                ),
                "sequence_reused",
            )
        return feed, checked.key_id_hex

    # -- state ----------------------------------------------------------------------

    def current_state(self) -> FeedState:
        """What is known now, without touching the disk or the network."""
        return self._state()

    def _state(self) -> FeedState:
        good = self._good
        now = self._clock()
        error, code = self._last_error or (None, None)
        stale = good is not None and _expired(good.feed, now)
        return FeedState(
            key=self.key,
            url=self.source.url,
            label=self.source.label or default_label(self.provider.name, self.source.format),
            format=self.source.format,
            signed=self.source.signed,
            feed=good.feed if good else None,
            verified_by=good.verified_by if good else "",
            content_at=good.content_at if good else None,
            checked_at=good.checked_at if good else None,
            error=error,
            error_code=code,
            verification_failed=code in VERIFICATION_CODES,
            stale=stale,
            from_cache=good.from_cache if good else False,
            provider_id=self.provider.id,
        )


def default_label(provider_name: str, feed_format: str) -> str:
    """A source's name when its profile gives none: a translatable message, so it
    reads "Statusseite von …" in German rather than an English label."""
    if feed_format == "statuspage-v2":
        return Message(N_("{name} status page"), name=provider_name)
    return Message(N_("{name} notices"), name=provider_name)


def _expired(feed: ParsedFeed, now: float) -> bool:
    return feed.expires_at is not None and feed.expires_at.timestamp() <= now


def _refuse_web_page(response: HttpResponse) -> None:
    content_type = (response.header("content-type") or "").lower()
    start = response.body[:512].lstrip().lower()
    if "html" in content_type or start.startswith((b"<!doctype", b"<html", b"<head", b"<")):
        raise _Failure(
            Message(
                N_(
                    "the answer was a web page, not the notice feed (a Wi-Fi sign-in page "
                    "or an error page may be in the way)"
                )
            ),
            "web_page",
        )


def _status_message(status: int) -> Message:
    if status == 404:
        return Message(N_("the feed was not found on the server (HTTP 404)"))
    if status == 429:
        return Message(N_("the server asked BreachGuard to slow down (HTTP 429)"))
    if 500 <= status < 600:
        return Message(N_("the exchange's server has a problem (HTTP {status})"), status=status)
    return Message(N_("the server answered with HTTP {status}"), status=status)


def utc_from_timestamp(value: float) -> datetime:
    return datetime.fromtimestamp(value, tz=timezone.utc)
