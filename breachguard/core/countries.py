"""Country names in the user's language, from CLDR (the Unicode Consortium's locale
data, as Babel ships it), so "Norway" reads "Norge" in Bokmål and "Norwegen" in
German. Qt's own names are English only."""

from __future__ import annotations

from functools import cache


@cache
def _names(language: str) -> dict[str, str]:
    from babel import Locale, UnknownLocaleError

    try:
        locale = Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        locale = Locale.parse("en")
    return {str(code): str(name) for code, name in locale.territories.items()}


def country_name(region: str, language: str) -> str:
    """``("NO", "nb")`` → ``"Norge"``; the region code itself when CLDR has no name."""
    return _names(language or "en").get(region.upper(), region.upper())
