"""Header blocks from an IMAP mailbox, over TLS only.

The server does the searching (``UID SEARCH FROM "<domain>"`` per official
domain), so only the exchange's mail and look-alikes whose From contains an
official domain (``exchange.com.evil.example``) are fetched. Look-alikes with
other names stay unseen: a server search cannot judge look-alikes, and fetching
every header of a large mailbox would be slow and reveal more than needed.
Only ``BODY.PEEK[HEADER]`` is fetched, so bodies are never read and no message
is marked \\Seen. Every selectable mailbox is searched except Trash (deleted mail
says nothing current); Junk is searched because phishing often lands there.
"""

from __future__ import annotations

import imaplib
import re
import socket
import ssl
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from breachguard.core.mailscan.mbox import MAX_HEADER_BYTES, Skipped
from breachguard.core.mailscan.sources import Block, MailScanError

BATCH = 50
_MAX_LINE = 64 * 1024  # a response line longer than this is hostile
_MAX_LITERAL = MAX_HEADER_BYTES + 64 * 1024
_SKIP_FLAGS = (b"\\noselect", b"\\nonexistent", b"\\trash")
_TRASH_NAMES = {"trash", "deleted items", "deleted messages", "papierkorb", "papirkurv"}


@dataclass(frozen=True)
class ImapAccount:
    host: str
    user: str
    password: str = field(repr=False)
    port: int = 993


class ImapError(MailScanError):
    """``str()`` is a one-line, user-readable reason; it never holds the password."""


_HOST = re.compile(
    r"^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"
)


def parse_imap_target(text: str) -> tuple[str, str, int]:
    """``USER@HOST[:PORT]`` as (user, host, port); the user may contain '@'."""
    text = text.strip()
    user, at, rest = text.rpartition("@")
    if not at or not user:
        raise ValueError("expected USER@HOST[:PORT], for example me@example.com@imap.example.com")
    if any(c.isspace() or ord(c) < 32 for c in user):
        raise ValueError("the user name must not contain spaces or control characters")
    host, colon, port_text = rest.partition(":")
    port = 993
    if colon:
        if not port_text.isdigit() or not 0 < int(port_text) < 65536:
            raise ValueError(f"the port must be a number from 1 to 65535, not {port_text!r}")
        port = int(port_text)
    if not _HOST.match(host) and not _is_ip(host):
        raise ValueError(f"{host!r} is not a host name")
    return user, host.lower(), port


def _is_ip(host: str) -> bool:
    try:
        socket.inet_aton(host)
    except OSError:
        return False
    return host.count(".") == 3


class _BoundedIMAP(imaplib.IMAP4_SSL):
    """Refuses literals and lines larger than a header block can be."""

    def _get_line(self) -> bytes:
        line = self.readline()
        if not line:
            raise imaplib.IMAP4.abort("socket error: EOF")
        if len(line) > _MAX_LINE or not line.endswith(b"\r\n"):
            raise imaplib.IMAP4.abort("response line too long or unterminated")
        return line[:-2]

    def readline(self) -> bytes:
        return self.file.readline(_MAX_LINE + 1)  # type: ignore[no-any-return]

    def read(self, size: int) -> bytes:
        if size > _MAX_LITERAL:
            raise imaplib.IMAP4.abort("literal too large")
        return super().read(size)


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


_LIST = re.compile(rb'^\((?P<flags>[^)]*)\) (?:"[^"]*"|NIL) (?P<name>.+)$')


def _mailboxes(conn: imaplib.IMAP4) -> list[str]:
    typ, data = conn.list()
    if typ != "OK":
        return ["INBOX"]
    names = ["INBOX"]
    for item in data:
        if not isinstance(item, bytes):
            continue  # a literal mailbox name: rare, skipped
        m = _LIST.match(item)
        if m is None:
            raise imaplib.IMAP4.error("unparsable LIST response")
        flags = m["flags"].lower()
        name = m["name"].decode("utf-8", "replace")
        if name.startswith('"') and name.endswith('"') and len(name) >= 2:
            name = name[1:-1].replace('\\"', '"').replace("\\\\", "\\")
        if any(f in flags for f in _SKIP_FLAGS) or name.upper() == "INBOX":
            continue
        if name.rsplit("/", 1)[-1].rsplit(".", 1)[-1].lower() in _TRASH_NAMES:
            continue
        names.append(name)
    return names


def _search(conn: imaplib.IMAP4, domains: tuple[str, ...]) -> list[bytes]:
    uids: set[int] = set()
    for domain in domains:
        typ, data = conn.uid("SEARCH", "FROM", _quote(domain))
        if typ != "OK":
            raise ImapError("the server refused to search the mailbox")
        for chunk in data:
            if chunk is None:
                continue
            if not isinstance(chunk, bytes) or not re.fullmatch(rb"[0-9 ]*", chunk):
                raise imaplib.IMAP4.error("unparsable SEARCH response")
            uids.update(int(u) for u in chunk.split())
    return [str(u).encode() for u in sorted(uids)]


def _fetch(conn: imaplib.IMAP4, uids: list[bytes]) -> Iterator[Block]:
    typ, data = conn.uid("FETCH", b",".join(uids).decode(), "(BODY.PEEK[HEADER])")
    if typ != "OK":
        raise ImapError("the server refused to send message headers")
    for item in data:
        if isinstance(item, tuple):
            block = item[1]
            yield Skipped.OVERSIZED if len(block) > MAX_HEADER_BYTES else block


def imap_blocks(
    account: ImapAccount,
    sender_domains: tuple[str, ...],
    *,
    ssl_context: ssl.SSLContext | None = None,
    timeout: float = 20.0,
    max_messages: int = 2000,
    cancelled: Callable[[], bool] = lambda: False,
    progress: Callable[[int, int], None] | None = None,
) -> Iterator[Block]:
    """The header blocks of the messages from ``sender_domains``; beyond
    ``max_messages`` each further match is a :attr:`Skipped.OVER_LIMIT`."""
    context = ssl_context or ssl.create_default_context()
    where = f"{account.host}:{account.port}"
    conn: imaplib.IMAP4 | None = None
    try:
        try:
            conn = _BoundedIMAP(account.host, account.port, ssl_context=context, timeout=timeout)
        except ssl.SSLCertVerificationError:
            raise ImapError(f"{where}: the server's TLS certificate is not trusted") from None
        except socket.gaierror:
            raise ImapError(f"{account.host}: no such server (the name does not resolve)") from None
        try:
            conn.login(account.user, account.password)
        except imaplib.IMAP4.abort:
            raise
        except imaplib.IMAP4.error:
            raise ImapError(
                f"{where}: the server refused the login; check the user name and password"
                " (many providers need an app password for IMAP)"
            ) from None
        found: list[tuple[str, list[bytes]]] = []
        for mailbox in _mailboxes(conn):
            if cancelled():
                return
            typ, _ = conn.select(_quote(mailbox), readonly=True)
            if typ == "OK":
                found.append((mailbox, _search(conn, sender_domains)))
        total = sum(len(uids) for _, uids in found)
        budget, done = max_messages, 0
        for mailbox, uids in found:
            take, rest = uids[:budget], uids[budget:]
            budget -= len(take)
            if take:
                conn.select(_quote(mailbox), readonly=True)
            for start in range(0, len(take), BATCH):
                if cancelled():
                    return
                batch = take[start : start + BATCH]
                yield from _fetch(conn, batch)
                done += len(batch)
                if progress is not None:
                    progress(done, total)
            for _ in rest:
                yield Skipped.OVER_LIMIT
    except ImapError:
        raise
    except TimeoutError:
        raise ImapError(f"{where}: the server did not answer in time") from None
    except ssl.SSLError:
        raise ImapError(f"{where}: the TLS connection failed") from None
    except ConnectionRefusedError:
        raise ImapError(f"{where}: the server refused the connection (no IMAP there?)") from None
    except OSError as exc:
        raise ImapError(f"{where}: cannot connect ({exc.strerror or 'network error'})") from None
    except (imaplib.IMAP4.error, ValueError, IndexError):
        raise ImapError(f"{where}: the server sent something that is not valid IMAP") from None
    finally:
        if conn is not None:
            try:
                conn.logout()
            except (OSError, imaplib.IMAP4.error):
                pass


__all__ = ["ImapAccount", "ImapError", "imap_blocks", "parse_imap_target"]
