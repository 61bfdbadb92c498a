"""The IMAP source against a real Dovecot on 127.0.0.1, trusted through a test CA."""

from __future__ import annotations

import imaplib
import ssl
from collections.abc import Callable
from pathlib import Path

import pytest

from breachguard.core.mailscan.imap import ImapError, imap_blocks
from breachguard.core.mailscan.scan import tally_blocks
from breachguard.core.mailscan.verdicts import DKIM_PASS, FROM_HEADER_ONLY, MailTally, ScanReport
from tests.mailscan.dovecot import (
    ARCHIVED,
    JUNK_LOOKALIKES,
    LOGIN,
    MATCHING,
    PASSWORD,
    TRASHED,
    Dovecot,
)
from tests.mailscan.mailgen import OFFICIAL
from tests.tls.pki import TestAuthority


def _trusting(dovecot: Dovecot) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=str(dovecot.cafile))


def _scan(
    dovecot: Dovecot,
    *,
    max_messages: int = 2000,
    progress: Callable[[int, int], None] | None = None,
) -> ScanReport:
    blocks = imap_blocks(
        dovecot.account(),
        OFFICIAL,
        ssl_context=_trusting(dovecot),
        timeout=10,
        max_messages=max_messages,
        progress=progress,
    )
    return tally_blocks(blocks, MailTally(OFFICIAL)).report()


def test_inbox_and_subfolder_found_junk_read_trash_ignored(dovecot: Dovecot) -> None:
    progress: list[tuple[int, int]] = []
    report = _scan(dovecot, progress=lambda done, total: progress.append((done, total)))
    by_address = {tally.address: tally for tally in report.addresses}
    assert set(by_address) == {LOGIN, ARCHIVED}  # nothing from Trash
    login, archived = by_address[LOGIN], by_address[ARCHIVED]
    assert (login.official_count, login.evidence) == (2, DKIM_PASS)
    assert dict(login.lookalike) == JUNK_LOOKALIKES
    assert (archived.official_count, archived.evidence) == (1, FROM_HEADER_ONLY)
    assert archived.first is not None and archived.first.year == 2025
    assert report.likely_login is login
    # Only what the server's search found was fetched: not the shop's news, not the
    # look-alike without an official domain in its From.
    assert report.messages_read == MATCHING
    assert report.messages_skipped == 0
    assert progress[-1] == (MATCHING, MATCHING)
    assert TRASHED not in repr(report)


def test_headers_only_leave_every_message_unread(dovecot: Dovecot) -> None:
    _scan(dovecot)
    conn = imaplib.IMAP4_SSL(dovecot.host, dovecot.port, ssl_context=_trusting(dovecot))
    try:
        conn.login(dovecot.user, dovecot.password)
        for mailbox in ("INBOX", "Junk", "Archive/2025"):
            typ, _ = conn.select(f'"{mailbox}"', readonly=True)
            assert typ == "OK"
            typ, data = conn.uid("SEARCH", "SEEN")
            assert (typ, data) == ("OK", [b""]), mailbox
    finally:
        conn.logout()


def test_wrong_password_is_refused_without_showing_it(dovecot: Dovecot) -> None:
    wrong = PASSWORD + "-not"
    with pytest.raises(ImapError, match="refused the login") as caught:
        list(imap_blocks(dovecot.account(wrong), OFFICIAL, ssl_context=_trusting(dovecot)))
    message = str(caught.value)
    assert message.startswith(f"{dovecot.host}:{dovecot.port}: ")
    assert "\n" not in message
    for secret in (wrong, PASSWORD, "c0rrect"):
        assert secret not in message and secret not in repr(caught.value)
    # Nothing chained that a traceback would print (imaplib's error quotes the command).
    assert caught.value.__cause__ is None and caught.value.__suppress_context__


def test_a_certificate_from_another_ca_is_refused(dovecot: Dovecot, tmp_path: Path) -> None:
    other = ssl.create_default_context(cafile=str(TestAuthority(tmp_path).ca_file))
    for context in (other, None):  # another private CA; the system's trust store
        with pytest.raises(ImapError, match="certificate is not trusted"):
            list(imap_blocks(dovecot.account(), OFFICIAL, ssl_context=context, timeout=10))


def test_max_messages_reports_the_rest_over_limit(dovecot: Dovecot) -> None:
    report = _scan(dovecot, max_messages=2)
    assert report.messages_read == 2
    assert report.skipped_reasons == {"over_limit": MATCHING - 2}
