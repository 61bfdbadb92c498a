"""Dates, clock times, ages and time windows in the user's language and time zone.

One place decides how a moment is written: month names rather than numbers ("03/04"
reads differently in Oslo and in Ohio), in the locale's own order and punctuation
("1 Dec 2026", "1. Dez. 2026", "1. des. 2026"), with the time zone named, and the
user's own time beside UTC where a publisher promises "more at 14:00 UTC".

The patterns come from the locale's long date format (its weekday dropped or
shortened, its month abbreviated), so a language added later formats itself.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QObject, QTimeZone

from breachguard.qt.i18n import normalize_language

# The usual regional formats of each language BreachGuard speaks (as qt.i18n installs).
_LOCALES = {"de": "de_DE", "nb": "nb_NO", "en": "en_US"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("TimeFormat", text)


def locale_for(language: object) -> QLocale:
    """The locale for the app's chosen language (the "language" setting): the current
    default when it is already in that language (it may carry the system's regional
    formats), else that language's usual one; the default when none is chosen."""
    current = QLocale()
    code = normalize_language(language) if isinstance(language, str) else None
    if code is None or normalize_language(current.name()) == code:
        return current
    return QLocale(_LOCALES[code])


def _date_pattern(locale: QLocale, *, weekday: bool, year: bool) -> str:
    pattern = locale.dateFormat(QLocale.FormatType.LongFormat)
    pattern = pattern.replace("MMMM", "MMM")
    if weekday:
        pattern = pattern.replace("dddd", "ddd")
    else:
        pattern = re.sub(r"dddd[,.]?\s*", "", pattern)
    if not year:
        pattern = re.sub(r"[,.]?\s*y+[.]?", "", pattern)
    return pattern.strip(" ,")


Moment = datetime | float


class TimeFormat(QObject):
    """Formats moments (aware datetimes or Unix times) for one locale and time zone.

    ``zone`` defaults to the system's; ``now`` is the clock ages and "today" are
    measured against. A QObject only for ``tr()``: lupdate files a plural message
    as plural only when it is read from a ``tr()`` call."""

    def __init__(
        self,
        locale: QLocale,
        zone: QTimeZone | None = None,
        now: Callable[[], float] = time.time,
    ) -> None:
        super().__init__()
        self.locale = locale
        self.zone = zone if zone is not None else QTimeZone.systemTimeZone()
        self._now = now

    # -- pieces -------------------------------------------------------------------------

    def local(self, moment: Moment, zone: QTimeZone | None = None) -> QDateTime:
        seconds = moment.timestamp() if isinstance(moment, datetime) else float(moment)
        return QDateTime.fromSecsSinceEpoch(int(seconds), zone or self.zone)

    def zone_name(self, stamp: QDateTime) -> str:
        name = stamp.timeZone().displayName(stamp, QTimeZone.NameType.ShortName, self.locale)
        return name or stamp.timeZoneAbbreviation()

    def _utc_offset_zero(self, moment: Moment) -> bool:
        return self.local(moment).offsetFromUtc() == 0

    def _this_year(self, stamp: QDateTime) -> bool:
        return stamp.date().year() == self.local(self._now()).date().year()

    def _today(self, stamp: QDateTime) -> bool:
        return stamp.date() == self.local(self._now(), stamp.timeZone()).date()

    def _date_of(self, stamp: QDateTime, *, weekday: bool, year: bool) -> str:
        pattern = _date_pattern(self.locale, weekday=weekday, year=year)
        return self.locale.toString(stamp.date(), pattern)

    def _clock_of(self, stamp: QDateTime) -> str:
        return self.locale.toString(stamp.time(), QLocale.FormatType.ShortFormat)

    # -- what views use -----------------------------------------------------------------

    def date(self, moment: Moment) -> str:
        """The day: "1 Dec 2026", "1. Dez. 2026", "1. des. 2026" (the user's time zone)."""
        return self._date_of(self.local(moment), weekday=False, year=True)

    def calendar_date(self, day: QDate) -> str:
        return self.locale.toString(day, _date_pattern(self.locale, weekday=False, year=True))

    def clock(self, moment: Moment) -> str:
        """The time of day, "14:00" (or "2:00 PM"), in the user's time."""
        return self._clock_of(self.local(moment))

    def date_time(self, moment: Moment) -> str:
        """Date, time and the zone it is in: "1. Dez. 2026, 14:00 MEZ"."""
        stamp = self.local(moment)
        date = self._date_of(stamp, weekday=False, year=True)
        return f"{date}, {self._clock_of(stamp)} {self.zone_name(stamp)}"

    def day(self, moment: Moment) -> str:
        """The day with its weekday, "Sat, 15 Feb" (the year only when it is not this
        year), in the user's time."""
        stamp = self.local(moment)
        return self._date_of(stamp, weekday=True, year=not self._this_year(stamp))

    def short(self, moment: Moment) -> str:
        """For lists: the time alone today, else the day and time ("30 Nov, 20:30"),
        the year only when it is not this year; no zone (the detail names it)."""
        stamp = self.local(moment)
        if self._today(stamp):
            return self._clock_of(stamp)
        day = self._date_of(stamp, weekday=False, year=not self._this_year(stamp))
        return f"{day}, {self._clock_of(stamp)}"

    def clock_or_date_time(self, moment: Moment) -> str:
        """Only the time ("14:00 UTC") today, else the full date and time."""
        stamp = self.local(moment)
        if self._today(stamp):
            return f"{self._clock_of(stamp)} {self.zone_name(stamp)}"
        return self.date_time(moment)

    def your_time(self, text: str, moment: Moment) -> str:
        """``text`` marked as the user's time ("01:00–02:00 your time"), or as UTC
        when the user's clock is on UTC anyway."""
        if self._utc_offset_zero(moment):
            return f"{text} {self.zone_name(self.local(moment))}"
        return _tr("{time} your time").format(time=text)

    def window(self, start: Moment, end: Moment | None) -> str:
        """A maintenance window, "Sat, 15 Feb, 01:00–02:00 your time"; a window over
        midnight names both days; an open-ended one only its start."""
        first = self.local(start)
        text = f"{self.day(start)}, {self._clock_of(first)}"
        if end is not None:
            last = self.local(end)
            if last.date() == first.date():
                text += f"–{self._clock_of(last)}"
            else:
                text += f" – {self.day(end)}, {self._clock_of(last)}"
        return self.your_time(text, start)

    def utc_and_yours(self, moment: Moment) -> str:
        """A promised time as exchanges write it and on the user's clock, "14:00 UTC
        (15:00 your time)", with the day when it is not today."""
        utc_zone = QTimeZone.utc()
        utc = self.local(moment, utc_zone)
        text = f"{self._clock_of(utc)} {self.zone_name(utc)}"
        if not self._today(self.local(moment)):
            text = f"{self._date_of(utc, weekday=True, year=not self._this_year(utc))}, {text}"
        if self._utc_offset_zero(moment):
            return text
        mine = self.local(moment)
        yours = self._clock_of(mine)
        if mine.date() != utc.date():
            yours = f"{self.day(moment)}, {yours}"
        return _tr("{utc} ({local} your time)").format(utc=text, local=yours)

    def age(self, timestamp: float | None) -> str:
        """How long ago: "just now", "5 min ago", "3 h ago", "yesterday", "4 days ago"."""
        if timestamp is None:
            return self.tr("never")
        seconds = max(0, int(self._now() - timestamp))
        if seconds < 60:
            return self.tr("just now")
        # Counts worked out first: lupdate reads "//" inside a call as a comment.
        minutes, hours, days = seconds // 60, seconds // 3600, seconds // 86400
        if seconds < 3600:
            return self.tr("%n min ago", "", minutes)
        if seconds < 86400:
            return self.tr("%n h ago", "", hours)
        if days == 1:
            return self.tr("yesterday")
        return self.tr("%n days ago", "", days)
