"""Crash-safe, private files.

Writes: a temp file in the target's directory is created 0600 before any byte
is written, fsynced, then renamed over the target, so a crash leaves either the
old file or the new one, never half of either. A missing folder is made 0700; a
folder that is a symbolic link is refused (the rename would land outside the
app's home). Reads: strict JSON under a size cap, never through a symbolic link
(see ``localfiles``); a damaged file is set aside under a new name, never deleted.
"""

from __future__ import annotations

import errno
import json
import os
import tempfile
import time
from pathlib import Path
from typing import Any

from breachguard.core.localfiles import FileTooLarge, SymlinkRefused, read_bounded_optional
from breachguard.core.strictjson import JsonError, loads_strict

PRIVATE_DIR_MODE = 0o700


def ensure_private_dir(directory: Path) -> None:
    """Make ``directory`` and its missing parents 0700; refuse it when it is a link.

    Folders that already exist above it are the caller's (``AppPaths.ensure``
    checks the app's home); only what is created here gets the mode set.
    """
    directory = Path(directory)
    if directory.is_symlink():
        raise SymlinkRefused(directory)
    missing: list[Path] = []
    current = directory
    while not current.is_dir():
        if current.is_symlink():
            raise NotADirectoryError(errno.ENOTDIR, "is not a folder", str(current))
        if current.exists():
            if current.is_dir():
                break  # made a moment ago by another thread of ours (two feeds saving)
            raise NotADirectoryError(errno.ENOTDIR, "is not a folder", str(current))
        missing.append(current)
        current = current.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=PRIVATE_DIR_MODE)
        except FileExistsError:
            if folder.is_symlink() or not folder.is_dir():
                raise
            continue  # made at the same moment by another thread of ours
        if os.name == "posix":
            os.chmod(folder, PRIVATE_DIR_MODE)  # mkdir's mode passes through the umask


def atomic_write_bytes(path: Path, data: bytes, *, mode: int = 0o600) -> None:
    path = Path(path)
    ensure_private_dir(path.parent)
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

    Raises OSError when the file cannot be read (a pipe, a device, a symbolic
    link...) and JsonError when it is larger than ``max_bytes`` or not strict JSON.
    """
    try:
        data = read_bounded_optional(path, limit=max_bytes, follow_symlinks=False)
    except FileTooLarge as exc:
        raise JsonError(exc.strerror) from None
    if data is None:
        return None
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
