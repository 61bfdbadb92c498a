"""Phone numbers as people type them, and the local address list."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from breachguard.core import phone
from breachguard.core.addressbook import AddressBook, AddressBookError
from breachguard.core.emails import EmailError


@pytest.mark.parametrize(
    ("text", "region", "e164"),
    [
        # Norway
        ("41234567", "NO", "+4741234567"),
        ("412 34 567", "NO", "+4741234567"),
        ("+47 412 34 567", "NO", "+4741234567"),
        ("0047 41234567", "NO", "+4741234567"),
        ("902 11 223", "NO", "+4790211223"),
        # Germany
        ("0151 23456789", "DE", "+4915123456789"),
        ("+49 170 1234567", "DE", "+491701234567"),
        ("0170/123 45 67", "DE", "+491701234567"),
        # United Kingdom
        ("07911 123456", "GB", "+447911123456"),
        ("+44 7911 123456", "GB", "+447911123456"),
        # United States
        ("(201) 555-0123", "US", "+12015550123"),
        ("+1 201 555 0123", "US", "+12015550123"),
        # Non-ASCII digits and marks are normalised
        ("٤١٢٣٤٥٦٧", "NO", "+4741234567"),
        ("４１２３４５６７", "NO", "+4741234567"),
        ("＋47\u200e41234567", "NO", "+4741234567"),
    ],
)
def test_valid_numbers_give_e164(text: str, region: str, e164: str) -> None:
    parsed = phone.parse_phone(text, region)
    assert parsed.e164 == e164
    assert parsed.international.startswith("+")


def test_plus_number_wins_over_picked_country_and_says_so() -> None:
    parsed = phone.parse_phone("+4741234567", "DE")
    assert parsed.e164 == "+4741234567"
    assert parsed.region == "NO"
    assert parsed.warning == "region_differs"


def test_norwegian_mobile_typed_with_german_region_is_flagged_as_landline() -> None:
    # ux.md: "41234567" in DE is a *valid German* number; the echo and warning reveal it.
    parsed = phone.parse_phone("41234567", "DE")
    assert parsed.e164 == "+4941234567"
    assert parsed.international == "+49 4123 4567"
    assert parsed.warning == "not_mobile"
    assert "landline" in (parsed.warning_text() or "")


def test_country_code_without_plus_gets_a_suggestion() -> None:
    parsed = phone.parse_phone("4915123456789", "DE")
    assert parsed.warning == "country_code_without_plus"
    assert parsed.suggestion == "+4915123456789"
    assert "+49 1512 3456789" in (parsed.warning_text() or "")


@pytest.mark.parametrize(
    ("text", "region", "code"),
    [
        ("", "NO", "empty"),
        ("   ", "NO", "empty"),
        ("abc", "NO", "not_a_number"),
        ("+47 41 23 45 67 ext. 2", "NO", "not_a_number"),
        ("1-800-FLOWERS", "US", "not_a_number"),
        ("4+1234567", "NO", "not_a_number"),
        ("123", "NO", "too_short"),
        ("+47", "NO", "too_short"),
        ("4123456", "NO", "invalid_length"),
        ("412345678901234567", "NO", "too_long"),
        ("1" * 60, "NO", "too_long"),
        ("+999 1234567", "NO", "invalid_country_code"),
        ("07700 900123", "GB", "not_valid"),  # drama range: not a real number
        ("41234567", "XX", "unknown_region"),
    ],
)
def test_specific_messages(text: str, region: str, code: str) -> None:
    with pytest.raises(phone.PhoneError) as info:
        phone.parse_phone(text, region)
    assert info.value.code == code
    assert str(info.value) == phone.MESSAGES[code]


def test_fictional_numbers_only_for_a_demo() -> None:
    assert phone.parse_phone("07700 900123", "GB", allow_fictional=True).e164 == "+447700900123"


@pytest.mark.parametrize(
    ("locale_name", "region"),
    [
        ("nb_NO", "NO"),
        ("de-DE", "DE"),
        ("en_GB.UTF-8", "GB"),
        ("de", "DE"),
        ("nb", "NO"),
        ("C", "US"),
        ("", "US"),
    ],
)
def test_default_region_from_locale(locale_name: str, region: str) -> None:
    assert phone.default_region(locale_name) == region


def test_regions_carry_calling_codes() -> None:
    regions = dict(phone.supported_regions())
    assert regions["NO"] == 47 and regions["DE"] == 49 and regions["GB"] == 44
    assert regions["US"] == 1
    import phonenumbers

    # Every supported region, each with the code phonenumbers' own lookup gives.
    assert set(regions) == set(phonenumbers.SUPPORTED_REGIONS)
    assert all(code == phonenumbers.country_code_for_region(r) for r, code in regions.items())


def test_address_book_keeps_addresses_privately(tmp_path: Path) -> None:
    book = AddressBook.in_data_dir(tmp_path)
    assert book.add(" Ola.Nordmann@gmail.com") == "Ola.Nordmann@gmail.com"
    with pytest.raises(AddressBookError) as info:
        book.add("ola.nordmann@GMAIL.COM")
    assert info.value.code == "duplicate"
    with pytest.raises(EmailError):
        book.add("not an address")
    book.add("kari@firma.no")
    book.set_login_email("demo-exchange", "OLA.NORDMANN@gmail.com")
    assert stat.S_IMODE(book.path.stat().st_mode) == 0o600
    again = AddressBook.in_data_dir(tmp_path)
    assert again.addresses == ("Ola.Nordmann@gmail.com", "kari@firma.no")
    assert again.login_email("demo-exchange") == "Ola.Nordmann@gmail.com"
    assert again.login_email("other") is None
    again.remove("ola.nordmann@gmail.com")
    assert again.login_email("demo-exchange") is None
    assert AddressBook.in_data_dir(tmp_path).addresses == ("kari@firma.no",)


def test_login_email_the_user_had_not_listed_is_added(tmp_path: Path) -> None:
    book = AddressBook.in_data_dir(tmp_path)
    assert book.set_login_email("demo-exchange", "j.becker+exchange@gmx.de") == (
        "j.becker+exchange@gmx.de"
    )
    assert book.addresses == ("j.becker+exchange@gmx.de",)


@pytest.mark.parametrize(
    "content",
    [
        b"{not json",
        b'{"version": 2, "addresses": []}',
        b'{"version": 1, "addresses": [5]}',
        b'{"version": 1, "addresses": ["no at sign"]}',
        json.dumps([1]).encode(),
    ],
)
def test_damaged_file_is_set_aside_not_lost(tmp_path: Path, content: bytes) -> None:
    (tmp_path / "addresses.json").write_bytes(content)
    book = AddressBook.in_data_dir(tmp_path)
    assert book.addresses == ()
    assert book.load_problem and "set aside" in book.load_problem
    assert list(tmp_path.glob("addresses.json.corrupt-*"))


def test_another_country_is_named_only_when_the_digits_say_which() -> None:
    from breachguard.core.phone import CountryHint, other_country, regions_from_addresses

    norway = CountryHint("NO", 47, "+4741234567")
    assert other_country("4741234567", "US") == norway  # a country code without +
    assert other_country("00 47 41 23 45 67", "US") == norway
    # A mobile number in a dozen countries: the user's addresses decide, or nothing does.
    assert other_country("41234567", "US") is None
    assert other_country("41234567", "US", preferred=("NO",)) == norway
    assert other_country("41234567", "NO") is None  # it fits the country picked
    assert other_country("+41234567", "US") is None  # the + already names a country
    assert other_country("12", "US") is None
    assert regions_from_addresses(["ola@firma.no", "a@gmail.com", "b@x.co.uk"]) == ("NO", "GB")


def test_country_names_come_in_the_users_language() -> None:
    from breachguard.core.countries import country_name

    assert country_name("NO", "nb") == "Norge"
    assert country_name("NO", "de_DE") == "Norwegen"
    assert country_name("NO", "en") == "Norway"
    assert country_name("NO", "xx") == "Norway"  # a language CLDR lacks: English
    assert country_name("ZZ9", "nb") == "ZZ9"  # no name known: the code itself
