"""The exchange picker's search, Qt-free so it is tested without a window."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from breachguard.core.profiles import DEMO_PROVIDER_ID, ProfileEntry


def _fold(text: str) -> str:
    """Case and accents ignored, punctuation dropped: "Bitpanda" and "BITPANDA" meet."""
    decomposed = unicodedata.normalize("NFKD", text).casefold()
    return "".join(char for char in decomposed if char.isalnum() or char.isspace())


def _words(entry: ProfileEntry) -> list[str]:
    words = _fold(entry.name.replace(".", " ")).split()
    domains = [_fold(domain) for domain in entry.web_domains]
    return [*words, "".join(words), _fold(entry.id.replace("-", "")), *domains]


def picker_order(entries: Sequence[ProfileEntry]) -> list[ProfileEntry]:
    """The Demo Exchange first, then by name."""
    return sorted(
        entries, key=lambda entry: (entry.id != DEMO_PROVIDER_ID, _fold(entry.name), entry.id)
    )


def search(entries: Sequence[ProfileEntry], query: str) -> list[ProfileEntry]:
    """The entries a query typed into the picker matches, in the picker's order.
    Each word of the query starts a word of the name, or the query starts the id or
    a web domain ("kra", "crypto com", "kraken.com", "www.kraken")."""
    ordered = picker_order(entries)
    terms = _fold(query.replace(".", " ")).split()
    if not terms:
        return ordered
    whole = "".join(terms)
    found: list[ProfileEntry] = []
    for entry in ordered:
        words = _words(entry)
        if any(word.startswith(whole) for word in words) or all(
            any(word.startswith(term) for word in words) for term in terms
        ):
            found.append(entry)
    return found
