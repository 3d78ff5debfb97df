"""Work hours as concrete periods: when reminders other than the evening session may come.

Periods are built from local wall-clock times (``09:00``-``17:00`` on Monday-Friday by
default) in the clock's zone and returned in UTC, so that arithmetic on them measures
real elapsed time even on the days the clocks change.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone, tzinfo

from backbreak.domain.settings import Settings

UTC = timezone.utc

SEARCH_DAYS = 8
"""A week and a day: far enough to find the next enabled weekday."""


def at_local(day: date, wall: time, tz: tzinfo) -> datetime:
    """``day`` at ``wall`` in ``tz``, as UTC (a wall time skipped by DST lands just after)."""
    return datetime.combine(day, wall, tzinfo=tz).astimezone(UTC)


def next_midnight(t: datetime, tz: tzinfo) -> datetime:
    """The first local midnight after ``t``, as UTC."""
    day = t.astimezone(tz).date() + timedelta(days=1)
    return at_local(day, time(0, 0), tz)


@dataclass(frozen=True)
class Period:
    """One stretch of work hours, in UTC."""

    start: datetime
    end: datetime

    @property
    def length(self) -> timedelta:
        return self.end - self.start

    def __contains__(self, t: datetime) -> bool:
        return self.start <= t < self.end


class ActiveHours:
    """The work periods that the settings describe, in one time zone."""

    def __init__(self, settings: Settings, tz: tzinfo) -> None:
        self.tz = tz
        self._start = settings.work_start
        self._end = settings.work_end
        self._days = frozenset(settings.work_days)
        self._periods: dict[date, Period | None] = {}
        self._found: dict[datetime, Period | None] = {}

    @property
    def overnight(self) -> bool:
        """Work hours that cross midnight (a night shift, 22:00-06:00)."""
        return self._end <= self._start

    def period_on(self, day: date) -> Period | None:
        """The work period that starts on a local day, or None on a day off.

        A night shift belongs to the day it starts on: Monday 22:00 to Tuesday 06:00 is
        Monday's period, and ``work_days`` name the days shifts start on.
        """
        if day in self._periods:
            return self._periods[day]
        period = None
        if day.weekday() in self._days:
            end_day = day + timedelta(days=1) if self.overnight else day
            start, end = at_local(day, self._start, self.tz), at_local(end_day, self._end, self.tz)
            period = Period(start, end)
        self._periods[day] = period
        return period

    def period_at_or_after(self, t: datetime) -> Period | None:
        """The period ``t`` falls in, else the next one; None when no weekday is a work day."""
        if t in self._found:
            return self._found[t]
        if len(self._found) > 4096:
            self._found.clear()
        found = self._find(t)
        self._found[t] = found
        return found

    def _find(self, t: datetime) -> Period | None:
        day = t.astimezone(self.tz).date() - timedelta(days=1)
        for offset in range(SEARCH_DAYS + 1):
            period = self.period_on(day + timedelta(days=offset))
            if period is not None and period.end > t:
                return period
        return None

    def day_of(self, period: Period) -> date:
        """The local day a period belongs to (the day a night shift starts)."""
        return period.start.astimezone(self.tz).date()

    def next_period(self, period: Period) -> Period | None:
        return self.period_at_or_after(period.end)

    def align(self, t: datetime) -> datetime | None:
        """``t`` if it is within work hours, else the start of the next period."""
        period = self.period_at_or_after(t)
        if period is None:
            return None
        return max(t, period.start)

    def contains(self, t: datetime) -> bool:
        period = self.period_at_or_after(t)
        return period is not None and t in period
