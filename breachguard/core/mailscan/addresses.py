"""The one real address in an address header, found strictly.

Header values arrive raw: RFC 2047 encoded words are never decoded, so a display
name such as ``=?utf-8?q?support=40exchange.example?=`` stays an opaque name and
cannot stand in for the address in angle brackets. Anything ambiguous (two
mailboxes, two angle addresses, text after the address, unbalanced quotes or
comments) gives no address rather than a guess.
"""

from __future__ import annotations

import re
from functools import lru_cache

from breachguard.core.emails import EmailError, check_address

_FOLDING = re.compile(r"\r?\n[ \t]")
_SPECIAL = re.compile(r'["()\\]')


def unfold(value: str) -> str:
    return _FOLDING.sub(" ", value).strip()


def outside_quotes_and_comments(value: str, *, quoted_as: str = " ") -> str | None:
    """``value`` with comments blanked out and each character of quoted strings
    replaced by ``quoted_as`` (offsets kept), or None when one is left open."""
    shown: list[str] = []
    depth = 0
    quoted = False
    escaped = False
    for char in value:
        if escaped:
            escaped = False
            shown.append(quoted_as if quoted else " ")
        elif char == "\\" and (quoted or depth):
            escaped = True
            shown.append(quoted_as if quoted else " ")
        elif quoted:
            quoted = char != '"'
            shown.append(quoted_as)
        elif char == "(":
            depth += 1
            shown.append(" ")
        elif char == ")":
            if depth == 0:
                return None
            depth -= 1
            shown.append(" ")
        elif depth:
            shown.append(" ")
        elif char == '"':
            quoted = True
            shown.append(quoted_as)
        else:
            shown.append(char)
    if quoted or depth or escaped:
        return None
    return "".join(shown)


# A mailbox repeats the same few addresses (its owner's, its regular senders') in
# almost every message; bounded, so a mailbox of distinct senders stays flat.
@lru_cache(maxsize=4096)
def single_mailbox(value: str) -> str | None:
    """The address of a header that names exactly one mailbox (``From``, ``Sender``,
    ``Delivered-To``), tidied by :func:`check_address`; None when there is not
    exactly one valid address."""
    text = unfold(value)
    # Most values have no quotes or comments to blank out.
    bare = outside_quotes_and_comments(text) if _SPECIAL.search(text) else text
    if bare is None or "," in bare or ";" in bare:
        return None
    opens, closes = bare.count("<"), bare.count(">")
    if opens > 1 or closes > 1 or opens != closes:
        return None
    if opens:
        start, end = bare.index("<"), bare.index(">")
        if end < start or bare[end + 1 :].strip():
            return None
        candidate = text[start + 1 : end].strip()
    else:
        candidate = bare.strip()  # a quoted part left blanks: refused by check_address
    if not candidate or candidate.startswith("@"):  # source routes are not addresses here
        return None
    try:
        return check_address(candidate)
    except (EmailError, UnicodeError):
        return None


def path_address(value: str) -> str | None:
    """The address of ``Return-Path``; ``<>`` (bounces) has none."""
    text = unfold(value)
    if text.replace(" ", "") == "<>":
        return None
    return single_mailbox(text)


__all__ = ["outside_quotes_and_comments", "path_address", "single_mailbox", "unfold"]
