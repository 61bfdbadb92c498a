"""Arbitrary input never escapes the documented error types."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from breachguard.core import emails, lookup, masking, phone

REGIONS = st.sampled_from(["NO", "DE", "GB", "US", "SE", "XX", ""])
PHONE_TEXT = st.one_of(
    st.text(max_size=60),
    st.text(alphabet="+0123456789 -()٤４\u200e", max_size=25),
)


@settings(max_examples=300, deadline=None)
@given(PHONE_TEXT, REGIONS)
def test_phone_input_gives_e164_or_a_phone_error(text: str, region: str) -> None:
    try:
        parsed = phone.parse_phone(text, region)
    except phone.PhoneError as exc:
        assert exc.code in phone.MESSAGES
        return
    assert parsed.e164.startswith("+") and parsed.e164[1:].isdigit()
    assert parsed.warning is None or parsed.warning in phone.WARNINGS


HINT_TEXT = st.one_of(
    st.text(max_size=80),
    st.text(alphabet="ab.•*…@-+", max_size=30),
)


@settings(max_examples=300, deadline=None)
@given(HINT_TEXT, st.lists(st.emails(), max_size=5))
def test_hint_matcher_gives_a_result_or_a_hint_error(text: str, mine: list[str]) -> None:
    try:
        result = lookup.match_hint(text, mine)
    except lookup.HintError as exc:
        assert str(exc) == lookup.HINT_MESSAGES[exc.code]
        return
    assert set(result.candidates) <= set(mine)
    assert result.kind in ("fits", "none")


@settings(max_examples=200, deadline=None)
@given(st.emails())
def test_an_address_always_fits_its_own_mask(address: str) -> None:
    # An address with a domain and a suffix keeps letters of the domain in its mask,
    # so the mask is always a hint that can be read.
    hint = lookup.parse_hint(masking.mask_email(address))
    assert hint.fits(address)


def test_a_mask_that_shows_no_letters_is_refused_as_such() -> None:
    # A mask character first and a domain with no suffix: nothing visible is left.
    masked = masking.mask_email("*@localhost")
    assert masked == "*•••@•••"
    with pytest.raises(lookup.HintError) as caught:
        lookup.parse_hint(masked)
    assert caught.value.code == "no_letters"
    assert lookup.parse_hint(masking.mask_email("ola@localhost")).fits("ola@localhost")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_address_check_gives_an_address_or_an_email_error(text: str) -> None:
    try:
        address = emails.check_address(text)
    except emails.EmailError as exc:
        assert exc.code and str(exc)
        return
    assert address.count("@") == 1
