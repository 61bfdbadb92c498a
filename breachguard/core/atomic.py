"""Crash-safe, private files.

Writes: a temp file in the target's directory is created 0600 before any byte
is written, fsynced, then renamed over the target, so a crash leaves either the
old file or the new one, never half of either. Reads: strict JSON under a size
cap; a damaged file is set aside under a new name, never deleted.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from pathlib import Path
from typing import Any

from breachguard.core.strictjson import JsonError, loads_strict


def atomic_write_bytes(path: Path, data: bytes, *, mode: int = 0o600) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, mode) if hasattr(os, "fchmod") else None
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        try:
            os.unlink(tmp_name)
        except FileNotFoundError:
            pass
        raise
    _fsync_dir(path.parent)


def atomic_write_json(path: Path, value: Any) -> None:
    text = json.dumps(value, indent=2, sort_keys=True, ensure_ascii=False, allow_nan=False)
    atomic_write_bytes(path, (text + "\n").encode("utf-8"))


def read_json_file(path: Path, *, max_bytes: int) -> Any:
    """The strict-JSON value of a file, or None when there is no such file.

    Raises OSError when the file cannot be read and JsonError when it is larger
    than ``max_bytes`` or not strict JSON.
    """
    try:
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        return None
    if len(data) > max_bytes:
        raise JsonError(f"is larger than {max_bytes // 1024} KiB")
    return loads_strict(data)


def set_aside(path: Path) -> Path:
    """Rename a damaged file out of the way, so it can still be recovered; returns
    the new path."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    counter = 1
    while target.exists():
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{counter}")
        counter += 1
    path.replace(target)
    return target


def remove_stale_temp_files(directory: Path) -> int:
    """Delete temp files a killed process left behind; returns how many."""
    removed = 0
    if not directory.is_dir():
        return 0
    for candidate in directory.glob(".*.tmp"):
        try:
            candidate.unlink()
            removed += 1
        except OSError:
            pass
    return removed


def _fsync_dir(directory: Path) -> None:
    # Makes the rename itself durable; not possible on Windows.
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
