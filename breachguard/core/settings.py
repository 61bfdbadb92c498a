"""User settings: a small JSON document, written atomically and privately.

Only preferences live here (chosen provider, language, support mode...), never
secrets, codes or personal identifiers. A corrupt file is set aside, not lost.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from breachguard.core.atomic import atomic_write_json, read_json_file, set_aside
from breachguard.core.strictjson import JsonError

log = logging.getLogger(__name__)

MAX_SETTINGS_BYTES = 256 * 1024

# Known keys with their types; unknown keys in the file are kept but never trusted.
DEFAULTS: dict[str, Any] = {
    "provider_id": None,
    "language": None,
    "support_mode": False,
    "last_step": None,
    "window_outline": None,  # core.outline: what the next start draws first
}


class Settings:
    def __init__(self, path: Path, *, on_change: Callable[[str, Any], None] | None = None) -> None:
        self._path = path
        self._values: dict[str, Any] = {}
        self._on_change = on_change
        self.load_problem: str | None = None
        self._load()

    @property
    def path(self) -> Path:
        return self._path

    def _load(self) -> None:
        try:
            value = read_json_file(self._path, max_bytes=MAX_SETTINGS_BYTES)
            if value is None:
                return
            if not isinstance(value, dict):
                raise JsonError("is not an object")
        except OSError as exc:
            self.load_problem = f"settings could not be read ({exc.strerror})"
            return
        except JsonError as exc:
            backup = set_aside(self._path)
            self.load_problem = f"settings file {exc}; it was set aside as {backup.name}"
            log.warning("settings file unreadable, set aside: %s", exc)
            return
        self._values = value

    def get(self, key: str) -> Any:
        default = DEFAULTS.get(key)
        value = self._values.get(key, default)
        if default is not None and not isinstance(value, type(default)):
            return default
        return value

    def set(self, key: str, value: Any) -> None:
        if self._values.get(key) == value and key in self._values:
            return
        self._values[key] = value
        atomic_write_json(self._path, self._values)
        if self._on_change is not None:
            self._on_change(key, value)
