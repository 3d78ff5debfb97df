"""A day's (or a year's) plan: the engine run against a simulated clock.

The plan is not a second implementation of the rules: it drives the real ``Engine``
with a clock that jumps from one wake-up to the next and completes every break the
moment it is offered, taking its estimated minutes. So ``backbreak plan`` shows what
the tray app will do on a day on which every break is done when due.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo

from backbreak.domain.catalog import Catalog
from backbreak.domain.settings import Settings
from backbreak.planning.engine import Engine
from backbreak.planning.model import Break

MAX_BREAKS_PER_DAY = 200
"""A guard against a rule loop: no sane day has this many breaks."""


class EmptyHistory:
    """A ``HistoryReader`` for a fresh start: nothing done yet."""

    def last_done(self, exercise_id: str) -> datetime | None:
        return None

    def done_count(self, exercise_id: str, day: date) -> int:
        return 0

    def last_break_end(self) -> datetime | None:
        return None

    def worse_reports(self, exercise_id: str) -> int:
        return 0


class SimClock:
    """A clock that only moves when told to."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def simulate(catalog: Catalog, settings: Settings, start: datetime, end: datetime) -> list[Break]:
    """Every break from ``start`` to ``end``, each done when due and taking its estimate."""
    clock = SimClock(start)
    engine = Engine(catalog, settings, EmptyHistory(), clock)
    days = max(1, (end - start).days + 1)
    out: list[Break] = []
    for _ in range(MAX_BREAKS_PER_DAY * days):
        wake = engine.next_wakeup()
        if wake is None or wake >= end:
            break
        clock.now = max(wake, clock.now)
        brk = engine.tick()
        if brk is None:
            clock.now += timedelta(minutes=1)
            continue
        out.append(brk)
        clock.now = brk.due + timedelta(minutes=brk.estimated_minutes)
        engine.complete(brk, brk.exercises)
    return out


def plan_day(catalog: Catalog, settings: Settings, day: date, tz: tzinfo) -> list[Break]:
    """The breaks of one local day, starting fresh at midnight."""
    start = datetime.combine(day, time(0, 0), tzinfo=tz)
    end = datetime.combine(day + timedelta(days=1), time(0, 0), tzinfo=tz)
    return simulate(catalog, settings, start, end)
