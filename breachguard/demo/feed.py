"""Publishing the signed notice feed: the exact bytes, their signature, cache validators."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from breachguard.demo import notices
from breachguard.demo.signer import MinisignSigner

# Re-sign well before the 12-hour expiry so a long-running demo never looks stale.
REFRESH_AFTER = timedelta(hours=6)


@dataclass(frozen=True)
class Edition:
    """One published version of the feed."""

    sequence: int
    generated_at: datetime
    body: bytes
    signature: bytes

    @property
    def last_modified(self) -> float:
        return self.generated_at.timestamp()

    @property
    def etag(self) -> str:
        return _etag(self.body)

    @property
    def signature_etag(self) -> str:
        return _etag(self.signature)


def _etag(data: bytes) -> str:
    return '"' + hashlib.sha256(data).hexdigest()[:32] + '"'


class FeedPublisher:
    def __init__(
        self,
        *,
        base_url: str,
        story_start: float,
        clock: Callable[[], float],
        signer: MinisignSigner,
    ) -> None:
        self._base_url = base_url
        self._notices = notices.story(story_start)
        self._clock = clock
        self._signer = signer
        self._lock = threading.Lock()
        self._edition = self._publish(1)

    def current(self) -> Edition:
        with self._lock:
            now = datetime.fromtimestamp(self._clock(), tz=timezone.utc)
            if now - self._edition.generated_at >= REFRESH_AFTER:
                self._edition = self._publish(self._edition.sequence + 1)
            return self._edition

    def republish(self) -> Edition:
        """Sign a new edition now (sequence + 1), e.g. to test change detection."""
        with self._lock:
            self._edition = self._publish(self._edition.sequence + 1)
            return self._edition

    def _publish(self, sequence: int) -> Edition:
        generated = datetime.fromtimestamp(int(self._clock()), tz=timezone.utc)
        document = notices.build_feed(
            self._notices, base_url=self._base_url, sequence=sequence, generated_at=generated
        )
        body = notices.render(document)
        comment = f"timestamp:{int(generated.timestamp())}\tfile:feed.json\thashed"
        return Edition(sequence, generated, body, self._signer.sign(body, comment))
