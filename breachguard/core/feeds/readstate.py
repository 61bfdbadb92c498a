"""Which stories the customer has opened, kept per provider across restarts.

Keys name the publisher, the kind of source and the notice id
(``stories.read_key``), never a feed's address: the Demo Exchange gets a new port
on every start, and an exchange may move its feed, yet a notice once read stays
read. A damaged file is set aside and reading starts afresh: losing "read" marks
only shows a few notices as new again.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from pathlib import Path

from breachguard.core.atomic import atomic_write_json, read_json_file, set_aside
from breachguard.core.strictjson import JsonError

MAX_KEYS = 5000
_MAX_BYTES = 2 * 1024 * 1024
_VERSION = 1


class ReadState:
    """The read keys of one provider in ``<folder>/read-<provider id>.json``.

    Thread-safe; call it off the GUI thread (it reads and writes a file)."""

    def __init__(self, folder: Path, provider_id: str) -> None:
        self.path = Path(folder) / f"read-{provider_id}.json"
        self._lock = threading.Lock()
        self._keys: list[str] | None = None

    def load(self) -> frozenset[str]:
        with self._lock:
            return frozenset(self._loaded())

    def add(self, keys: Iterable[str]) -> None:
        """Remember ``keys`` (oldest forgotten beyond MAX_KEYS); one atomic write."""
        with self._lock:
            current = self._loaded()
            known = set(current)
            fresh = [k for k in dict.fromkeys(keys) if isinstance(k, str) and k not in known]
            if not fresh:
                return
            current.extend(fresh)
            del current[:-MAX_KEYS]
            atomic_write_json(self.path, {"version": _VERSION, "read": current})

    def _loaded(self) -> list[str]:
        if self._keys is None:
            self._keys = self._read_file()
        return self._keys

    def _read_file(self) -> list[str]:
        try:
            value = read_json_file(self.path, max_bytes=_MAX_BYTES)
        except (OSError, JsonError):
            if self.path.is_file() and not self.path.is_symlink():
                set_aside(self.path)
            return []
        if value is None:
            return []
        keys = value.get("read") if isinstance(value, dict) else None
        if not isinstance(keys, list):
            set_aside(self.path)
            return []
        return [k for k in keys if isinstance(k, str)][-MAX_KEYS:]
