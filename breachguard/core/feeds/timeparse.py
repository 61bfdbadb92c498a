"""Strict RFC 3339 timestamps.

``datetime.fromisoformat`` accepts naive and date-only values, which would turn a
feed's "2026-03-14 09:00:00" into a local time the publisher never meant. Here a
timestamp needs a date, a ``T``, a time and an offset; anything else is "unknown".
RFC 3339 allows lowercase ``t``/``z``, so they are accepted; a leap second
(``:60``) is read as the last moment of that minute.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

_RFC3339 = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?"
    r"(?:([Zz])|([+-])(\d{2}):(\d{2}))$"
)


def parse_rfc3339(value: object) -> datetime | None:
    """An aware datetime, or None when ``value`` is not a valid RFC 3339 timestamp."""
    if not isinstance(value, str) or len(value) > 40:
        return None
    match = _RFC3339.match(value)
    if match is None:
        return None
    year, month, day, hour, minute, second = (int(match.group(i)) for i in range(1, 7))
    fraction = match.group(7)
    micro = int((fraction[1:] + "000000")[:6]) if fraction else 0
    if match.group(8):
        tz = timezone.utc
    else:
        hours, minutes = int(match.group(10)), int(match.group(11))
        if hours > 23 or minutes > 59:
            return None
        offset = timedelta(hours=hours, minutes=minutes)
        tz = timezone(-offset if match.group(9) == "-" else offset)
    leap = second == 60
    if leap:
        second, micro = 59, 999999
    try:
        return datetime(year, month, day, hour, minute, second, micro, tzinfo=tz)
    except ValueError:
        return None
