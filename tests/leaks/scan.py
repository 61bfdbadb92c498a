"""Looking for secrets and personal data in files, in every form they could take.

A needle is one sensitive value; ``forms()`` expands it into the byte strings that
would betray it on disk (as typed, upper/lower case, URL-encoded, hex, base64, and
for a TOTP secret its raw bytes). Short numeric codes only count as whole numbers,
so a timestamp that happens to contain the same six digits is not a hit.
"""

from __future__ import annotations

import base64
import os
import re
import urllib.parse
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

MAX_SCAN_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class Needle:
    label: str
    value: str
    raw: bytes = b""  # the decoded secret, when the value is its base32 text
    digits_only: bool = False

    def forms(self) -> list[bytes]:
        texts = {self.value, self.value.lower(), self.value.upper()}
        texts |= {urllib.parse.quote(t, safe="") for t in list(texts)}
        texts |= {t.rstrip("=") for t in list(texts)}
        found = {t.encode("utf-8") for t in texts if t}
        found |= {t.encode("utf-16-le") for t in texts if len(t) >= 8}
        found.add(base64.b64encode(self.value.encode()).rstrip(b"="))
        if self.raw:
            found |= {
                self.raw,
                self.raw.hex().encode(),
                self.raw.hex().upper().encode(),
                base64.b64encode(self.raw).rstrip(b"="),
                base64.urlsafe_b64encode(self.raw).rstrip(b"="),
            }
        return sorted(found)

    def matches(self, data: bytes) -> bool:
        if self.digits_only:
            pattern = rb"(?<![0-9])" + re.escape(self.value.encode()) + rb"(?![0-9])"
            return re.search(pattern, data) is not None
        return any(form in data for form in self.forms())


def phone_needles(label: str, *forms: str) -> list[Needle]:
    """A phone number as typed, formatted and in E.164; all-digit forms match whole."""
    return [Needle(label, form, digits_only=form.isdigit()) for form in forms]


@dataclass(frozen=True)
class Hit:
    path: Path
    needle: Needle

    def __str__(self) -> str:
        return f"{self.path}: {self.needle.label}"


def scan_files(paths: Iterable[Path], needles: Iterable[Needle]) -> list[Hit]:
    needles = list(needles)
    hits = []
    for path in paths:
        try:
            with open(path, "rb") as handle:
                data = handle.read(MAX_SCAN_BYTES)
        except OSError:
            continue
        hits.extend(Hit(path, needle) for needle in needles if needle.matches(data))
    return hits


def files_under(root: Path) -> Iterator[Path]:
    for directory, _dirs, names in os.walk(root):
        for name in names:
            path = Path(directory) / name
            if path.is_file() and not path.is_symlink():
                yield path


def snapshot(root: Path, *, skip: Iterable[Path] = ()) -> dict[Path, float]:
    """Files under ``root`` with their modification times, leaving out ``skip``."""
    skipped = tuple(str(p) for p in skip)
    seen: dict[Path, float] = {}
    for directory, dirs, names in os.walk(root):
        dirs[:] = [d for d in dirs if not os.path.join(directory, d).startswith(skipped)]
        for name in names:
            path = Path(directory) / name
            try:
                if path.is_file() and not path.is_symlink():
                    seen[path] = path.stat().st_mtime
            except OSError:
                continue
    return seen


def changed_since(before: dict[Path, float], after: dict[Path, float]) -> list[Path]:
    return sorted(path for path, mtime in after.items() if before.get(path) != mtime)
