"""Header blocks from the places mail is kept: an mbox file, a maildir, a folder
of ``.eml`` files. Each yields a block per message (or why it was skipped); a
source that cannot be read at all raises :class:`MailScanError`."""

from __future__ import annotations

import io
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from breachguard.core.localfiles import open_regular, reason
from breachguard.core.mailscan.mbox import (
    CHUNK_BYTES,
    MAX_HEADER_BYTES,
    MboxFormatError,
    Skipped,
    header_blocks,
)
from breachguard.core.mailscan.separator_hints import separator_hints

Block = bytes | Skipped
_FILE_CHUNK = 64 * 1024
# Below this an mbox is searched in-process in milliseconds: not worth a process.
HINTED_FROM_BYTES = 4 * 1024 * 1024


class MailScanError(Exception):
    """A mail store that cannot be read; ``str()`` is one line naming the path and the
    reason, never the content of a message."""


def _cannot(path: Path, exc: OSError) -> MailScanError:
    if isinstance(exc, FileNotFoundError):
        return MailScanError(f"{path}: no such file or folder")
    return MailScanError(f"{path}: {reason(exc)}")


class _CountingReader:
    """Tells ``on_read`` how many bytes each read returned or each seek skipped:
    progress for a large mbox."""

    def __init__(self, stream: io.FileIO, on_read: Callable[[int], None]) -> None:
        self.stream = stream
        self.on_read = on_read
        self.position = 0

    def read(self, size: int = -1, /) -> bytes | None:
        data = self.stream.read(size)
        self._passed(len(data or b""))
        return data

    def readinto(self, buffer: bytearray | memoryview, /) -> int | None:
        count = self.stream.readinto(buffer)
        self._passed(count or 0)
        return count

    def seek(self, offset: int, /) -> int:
        position = self.stream.seek(offset)
        self._passed(position - self.position)
        return position

    def passed_the_end(self) -> None:
        self._passed(os.fstat(self.stream.fileno()).st_size - self.position)

    def _passed(self, count: int) -> None:
        self.position += count
        if count > 0:
            self.on_read(count)


def mbox_blocks(
    path: Path,
    *,
    limit: int = MAX_HEADER_BYTES,
    on_read: Callable[[int], None] | None = None,
) -> Iterator[Block]:
    """``on_read``: called with the size of each chunk read, for a progress bar."""
    try:
        stream = open_regular(path)
    except OSError as exc:
        raise _cannot(path, exc) from None
    with stream:
        source = stream if on_read is None else _CountingReader(stream, on_read)
        large = os.fstat(stream.fileno()).st_size >= HINTED_FROM_BYTES
        hints = separator_hints(stream.fileno()) if large else None
        try:
            yield from header_blocks(source, limit=limit, chunk=CHUNK_BYTES, hints=hints)
            if isinstance(source, _CountingReader):
                source.passed_the_end()  # the last body is skipped, not read
        except MboxFormatError as exc:
            raise MailScanError(f"{path} {exc}") from None
        except OSError as exc:
            raise _cannot(path, exc) from None
        finally:
            if hints is not None:
                hints.close()


def message_file_block(path: Path, *, limit: int = MAX_HEADER_BYTES) -> Block:
    """The header block of a file holding one message, read no further than its
    first blank line. A file without one is all header (a message without a body)."""
    with open_regular(path) as stream:
        data = b""
        while True:
            chunk = stream.read(_FILE_CHUNK)
            if not data and chunk.startswith(b"From "):  # an mbox-style first line
                chunk = chunk.partition(b"\n")[2]
            data += chunk
            if data.startswith((b"\n", b"\r\n")):
                return b""
            ends = [i for i in (data.find(b"\n\n"), data.find(b"\n\r\n")) if i >= 0]
            if ends:
                end = min(ends) + 1
                return Skipped.OVERSIZED if end > limit else data[:end]
            if len(data) > limit:
                return Skipped.OVERSIZED
            if not chunk:
                return data


def message_files_blocks(
    paths: Iterable[Path], *, limit: int = MAX_HEADER_BYTES
) -> Iterator[Block]:
    """The header block of each file holding one message (or why it was skipped)."""
    for path in paths:
        try:
            yield message_file_block(path, limit=limit)
        except OSError:
            yield Skipped.UNREADABLE  # vanished, or a permission the user lacks


def _check_folder(path: Path) -> None:
    try:
        info = os.stat(path)
    except OSError as exc:
        raise _cannot(path, exc) from None
    if not stat.S_ISDIR(info.st_mode):
        raise MailScanError(f"{path}: is not a folder")


def _regular_files(folder: Path) -> list[Path]:
    try:
        with os.scandir(folder) as entries:
            return sorted(
                Path(entry.path)
                for entry in entries
                if not entry.name.startswith(".") and entry.is_file(follow_symlinks=False)
            )
    except OSError:
        return []


def maildir_folders(root: Path) -> list[Path]:
    """The root and its Maildir++ subfolders (``.Sent``, ``.Archive.2024``) that
    hold mail."""
    folders = [root]
    try:
        with os.scandir(root) as entries:
            folders += sorted(
                Path(entry.path)
                for entry in entries
                if entry.name.startswith(".") and entry.is_dir(follow_symlinks=False)
            )
    except OSError:
        pass
    return [f for f in folders if (f / "cur").is_dir() or (f / "new").is_dir()]


def maildir_message_files(root: Path) -> list[Path]:
    """The message files in ``cur/`` and ``new/`` of the maildir and its subfolders
    (``tmp/`` holds deliveries in progress)."""
    _check_folder(root)
    folders = maildir_folders(root)
    if not folders:
        raise MailScanError(f"{root}: is not a maildir (it has no cur/ or new/ folder)")
    return [
        path
        for folder in folders
        for sub in ("cur", "new")
        for path in _regular_files(folder / sub)
    ]


def maildir_blocks(root: Path, *, limit: int = MAX_HEADER_BYTES) -> Iterator[Block]:
    yield from message_files_blocks(maildir_message_files(root), limit=limit)


def cached_message_files(folder: Path) -> list[Path]:
    """The message files of one Evolution IMAP cache folder: ``cur/<two hex digits>/``
    holds one file per cached message (named by its UID), the hex digits a hash of
    the UID. ``tmp/`` holds downloads in progress."""
    files: list[Path] = []
    try:
        with os.scandir(folder / "cur") as entries:
            buckets = sorted(e.path for e in entries if e.is_dir(follow_symlinks=False))
    except OSError:
        return files
    for bucket in buckets:
        files += _regular_files(Path(bucket))
    return files


def cached_folder_files(folder: Path) -> list[Path]:
    """:func:`cached_message_files`, for a folder that must be such a cache folder."""
    _check_folder(folder)
    if not (folder / "cur").is_dir():
        raise MailScanError(f"{folder}: is not a cached mail folder (it has no cur/ folder)")
    return cached_message_files(folder)


def cached_blocks(folder: Path, *, limit: int = MAX_HEADER_BYTES) -> Iterator[Block]:
    """The messages Evolution keeps of one IMAP folder."""
    yield from message_files_blocks(cached_folder_files(folder), limit=limit)


def eml_blocks(root: Path, *, limit: int = MAX_HEADER_BYTES) -> Iterator[Block]:
    """Every ``.eml`` file in the folder and its subfolders (links are not followed,
    so a link loop cannot trap the walk)."""
    _check_folder(root)

    def paths() -> Iterator[Path]:
        for folder, subfolders, files in os.walk(root, followlinks=False):
            subfolders.sort()
            for name in sorted(files):
                path = Path(folder, name)
                if name.lower().endswith(".eml") and path.is_file() and not path.is_symlink():
                    yield path

    yield from message_files_blocks(paths(), limit=limit)


__all__ = [
    "Block",
    "MailScanError",
    "cached_blocks",
    "cached_folder_files",
    "cached_message_files",
    "eml_blocks",
    "maildir_blocks",
    "maildir_folders",
    "maildir_message_files",
    "mbox_blocks",
    "message_file_block",
    "message_files_blocks",
]
