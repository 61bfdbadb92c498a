"""The mbox splitter: header blocks only, whatever the mailbox throws at it."""

from __future__ import annotations

import io
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest

from breachguard.core.mailscan.mbox import MboxFormatError, Skipped, header_blocks
from breachguard.core.mailscan.sources import MailScanError, mbox_blocks
from tests.mailscan.mailgen import mbox, message


def blocks(data: bytes, **kwargs: int) -> list[bytes | Skipped]:
    return list(header_blocks(io.BytesIO(data), **kwargs))


def test_each_message_gives_its_header_block_and_never_its_body() -> None:
    data = mbox([message(body="secret body\n"), message(to="bob@home.example")])
    found = blocks(data)
    assert len(found) == 2
    assert all(isinstance(b, bytes) and b"secret body" not in b for b in found)
    assert b"bob@home.example" in found[1]  # type: ignore[operator]


def test_the_split_does_not_depend_on_where_chunks_end() -> None:
    data = mbox(
        [
            message(body="line\nFrom inside a paragraph\n\nFrom the team, with thanks\n"),
            message(newline="\r\n"),
            message(body=""),
            message(extra=["X-Long: " + "y" * 300]),
            message(),
        ]
    )
    expected = blocks(data, limit=200)
    assert [b if isinstance(b, Skipped) else b.count(b"\n") for b in expected] == [
        5,
        5,
        5,
        Skipped.OVERSIZED,
        5,
    ]
    for chunk in (1, 2, 3, 5, 7, 13, 64, 333):
        assert blocks(data, limit=200, chunk=chunk) == expected, chunk


def test_a_from_line_inside_a_body_is_body_text() -> None:
    body = "Hi,\n\nFrom now on, statements are monthly.\nregards\nFrom me\n\n"
    found = blocks(mbox([message(body=body), message()]))
    assert len(found) == 2


def test_a_truncated_mbox_counts_its_last_message_as_skipped() -> None:
    data = mbox([message(), message()])
    cut_in_header = data[: data.rindex(b"Subject:")]
    assert blocks(cut_in_header)[-1] is Skipped.TRUNCATED
    assert len(blocks(cut_in_header)) == 2
    cut_in_body = data[:-10]
    assert all(isinstance(b, bytes) for b in blocks(cut_in_body))
    assert blocks(b"From MAILER-DAEMON") == [Skipped.TRUNCATED]


def test_not_an_mbox_and_empty_files() -> None:
    with pytest.raises(MboxFormatError, match="not an mbox"):
        blocks(b"Return-Path: <a@b.example>\n\nbody\n")
    assert blocks(b"") == []


class _Endless:
    """A 10 MB header block, made up as it is read."""

    def __init__(self, header_bytes: int) -> None:
        self.parts: Iterator[bytes] = iter(self._parts(header_bytes))

    @staticmethod
    def _parts(size: int) -> Iterator[bytes]:
        yield b"From x Tue Dec  2 10:00:00 2025\nFrom: a@demo-exchange.example\n"
        line = b"X-Filler: " + b"z" * 1000 + b"\n"
        for _ in range(size // len(line)):
            yield line
        yield b"\nbody\n\n" + b"From y\n" + message()

    def read(self, size: int = -1) -> bytes:
        return next(self.parts, b"")


def test_a_10_mb_header_block_is_skipped_with_flat_memory() -> None:
    tracemalloc.start()
    try:
        found = list(header_blocks(_Endless(10 * 1024 * 1024)))
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert found[0] is Skipped.OVERSIZED
    assert len(found) == 2 and isinstance(found[1], bytes)
    assert peak < 4 * 1024 * 1024


def test_files_that_are_not_mailboxes_are_refused_with_a_reason(tmp_path: Path) -> None:
    with pytest.raises(MailScanError, match="no such file"):
        list(mbox_blocks(tmp_path / "missing"))
    with pytest.raises(MailScanError, match="a folder, not a regular file"):
        list(mbox_blocks(tmp_path))
    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    with pytest.raises(MailScanError, match="loop"):
        list(mbox_blocks(loop))
    with pytest.raises(MailScanError, match="device"):
        list(mbox_blocks(Path("/dev/null")))
    plain = tmp_path / "notes.txt"
    plain.write_bytes(b"Subject: my secret plans\n\nhello\n")
    with pytest.raises(MailScanError) as raised:
        list(mbox_blocks(plain))
    assert "secret" not in str(raised.value) and "not an mbox" in str(raised.value)
