"""The mbox splitter with GNU grep's hints gives exactly what it gives alone."""

from __future__ import annotations

import io
import os
import random
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from breachguard.core.mailscan import separator_hints as hints_module
from breachguard.core.mailscan.mbox import Skipped, header_blocks
from breachguard.core.mailscan.separator_hints import HintsFailed, gnu_grep, separator_hints
from breachguard.core.mailscan.sources import HINTED_FROM_BYTES, mbox_blocks
from tests.mailscan.mailgen import mbox, message

pytestmark = pytest.mark.skipif(
    gnu_grep() is None, reason="needs GNU grep at /usr/bin/grep or /bin/grep (Linux)"
)


class _CountedFile:
    """A file whose reads are counted: the hints must spare reading the bodies."""

    def __init__(self, path: Path) -> None:
        self.file = open(path, "rb", buffering=0)
        self.bytes_read = 0

    def readinto(self, buffer: bytearray | memoryview) -> int | None:
        count = self.file.readinto(buffer)
        self.bytes_read += count or 0
        return count

    def read(self, size: int = -1) -> bytes:
        data = self.file.read(size) or b""
        self.bytes_read += len(data)
        return data

    def seek(self, offset: int) -> int:
        return self.file.seek(offset)


def _alone(data: bytes, limit: int, chunk: int) -> list[bytes | Skipped]:
    return list(header_blocks(io.BytesIO(data), limit=limit, chunk=chunk))


def _hinted(path: Path, limit: int, chunk: int) -> tuple[list[bytes | Skipped], int]:
    counted = _CountedFile(path)
    try:
        hints = separator_hints(counted.file.fileno())
        assert hints is not None
        try:
            found = list(header_blocks(counted, limit=limit, chunk=chunk, hints=hints))
        finally:
            hints.close()
    finally:
        counted.file.close()
    return found, counted.bytes_read


_PIECES = [
    b"From MAILER-DAEMON Tue Dec  2 10:00:00 2025\n",
    b"From MAILER-DAEMON Tue Dec  2 10:00:00 2025\r\n",
    b"From: a@demo-exchange.example\n",
    b"To: b@home.example\n",
    b"Subject: hi\r\n",
    b"X-Long: " + b"y" * 300 + b"\n",
    b"\n",
    b"\r\n",
    b"From now on, statements are monthly.\n",
    b">From the team\n",
    b"From",
    b"From ",
    b"no newline here",
    b"body text " * 40 + b"\n",
    b"\x00\xff\xfe binary\n",
]


def _random_mbox(rng: random.Random) -> bytes:
    parts = [b"From x Tue Dec  2 10:00:00 2025\n"]
    parts += rng.choices(_PIECES, k=rng.randint(0, 60))
    return b"".join(parts)


def test_random_mailboxes_split_the_same_with_and_without_hints(tmp_path: Path) -> None:
    rng = random.Random(20261203)
    path = tmp_path / "Inbox"
    for case in range(300):
        data = _random_mbox(rng)
        path.write_bytes(data)
        limit = rng.choice([64, 200, 4096])
        chunk = rng.choice([1, 3, 7, 64, 1024 * 1024])
        found, _ = _hinted(path, limit, chunk)
        assert found == _alone(data, limit, chunk), (case, data)


def test_the_hints_skip_the_bodies_and_the_blocks_stay_the_same(tmp_path: Path) -> None:
    attachment = "QUJD" * 256 * 1024 + "\nFrom inside the attachment, unquoted\n"
    data = mbox(
        [
            message(body=attachment),
            message(to="bob@home.example", body=attachment),
            message(newline="\r\n", body=attachment),
            message(extra=["X-Long: " + "y" * 3000]),
        ]
    )
    path = tmp_path / "Inbox"
    path.write_bytes(data)
    found, bytes_read = _hinted(path, 1024, 64 * 1024)
    assert found == _alone(data, 1024, 64 * 1024)
    assert [b if isinstance(b, Skipped) else b.count(b"\n") for b in found] == [
        5,
        5,
        5,
        Skipped.OVERSIZED,
    ]
    assert bytes_read < len(data) / 4, (bytes_read, len(data))


def test_progress_still_counts_every_byte_of_the_file(tmp_path: Path) -> None:
    data = mbox([message(body="QUJD" * 300_000 + "\n") for _ in range(5)])
    assert len(data) >= HINTED_FROM_BYTES  # large enough to be searched with grep's hints
    path = tmp_path / "Inbox"
    path.write_bytes(data)
    passed: list[int] = []
    found = list(mbox_blocks(path, on_read=passed.append))
    assert len(found) == 5
    assert sum(passed) == len(data)  # bodies skipped, not read, count as passed
    assert all(count > 0 for count in passed)


def test_when_grep_runs_out_of_memory_the_rest_is_searched_here(tmp_path: Path) -> None:
    # A "line" longer than grep's memory cap: grep gives up part way (status 2).
    head = mbox([message(to="first@home.example"), message(to="second@home.example")])
    tail = mbox([message(to="after@home.example")])
    path = tmp_path / "Inbox"
    with path.open("wb") as out:
        out.write(head)
        out.write(b"x" * (hints_module._MEMORY_CAP + 16 * 1024 * 1024))
        out.write(b"\n\n" + tail)
    with path.open("rb") as stream:
        hints = separator_hints(stream.fileno())
        assert hints is not None
        with pytest.raises(HintsFailed, match="status 2"):
            list(hints)
    found = list(mbox_blocks(path))
    addresses = [
        name
        for name in (b"first@", b"second@", b"after@")
        if any(isinstance(b, bytes) and name in b for b in found)
    ]
    assert addresses == [b"first@", b"second@", b"after@"]
    assert len(found) == 3


def test_a_grep_on_the_path_is_never_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    marker = tmp_path / "ran"
    planted = tmp_path / "bin" / "grep"
    planted.parent.mkdir()
    planted.write_text(f"#!/bin/sh\ntouch {marker}\necho '0:From '\n")
    planted.chmod(planted.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{planted.parent}{os.pathsep}{os.environ.get('PATH', '')}")
    gnu_grep.cache_clear()
    try:
        assert gnu_grep() in ("/usr/bin/grep", "/bin/grep")
        path = tmp_path / "Inbox"
        path.write_bytes(mbox([message(body="QUJD" * HINTED_FROM_BYTES + "\n"), message()]))
        assert len(list(mbox_blocks(path))) == 2
    finally:
        gnu_grep.cache_clear()
    assert not marker.exists()


def test_stopping_early_stops_grep(tmp_path: Path) -> None:
    path = tmp_path / "Inbox"
    path.write_bytes(mbox([message(body="QUJD" * 1000 + "\n") for _ in range(2000)]))
    with path.open("rb") as stream:
        hints = separator_hints(stream.fileno())
        assert hints is not None
        process = hints._process
        first: Iterator[int] = iter(hints)
        assert next(first) > 0
        hints.close()
        assert process.returncode is not None
