"""The documents' rules for a planned day, as checks over a list of breaks.

Used by the two-week walk in three zones and by the property test over random
settings, so that both measure the plan against the sources, not against itself:

- prone holds: from the end of one to the start of the next between "due" and
  "overdue" (the sheet: every 2-3 hours); the first of a day no later than "overdue"
  into the work period;
- routine blocks: start to start within the guide's 1-2 hours (or the interval
  setting, where it is set outside them), each 5-10 minutes of the block's own
  exercises (or every usable exercise at the top of its ranges, if that is less);
- cat-camel 3 times and ankle pumps 2 times each work day (when the work period is
  long enough to hold them at their spacing);
- the evening: one whole group a night (every usable exercise of it), rotating;
- no break starts sooner than the minimum rest after the previous one ended, and
  no work break lies outside work hours or runs past their end.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from itertools import pairwise

from backbreak.domain.catalog import Catalog
from backbreak.domain.duration import exercise_seconds
from backbreak.domain.exercise import Group
from backbreak.domain.settings import Settings
from backbreak.planning.dosing import most_seconds
from backbreak.planning.hours import UTC, ActiveHours, Period
from backbreak.planning.model import Break, BreakKind
from backbreak.planning.routines import usable_exercises

SLACK = timedelta(seconds=61)
PRONE_IDS = ("prone-lying", "prone-on-elbows")


def seconds_of(brk: Break, ids: Sequence[str], catalog: Catalog) -> float:
    total = 0.0
    for ex_id in ids:
        exercise = catalog.exercise(ex_id)
        dose = brk.dose_of(ex_id)
        total += exercise_seconds(
            exercise if dose is None else exercise.model_copy(update={"dose": dose})
        )
    return total


def starts(brk: Break) -> datetime:
    """In UTC: local times of one zone compare by wall time, wrong in a repeated hour."""
    return brk.due.astimezone(UTC)


def ends(brk: Break) -> datetime:
    return starts(brk) + timedelta(minutes=brk.estimated_minutes)


def block_ids(brk: Break, catalog: Catalog) -> list[str]:
    return [e for e in brk.exercises if catalog.exercise(e).group is not Group.LOW_BACK]


def check_breaks(
    breaks: Sequence[Break], catalog: Catalog, settings: Settings, hours: ActiveHours
) -> list[str]:
    """Every way ``breaks`` (several days, in order) leave the documents' rules."""
    problems: list[str] = []
    rest = timedelta(minutes=settings.min_rest_minutes)

    def say(brk: Break, what: str) -> None:
        problems.append(f"{brk.due:%a %Y-%m-%d %H:%M} {brk.title}: {what}")

    for prev, nxt in pairwise(breaks):
        if starts(nxt) < ends(prev) + rest - timedelta(seconds=1):
            say(nxt, f"starts {starts(nxt) - ends(prev)} after the previous break ended")
    work = [b for b in breaks if b.kind is not BreakKind.EVENING]
    for brk in work:
        period = hours.period_at_or_after(brk.due)
        if period is None or brk.due not in period:
            say(brk, "outside work hours")
        elif ends(brk) > period.end + timedelta(seconds=1):
            say(brk, f"runs past the end of work ({period.end.astimezone(hours.tz):%H:%M})")
        if brk.estimated_minutes > settings.max_break_minutes + 0.05:
            say(brk, f"{brk.estimated_minutes} min is over the {settings.max_break_minutes} limit")
    by_period: dict[Period, list[Break]] = {}
    for brk in work:
        period = hours.period_at_or_after(brk.due)
        if period is not None:
            by_period.setdefault(period, []).append(brk)
    for period, day in by_period.items():
        problems += _check_period(day, period, catalog, settings, hours)
    problems += _check_evenings(
        [b for b in breaks if b.kind is BreakKind.EVENING], catalog, settings
    )
    return problems


def _check_period(
    day: Sequence[Break], period: Period, catalog: Catalog, settings: Settings, hours: ActiveHours
) -> list[str]:
    problems: list[str] = []
    due = timedelta(minutes=settings.prone_due_minutes)
    overdue = timedelta(minutes=settings.prone_overdue_minutes)
    prone = [b for b in day if any(e in b.exercises for e in PRONE_IDS)]
    if settings.prone_enabled and usable_exercises(PRONE_IDS, catalog, settings):
        if period.length >= overdue and not prone:
            problems.append(f"{period.start:%Y-%m-%d}: no prone holds in a {period.length} day")
        if prone and starts(prone[0]) - period.start > overdue + SLACK:
            problems.append(f"{prone[0].due:%Y-%m-%d %H:%M}: first prone holds too late")
        for a, b in pairwise(prone):
            gap = starts(b) - ends(a)
            if not due - SLACK <= gap <= overdue + SLACK:
                problems.append(f"{b.due:%Y-%m-%d %H:%M}: prone holds {gap} after the last ones")
    blocks = [b for b in day if block_ids(b, catalog)]
    interval = timedelta(minutes=settings.block_interval_minutes)
    lo, hi = min(interval, timedelta(hours=1)), max(interval, timedelta(hours=2))
    for a, b in pairwise(blocks):
        gap = starts(b) - starts(a)
        if not lo - SLACK <= gap <= hi + SLACK:
            problems.append(f"{b.due:%Y-%m-%d %H:%M}: block {gap} after the last block started")
    pool = usable_exercises(
        [e for e in catalog.exercises if catalog.exercise(e).group in settings.block_groups],
        catalog,
        settings,
    )
    floor = min(300.0, most_seconds([catalog.exercise(e) for e in pool]))
    for brk in blocks:
        seconds = seconds_of(brk, block_ids(brk, catalog), catalog)
        if not floor - 1 <= seconds <= 600 + 1:
            problems.append(f"{brk.due:%Y-%m-%d %H:%M}: block of {seconds / 60:.1f} min")
    for ex_id, times in (("cat-camel", 3), ("supine-ankle-pumps", 2)):
        if not settings.daily_enabled or not usable_exercises([ex_id], catalog, settings):
            continue
        count = sum(ex_id in b.exercises for b in day)
        if count != times and period.length >= timedelta(hours=8):
            problems.append(f"{period.start:%Y-%m-%d}: {ex_id} {count} times, not {times}")
    return problems


def _check_evenings(evenings: Sequence[Break], catalog: Catalog, settings: Settings) -> list[str]:
    problems: list[str] = []
    routine = catalog.routine("evening-stretch")
    usable = usable_exercises(routine.exercises, catalog, settings)
    groups_seen: list[frozenset[Group]] = []
    for brk in evenings:
        groups = frozenset(catalog.exercise(e).group for e in brk.exercises)
        whole = {e for e in usable if catalog.exercise(e).group in groups}
        if set(brk.exercises) != whole:
            problems.append(f"{brk.due:%Y-%m-%d}: evening is not whole groups: {brk.exercises}")
        groups_seen.append(groups)
    if settings.evening_mode.value == "rotate":
        expected = {
            g for g in settings.block_groups if any(catalog.exercise(e).group is g for e in usable)
        }
        for i in range(0, len(groups_seen) - len(expected) + 1):
            window = groups_seen[i : i + len(expected)]
            if any(len(g) != 1 for g in window) or set().union(*window) != expected:
                problems.append(f"evenings {i}..: do not rotate through every group: {window}")
                break
    return problems
