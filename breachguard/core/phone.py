"""Phone numbers typed by a worried person, read strictly (``phonenumbers``).

A country is always explicit: ``41234567`` is a Norwegian mobile in NO and a
*valid German landline* in DE, so the page shows a country picker and echoes the
parsed number back in international format. Only E.164 leaves this module.
Validity is ``is_valid_number`` (the numbering plan), not mere length.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Any

from breachguard.core.messages import N_

MAX_INPUT_LENGTH = 40
_FORMATTING = set(" \t\u00a0\u2009\u202f-‐‑‒–—./()[]")
_INVISIBLE = set(
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
)
_PLUS = set("+＋")
# Ranges regulators reserve for films and examples; phonenumbers calls them invalid.
# Only a demo exchange accepts them (its seeded UK account uses one).
_FICTIONAL_PREFIXES = (("+447700900", 13),)
_LANGUAGE_REGIONS = {
    "nb": "NO",
    "nn": "NO",
    "no": "NO",
    "de": "DE",
    "en": "US",
    "sv": "SE",
    "da": "DK",
    "fi": "FI",
    "fr": "FR",
    "nl": "NL",
    "it": "IT",
    "es": "ES",
    "pl": "PL",
}


class PhoneError(ValueError):
    """``code`` is stable for tests and translations; ``str()`` is the English text."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


MESSAGES = {
    "empty": N_("Type your mobile number."),
    "not_a_number": N_(
        "That doesn't look like a phone number: use digits, with + only in front of a country code."
    ),
    "invalid_country_code": N_(
        "The country code after the + doesn't exist. Check it, or "
        "leave out the + and pick the country from the list."
    ),
    "too_short": N_("The number is too short: check that no digits are missing."),
    "too_long": N_("The number is too long: check for extra digits."),
    "invalid_length": N_("The number has the wrong number of digits for that country."),
    "not_valid": N_(
        "No phone number like this exists in that country. Check the number and the country."
    ),
    "unknown_region": N_("Pick your country from the list."),
}

WARNINGS = {
    "country_code_without_plus": N_(
        "This starts with a country code but has no + in front. Did you mean {suggestion}?"
    ),
    "not_mobile": N_(
        "This is a landline number. Exchanges send codes by SMS to mobile "
        "numbers: check the number and the country."
    ),
    "region_differs": N_(
        "The + code makes this a number from another country than the one picked."
    ),
}


@dataclass(frozen=True)
class ParsedPhone:
    e164: str
    international: str  # "+47 412 34 567", for echoing back
    region: str  # region the number belongs to, e.g. "NO"
    warning: str | None = None  # a key of WARNINGS
    suggestion: str | None = None  # an E.164 number the user probably meant

    def warning_text(self) -> str | None:
        if self.warning is None:
            return None
        shown = format_international(self.suggestion) if self.suggestion else ""
        return WARNINGS[self.warning].format(suggestion=shown)


def _fail(code: str) -> PhoneError:
    return PhoneError(code, MESSAGES[code])


def normalize_input(text: str) -> str:
    """Digits of any script become ASCII; spacing, dashes, dots, brackets and invisible
    marks go. Letters and other symbols stay, so the parser can refuse them."""
    out: list[str] = []
    for ch in text:
        if ch in _INVISIBLE or ch in _FORMATTING:
            continue
        if ch in _PLUS:
            out.append("+")
        elif unicodedata.category(ch) == "Nd":
            out.append(str(unicodedata.decimal(ch)))
        else:
            out.append(ch)
    return "".join(out)


def supported_regions() -> tuple[tuple[str, int], ...]:
    """(region code, calling code) for every region phonenumbers knows, sorted by code."""
    import phonenumbers

    # The calling-code table, not country_code_for_region(): that loads every
    # region's metadata (over 100 ms) just to fill the country picker.
    supported = phonenumbers.SUPPORTED_REGIONS
    return tuple(
        sorted(
            (region, int(code))
            for code, regions in phonenumbers.COUNTRY_CODE_TO_REGION_CODE.items()
            for region in regions
            if region in supported
        )
    )


def default_region(locale_name: str | None) -> str:
    """Region from a locale name such as ``nb_NO`` or ``de-DE``; the language alone
    decides when no territory is given; ``US`` when nothing fits."""
    import phonenumbers

    name = (locale_name or "").replace("-", "_").split(".")[0]
    parts = name.split("_")
    for part in parts[1:]:
        if part.upper() in phonenumbers.SUPPORTED_REGIONS:
            return part.upper()
    return _LANGUAGE_REGIONS.get(parts[0].lower(), "US")


def parse_phone(text: str, region: str, *, allow_fictional: bool = False) -> ParsedPhone:
    import phonenumbers
    from phonenumbers import NumberParseException, PhoneNumberFormat, ValidationResult

    region = (region or "").upper()
    if region not in phonenumbers.SUPPORTED_REGIONS:
        raise _fail("unknown_region")
    if len(text) > MAX_INPUT_LENGTH * 3:
        raise _fail("too_long")
    cleaned = normalize_input(text.strip())
    if not cleaned:
        raise _fail("empty")
    if len(cleaned) > MAX_INPUT_LENGTH:
        raise _fail("too_long")
    body = cleaned[1:] if cleaned.startswith("+") else cleaned
    if not body.isdigit() or not body.isascii():
        raise _fail("not_a_number")
    try:
        number = phonenumbers.parse(cleaned, region)
    except NumberParseException as exc:
        code = _PARSE_ERRORS.get(exc.error_type, "not_a_number")
        # Digits only, yet "not a number": too few digits for phonenumbers to start on.
        raise _fail("too_short" if code == "not_a_number" else code) from None
    e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
    fictional = allow_fictional and _is_fictional(e164)
    if not fictional and not phonenumbers.is_valid_number(number):
        reason = phonenumbers.is_possible_number_with_reason(number)
        raise _fail(
            {
                ValidationResult.INVALID_COUNTRY_CODE: "invalid_country_code",
                ValidationResult.TOO_SHORT: "too_short",
                ValidationResult.TOO_LONG: "too_long",
                ValidationResult.INVALID_LENGTH: "invalid_length",
            }.get(reason, "not_valid")
        )
    own_region = phonenumbers.region_code_for_number(number) or region
    parsed = ParsedPhone(
        e164=e164,
        international=phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL),
        region=own_region,
    )
    return _with_warning(parsed, number, cleaned, region, fictional)


_PARSE_ERRORS = {
    0: "invalid_country_code",  # INVALID_COUNTRY_CODE
    1: "not_a_number",  # NOT_A_NUMBER
    2: "too_short",  # TOO_SHORT_AFTER_IDD
    3: "too_short",  # TOO_SHORT_NSN
    4: "too_long",  # TOO_LONG
}


def _with_warning(
    parsed: ParsedPhone, number: Any, cleaned: str, region: str, fictional: bool
) -> ParsedPhone:
    import phonenumbers
    from phonenumbers import PhoneNumberType

    calling_code = str(phonenumbers.country_code_for_region(region))
    if not cleaned.startswith(("+", "00")) and cleaned.startswith(calling_code):
        # "4915123456789" in DE parses as a (wrong) German number; the + was forgotten.
        try:
            guess = phonenumbers.parse("+" + cleaned, None)
        except phonenumbers.NumberParseException:
            guess = None
        if guess is not None and phonenumbers.is_valid_number(guess):
            e164 = phonenumbers.format_number(guess, phonenumbers.PhoneNumberFormat.E164)
            if e164 != parsed.e164:
                return ParsedPhone(
                    parsed.e164,
                    parsed.international,
                    parsed.region,
                    "country_code_without_plus",
                    e164,
                )
    if not fictional and phonenumbers.number_type(number) not in (
        PhoneNumberType.MOBILE,
        PhoneNumberType.FIXED_LINE_OR_MOBILE,
    ):
        return ParsedPhone(parsed.e164, parsed.international, parsed.region, "not_mobile")
    if parsed.region != region:
        return ParsedPhone(parsed.e164, parsed.international, parsed.region, "region_differs")
    return parsed


def format_international(e164: str) -> str:
    """``+4741234567`` → ``+47 412 34 567``; the input back when it isn't E.164."""
    import phonenumbers

    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def _is_fictional(e164: str) -> bool:
    return any(
        e164.startswith(prefix) and len(e164) == length for prefix, length in _FICTIONAL_PREFIXES
    )


# -- the number does not fit the country picked ------------------------------------------

# Country-code top-level domains that differ from the region code.
_TLD_REGIONS = {"uk": "GB"}
MIN_DIGITS_FOR_HINT = 6


@dataclass(frozen=True)
class CountryHint:
    """The country a number belongs to when it does not fit the one picked."""

    region: str  # "NO"
    calling_code: int  # 47
    e164: str  # the number as it reads in that country


def regions_from_addresses(addresses: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """The countries the user's email domains point to (``ola@firma.no`` → ``NO``),
    in list order: a hint where a number that fits several countries is from."""
    import phonenumbers

    found: list[str] = []
    for address in addresses:
        tld = address.rpartition(".")[2].lower()
        region = _TLD_REGIONS.get(tld, tld.upper())
        if len(tld) == 2 and region in phonenumbers.SUPPORTED_REGIONS and region not in found:
            found.append(region)
    return tuple(found)


def other_country(
    text: str,
    chosen: str,
    *,
    preferred: tuple[str, ...] = (),
    allow_fictional: bool = False,
) -> CountryHint | None:
    """The one country a number typed without ``+`` fits when it does not fit
    ``chosen``: as an international number (its first digits a country code), else
    as a mobile number of one country in ``preferred`` (or of only one country at
    all). None when it fits ``chosen``, or when nothing says which country it is."""
    import phonenumbers

    cleaned = normalize_input(text.strip())
    if not cleaned.isdigit() or not cleaned.isascii() or len(cleaned) > MAX_INPUT_LENGTH:
        return None
    try:
        parse_phone(cleaned, chosen, allow_fictional=allow_fictional)
    except PhoneError:
        pass
    else:
        return None
    international = cleaned[2:] if cleaned.startswith("00") else cleaned
    hint = _mobile_in(f"+{international}", None)
    if hint is not None and hint.region != chosen.upper():
        return hint
    if len(cleaned) < MIN_DIGITS_FOR_HINT:
        return None
    fits = [
        hint
        for region in sorted(phonenumbers.SUPPORTED_REGIONS)
        if region != chosen.upper() and (hint := _mobile_in(cleaned, region)) is not None
    ]
    for region in preferred:
        for hint in fits:
            if hint.region == region:
                return hint
    return fits[0] if len(fits) == 1 else None


def _mobile_in(text: str, region: str | None) -> CountryHint | None:
    import phonenumbers
    from phonenumbers import PhoneNumberType

    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    own = phonenumbers.region_code_for_number(number)
    if (
        not own
        or (region is not None and own != region)
        or not phonenumbers.is_valid_number(number)
        or phonenumbers.number_type(number)
        not in (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE)
    ):
        return None
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return CountryHint(own, int(number.country_code or 0), e164)
