"""The facts the verdicts need, taken from one message's header block.

The block is split into fields exactly as the standard library's parser does
with the ``compat32`` policy, which keeps header values as the raw text they
arrived as (bytes that are not ASCII become surrogate escapes instead of errors):
the same line ends, the same end of the header at the first line that is neither
a field nor a continuation, the same values. It is done here because the library
parser builds a message object of every field, and that was half of the time of a
scan; a test checks the two agree on generated hostile blocks. The ``default``
policy would decode encoded words into display names and build address objects
with a much slower parser whose leniency has changed between Python releases;
this module finds the one address it needs itself (:mod:`.addresses`), from text
nobody decoded.

The Subject is never kept: no verdict needs it, and what is not kept cannot leak
into a report or a log.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone
from functools import cached_property

from breachguard.core.mailscan.addresses import path_address, single_mailbox, unfold
from breachguard.core.mailscan.authentication import DkimResult, dkim_results, signing_domain

_WANTED = frozenset(
    {
        "from",
        "sender",
        "return-path",
        "date",
        "authentication-results",
        "dkim-signature",
        "to",
        "delivered-to",
        "x-original-to",
    }
)
# Receiving servers record the recipient: first the envelope address as the sender
# used it (before aliases), then the mailbox it reached; To is the sender's text.
RECIPIENT_HEADERS = ("x-original-to", "delivered-to", "to")

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_ZONES = {"ut": 0, "gmt": 0, "z": 0, "est": -5, "edt": -4, "cst": -6, "cdt": -5}
_ZONES |= {"mst": -7, "mdt": -6, "pst": -8, "pdt": -7}
_DATE = re.compile(
    r"^(?:(?:mon|tue|wed|thu|fri|sat|sun)\s*,\s*)?"
    r"(?P<day>\d{1,2})\s+(?P<month>[a-z]{3})\s+(?P<year>\d{4})\s+"
    r"(?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?\s+"
    r"(?P<zone>[+-]\d{4}|[a-z]{1,3})(?:\s*\([^()]*\))?$",
    re.IGNORECASE,
)


class HeaderFacts:
    """The wanted header fields of one message, each worked out when first asked
    for: most mail is from nobody the scan cares about, and needs only its From."""

    def __init__(self, fields: dict[str, list[str]], raw: bytes = b"") -> None:
        self._fields = fields
        self.raw = raw  # the header block, for a DKIM check of its own

    def _only(self, name: str) -> str | None:
        values = self._fields.get(name)
        return values[0] if values is not None and len(values) == 1 else None

    @cached_property
    def author(self) -> str | None:
        """The single From address; None when From is missing, repeated or ambiguous."""
        value = self._only("from")
        return single_mailbox(value) if value is not None else None

    @cached_property
    def sender(self) -> str | None:
        value = self._only("sender")
        return single_mailbox(value) if value is not None else None

    @cached_property
    def return_path(self) -> str | None:
        # The receiving server writes it on delivery, on top.
        values = self._fields.get("return-path")
        return path_address(values[0]) if values else None

    @cached_property
    def recipient(self) -> str | None:
        for name in RECIPIENT_HEADERS:
            values = self._fields.get(name)
            if not values:
                continue
            # Receiving servers add theirs on top; lower ones may come from the sender.
            value = values[0] if name != "to" else self._only(name)
            address = single_mailbox(value) if value is not None else None
            if address is not None:
                return address
        return None

    @cached_property
    def date(self) -> datetime | None:
        """UTC; None when missing, repeated or not a valid RFC 5322 date."""
        value = self._only("date")
        return parse_date(value) if value is not None else None

    @cached_property
    def receiver_dkim(self) -> tuple[DkimResult, ...]:
        """From the topmost Authentication-Results: the one the receiving server added."""
        values = self._fields.get("authentication-results")
        return dkim_results(values[0]) if values else ()

    @cached_property
    def signing_domains(self) -> tuple[str, ...]:
        found = (signing_domain(value) for value in self._fields.get("dkim-signature", ()))
        return tuple(domain for domain in found if domain is not None)


def parse_date(value: str) -> datetime | None:
    """An RFC 5322 date-time (seconds and the day name optional, a zone required)."""
    match = _DATE.match(unfold(value))
    if match is None:
        return None
    month = match["month"].lower()
    zone = match["zone"].lower()
    if month not in _MONTHS:
        return None
    if zone[0] in "+-":
        hours, minutes = int(zone[1:3]), int(zone[3:5])
        if minutes > 59:
            return None
        offset = (hours * 60 + minutes) * (-1 if zone[0] == "-" else 1)
    elif zone in _ZONES:
        offset = _ZONES[zone] * 60
    else:
        return None  # military zones are ambiguous (RFC 5322 4.3)
    try:
        moment = datetime(
            int(match["year"]),
            _MONTHS.index(month) + 1,
            int(match["day"]),
            int(match["hour"]),
            int(match["minute"]),
            int(match["second"] or 0),
            tzinfo=timezone(timedelta(minutes=offset)),
        )
    except ValueError:  # 31 February, 25:00, an offset of a day or more
        return None
    return moment.astimezone(UTC)


# What the library's parser takes as a line of the header: a field, a continuation,
# or an mbox "From " line; and where it ends lines (str.splitlines also ends them
# at \v, \f and \x1c-\x1e, which the parser keeps inside a line).
_HEADER_LINE = re.compile(r"From |[\041-\071\073-\176]*:|[\t ]")
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")
_SPLITLINES_EXTRA = re.compile(r"[\x0b\x0c\x1c-\x1e]")


def _lines(text: str) -> list[str]:
    if _SPLITLINES_EXTRA.search(text) is None:
        return text.splitlines(keepends=True)  # the fast path: the same lines
    return _LINE.findall(text)


def _value(lines: list[str]) -> str:
    first = lines[0].split(":", 1)[1].lstrip(" \t")
    return (first + "".join(lines[1:])).rstrip("\r\n")


def header_fields(block: bytes) -> dict[str, list[str]]:
    """The wanted fields of a header block, names lower-cased, values as the
    library's ``compat32`` parser keeps them, in the order they stand."""
    lines = _lines(block.decode("ascii", "surrogateescape"))
    fields: dict[str, list[str]] = {}
    name: str | None = None
    current: list[str] = []

    def keep() -> None:
        if name is not None:
            key = name.strip().lower()
            if key in _WANTED:
                fields.setdefault(key, []).append(_value(current))

    for number, line in enumerate(lines):
        if _HEADER_LINE.match(line) is None:
            break  # a blank line, or the body's first line: the header ends
        if line[0] in " \t":
            if name is not None:
                current.append(line)
            continue  # a continuation before any field is dropped
        keep()
        name, current = None, []
        if line.startswith("From "):
            if number == len(lines) - 1:
                break  # at the very end it is the body's first line
            continue  # the mbox separator line, or one misplaced: not a field
        colon = line.find(":")
        if colon > 0:
            name, current = line[:colon], [line]
    keep()
    return fields


def read_headers(block: bytes) -> HeaderFacts:
    """The facts of one header block (its bytes up to, not including, the blank line)."""
    return HeaderFacts(header_fields(block), block)


__all__ = ["RECIPIENT_HEADERS", "HeaderFacts", "header_fields", "parse_date", "read_headers"]
