"""A day's (or a year's) plan: the app's engine and scheduler run on a simulated clock.

The plan is not a second implementation of the rules. It runs the real ``Engine`` under
the real ``Runner`` (one APScheduler job per cadence) on a :class:`SimScheduler` whose
clock jumps from one run time to the next, and a simulated user who starts every break
the moment it is offered and is busy with it for its estimated minutes, then finishes
it. So ``backbreak plan`` shows what the tray app will do on a day on which every break
is done when offered: the same merging, rests, rotation and doses.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta, tzinfo

from backbreak.domain.catalog import Catalog
from backbreak.domain.history import HistoryReader, LastDone, SkippedBreak
from backbreak.domain.settings import Settings
from backbreak.planning.engine import Engine
from backbreak.planning.hours import UTC, ActiveHours
from backbreak.planning.model import Break
from backbreak.planning.runner import Runner
from backbreak.planning.scheduler import SimScheduler

MAX_STEPS_PER_DAY = 400
"""A guard against a rule loop: no sane day needs this many scheduler steps."""

MAX_DAYS_AHEAD = 400
"""How far ahead ``plan`` walks: a year and a bit."""


class EmptyHistory:
    """A ``HistoryReader`` for a fresh start: nothing done yet."""

    def last_done_in(self, exercise_ids: Sequence[str]) -> LastDone | None:
        return None

    def done_count(self, exercise_id: str, day: date) -> int:
        return 0

    def last_break_end(self) -> datetime | None:
        return None

    def worse_reports(self, exercise_id: str) -> int:
        return 0

    def skipped_breaks(self, since: datetime) -> list[SkippedBreak]:
        return []


class SimClock:
    """A clock that only moves when told to."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def simulate(engine: Engine, clock: SimClock, until: datetime) -> list[Break]:
    """Every break offered from the clock's time to ``until``, each done when offered.

    ``engine`` must read ``clock``. A break already running (a fork of the app's engine)
    is finished when its estimate says; one already offered is started at once.
    """
    scheduler = SimScheduler(clock)
    announced: list[Break] = []
    runner = Runner(engine, scheduler, announced.append)
    zone = clock.now.tzinfo
    now = clock.now.astimezone(UTC)  # arithmetic and comparisons in UTC: a wall-clock
    until = until.astimezone(UTC)  # hour repeated at a DST change compares wrongly
    ending: tuple[datetime, Break] | None = None
    running = engine.running_break()
    if running is not None:
        ending = (max(now, running.due.astimezone(UTC) + _length(running)), running)
    offered = engine.current_break()
    if offered is not None:
        announced.append(offered)
    runner.start()
    out: list[Break] = []
    days = max(1, (until - now).days + 1)
    last_step: datetime | None = None
    for _ in range(MAX_STEPS_PER_DAY * days):
        while announced and ending is None:
            brk = announced.pop(0)
            out.append(brk)
            runner.start_break(brk)
            ending = (now + _length(brk), brk)
        announced.clear()
        due = scheduler.next_run_time()
        times = [t.astimezone(UTC) for t in (due, ending and ending[0]) if t is not None]
        if not times:
            break
        step = max(min(times), now)
        if step >= until:
            break
        if step == last_step:
            step += timedelta(minutes=1)  # a job that fired and asked for the same time
        now = last_step = step
        clock.now = now.astimezone(zone)
        if ending is not None and now >= ending[0]:
            runner.complete(ending[1], ending[1].exercises)
            ending = None
            continue
        scheduler.process_due()
    runner.shutdown()
    return out


def _length(brk: Break) -> timedelta:
    return timedelta(minutes=max(brk.estimated_minutes, 0.1))


def day_bounds(day: date, settings: Settings, tz: tzinfo) -> tuple[datetime, datetime]:
    """The local day, stretched to the end of a night shift that starts on it."""
    start = datetime.combine(day, time(0, 0), tzinfo=tz)
    end = datetime.combine(day + timedelta(days=1), time(0, 0), tzinfo=tz)
    period = ActiveHours(settings, tz).period_on(day)
    if period is not None and period.end > end:
        end = period.end.astimezone(tz)
    return start, end


def plan_day(
    catalog: Catalog,
    settings: Settings,
    day: date,
    tz: tzinfo,
    *,
    history: HistoryReader | None = None,
    now: datetime | None = None,
) -> list[Break]:
    """The breaks of one local day: from ``now`` (default: that day's midnight, a fresh
    start) with ``history``, walked forward to the day with the app's engine."""
    start, end = day_bounds(day, settings, tz)
    clock = SimClock(now or start)
    engine = Engine(catalog, settings, history or EmptyHistory(), clock)
    return on_day(simulate(engine, clock, end), start, end)


def plan_ahead(engine: Engine, day: date) -> list[Break]:
    """The breaks of ``day`` as the running app's engine would offer them from now."""
    now = engine.clock()
    tz = now.tzinfo
    assert tz is not None
    start, end = day_bounds(day, engine.settings, tz)
    clock = SimClock(now)
    return on_day(simulate(engine.fork(clock), clock, end), start, end)


def on_day(breaks: list[Break], start: datetime, end: datetime) -> list[Break]:
    return [b for b in breaks if start <= b.due < end]
