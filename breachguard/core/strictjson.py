"""A JSON reader that closes the doors Python's ``json`` leaves open.

Refuses: a BOM, non-UTF-8 (including UTF-16), lone surrogates, NaN/Infinity,
numbers that overflow to infinity, integers longer than 30 digits, duplicate
keys, and nesting deeper than ``max_depth``. Returns plain dicts/lists.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any


class JsonError(ValueError):
    """The bytes are not strict JSON; ``str()`` is a message a person can act on."""


_MAX_INT_DIGITS = 30


def _reject_constant(name: str) -> Any:
    raise JsonError(f"{name} is not allowed in JSON")


def _parse_float(text: str) -> float:
    value = float(text)
    if math.isinf(value) or math.isnan(value):
        raise JsonError(f"number {text[:20]} is out of range")
    return value


def _parse_int(text: str) -> int:
    if len(text.lstrip("-")) > _MAX_INT_DIGITS:
        raise JsonError(f"integer with {len(text)} digits is too long")
    return int(text)


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise JsonError(f"duplicate key {key[:40]!r}")
        result[key] = value
    return result


# Unrolled (no per-char alternation); an unterminated string runs to the end of the
# text, because a failed match would be retried from every later quote (quadratic).
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*(?:"|\\?\Z)', re.DOTALL)
_BRACKET = re.compile(r"[\[\]{}]")
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


def _check_depth(raw: str, max_depth: int) -> None:
    # Pre-scan so a 100,000-deep document fails fast, before json recurses. Strings
    # are cut out first (their brackets don't nest); the regex engine does the
    # per-character work, which keeps a multi-megabyte feed in milliseconds.
    depth = 0
    for match in _BRACKET.finditer(_STRING.sub("", raw)):
        if match.group() in "[{":
            depth += 1
            if depth > max_depth:
                raise JsonError(f"nesting deeper than {max_depth} levels")
        else:
            depth -= 1


def _check_surrogates(value: Any) -> None:
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                raise JsonError("text contains an invalid (lone surrogate) character") from None
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def loads_strict(data: bytes, *, max_depth: int = 32) -> Any:
    if not isinstance(data, (bytes, bytearray)):
        raise JsonError("expected bytes")
    if data.startswith(b"\xef\xbb\xbf"):
        raise JsonError("starts with a byte-order mark (BOM)")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or (len(data) > 1 and b"\x00" in data[:4]):
        raise JsonError("is not UTF-8 (looks like UTF-16)")
    try:
        text = bytes(data).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise JsonError(f"is not valid UTF-8 (byte {exc.start})") from None
    if not text.strip():
        raise JsonError("is empty")
    _check_depth(text, max_depth)
    try:
        value = json.loads(
            text,
            parse_constant=_reject_constant,
            parse_float=_parse_float,
            parse_int=_parse_int,
            object_pairs_hook=_no_duplicates,
        )
    except JsonError:
        raise
    except RecursionError:
        raise JsonError(f"nesting deeper than {max_depth} levels") from None
    except json.JSONDecodeError as exc:
        raise JsonError(
            f"is not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"
        ) from None
    except ValueError as exc:  # int() digit limits and similar
        raise JsonError(f"is not valid JSON: {exc}") from None
    if _SURROGATE_ESCAPE.search(text):  # only \uD800-style escapes can make lone surrogates
        _check_surrogates(value)
    return value
