"""On-disk memory of one feed source: the last good raw bytes and signature, the
conditional-GET validators, the highest sequence seen (rollback protection) and
which notices were already alerted or read. Every write is atomic."""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from breachguard.core.atomic import atomic_write_bytes, atomic_write_json, read_json_file
from breachguard.core.localfiles import read_bounded
from breachguard.core.minisign import MAX_SIGNATURE_BYTES
from breachguard.core.strictjson import JsonError

log = logging.getLogger(__name__)

MAX_REMEMBERED_IDS = 5000
_MAX_META_BYTES = 1024 * 1024
MAX_BODY_BYTES = 2 * 1024 * 1024  # no fetch keeps more (source.MAX_FEED_BYTES)


def source_key(provider_id: str, url: str) -> str:
    """A stable file-name-safe key for one (provider, feed URL) pair."""
    return hashlib.sha256(f"{provider_id}\n{url}".encode()).hexdigest()[:24]


@dataclass
class SourceMeta:
    url: str = ""
    etag: str | None = None
    last_modified: str | None = None
    content_at: float | None = None
    checked_at: float | None = None
    body_sha256: str | None = None
    highest_sequence: int = 0
    alerted_ids: list[str] = field(default_factory=list)
    read_ids: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "url": self.url,
            "etag": self.etag,
            "last_modified": self.last_modified,
            "content_at": self.content_at,
            "checked_at": self.checked_at,
            "body_sha256": self.body_sha256,
            "highest_sequence": self.highest_sequence,
            "alerted_ids": self.alerted_ids[-MAX_REMEMBERED_IDS:],
            "read_ids": self.read_ids[-MAX_REMEMBERED_IDS:],
        }

    @classmethod
    def from_json(cls, value: Any) -> SourceMeta:
        if not isinstance(value, dict):
            raise JsonError("is not an object")

        def text(key: str) -> str | None:
            item = value.get(key)
            return item if isinstance(item, str) else None

        def number(key: str) -> float | None:
            item = value.get(key)
            if isinstance(item, (int, float)) and not isinstance(item, bool):
                return float(item)
            return None

        def ids(key: str) -> list[str]:
            items = value.get(key)
            return [i for i in items if isinstance(i, str)] if isinstance(items, list) else []

        sequence = value.get("highest_sequence")
        return cls(
            url=text("url") or "",
            etag=text("etag"),
            last_modified=text("last_modified"),
            content_at=number("content_at"),
            checked_at=number("checked_at"),
            body_sha256=text("body_sha256"),
            highest_sequence=sequence if isinstance(sequence, int) and sequence > 0 else 0,
            alerted_ids=ids("alerted_ids"),
            read_ids=ids("read_ids"),
        )


class SourceStore:
    """Files of one source under ``<root>/<key>/``."""

    def __init__(self, root: Path, key: str) -> None:
        self.directory = Path(root) / key

    @property
    def _meta_path(self) -> Path:
        return self.directory / "meta.json"

    def load_meta(self) -> SourceMeta:
        try:
            value = read_json_file(self._meta_path, max_bytes=_MAX_META_BYTES)
            return SourceMeta() if value is None else SourceMeta.from_json(value)
        except (OSError, JsonError) as exc:
            # Losing validators only costs one full download; the sequence floor is
            # re-learnt from the next verified feed.
            log.warning("feed state file unusable (%s); starting afresh", type(exc).__name__)
            return SourceMeta()

    def save_meta(self, meta: SourceMeta) -> None:
        atomic_write_json(self._meta_path, meta.to_json())

    def load_content(self, meta: SourceMeta) -> tuple[bytes, bytes | None] | None:
        """The cached body (and signature), or None if missing or not the one meta names."""
        try:
            body = read_bounded(
                self.directory / "feed.body", limit=MAX_BODY_BYTES, follow_symlinks=False
            )
        except OSError:
            return None
        if meta.body_sha256 != hashlib.sha256(body).hexdigest():
            return None
        try:
            signature: bytes | None = read_bounded(
                self.directory / "feed.minisig", limit=MAX_SIGNATURE_BYTES, follow_symlinks=False
            )
        except FileNotFoundError:
            signature = None
        except OSError:
            return None
        return body, signature

    def save_content(self, body: bytes, signature: bytes | None) -> str:
        if signature is not None:
            atomic_write_bytes(self.directory / "feed.minisig", signature)
        atomic_write_bytes(self.directory / "feed.body", body)
        return hashlib.sha256(body).hexdigest()
