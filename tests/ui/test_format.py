"""Moments written the way each language writes them, in a fixed time zone."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from PySide6.QtCore import QDate, QLocale, QTimeZone

from breachguard.ui.format import TimeFormat, locale_for

NOW = datetime(2026, 12, 1, 13, 0, tzinfo=timezone.utc).timestamp()
AT_14_UTC = datetime(2026, 12, 1, 14, 0, tzinfo=timezone.utc)
OSLO = QTimeZone(b"Europe/Oslo")


def times(locale: str, zone: QTimeZone = OSLO) -> TimeFormat:
    return TimeFormat(QLocale(locale), zone, lambda: NOW)


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("de_DE", "1. Dez. 2026, 15:00 MEZ"),
        ("nb_NO", "1. des. 2026, 15:00 CET"),
        ("en_GB", "1 Dec 2026, 15:00 CET"),
        ("en_US", "Dec 1, 2026, 3:00\u202fPM CET"),
    ],
)
def test_a_moment_has_month_names_the_locales_order_and_its_zone(
    locale: str, expected: str
) -> None:
    assert times(locale).date_time(AT_14_UTC) == expected


def test_dates_alone_and_calendar_days() -> None:
    assert times("de_DE").date(AT_14_UTC) == "1. Dez. 2026"
    assert times("nb_NO").calendar_date(QDate(2026, 3, 14)) == "14. mars 2026"
    assert times("en_GB").clock(AT_14_UTC) == "15:00"


def test_a_promised_time_is_given_in_utc_and_in_the_users_time() -> None:
    assert times("de_DE").utc_and_yours(AT_14_UTC) == "14:00 UTC (15:00 your time)"
    # On a UTC clock the user's time is UTC: said once.
    assert times("de_DE", QTimeZone.utc()).utc_and_yours(AT_14_UTC) == "14:00 UTC"
    # Not today: the day is named, on both sides of midnight when they differ.
    late = datetime(2026, 12, 2, 23, 30, tzinfo=timezone.utc)
    assert times("en_GB").utc_and_yours(late) == (
        "Wed, 2 Dec, 23:30 UTC (Thu, 3 Dec, 00:30 your time)"
    )


def test_a_maintenance_window_in_the_users_time() -> None:
    start = datetime(2027, 2, 15, 0, 0, tzinfo=timezone.utc)
    end = datetime(2027, 2, 15, 1, 0, tzinfo=timezone.utc)
    assert times("en_GB").window(start, end) == "Mon, 15 Feb 2027, 01:00–02:00 your time"
    assert times("de_DE").window(start, end) == "Mo., 15. Feb. 2027, 01:00–02:00 your time"
    assert times("nb_NO").window(start, end) == "man. 15. feb. 2027, 01:00–02:00 your time"
    this_year = datetime(2026, 12, 5, 23, 0, tzinfo=timezone.utc)
    overnight = times("en_GB").window(this_year, datetime(2026, 12, 6, 1, 0, tzinfo=timezone.utc))
    assert overnight == "Sun, 6 Dec, 00:00–02:00 your time"
    over_midnight = times("en_GB", QTimeZone.utc()).window(
        this_year, datetime(2026, 12, 6, 1, 0, tzinfo=timezone.utc)
    )
    assert over_midnight == "Sat, 5 Dec, 23:00 – Sun, 6 Dec, 01:00 UTC"
    assert times("en_GB").window(this_year, None) == "Sun, 6 Dec, 00:00 your time"


def test_list_times_are_short() -> None:
    assert times("en_GB").short(AT_14_UTC) == "15:00"  # today
    assert times("de_DE").short(datetime(2026, 11, 30, 19, 30, tzinfo=timezone.utc)) == (
        "30. Nov., 20:30"
    )
    assert times("nb_NO").short(datetime(2025, 11, 30, 19, 30, tzinfo=timezone.utc)) == (
        "30. nov. 2025, 20:30"
    )


def test_ages() -> None:
    clock = times("en_GB")
    assert clock.age(None) == "never"
    assert clock.age(NOW - 30) == "just now"
    assert clock.age(NOW - 5 * 60) == "5 min ago"
    assert clock.age(NOW - 3 * 3600) == "3 h ago"
    assert clock.age(NOW - 86400) == "yesterday"
    assert clock.age(NOW - 4 * 86400) == "4 days ago"
    assert clock.age(NOW + 600) == "just now"  # a clock a little ahead is not "in 10 min"


def test_the_chosen_language_picks_the_locale() -> None:
    before = QLocale()
    assert locale_for("de").name() == "de_DE"
    assert locale_for("nb").name() == "nb_NO"
    assert locale_for("no").name() == "nb_NO"
    assert locale_for(None).name() == before.name()
    assert locale_for("xx").name() == before.name()  # a language BreachGuard lacks
    QLocale.setDefault(QLocale("de_AT"))  # the conftest puts the default back
    assert locale_for("de").name() == "de_AT"  # the system's own regional formats kept
    assert QLocale().name() == "de_AT"
