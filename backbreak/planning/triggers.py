"""The cadences as APScheduler triggers.

Each class is an ``apscheduler.triggers.base.BaseTrigger``: ``get_next_fire_time(previous,
now)`` answers "when next?" with an aware local datetime, so each cadence can be tested,
and used with a scheduler, on its own. The engine uses the richer methods (``window``,
``item_window``, ``on``) that also give the earliest and latest acceptable times.

Why not APScheduler's ``IntervalTrigger``/``CronTrigger``/``OrTrigger``: they import
``apscheduler.util``, which imports ``asyncio`` (and with it ``ssl``) - measured here
about as much memory as the schedulers the issue keeps off the start path - and none of
them knows "work hours" or "anchored on the last completion". ``triggers.base`` imports
only the standard library. Arithmetic is done in UTC (real elapsed time, so "2 hours"
stays 2 hours across a DST change); wall-clock times (09:00, 20:30) are built in the
local zone by ``ActiveHours`` and ``at_local``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from apscheduler.triggers.base import BaseTrigger

from backbreak.planning.hours import UTC, ActiveHours, Period, at_local

SEARCH_DAYS = 8
"""A week and a day: far enough to find the next enabled weekday."""


@dataclass(frozen=True)
class Window:
    """When an occurrence may come (``earliest``), should (``due``), may wait until (``latest``)."""

    earliest: datetime
    due: datetime
    latest: datetime


class AnchoredTrigger(BaseTrigger):  # type: ignore[misc]  # apscheduler ships no type hints
    """Due a fixed time after an anchor (the last completion or break end), in work hours.

    The anchor moves to the start of the work period when it lies before it (overnight,
    a weekend), so the first occurrence of a day is ``due_after`` past the start of work.
    A due time that would fall after the end of work moves to the next work day.
    ``previous_fire_time`` is the anchor.
    """

    __slots__ = ("due_after", "earliest_after", "hours", "latest_after")

    def __init__(
        self,
        hours: ActiveHours,
        *,
        due_after: timedelta,
        earliest_after: timedelta | None = None,
        latest_after: timedelta | None = None,
    ) -> None:
        self.hours = hours
        self.due_after = due_after
        self.earliest_after = min(earliest_after or due_after, due_after)
        self.latest_after = max(latest_after or due_after, due_after)

    def window(self, anchor: datetime) -> Window | None:
        period = self.hours.period_at_or_after(anchor)
        if period is None:
            return None
        base = max(anchor, period.start)
        due = base + self.due_after
        if due >= period.end:
            later = self.hours.next_period(period)
            if later is None:
                return None
            period, base = later, later.start
            due = base + self.due_after
            if due >= period.end:
                due = period.start + period.length / 2
        earliest = min(max(base + self.earliest_after, period.start), due)
        return Window(earliest, due, base + self.latest_after)

    def get_next_fire_time(
        self, previous_fire_time: datetime | None, now: datetime
    ) -> datetime | None:
        anchor = previous_fire_time if previous_fire_time is not None else now
        window = self.window(anchor.astimezone(UTC))
        return None if window is None else window.due.astimezone(self.hours.tz)


class DailySlotsTrigger(BaseTrigger):  # type: ignore[misc]  # apscheduler ships no type hints
    """N times a day, spread evenly over the work period: slot i at start + (i + ½)·span/N.

    With 09:00-17:00, 3× gives 10:20, 13:00, 15:40 and 2× gives 11:00, 15:00. The engine
    asks for the slot after the ones already taken today (``item_window``), never earlier
    than half a spacing after the last one, so a late catch-up is not followed at once by
    the next repetition. What no longer fits before the end of work is not owed that day.
    """

    __slots__ = ("hours", "times")

    def __init__(self, hours: ActiveHours, times: int) -> None:
        self.hours = hours
        self.times = max(1, times)

    def spacing(self, period: Period) -> timedelta:
        return period.length / self.times

    def slots(self, day: date) -> list[datetime]:
        period = self.hours.period_on(day)
        if period is None:
            return []
        step = self.spacing(period)
        return [period.start + step * (i + 0.5) for i in range(self.times)]

    def item_window(self, day: date, taken: int, last: datetime | None) -> Window | None:
        """The next occurrence on ``day`` after ``taken`` were done, the last at ``last``."""
        period = self.hours.period_on(day)
        if period is None or taken >= self.times:
            return None
        step = self.spacing(period)
        due = period.start + step * (taken + 0.5)
        if last is not None:
            due = max(due, last + step / 2)
        if due >= period.end:
            return None
        return Window(max(period.start, due - step / 2), due, due + step / 2)

    def get_next_fire_time(
        self, previous_fire_time: datetime | None, now: datetime
    ) -> datetime | None:
        ref = (previous_fire_time or now).astimezone(UTC)
        day = ref.astimezone(self.hours.tz).date()
        for offset in range(SEARCH_DAYS):
            for slot in self.slots(day + timedelta(days=offset)):
                if slot > ref or (previous_fire_time is None and slot == ref):
                    return slot.astimezone(self.hours.tz)
        return None


class EveningTrigger(BaseTrigger):  # type: ignore[misc]  # apscheduler ships no type hints
    """Every enabled day at a wall-clock time (20:30 stays 20:30 across DST changes)."""

    __slots__ = ("at", "days", "tz")

    def __init__(self, at: time, days: frozenset[int], tz: tzinfo) -> None:
        self.at = at
        self.days = days
        self.tz = tz

    def on(self, day: date) -> datetime | None:
        """The session's time on a local day (UTC), or None on a day without one."""
        if day.weekday() not in self.days:
            return None
        return at_local(day, self.at, self.tz)

    def get_next_fire_time(
        self, previous_fire_time: datetime | None, now: datetime
    ) -> datetime | None:
        ref = (previous_fire_time or now).astimezone(UTC)
        day = ref.astimezone(self.tz).date()
        for offset in range(SEARCH_DAYS):
            when = self.on(day + timedelta(days=offset))
            if when is not None and (when > ref or (previous_fire_time is None and when == ref)):
                return when.astimezone(self.tz)
        return None
