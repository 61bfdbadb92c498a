"""Google Authenticator exports, built byte by byte with a small encoder here."""

from __future__ import annotations

import base64
from urllib.parse import quote

import pytest

from breachguard.core import otpauth
from breachguard.core.migration import (
    MigrationError,
    MigrationImport,
    decode_export_data,
    iter_fields,
    parse_export,
    read_varint,
)


def varint(value: int) -> bytes:
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        out.append(byte | (0x80 if value else 0))
        if not value:
            return bytes(out)


def field(number: int, value: int | bytes | str) -> bytes:
    if isinstance(value, int):
        return varint(number << 3) + varint(value)
    data = value.encode() if isinstance(value, str) else value
    return varint(number << 3 | 2) + varint(len(data)) + data


def otp(secret: bytes, name: str, issuer: str = "", algorithm: int = 1, digits: int = 1,
        kind: int = 2, counter: int = 0) -> bytes:  # fmt: skip
    body = field(1, secret) + field(2, name)
    if issuer:
        body += field(3, issuer)
    return body + field(4, algorithm) + field(5, digits) + field(6, kind) + field(7, counter)


def payload(*entries: bytes, size: int = 1, index: int = 0, batch_id: int = 1234) -> bytes:
    body = b"".join(field(1, entry) for entry in entries)
    return body + field(2, 1) + field(3, size) + field(4, index) + field(5, batch_id)


def link(data: bytes, *, encode: bool = True) -> str:
    text = base64.b64encode(data).decode()
    return "otpauth-migration://offline?data=" + (quote(text, safe="") if encode else text)


SECRET = b"12345678901234567890"
SECRET_80 = base64.b32decode("JBSWY3DPEHPK3PXP")


def test_single_entry_with_issuer_prefix_in_name() -> None:
    batch = parse_export(link(payload(otp(SECRET, "Demo Exchange:alice@example.com",
                                          "Demo Exchange"))))  # fmt: skip
    (entry,) = batch.entries
    assert entry.setup is not None
    setup = entry.setup
    assert (setup.issuer, setup.account, setup.secret) == (
        "Demo Exchange", "alice@example.com", SECRET)  # fmt: skip
    assert (setup.algorithm, setup.digits, setup.period) == ("SHA1", 6, 30)
    assert otpauth.check_issuer(setup, ["Demo Exchange"]).ok


def test_algorithms_and_digits_map() -> None:
    batch = parse_export(link(payload(
        otp(SECRET, "a", "X", algorithm=2, digits=2),
        otp(SECRET, "b", "X", algorithm=3, digits=1),
    )))  # fmt: skip
    got = [(e.setup.algorithm, e.setup.digits) for e in batch.entries if e.setup]
    assert got == [("SHA256", 8), ("SHA512", 6)]


def test_unusable_entries_are_reported_not_fatal() -> None:
    batch = parse_export(link(payload(
        otp(SECRET, "md5", "X", algorithm=4),
        otp(SECRET, "hotp", "X", kind=1, counter=3),
        otp(b"short", "tiny", "X"),
        otp(SECRET_80, "ok", "X"),
    )))  # fmt: skip
    codes = [e.error.code if e.error else "ok" for e in batch.entries]
    assert codes == ["bad_algorithm", "hotp_entry", "short_secret", "ok"]
    ok = batch.entries[-1].setup
    assert ok is not None and ok.has_warning(otpauth.WEAK_KEY)


def test_plus_in_data_stays_plus() -> None:
    # Find an entry whose base64 contains '+', then pass it unencoded in the link.
    # A run of 111110 bits is "+" in base64 at one of three alignments.
    for pad in range(3):
        secret = b"\x00" * pad + b"\xfb\xef\xbe" * 7
        data = payload(otp(secret, "alice", "Demo"))
        if "+" in base64.b64encode(data).decode():
            break
    else:
        pytest.fail("no payload with '+' found")
    text = link(data, encode=False)
    assert "+" in text
    assert decode_export_data(text) == data
    entry = parse_export(text).entries[0]
    assert entry.setup is not None and entry.setup.secret == secret


def test_url_safe_and_unpadded_base64_are_tolerated() -> None:
    data = payload(otp(SECRET, "alice", "Demo"))
    text = base64.urlsafe_b64encode(data).decode().rstrip("=")
    assert decode_export_data("otpauth-migration://offline?data=" + text) == data


def test_conflicting_issuer_and_name_prefix_is_flagged() -> None:
    batch = parse_export(link(payload(otp(SECRET, "Blnance:alice", "Demo Exchange"))))
    setup = batch.entries[0].setup
    assert setup is not None
    assert otpauth.check_issuer(setup, ["Demo Exchange"]).status == otpauth.ISSUER_CONFLICTING


def test_batches_in_any_order_counted_once() -> None:
    parts = [parse_export(link(payload(otp(SECRET, f"acct{i}", "Demo"), size=3, index=i)))
             for i in range(3)]  # fmt: skip
    collected = MigrationImport()
    assert collected.add(parts[1])
    assert not collected.add(parts[1])  # the same code scanned again
    template, values = collected.progress_text()
    assert template.format(**values) == "1 of 3 scanned"
    assert collected.missing == (1, 3)
    collected.add(parts[0])
    assert template.format(**collected.progress_text()[1]) == "2 of 3 scanned"
    assert not collected.complete
    collected.add(parts[2])
    assert collected.complete
    assert [e.name for e in collected.entries()] == ["acct0", "acct1", "acct2"]


def test_batch_from_another_export_is_refused() -> None:
    collected = MigrationImport()
    collected.add(parse_export(link(payload(otp(SECRET, "a", "X"), size=2, batch_id=1))))
    other = parse_export(link(payload(otp(SECRET, "b", "X"), size=2, index=1, batch_id=2)))
    with pytest.raises(MigrationError, match="different export") as info:
        collected.add(other)
    assert info.value.code == "other_export"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("otpauth://totp/x?secret=AAAA", "not_export"),
        ("otpauth-migration://offline?foo=1", "no_data"),
        ("otpauth-migration://offline?data=AAAA&data=BBBB", "no_data"),
        ("otpauth-migration://offline?data=%%%", "corrupt"),
        (link(b"\x0a\x05abc"), "corrupt"),  # length runs past the end
        (link(b"\x0b"), "corrupt"),  # group wire type
        (link(b"\x08" + b"\xff" * 11), "corrupt"),  # endless varint
        (link(field(2, 1)), "empty"),
        (link(payload(otp(SECRET, "a"), size=2, index=2)), "corrupt"),
        ("otpauth-migration://offline?data=" + "A" * 9000, "too_long"),
    ],
)
def test_broken_exports(text: str, code: str) -> None:
    with pytest.raises(MigrationError) as info:
        parse_export(text)
    assert info.value.code == code
    assert str(info.value)


def test_wire_reader_skips_fixed_width_and_unknown_fields() -> None:
    data = varint(9 << 3 | 1) + b"\x01" * 8 + varint(10 << 3 | 5) + b"\x02" * 4 + field(2, 7)
    assert [(n, w) for n, w, _ in iter_fields(data)] == [(9, 1), (10, 5), (2, 0)]
    assert read_varint(varint(2**63), 0) == (2**63, 10)


def test_real_google_export_shape() -> None:
    # Byte-exact structure of a Google Authenticator export: one SHA1/6/TOTP entry,
    # version 1, batch 1 of 1.
    data = bytes.fromhex(
        "0a2a0a0a48656c6c6f21deadbeef120d4578616d706c653a616c696365"
        "1a074578616d706c65200128013002"
        "100118012000288f85d8cc04"
    )
    batch = parse_export(link(data))
    assert (batch.version, batch.batch_size, batch.batch_id) == (1, 1, 1234567823)
    (entry,) = batch.entries
    assert entry.setup is not None
    assert entry.setup.secret == b"Hello!\xde\xad\xbe\xef"
    assert (entry.setup.issuer, entry.setup.account) == ("Example", "alice")


def test_negative_batch_id_as_google_writes_it() -> None:
    # int32 -5 is written as a 10-byte varint; compare as an unsigned 32-bit id.
    data = field(1, otp(SECRET, "a", "X")) + field(3, 1) + field(5, 2**64 - 5)
    assert parse_export(link(data)).batch_id == 2**32 - 5
