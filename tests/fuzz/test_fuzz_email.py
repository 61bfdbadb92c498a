"""The hint matcher, the address check and the phone input, beyond
tests/email/test_properties.py: hint matching agrees with a plain glob oracle,
stays fast on hostile hints (a hint can come from the exchange's lookup answer),
and phone numbers survive mutation and round trips."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from typing import Any

import phonenumbers
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from breachguard.core import addressbook, emails, lookup, phone
from tests.fuzz.budget import FUZZ, FUZZ_DOCS
from tests.fuzz.mutate import mutated

MASKS = ["•", "*", "●", "…", "...", "·", "∙"]
hint_parts = st.lists(
    st.one_of(st.sampled_from(MASKS), st.text(alphabet="abo.-+_x", min_size=1, max_size=3)),
    max_size=6,
).map("".join)
small_addresses = st.builds(
    lambda local, domain: f"{local}@{domain}",
    st.text(alphabet="abox.-+_", min_size=1, max_size=10),
    st.text(alphabet="abox.-", min_size=1, max_size=10),
)


def _glob_fits(hint_part: str, part: str, *, empty_means_any: bool = True) -> bool:
    """Oracle: mask runs stand for any run of characters (no backtracking needed)."""
    if not hint_part:
        return bool(part) if empty_means_any else part == ""
    pieces = lookup._MASK_RUN.split(hint_part)
    if len(pieces) == 1:
        return part == hint_part
    first, *middle, last = pieces
    if len(part) < len(first) + len(last) or not part.startswith(first):
        return False
    if not part.endswith(last):
        return False
    position, end = len(first), len(part) - len(last)
    for piece in middle:
        found = part.find(piece, position, end)
        if found < 0:
            return False
        position = found + len(piece)
    return True


def _oracle(hint_text: str, address: str) -> bool:
    local_hint, _, domain_hint = hint_text.strip().casefold().partition("@")
    address = address.strip().casefold()
    if address.count("@") != 1:
        return False
    local, _, domain = address.partition("@")
    return _glob_fits(local_hint, local) and _glob_fits(domain_hint, domain)


@FUZZ
@given(hint_parts, hint_parts, st.lists(small_addresses, max_size=6))
def test_hint_matching_agrees_with_a_glob_oracle(
    local: str, domain: str, addresses: list[str]
) -> None:
    text = f"{local}@{domain}"
    if not lookup._MASK_RUN.sub("", local) and not lookup._MASK_RUN.sub("", domain):
        # Masks only (or nothing) on both sides: the one hint that is refused.
        with pytest.raises(lookup.HintError) as caught:
            lookup.match_hint(text, addresses)
        assert caught.value.code == "no_letters"
        return
    result = lookup.match_hint(text, addresses)
    expected = tuple(a for a in addresses if _oracle(text, a))
    assert result.candidates == expected
    assert result.kind == ("fits" if expected else "none")


@FUZZ
@given(st.emails(), st.data())
def test_masking_any_characters_of_an_address_still_fits(address: str, data: st.DataObject) -> None:
    local, _, domain = address.partition("@")
    start = data.draw(st.integers(0, len(local)))
    stop = data.draw(st.integers(start, len(local)))
    mask = data.draw(st.sampled_from(MASKS))
    hint = f"{local[:start]}{mask}{local[stop:]}@{domain}"
    if len(hint) > 254:  # no address is that long; a mask of a longer one is refused
        with pytest.raises(lookup.HintError) as caught:
            lookup.parse_hint(hint)
        assert caught.value.code == "too_long"
        return
    assert lookup.parse_hint(hint).fits(address)


# Each mask run becomes "[^@]*", so k runs over an n-letter address can cost about n^k
# steps in the regex engine. Real hints have one or two runs per part.
HOSTILE_HINT_SCRIPT = textwrap.dedent(
    """
    from breachguard.core import lookup
    hint = "•a" * 12 + "b@x.no"
    lookup.match_hint(hint, ["a" * 60 + "@x.no"])
    lookup.match_answer(lookup.LookupAnswer(hint, True), ["a" * 60 + "@x.no"])
    """
)


# A lookup answer carries the exchange's hint, so a hostile server chooses it; a
# backtracking regex once took hours on this one.
def test_a_hostile_hint_is_matched_quickly() -> None:
    try:
        subprocess.run(
            [sys.executable, "-c", HOSTILE_HINT_SCRIPT], check=True, capture_output=True, timeout=5
        )
    except subprocess.TimeoutExpired:
        raise AssertionError("matching one hint took more than 5 s") from None


@FUZZ
@given(st.text(max_size=300))
def test_address_check_never_raises_anything_else(text: str) -> None:
    try:
        address = emails.check_address(text)
    except emails.EmailError as exc:
        assert exc.code and str(exc)
        return
    assert emails.check_address(address) == address
    emails.variants(address)
    emails.likely_typo(address)
    assert emails.same_mailbox(address, address)


@FUZZ
@given(st.text(max_size=80), st.lists(st.text(max_size=30), min_size=1, max_size=3))
def test_sender_check_gives_a_result_or_an_email_error(text: str, official: list[str]) -> None:
    try:
        emails.check_sender(text, tuple(official))
    except emails.EmailError as exc:
        assert exc.code and str(exc)


# -- phone ---------------------------------------------------------------------------------

REGIONS = ["NO", "DE", "GB", "US", "SE", "DK", "FR", "IN"]


def _example(region: str) -> str:
    number = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    assert number is not None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)


EXAMPLES = {region: _example(region) for region in REGIONS}
NOISE = st.sampled_from(
    [" ", "-", "(", ")", ".", "\u200e", "\u00a0", "＋", "+", "0", "9", "a", "٣"]
)


@FUZZ
@given(st.sampled_from(REGIONS), st.sampled_from(REGIONS), st.data())
def test_mutated_real_numbers(home: str, picked: str, data: st.DataObject) -> None:
    text = EXAMPLES[home]
    for _ in range(data.draw(st.integers(0, 3))):
        position = data.draw(st.integers(0, len(text)))
        if data.draw(st.booleans()):
            text = text[:position] + data.draw(NOISE) + text[position:]
        else:
            text = text[:position] + text[position + 1 :]
    try:
        parsed = phone.parse_phone(text, picked)
    except phone.PhoneError as exc:
        assert exc.code in phone.MESSAGES and str(exc) == phone.MESSAGES[exc.code]
        return
    assert parsed.warning is None or parsed.warning in phone.WARNINGS
    parsed.warning_text()
    # The echoed forms read back as the same number, whatever country is picked.
    for other in ("NO", "US"):
        assert phone.parse_phone(parsed.e164, other).e164 == parsed.e164
        assert phone.parse_phone(parsed.international, other).e164 == parsed.e164
    assert phone.format_international(parsed.e164) == parsed.international


@FUZZ
@given(st.text(max_size=40) | st.none())
def test_any_locale_name_gives_a_supported_region(locale_name: str | None) -> None:
    region = phone.default_region(locale_name)
    assert region in phonenumbers.SUPPORTED_REGIONS


@FUZZ
@given(st.text(max_size=40))
def test_formatting_any_text_never_raises(text: str) -> None:
    assume(text)
    assert isinstance(phone.format_international(text), str)


# -- the saved address list ----------------------------------------------------------------

VALID_BOOK = {
    "version": 1,
    "addresses": ["ola@example.com", "Ola.Nordmann+x@gmail.com"],
    "login_email": {"demo-exchange": "ola@example.com"},
}


@FUZZ_DOCS
@given(content=mutated(VALID_BOOK) | st.binary(max_size=200).map(lambda b: {"raw": b}))
def test_a_damaged_address_file_is_set_aside_never_raised(
    content: Any, tmp_path_factory: pytest.TempPathFactory
) -> None:
    directory = tmp_path_factory.mktemp("book")
    path = directory / addressbook.FILE_NAME
    raw = content.get("raw") if isinstance(content, dict) else None
    path.write_bytes(raw if isinstance(raw, bytes) else json.dumps(content).encode())
    book = addressbook.AddressBook(path)
    for address in book.addresses:
        assert emails.check_address(address) == address
    for provider_id in ("demo-exchange", "other"):
        login = book.login_email(provider_id)
        assert login is None or login in book.addresses
    if book.load_problem is not None:
        assert "\n" not in book.load_problem
        assert not path.exists() or book.addresses == ()
