"""Header facts: the real address, strict dates, the receiver's DKIM results."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from breachguard.core.mailscan.addresses import single_mailbox
from breachguard.core.mailscan.authentication import dkim_results, signing_domain
from breachguard.core.mailscan.headers import _WANTED, header_fields, parse_date, read_headers
from tests.mailscan.mailgen import message


@pytest.mark.parametrize(
    ("value", "address"),
    [
        ("Demo <no-reply@demo-exchange.example>", "no-reply@demo-exchange.example"),
        ("no-reply@Demo-Exchange.Example", "no-reply@demo-exchange.example"),
        (
            '"Support <support@demo-exchange.example>" <x@dem0-exchange.example>',
            "x@dem0-exchange.example",
        ),
        (
            "=?utf-8?q?support=40demo-exchange.example?= <evil@dem0-exchange.example>",
            "evil@dem0-exchange.example",
        ),
        (
            "=?utf-8?b?c3VwcG9ydEBkZW1vLWV4Y2hhbmdlLmV4YW1wbGU=?= <evil@phish.example>",
            "evil@phish.example",
        ),
        ("x@demo-exchange.example (Demo Exchange)", "x@demo-exchange.example"),
        ("Demo\n <x@demo-exchange.example>", "x@demo-exchange.example"),
    ],
)
def test_the_real_address_is_the_one_in_angle_brackets(value: str, address: str) -> None:
    assert single_mailbox(value) == address


@pytest.mark.parametrize(
    "value",
    [
        "=?utf-8?q?support=40demo-exchange.example?=",  # an encoded word is not an address
        "a@demo-exchange.example, b@phish.example",
        "<a@demo-exchange.example> <b@phish.example>",
        "<a@demo-exchange.example> trailing@phish.example",
        '"unclosed <a@demo-exchange.example>',
        "(open comment <a@demo-exchange.example>",
        "a@demo-exchange.example)<b@phish.example>",
        "<@route.example:a@demo-exchange.example>",
        "undisclosed-recipients:;",
        "",
        "no address here",
        "a@demo-exchange.\udcff\udcfeexample",  # bytes that were not UTF-8
    ],
)
def test_ambiguous_or_broken_address_headers_give_no_address(value: str) -> None:
    assert single_mailbox(value) is None


def test_dates_are_parsed_strictly_to_utc() -> None:
    assert parse_date("Tue, 02 Dec 2025 11:30:00 +0100") == datetime(
        2025, 12, 2, 10, 30, tzinfo=UTC
    )
    assert parse_date("2 Dec 2025 10:30 GMT") == datetime(2025, 12, 2, 10, 30, tzinfo=UTC)
    assert parse_date("Tue, 2 Dec 2025 10:30:00 -0000 (UTC)") == datetime(
        2025, 12, 2, 10, 30, tzinfo=UTC
    )
    for bad in (
        "yesterday",
        "Tue, 31 Feb 2025 10:00:00 +0000",
        "Tue, 02 Dec 2025 10:00:00",  # no zone
        "Tue, 02 Dec 25 10:00:00 +0000",  # two-digit year
        "Tue, 02 Dek 2025 10:00:00 +0000",
        "Tue, 02 Dec 2025 10:00:00 +0199",
        "Tue, 02 Dec 2025 10:00:00 J",
        "2025-12-02T10:00:00Z",
    ):
        assert parse_date(bad) is None, bad


def test_authentication_results_entries() -> None:
    found = dkim_results(
        "mx.home.example;\n dkim = pass (good sig) header.d=Mail.Demo-Exchange.Example"
        ' header.s="s1"; dkim=fail reason="bad sig" header.i=user@phish.example; spf=pass'
    )
    assert [(r.result, r.domain) for r in found] == [
        ("pass", "mail.demo-exchange.example"),
        ("fail", "phish.example"),
    ]
    assert dkim_results("mx.home.example; none") == ()
    assert dkim_results("mx.home.example; dkim=pass (unclosed header.d=x.example") == ()


def test_dkim_signature_domain() -> None:
    assert signing_domain("v=1; a=rsa-sha256; d=demo-\n exchange.example; s=s1") == (
        "demo-exchange.example"
    )
    assert signing_domain("v=1; d=a.example; d=b.example") is None
    assert signing_domain("v=1; s=s1") is None


def test_the_receiving_address_prefers_the_receiving_servers_headers() -> None:
    block = (
        b"X-Original-To: login@alias.example\n"
        b"Delivered-To: mailbox@home.example\n"
        b"Delivered-To: forged@sender.example\n"
        b"To: someone-else@home.example\n"
        b"From: a@demo-exchange.example\n"
    )
    assert read_headers(block).recipient == "login@alias.example"
    assert read_headers(block.replace(b"X-Original-To", b"X-Other")).recipient == (
        "mailbox@home.example"
    )
    assert read_headers(b"To: Alice <Alice@Home.Example>\nFrom: a@b.example\n").recipient == (
        "Alice@home.example"
    )
    assert read_headers(b"To: a@home.example, b@home.example\n").recipient is None


def test_repeated_from_or_date_is_not_trusted() -> None:
    facts = read_headers(
        b"From: a@demo-exchange.example\nFrom: b@phish.example\n"
        b"Date: Tue, 02 Dec 2025 10:00:00 +0000\nDate: Wed, 03 Dec 2025 10:00:00 +0000\n"
    )
    assert facts.author is None
    assert facts.date is None


def test_malformed_and_non_utf8_headers_do_not_raise() -> None:
    facts = read_headers(
        b"From: \xff\xfe <a@demo-exchange.example>\n"
        b"this line has no colon\n"
        b"Date: \xe9t\xe9\n"
        b"Subject: =?bogus?x?zz?=\n"
    )
    assert facts.author == "a@demo-exchange.example"
    assert facts.date is None
    assert read_headers(b"").author is None
    assert read_headers(b": no name\n\x00\x01\n").author is None


# -- the field split agrees with the standard library's parser ------------------------

_PIECES = [
    "From: ",
    "from:",
    "FROM :",
    "Sender: ",
    "To: ",
    "Delivered-To:",
    "X-Original-To: ",
    "Return-Path: <",
    "Date: ",
    "DKIM-Signature: v=1; d=",
    "Authentication-Results: mx;",
    "Received: from x",
    "Subject: ",
    ":",
    " ",
    "\t",
    "\n",
    "\r\n",
    "\r",
    "\n\n",
    "\n ",
    "From ",
    "a@b.example",
    "=?utf-8?q?x?=",
    "\x0b",
    "\x0c",
    "\x1c",
    "\x00",
    "é",
    "\xff",
    "Demo Exchange <no-reply@demo-exchange.example>",
    ";",
    "x",
    "From x\n",
]


def _library_fields(block: bytes) -> dict[str, list[str]]:
    from email.parser import BytesHeaderParser
    from email.policy import compat32

    fields: dict[str, list[str]] = {}
    for name, value in BytesHeaderParser(policy=compat32).parsebytes(block).raw_items():
        key = name.strip().lower()
        if key in _WANTED and isinstance(value, str):
            fields.setdefault(key, []).append(value)
    return fields


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_fields_are_split_as_the_standard_library_splits_them(pieces: list[str]) -> None:
    block = "".join(pieces).encode("utf-8", "surrogateescape")
    assert header_fields(block) == _library_fields(block)


def test_fields_of_real_looking_blocks_match_the_library() -> None:
    blocks = [
        message(dkim_pass="demo-exchange.example", signed_by="demo-exchange.example"),
        message(newline="\r\n", extra=["Received: from a\n\tby b", " stray"]),
        b"\tcontinuation first\nFrom: a@b.example\nTo: c@d.example\n",
        b"From x@y Tue\nFrom: a@b.example\nFrom misplaced\nTo: c@d.example\nFrom ",
        b"From: a@b.example\nnot a field\nTo: c@d.example\n",
        b"From: a@b\x0bc.example\nTo: \xc3\xa9@d.example\r\nDate: x\r",
    ]
    for block in blocks:
        head = block.split(b"\n\n", 1)[0] + b"\n"
        assert header_fields(head) == _library_fields(head), head
