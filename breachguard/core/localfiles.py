"""Bounded reads of local files: the one way BreachGuard reads a file from disk.

Every read opens the file once and then works on that open file: it must be a
regular file (``fstat`` after ``open``, so a name swapped between a check and the
read cannot matter), opening never waits (``O_NONBLOCK``: a FIFO cannot hang the
app), and at most ``limit + 1`` bytes are read, so a symlink to ``/dev/zero`` or a
file that grows while being read cannot exhaust memory.

Files in the app's own folders are opened with ``follow_symlinks=False``
(``O_NOFOLLOW``): a link planted there is refused, not followed out of the home.
Files the user names (a profile to import, a QR picture) may be links to a file
elsewhere; what the link leads to is still checked.

Errors are :class:`LocalFileError` (an ``OSError`` whose ``strerror`` is a short
reason for people); a missing file stays ``FileNotFoundError``.
"""

from __future__ import annotations

import errno
import io
import os
import stat

_CHUNK = 64 * 1024


class LocalFileError(OSError):
    """A file that was not read: ``strerror`` says why in a few words."""


class FileTooLarge(LocalFileError):
    def __init__(self, path: str | os.PathLike[str], limit: int) -> None:
        super().__init__(errno.EFBIG, f"is larger than {describe_size(limit)}", os.fspath(path))
        self.limit = limit


class NotARegularFile(LocalFileError):
    def __init__(self, path: str | os.PathLike[str], what: str) -> None:
        super().__init__(errno.EINVAL, f"is {what}, not a regular file", os.fspath(path))


class SymlinkRefused(LocalFileError):
    def __init__(self, path: str | os.PathLike[str]) -> None:
        super().__init__(
            errno.ELOOP,
            "is a symbolic link; BreachGuard does not follow links in its own folders",
            os.fspath(path),
        )


def describe_size(limit: int) -> str:
    """``256 KiB``, ``20 MiB``: how limits are named in messages."""
    if limit >= 1024 * 1024 and limit % (1024 * 1024) == 0:
        return f"{limit // (1024 * 1024)} MiB"
    if limit >= 1024 and limit % 1024 == 0:
        return f"{limit // 1024} KiB"
    return f"{limit} bytes"


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a special file"


def _open_flags(follow_symlinks: bool) -> int:
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
    flags |= getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    if not follow_symlinks:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    return flags


def read_bounded(
    path: str | os.PathLike[str], *, limit: int, follow_symlinks: bool = True
) -> bytes:
    """All bytes of a regular file of at most ``limit`` bytes.

    Raises FileNotFoundError, :class:`FileTooLarge`, :class:`NotARegularFile`,
    :class:`SymlinkRefused` (only with ``follow_symlinks=False``) or another
    OSError (permissions...).
    """
    if limit < 0:
        raise ValueError("limit must not be negative")
    if not follow_symlinks and os.path.islink(path) and not hasattr(os, "O_NOFOLLOW"):
        raise SymlinkRefused(path)  # Windows: no O_NOFOLLOW, so look first
    try:
        fd = os.open(path, _open_flags(follow_symlinks))
    except OSError as exc:
        if not follow_symlinks and exc.errno in (errno.ELOOP, errno.EMLINK):
            raise SymlinkRefused(path) from None
        raise
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotARegularFile(path, _kind(info.st_mode))
        if info.st_size > limit:
            raise FileTooLarge(path, limit)
        chunks: list[bytes] = []
        remaining = limit + 1  # one byte more than allowed tells "too large" apart
        while remaining > 0:
            chunk = os.read(fd, min(_CHUNK, remaining))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > limit:
        raise FileTooLarge(path, limit)  # it grew while being read
    return data


def open_regular(path: str | os.PathLike[str]) -> io.FileIO:
    """A regular file opened for streaming reads of any size (a mailbox), with the
    same checks as :func:`read_bounded`: never waits on a FIFO, refuses devices and
    folders after opening. Links the user's own path goes through are followed."""
    fd = os.open(path, _open_flags(follow_symlinks=True))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotARegularFile(path, _kind(info.st_mode))
        return io.FileIO(fd, "rb", closefd=True)
    except BaseException:
        os.close(fd)
        raise


def read_bounded_optional(
    path: str | os.PathLike[str], *, limit: int, follow_symlinks: bool = True
) -> bytes | None:
    """Like :func:`read_bounded`, but None when there is no such file."""
    try:
        return read_bounded(path, limit=limit, follow_symlinks=follow_symlinks)
    except FileNotFoundError:
        return None


def reason(exc: OSError) -> str:
    """A short reason for a failed read, for messages ("is a pipe (FIFO), not...")."""
    return exc.strerror or str(exc)


__all__ = [
    "FileTooLarge",
    "LocalFileError",
    "NotARegularFile",
    "SymlinkRefused",
    "describe_size",
    "open_regular",
    "read_bounded",
    "read_bounded_optional",
    "reason",
]
