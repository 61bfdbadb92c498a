"""Verdicts per receiving address: the Demo Exchange customer with three mailboxes."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from breachguard.core.mailscan.scan import scan_mbox, tally_blocks
from breachguard.core.mailscan.sources import mbox_blocks
from breachguard.core.mailscan.verdicts import (
    DKIM_PASS,
    DKIM_SIGNATURE_UNVERIFIED,
    FROM_HEADER_ONLY,
    MailTally,
)
from tests.mailscan.mailgen import OFFICIAL, mbox, message

LOGIN = "alice.trader@home.example"
PHISHED = "alice@webmail.example"
QUIET = "a.work@office.example"


def three_mailboxes(folder: Path) -> list[Path]:
    real = [
        message(
            to=LOGIN,
            dkim_pass="mail.demo-exchange.example",
            signed_by="mail.demo-exchange.example",
            date=f"Mon, 0{day} Dec 2025 09:00:00 +0100",
        )
        for day in (1, 3, 2)
    ] + [message(to=LOGIN, date="not a date", dkim_pass="demo-exchange.example")]
    phishing = [
        message(to=PHISHED, sender="Demo Exchange Security <alert@demo-exchange-security.example>"),
        message(
            to=PHISHED,
            sender="=?utf-8?q?security=40demo-exchange.example?= <s@dem0-exchange.example>",
        ),
        message(to=PHISHED, sender="support@dem0-exchange.example"),
        message(to=PHISHED, sender="news@shop.example"),
    ]
    neither = [
        message(to=QUIET, sender="boss@office.example"),
        message(to=QUIET, sender="x@y.example"),
    ]
    paths = []
    for name, messages in (("login", real), ("phishing", phishing), ("neither", neither)):
        path = folder / name
        path.write_bytes(mbox(messages))
        paths.append(path)
    return paths


def test_three_mailboxes_name_the_login_email_and_why(tmp_path: Path) -> None:
    tally = MailTally(OFFICIAL)
    for path in three_mailboxes(tmp_path):
        tally_blocks(mbox_blocks(path), tally)
    report = tally.report()
    login = report.likely_login
    assert login is not None and login.address == LOGIN
    assert login.evidence == DKIM_PASS
    assert login.official_count == 4 and login.official_undated == 1
    assert login.first == datetime(2025, 12, 1, 8, 0, tzinfo=UTC)
    assert login.latest == datetime(2025, 12, 3, 8, 0, tzinfo=UTC)
    phished = next(t for t in report.addresses if t.address == PHISHED)
    assert phished.official_count == 0 and phished.evidence is None
    assert dict(phished.lookalike) == {
        "demo-exchange-security.example": 1,
        "dem0-exchange.example": 2,
    }
    assert QUIET not in [t.address for t in report.addresses]  # nothing to say about it
    assert report.messages_read == 10 and report.messages_skipped == 0
    assert report.official_found


def test_a_mailbox_with_neither_finds_nothing(tmp_path: Path) -> None:
    report = scan_mbox(three_mailboxes(tmp_path)[2], OFFICIAL)
    assert not report.official_found and report.likely_login is None
    assert report.messages_read == 2


def _evidence(**kwargs: str) -> tuple[str | None, int]:
    tally = MailTally(OFFICIAL)
    tally.add_block(message(**kwargs).split(b"\n\n")[0] + b"\n")
    [address] = tally.report().addresses
    return address.evidence, address.dkim_failed


def test_evidence_rules() -> None:
    assert _evidence(dkim_pass="demo-exchange.example") == (DKIM_PASS, 0)
    assert _evidence(dkim_pass="mail.demo-exchange.example") == (DKIM_PASS, 0)
    # A pass for another domain says nothing about the exchange.
    assert _evidence(dkim_pass="bulk-mailer.example") == (FROM_HEADER_ONLY, 0)
    assert _evidence(signed_by="demo-exchange.example") == (DKIM_SIGNATURE_UNVERIFIED, 0)
    # The receiver checked the exchange's signature and it failed: maybe forged.
    assert _evidence(signed_by="demo-exchange.example", dkim_result="fail") == (FROM_HEADER_ONLY, 1)
    # Claiming the exchange's domain without any signature is the weakest evidence.
    assert _evidence() == (FROM_HEADER_ONLY, 0)


def test_only_the_topmost_authentication_results_counts() -> None:
    forged_below = (
        b"Authentication-Results: mx.home.example; dkim=fail header.d=demo-exchange.example\n"
        b"Delivered-To: a@home.example\nFrom: a@demo-exchange.example\n"
        b"Authentication-Results: mx.home.example; dkim=pass header.d=demo-exchange.example\n"
    )
    tally = MailTally(OFFICIAL)
    tally.add_block(forged_below)
    [address] = tally.report().addresses
    assert address.evidence == FROM_HEADER_ONLY and address.dkim_failed == 1


def test_a_lookalike_sender_on_behalf_of_the_exchange_is_phishing() -> None:
    tally = MailTally(OFFICIAL)
    tally.add_block(
        b"Delivered-To: a@home.example\nFrom: no-reply@demo-exchange.example\n"
        b"Sender: bulk@demo-exchange-mail.example\n"
    )
    [address] = tally.report().addresses
    assert address.official_count == 0
    assert dict(address.lookalike) == {"demo-exchange-mail.example": 1}


def test_a_lookalike_return_path_under_the_exchanges_from_is_phishing() -> None:
    tally = MailTally(OFFICIAL)
    tally.add_block(
        b"Return-Path: <b@dem0-exchange.example>\nDelivered-To: a@home.example\n"
        b"From: no-reply@demo-exchange.example\n"
    )
    tally.add_block(
        b"Return-Path: <bounce@mailer.example>\nDelivered-To: a@home.example\n"
        b"From: no-reply@demo-exchange.example\n"
    )
    [address] = tally.report().addresses
    assert address.official_count == 1  # a bulk mailer's own bounce domain is fine
    assert dict(address.lookalike) == {"dem0-exchange.example": 1}


def test_stronger_evidence_beats_more_messages() -> None:
    tally = MailTally(OFFICIAL)
    for _ in range(5):
        tally.add_block(message(to="many@home.example").split(b"\n\n")[0])
    tally.add_block(
        message(to="one@home.example", dkim_pass="demo-exchange.example").split(b"\n\n")[0]
    )
    login = tally.report().likely_login
    assert login is not None and login.address == "one@home.example"


def test_mail_without_a_usable_from_is_counted_not_judged() -> None:
    tally = MailTally(OFFICIAL)
    tally.add_block(b"From: a@demo-exchange.example, b@demo-exchange.example\nTo: x@home.example\n")
    tally.add_block(b"Subject: no from at all\n")
    report = tally.report()
    assert report.messages_read == 2 and report.without_sender == 2
    assert report.addresses == ()
