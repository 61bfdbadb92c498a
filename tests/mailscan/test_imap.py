"""The IMAP source against scripted servers on 127.0.0.1."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import pytest

from breachguard.core.mailscan.imap import ImapAccount, ImapError, imap_blocks, parse_imap_target

SECRET = "s3cret-Pa55word"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("me@example.com@imap.example.com", ("me@example.com", "imap.example.com", 993)),
        ("bob@127.0.0.1:1143", ("bob", "127.0.0.1", 1143)),
        ("Bob@IMAP.Example.com", ("Bob", "imap.example.com", 993)),
    ],
)
def test_parse_imap_target(text: str, expected: tuple[str, str, int]) -> None:
    assert parse_imap_target(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("imap.example.com", "USER@HOST"),
        ("@imap.example.com", "USER@HOST"),
        ("me@host:0", "port"),
        ("me@host:99999", "port"),
        ("me@host:x", "port"),
        ("me@bad_host!", "host name"),
        ("m e@host", "spaces"),
    ],
)
def test_parse_imap_target_refuses(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_imap_target(text)


def test_account_repr_hides_password() -> None:
    assert SECRET not in repr(ImapAccount("h", "u", SECRET))


@pytest.fixture
def scripted() -> Iterator[tuple[socket.socket, list[bytes]]]:
    """A TCP server that accepts and then sends only what the test puts in the list."""
    server = socket.create_server(("127.0.0.1", 0))
    replies: list[bytes] = []
    held: list[socket.socket] = []

    def serve() -> None:
        try:
            conn, _ = server.accept()
        except OSError:
            return
        held.append(conn)
        for reply in replies:
            conn.sendall(reply)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield server, replies
    server.close()
    for conn in held:
        conn.close()
    thread.join(5)


def _account(server: socket.socket) -> ImapAccount:
    return ImapAccount("127.0.0.1", "user", SECRET, server.getsockname()[1])


def test_stalled_server_times_out_within_deadline(
    scripted: tuple[socket.socket, list[bytes]],
) -> None:
    server, _ = scripted
    start = time.monotonic()
    with pytest.raises(ImapError, match="did not answer in time") as caught:
        list(imap_blocks(_account(server), ("example.com",), timeout=0.5))
    assert time.monotonic() - start < 3
    assert SECRET not in str(caught.value)


def test_garbage_instead_of_tls(scripted: tuple[socket.socket, list[bytes]]) -> None:
    server, replies = scripted
    replies.append(b"\x00garbage" * 4096)
    with pytest.raises(ImapError, match="TLS") as caught:
        list(imap_blocks(_account(server), ("example.com",), timeout=2))
    assert "\n" not in str(caught.value)


def test_nothing_listening() -> None:
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port = probe.getsockname()[1]
    with pytest.raises(ImapError, match="refused the connection"):
        list(imap_blocks(ImapAccount("127.0.0.1", "u", SECRET, port), ("example.com",), timeout=2))
