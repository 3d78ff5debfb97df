"""The cadences as APScheduler triggers: each one *the* rule of its cadence.

Each class is an ``apscheduler.triggers.base.BaseTrigger`` built from the cadence's
state (the last time it was done, how many times today). ``window()`` gives the
occurrence owed now as earliest / due / latest times, and ``get_next_fire_time`` is
derived from it, so the scheduler's job and the engine's composer read one rule:

- ``get_next_fire_time(None, now)``: when the occurrence owed now falls due (its
  ``window().due``); APScheduler asks this when a job is added, rescheduled or resumed.
- ``get_next_fire_time(previous, now)``: the occurrence after one done at ``previous``;
  APScheduler asks this after the job fired. The engine reschedules the job with a
  fresh trigger once the occurrence is really answered, so a fire alone never moves a
  cadence on.

Arithmetic is done in UTC (real elapsed time, so "2 hours" stays 2 hours across a DST
change); wall-clock times (09:00, 20:30) are built in the local zone by ``ActiveHours``
and ``at_local``. Why not ``IntervalTrigger``/``CronTrigger``: none of them knows "work
hours" or "anchored on the last completion"; see the README, Design notes, ADR-4.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from apscheduler.triggers.base import BaseTrigger

from backbreak.planning.hours import SEARCH_DAYS, UTC, ActiveHours, Period, at_local


@dataclass(frozen=True)
class Window:
    """When an occurrence may come (``earliest``), should (``due``), may wait until (``latest``)."""

    earliest: datetime
    due: datetime
    latest: datetime


class CadenceTrigger(BaseTrigger):  # type: ignore[misc]  # apscheduler ships no type hints
    """A cadence's rule: the window owed now, and the next fire times derived from it."""

    def window(self) -> Window | None:
        """The occurrence owed now (UTC), or None when nothing more is owed."""
        raise NotImplementedError

    def after(self, done: datetime) -> Window | None:
        """The occurrence after one done at ``done``."""
        raise NotImplementedError

    def get_next_fire_time(
        self, previous_fire_time: datetime | None, now: datetime
    ) -> datetime | None:
        window = self.window() if previous_fire_time is None else self.after(previous_fire_time)
        return None if window is None else window.due.astimezone(self.zone)

    @property
    def zone(self) -> tzinfo:
        raise NotImplementedError

    def key(self) -> tuple[object, ...]:
        """The state the rule was built from: equal keys (and settings) fire alike."""
        raise NotImplementedError


class AnchoredTrigger(CadenceTrigger):
    """Due a fixed time after an anchor (the last time it was done), in work hours.

    The prone holds: due 2 h after the last ones, overdue at 3 h. The routine block:
    due ``block_interval`` after the start of the last block, its window the guide's
    1-2 hours. An anchor before the start of a work period (overnight, a weekend) moves
    to that start, so the first occurrence of a day is ``due_after`` into the day. A due
    time past the end of work moves to the next period.
    """

    __slots__ = ("anchor", "due_after", "earliest_after", "hours", "latest_after")

    def __init__(
        self,
        hours: ActiveHours,
        anchor: datetime,
        *,
        due_after: timedelta,
        earliest_after: timedelta | None = None,
        latest_after: timedelta | None = None,
    ) -> None:
        self.hours = hours
        self.anchor = anchor.astimezone(UTC)
        self.due_after = due_after
        self.earliest_after = min(earliest_after or due_after, due_after)
        self.latest_after = max(latest_after or due_after, due_after)

    @property
    def zone(self) -> tzinfo:
        return self.hours.tz

    def key(self) -> tuple[object, ...]:
        return ("anchored", self.anchor, self.due_after, self.earliest_after, self.latest_after)

    def window(self) -> Window | None:
        return self.after(self.anchor)

    def after(self, done: datetime) -> Window | None:
        done = done.astimezone(UTC)
        period = self.hours.period_at_or_after(done)
        if period is None:
            return None
        base = max(done, period.start)
        due = base + self.due_after
        if due >= period.end:
            later = self.hours.next_period(period)
            if later is None:
                return None
            period, base = later, later.start
            due = min(base + self.due_after, base + period.length / 2)
        earliest = min(max(base + self.earliest_after, period.start), due)
        return Window(earliest, due, max(due, base + self.latest_after))


class DailySlotsTrigger(CadenceTrigger):
    """N times a day, spread evenly over the work period: slot i at start + (i + ½)·span/N.

    With 09:00-17:00, 3× gives 10:20, 13:00, 15:40 and 2× gives 11:00, 15:00. ``taken``
    and ``last`` say how many were done on the current day and when the last one was:
    the next occurrence is the next slot, never earlier than half a spacing after the
    last one, so a late one is not followed at once by the next. What no longer fits
    before the end of work is not owed that day; the next day starts again at slot 0.
    """

    __slots__ = ("day", "hours", "last", "taken", "times")

    def __init__(
        self,
        hours: ActiveHours,
        times: int,
        day: date,
        taken: int = 0,
        last: datetime | None = None,
    ) -> None:
        self.hours = hours
        self.times = max(1, times)
        self.day = day
        self.taken = taken
        self.last = None if last is None else last.astimezone(UTC)

    @property
    def zone(self) -> tzinfo:
        return self.hours.tz

    def key(self) -> tuple[object, ...]:
        return ("daily", self.times, self.day, self.taken, self.last)

    def window(self) -> Window | None:
        first = self._on(self.day, self.taken, self.last)
        return first if first is not None else self._next_days(self.day)

    def after(self, done: datetime) -> Window | None:
        done = done.astimezone(UTC)
        period = self.hours.period_at_or_after(done)
        day = self.day if period is None else self.hours.day_of(period)
        taken = self.taken + 1 if day == self.day else 1
        here = self._on(day, taken, done)
        return here if here is not None else self._next_days(day)

    def _next_days(self, day: date) -> Window | None:
        for offset in range(1, SEARCH_DAYS + 1):
            window = self._on(day + timedelta(days=offset), 0, None)
            if window is not None:
                return window
        return None

    def _on(self, day: date, taken: int, last: datetime | None) -> Window | None:
        period = self.hours.period_on(day)
        if period is None or taken >= self.times:
            return None
        step = self.spacing(period)
        due = period.start + step * (taken + 0.5)
        if last is not None:
            due = max(due, last + step / 2)
        if due >= period.end:
            return None
        return Window(max(period.start, due - step / 2), due, min(period.end, due + step / 2))

    def spacing(self, period: Period) -> timedelta:
        return period.length / self.times


class EveningTrigger(CadenceTrigger):
    """Every enabled day at a wall-clock time (20:30 stays 20:30 across DST changes).

    ``done_day`` is the last evening done; the session owed is the next one after it.
    """

    __slots__ = ("at", "days", "done_day", "from_day", "tz")

    def __init__(
        self,
        at: time,
        days: frozenset[int],
        tz: tzinfo,
        from_day: date,
        done_day: date | None = None,
    ) -> None:
        self.at = at
        self.days = days
        self.tz = tz
        self.from_day = from_day
        self.done_day = done_day

    @property
    def zone(self) -> tzinfo:
        return self.tz

    def on(self, day: date) -> datetime | None:
        """The session's time on a local day (UTC), or None on a day without one."""
        if day.weekday() not in self.days:
            return None
        return at_local(day, self.at, self.tz)

    def next_day(self, start: date) -> date | None:
        for offset in range(SEARCH_DAYS):
            day = start + timedelta(days=offset)
            if day != self.done_day and self.on(day) is not None:
                return day
        return None

    def key(self) -> tuple[object, ...]:
        return ("evening", self.at, self.days, self.from_day, self.done_day)

    def window(self) -> Window | None:
        day = self.next_day(self.from_day)
        at = None if day is None else self.on(day)
        return None if at is None else Window(at, at, at)

    def after(self, done: datetime) -> Window | None:
        day = self.next_day(done.astimezone(self.tz).date() + timedelta(days=1))
        at = None if day is None else self.on(day)
        return None if at is None else Window(at, at, at)
