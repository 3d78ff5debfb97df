"""Times, dates, weekday names and durations in the user's locale.

Everything goes through the default ``QLocale`` (the system's, or the one
:func:`backbreak.i18n.install` set for a language override), so 12- and 24-hour
clocks, month and weekday names and number formats follow the locale.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

_SHORT = QLocale.FormatType.ShortFormat
_LONG = QLocale.FormatType.LongFormat


def clock(value: time | datetime) -> str:
    """A time of day the locale's way: "14:30" or "2:30 PM"."""
    return QLocale().toString(QTime(value.hour, value.minute), _SHORT)


def weekday(value: date | int, *, short: bool = True) -> str:
    """A weekday name; ``value`` a date or an ISO weekday (1 = Monday)."""
    day = value if isinstance(value, int) else value.isoweekday()
    return QLocale().dayName(day, _SHORT if short else _LONG)


def long_date(value: date) -> str:
    """A date spelt out, with its weekday: "Monday, 30 March 2026"."""
    return QLocale().toString(QDate(value.year, value.month, value.day), _LONG)


def short_date(value: date) -> str:
    """A compact date: "30/03/2026", "30.03.26"."""
    return QLocale().toString(QDate(value.year, value.month, value.day), _SHORT)


def day_and_clock(value: datetime, today: date | None = None) -> str:
    """A time, with the weekday in front when it isn't on ``today``."""
    if today is not None and value.date() == today:
        return clock(value)
    return QCoreApplication.translate("formats", "{weekday} {time}").format(
        weekday=weekday(value), time=clock(value)
    )


def number(value: int | float, decimals: int = 0) -> str:
    """A number with the locale's separators."""
    if isinstance(value, int) and decimals == 0:
        return QLocale().toString(value)
    return QLocale().toString(float(value), "f", decimals)


def percent(share: float) -> str:
    """A share as a percentage the locale's way: "80%", "80 %"."""
    return QLocale().toString(round(share * 100)) + QLocale().percent()


def short_date_time(value: datetime) -> str:
    """A compact date and time, for tables: "30/03/2026 14:05"."""
    return f"{short_date(value.date())} {clock(value)}"


def minutes(count: int) -> str:
    """A duration in minutes: "1 minute", "5 Minuten"."""
    return QCoreApplication.translate("formats", "%n minute(s)", "", count)
