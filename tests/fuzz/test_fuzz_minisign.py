"""The minisign verifier: arbitrary keys, signature files and messages give a
SignatureError and nothing else; a genuine signature verifies only for its exact
bytes, key and trusted comment. (tests/foundation/test_minisign.py checks
signatures from the real minisign tool.)"""

from __future__ import annotations

import base64
from collections.abc import Callable

from hypothesis import given
from hypothesis import strategies as st

from breachguard.core import minisign
from breachguard.demo.signer import MinisignSigner
from tests.fuzz.budget import FUZZ

SIGNER = MinisignSigner(bytes(range(32)), b"\x01\x02\x03\x04\x05\x06\x07\x08")
KEY = minisign.parse_public_key(SIGNER.public_key_base64())
OTHER = minisign.parse_public_key(
    MinisignSigner(bytes(32), b"\x08\x07\x06\x05\x04\x03\x02\x01").public_key_base64()
)
comments = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n"),
    max_size=60,
)


def _refused(call: Callable[[], object]) -> minisign.SignatureError:
    try:
        result = call()
    except minisign.SignatureError as exc:
        assert str(exc) and "\n" not in str(exc)
        return exc
    raise AssertionError(f"accepted: {result!r}")


def _either(call: Callable[[], object]) -> None:
    try:
        call()
    except minisign.SignatureError as exc:
        assert str(exc)


@FUZZ
@given(st.text(max_size=200))
def test_any_public_key_text(text: str) -> None:
    _either(lambda: minisign.parse_public_key(text))


@FUZZ
@given(st.binary(min_size=32, max_size=32), st.binary(min_size=8, max_size=8))
def test_any_well_formed_key_with_a_matching_id(raw: bytes, key_id: bytes) -> None:
    # Key bytes that are not a valid curve point must not leak a cryptography error.
    key = minisign.parse_public_key(base64.b64encode(b"Ed" + key_id + raw).decode())
    blob = base64.b64encode(b"ED" + key_id + bytes(64)).decode()
    signature = f"untrusted comment: x\n{blob}\ntrusted comment: t\n{'A' * 86}==\n".encode()
    _refused(lambda: minisign.verify(b"data", signature, [key]))


@FUZZ
@given(st.binary(max_size=600), st.binary(max_size=200))
def test_any_signature_file_and_message(signature: bytes, data: bytes) -> None:
    _either(lambda: minisign.verify(data, signature, [KEY, OTHER], allow_legacy=True))


@FUZZ
@given(
    st.lists(st.text(max_size=120), min_size=0, max_size=6),
    st.sampled_from(["\n", "\r\n", "\r"]),
    st.binary(max_size=100),
)
def test_line_structured_junk(lines: list[str], newline: str, data: bytes) -> None:
    signature = newline.join(lines).encode()
    _either(lambda: minisign.verify(data, signature, [KEY]))


@FUZZ
@given(st.binary(max_size=300), comments)
def test_a_genuine_signature_verifies(data: bytes, comment: str) -> None:
    checked = minisign.verify(data, SIGNER.sign(data, comment), [OTHER, KEY])
    assert checked.key_id_hex == KEY.key_id_hex and checked.trusted_comment == comment


@FUZZ
@given(st.binary(max_size=200), comments, st.data())
def test_any_change_to_a_genuine_signature_is_refused(
    data: bytes, comment: str, draw: st.DataObject
) -> None:
    lines = SIGNER.sign(data, comment).decode().split("\n")
    part = draw.draw(st.sampled_from(["data", "signature", "comment", "global", "key"]))
    if part == "data":
        extra = draw.draw(st.binary(min_size=1, max_size=4))
        data = data + extra
    elif part in ("signature", "global"):
        index = 1 if part == "signature" else 3
        raw = bytearray(base64.b64decode(lines[index]))
        # the signature line's first 10 bytes are algorithm and key id; flip a bit after them
        position = draw.draw(st.integers(10 if index == 1 else 0, len(raw) - 1))
        raw[position] ^= 1 << draw.draw(st.integers(0, 7))
        lines[index] = base64.b64encode(bytes(raw)).decode()
    elif part == "comment":
        other = draw.draw(comments.filter(lambda c: c != comment))
        lines[2] = "trusted comment: " + other
    signature = "\n".join(lines).encode()
    keys = [OTHER] if part == "key" else [KEY]
    _refused(lambda: minisign.verify(data, signature, keys))


@FUZZ
@given(st.binary(max_size=100))
def test_legacy_signatures_need_explicit_permission(data: bytes) -> None:
    lines = SIGNER.sign(data, "c").decode().split("\n")
    raw = base64.b64decode(lines[1])
    lines[1] = base64.b64encode(b"Ed" + raw[2:]).decode()
    _refused(lambda: minisign.verify(data, "\n".join(lines).encode(), [KEY]))
