"""otpauth:// and otpauth-migration:// parsing: any text gives a setup or one of the
documented errors (OtpUriError, MigrationError), never another exception; what is
accepted is always usable and survives a round trip; mutating a valid setup link or
export gives an error or a still-valid setup, never a silent change of meaning."""

from __future__ import annotations

import base64
import dataclasses
import re
from urllib.parse import quote

import pytest
from hypothesis import given
from hypothesis import strategies as st

from breachguard.core import migration, otpauth
from breachguard.core.totp import ALGORITHMS
from tests.enroll.test_migration import field, link, otp, payload
from tests.fuzz.budget import FUZZ

VALID = (
    "otpauth://totp/Demo%20Exchange:alice@example.com"
    "?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Demo%20Exchange&algorithm=SHA256"
    "&digits=8&period=30"
)
PARAMS = ["secret", "issuer", "algorithm", "digits", "period", "counter", "image", "SECRET"]
PARAM_VALUES = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["SHA1", "sha512", "MD5", "6", "8", "0", "-30", "+30", "99999999999", ""]),
    st.binary(min_size=10, max_size=40).map(lambda b: base64.b32encode(b).decode()),
)


def _setup_or_error(text: str) -> otpauth.OtpSetup | None:
    try:
        setup = otpauth.parse_uri(text)
    except otpauth.OtpUriError as exc:
        assert exc.code and str(exc) and exc.template
        return None
    _check_usable(setup)
    return setup


def _check_usable(setup: otpauth.OtpSetup) -> None:
    assert len(setup.secret) * 8 >= otpauth.MIN_SECRET_BITS
    assert len(setup.secret) <= otpauth.MAX_SECRET_BYTES
    assert setup.algorithm in ALGORITHMS
    assert setup.digits in (6, 7, 8)
    assert 0 < setup.period <= 86400
    # The secret leaves no trace in repr (which does show the names: a name may
    # happen to read like the secret, as in issuer=AAAAAAAAAAAAAAAA&secret=AAAA…).
    other = dataclasses.replace(setup, secret=bytes(b ^ 0xFF for b in setup.secret))
    assert repr(other) == repr(setup)
    names = (setup.issuer, setup.account, setup.label_issuer, setup.issuer_parameter)
    for warning in setup.warnings:
        shown = warning.message
        for name in filter(None, names):
            shown = shown.replace(name, "")
        assert setup.secret_base32 not in shown


@st.composite
def otpauth_links(draw: st.DrawFn) -> str:
    scheme = draw(st.sampled_from(["otpauth", "OTPAUTH", "otpauth-migration", "https", ""]))
    kind = draw(st.sampled_from(["totp", "hotp", "TOTP", "steam", ""]))
    label = draw(st.text(max_size=40))
    encoded = quote(label, safe=draw(st.sampled_from(["", ":@", "%:#?&="])))
    pairs = draw(st.lists(st.tuples(st.sampled_from(PARAMS), PARAM_VALUES), max_size=7))
    query = "&".join(
        f"{key}={quote(value, safe=draw(st.sampled_from(['', '+&=#'])))}" for key, value in pairs
    )
    fragment = draw(st.sampled_from(["", "#", "#frag"]))
    return f"{scheme}://{kind}/{encoded}?{query}{fragment}"


@FUZZ
@given(st.text(max_size=300))
def test_any_text_is_a_setup_or_an_otp_error(text: str) -> None:
    _setup_or_error(text)


@FUZZ
@given(otpauth_links())
def test_link_shaped_text(text: str) -> None:
    _setup_or_error(text)


@FUZZ
@given(otpauth_links())
def test_what_is_accepted_survives_a_round_trip(text: str) -> None:
    setup = _setup_or_error(text)
    if setup is None or setup.kind != "totp" or ":" in setup.issuer:
        return
    again = otpauth.parse_uri(setup.to_uri())
    assert (again.secret, again.algorithm, again.digits, again.period) == (
        setup.secret,
        setup.algorithm,
        setup.digits,
        setup.period,
    )
    assert otpauth.same_name(again.issuer, setup.issuer)


@FUZZ
@given(st.integers(0, len(VALID)), st.text(max_size=6), st.integers(0, 4))
def test_mutations_of_a_valid_link(position: int, insert: str, delete: int) -> None:
    text = VALID[:position] + insert + VALID[position + delete :]
    setup = _setup_or_error(text)
    if setup is not None and re.search(r"[?&]algorithm=SHA256(&|$)", text.strip()):
        # an intact algorithm parameter is never silently dropped or replaced
        assert setup.algorithm == "SHA256"


@FUZZ
@given(
    st.text(max_size=60),
    st.text(max_size=30),
    st.text(max_size=30),
    st.sampled_from(["SHA1", "SHA256", "md5", ""]),
    st.integers(-5, 12),
    st.integers(-100, 100_000),
)
def test_manual_entry(
    secret: str, issuer: str, account: str, algorithm: str, digits: int, period: int
) -> None:
    try:
        setup = otpauth.setup_from_manual_entry(
            secret,
            issuer=issuer,
            account=account,
            algorithm=algorithm,
            digits=digits,
            period=period,
        )
    except otpauth.OtpUriError as exc:
        assert exc.code and str(exc)
        return
    _check_usable(setup)


@FUZZ
@given(otpauth_links(), st.lists(st.text(max_size=30), max_size=4))
def test_issuer_check_never_raises(text: str, expected: list[str]) -> None:
    setup = _setup_or_error(text)
    if setup is not None:
        otpauth.check_issuer(setup, expected)


# -- Google Authenticator exports -------------------------------------------------------------


def _batch_or_error(text: str) -> migration.MigrationBatch | None:
    try:
        batch = migration.parse_export(text)
    except migration.MigrationError as exc:
        assert exc.code and str(exc)
        return None
    assert 1 <= len(batch.entries) <= migration.MAX_ENTRIES
    assert 0 <= batch.batch_index < batch.batch_size
    for entry in batch.entries:
        assert (entry.setup is None) != (entry.error is None)
        if entry.setup is not None:
            _check_usable(entry.setup)
            assert entry.setup.kind == "totp"
        else:
            assert isinstance(entry.error, otpauth.OtpUriError)
    return batch


@FUZZ
@given(st.text(max_size=300))
def test_any_text_is_an_export_or_a_migration_error(text: str) -> None:
    _batch_or_error(text)


@FUZZ
@given(st.binary(max_size=300), st.booleans())
def test_any_payload_bytes(data: bytes, encode: bool) -> None:
    _batch_or_error(link(data, encode=encode))


entries = st.builds(
    otp,
    st.binary(max_size=40),
    st.text(max_size=30),
    st.text(max_size=20),
    algorithm=st.integers(0, 6),
    digits=st.integers(0, 4),
    kind=st.integers(0, 3),
    counter=st.integers(0, 2**64),
)
raw_fields = st.builds(
    field, st.integers(1, 2**29 - 1), st.integers(0, 2**64) | st.binary(max_size=20)
)


@FUZZ
@given(
    st.lists(entries | raw_fields, min_size=1, max_size=5),
    st.integers(0, 5),
    st.integers(0, 5),
    st.integers(0, 2**40),
)
def test_structured_exports(parts: list[bytes], size: int, index: int, batch_id: int) -> None:
    _batch_or_error(link(payload(*parts, size=size, index=index, batch_id=batch_id)))


VALID_EXPORT = payload(
    otp(b"12345678901234567890", "Demo Exchange:alice@example.com", "Demo Exchange"),
    otp(b"abcdefghij", "other@example.com", kind=1),
    size=2,
    index=1,
)


@FUZZ
@given(st.integers(0, len(VALID_EXPORT) - 1), st.binary(min_size=0, max_size=3), st.integers(0, 3))
def test_byte_mutations_of_a_valid_export(position: int, insert: bytes, delete: int) -> None:
    data = VALID_EXPORT[:position] + insert + VALID_EXPORT[position + delete :]
    _batch_or_error(link(data))


@FUZZ
@given(st.lists(st.tuples(st.integers(0, 3), st.integers(0, 3), st.integers(1, 3)), max_size=6))
def test_collecting_batches_in_any_order(scans: list[tuple[int, int, int]]) -> None:
    collected = migration.MigrationImport()
    for index, size, batch_id in scans:
        batch = _batch_or_error(
            link(
                payload(
                    otp(b"12345678901234567890", "a"), size=size, index=index, batch_id=batch_id
                )
            )
        )
        if batch is None:
            continue
        try:
            collected.add(batch)
        except migration.MigrationError as exc:
            assert exc.code == "other_export"
        assert collected.scanned + len(collected.missing) == collected.batch_size


# -- what fuzzing found: urlsplit raises ValueError on an unbalanced "[" ----------------

UNBALANCED_BRACKETS = [
    "otpauth://[totp/Demo:alice?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ",
    "otpauth://totp]/x?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ",
    "https://[evil.example/setup",
]


@pytest.mark.parametrize("text", UNBALANCED_BRACKETS)
def test_an_unbalanced_bracket_is_an_otp_error(text: str) -> None:
    with pytest.raises(otpauth.OtpUriError):
        otpauth.parse_uri(text)


def test_an_unbalanced_bracket_is_a_migration_error() -> None:
    with pytest.raises(migration.MigrationError):
        migration.parse_export("otpauth-migration://[offline?data=AAAA")
