"""Header blocks out of an mbox stream, without holding any body.

A message starts at a ``From `` line at the start of the file or after a blank
line, when the line after it is a header field: a body line "From ..." that
mbox writers forgot to quote as ">From" is then still body text. The stream is
read in large chunks and searched with compiled patterns (``re`` finds a literal
about half again as fast as ``bytes.find`` on mail, where the newline that starts
the pattern is on every line); only a header block in
progress is kept (at most ``limit`` bytes, larger ones are skipped and counted),
so memory stays the same for a 10 MB mailbox and a 10 GB one. Given the offsets of
the ``From `` lines (:mod:`separator_hints`), the bodies between are skipped, not
searched.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Generator, Iterable, Iterator
from enum import Enum
from typing import Protocol, cast

from breachguard.core.mailscan.separator_hints import HintsFailed

log = logging.getLogger(__name__)

MAX_HEADER_BYTES = 1024 * 1024
CHUNK_BYTES = 1024 * 1024
_SEPARATOR = b"\nFrom "
_SEPARATOR_PATTERN = re.compile(re.escape(_SEPARATOR))
_BLANK_LINE_PATTERN = re.compile(rb"\n\r?\n")
# Enough of a buffer's end to hold a separator cut in two with its blank line before it.
_OVERLAP = len(_SEPARATOR) + 2
# Most header blocks end within this many bytes of their start.
_FIRST_WINDOW = 16 * 1024
_HINTED_READ = 16 * 1024
_FIELD_NAME = re.compile(rb"[!-9;-~]+[ \t]*:")


class Skipped(Enum):
    OVERSIZED = "oversized"  # a header block larger than the limit
    TRUNCATED = "truncated"  # the file ends inside a header block
    UNREADABLE = "unreadable"  # a message file that could not be opened or read
    OVER_LIMIT = "over_limit"  # a matching message beyond the cap on messages fetched


class MboxFormatError(ValueError):
    """The file is not an mbox; ``str()`` is a short reason with no file content."""


class Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes | None: ...


class ReadableInto(Readable, Protocol):
    def readinto(self, buffer: bytearray | memoryview, /) -> int | None: ...


class Seekable(Protocol):
    def seek(self, offset: int, /) -> int: ...


def header_blocks(
    stream: Readable,
    *,
    limit: int = MAX_HEADER_BYTES,
    chunk: int = CHUNK_BYTES,
    hints: Iterable[int] | None = None,
) -> Iterator[bytes | Skipped]:
    """Each message's header block (without its ``From `` line and the blank line
    after it), or why a message was skipped.

    ``hints``: the position of every newline followed by ``From `` in the file, in
    order (see :mod:`separator_hints`); the stream must then be seekable, and the
    bytes between are skipped rather than read. The blocks are the same as
    without them: should the hints fail part way, the rest is searched here."""
    return _Splitter(stream, limit, chunk, hints).blocks()


class _Splitter:
    """Positions are offsets in the file; ``buf`` holds the bytes from ``base`` on,
    and reading more drops what lies before ``keep``."""

    def __init__(
        self, stream: Readable, limit: int, chunk: int, hints: Iterable[int] | None = None
    ) -> None:
        self.stream = stream
        self.limit = limit
        self.chunk = chunk
        # A bytearray: dropping from its front and appending reuse its memory.
        self.buf = bytearray()
        self.base = 0
        self.keep = 0
        self.eof = False
        # Files are read into one reused buffer: a fresh 1 MiB ``bytes`` per read
        # costs the kernel new zeroed pages each time, as long as the read itself.
        self.chunk_buffer = bytearray(chunk) if hasattr(stream, "readinto") else None
        self.hints: Iterator[int] | None = iter(hints) if hints is not None else None
        self.hint = -1
        # With hints most reads are of one header block after a skip: reading a whole
        # chunk there would copy the body after it for nothing.
        self.read_size = min(chunk, _HINTED_READ) if hints is not None else chunk

    def _read(self) -> bytes | memoryview:
        if self.chunk_buffer is None:
            return self.stream.read(self.read_size) or b""
        view = memoryview(self.chunk_buffer)[: self.read_size]
        count = cast(ReadableInto, self.stream).readinto(view) or 0
        return view[:count]

    def more(self) -> bool:
        data = self._read() if not self.eof else b""
        if not data:
            self.eof = True
            return False
        drop = self.keep - self.base
        if drop > 0:
            del self.buf[:drop]
            self.base = self.keep
        self.buf += data
        return True

    @property
    def end(self) -> int:
        return self.base + len(self.buf)

    def find(self, pattern: bytes, start: int) -> int:
        found = self.buf.find(pattern, start - self.base)
        return found + self.base if found >= 0 else -1

    def search(self, pattern: re.Pattern[bytes], start: int, stop: int | None = None) -> int:
        """Where ``pattern`` first matches at or after ``start`` (before ``stop``), or -1."""
        end = len(self.buf) if stop is None else stop - self.base
        found = pattern.search(self.buf, start - self.base, end)
        return found.start() + self.base if found else -1

    def at(self, start: int, stop: int) -> bytes:
        return bytes(self.buf[start - self.base : stop - self.base])

    def blocks(self) -> Iterator[bytes | Skipped]:
        while len(self.buf) < 5 and self.more():
            pass
        if not self.buf:
            return  # an empty folder
        if not self.buf.startswith(b"From "):
            raise MboxFormatError("is not an mbox file (it does not start with a 'From ' line)")
        start: int | None = 0
        while start is not None:
            self.keep = start
            body_from = yield from self._header_at(start)
            start = self._next_separator(body_from) if body_from is not None else None

    def _line_end(self, start: int) -> int | None:
        """Where the line at ``start`` ends, reading on as needed (None at the end of
        the file, or when the line is longer than ``limit``)."""
        while True:
            found = self.find(b"\n", start)
            if found >= 0:
                return found
            if self.end - start > self.limit or not self.more():
                return None

    def _header_at(self, start: int) -> Generator[bytes | Skipped, None, int | None]:
        """Yields the header block of the message whose From line is at ``start``;
        returns where its body starts (the blank line's newline), None at the end."""
        from_line_end = self._line_end(start)
        if from_line_end is None:
            yield Skipped.TRUNCATED if self.eof else Skipped.OVERSIZED
            return None if self.eof else self.end - _OVERLAP
        head = from_line_end + 1
        search = from_line_end
        while True:
            end = self._blank_line(search)
            if end is not None:
                yield Skipped.OVERSIZED if end + 1 - head > self.limit else self.at(head, end + 1)
                return end + 1 if self.at(end + 1, end + 2) == b"\n" else end + 2
            if self.end - head > self.limit:
                yield Skipped.OVERSIZED
                return max(head, self.end - _OVERLAP)
            search = max(from_line_end, self.end - 2)
            if not self.more():
                yield Skipped.TRUNCATED
                return None

    def _blank_line(self, start: int) -> int | None:
        """Where a blank line (LF or CRLF) follows the line ending at or after
        ``start`` (the position of that line's newline), None when there is none in
        the buffer. Searched in growing windows: most header blocks are short, and a
        long body must not be searched at every message."""
        window = _FIRST_WINDOW
        while True:
            stop = min(start + window, self.end)
            found = self.search(_BLANK_LINE_PATTERN, start, stop)
            if found >= 0 or stop == self.end:
                return found if found >= 0 else None
            start, window = stop - 2, window * 4

    def _next_separator(self, search: int) -> int | None:
        """Where the next message's ``From `` line starts, past any body text; None at
        the end of the file."""
        while True:
            self.keep = max(self.keep, search - 2)
            if self.hints is not None:
                found = self._hinted(search)
                if found is None:
                    if self.hints is None:
                        continue  # the hints failed: search the bytes from here
                    return None
            else:
                found = self.search(_SEPARATOR_PATTERN, search)
            if found < 0:
                if self.eof:
                    return None
                search = max(search, self.end - _OVERLAP)
                self.keep = max(self.keep, search - 2)
                self.more()
                continue
            before = self.at(found - 2, found)
            after_blank = before.endswith(b"\n") or before == b"\n\r"
            if after_blank and self._starts_message(found + 1):
                return found + 1
            search = found + 1

    def _hinted(self, search: int) -> int | None:
        """The next separator at or after ``search`` that the hints name, with its
        bytes in the buffer; None when there is none, or when the hints failed (then
        ``hints`` is None)."""
        assert self.hints is not None
        try:
            while self.hint < search:
                self.hint = next(self.hints, -1)
                if self.hint < 0:
                    return None
        except HintsFailed as exc:
            log.info("%s; the rest of the mbox is searched in-process", exc)
            self.hints = None
            self.read_size = self.chunk
            return None
        if self.hint - 2 > self.end:
            # A body with no separator in it: skip it without reading it.
            cast(Seekable, self.stream).seek(self.hint - 2)
            del self.buf[:]
            self.base = self.keep = self.hint - 2
        while self.end < self.hint + _OVERLAP and self.more():
            pass
        return self.hint

    def _starts_message(self, start: int) -> bool:
        """Whether the ``From `` line at ``start`` is followed by a header field."""
        from_line_end = self._line_end(start)
        if from_line_end is None:
            return self.eof  # a last message cut off in its From line: reported truncated
        field_end = self._line_end(from_line_end + 1)
        if field_end is None:
            field_end = self.end
        line = self.at(from_line_end + 1, field_end)
        return _FIELD_NAME.match(line) is not None


__all__ = [
    "CHUNK_BYTES",
    "MAX_HEADER_BYTES",
    "MboxFormatError",
    "Readable",
    "ReadableInto",
    "Seekable",
    "Skipped",
    "header_blocks",
]
