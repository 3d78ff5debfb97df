"""Progress against the prescription: what a day asked for, and what was done.

The expected counts come from the catalog's frequencies and the user's settings:

* an exercise due "every 2-3 hours" (the prone holds) is expected about
  work-hours / 2.5 times on a working day (the middle of the window), none on a day off;
* an exercise due "N times a day" (cat-camel 3, ankle pumps 2) is expected N times
  every day (the upper end of a range);
* routine blocks: work-minutes // block interval on a working day;
* the evening session: once, on working days (and days off when the setting says so).

Exercises the user turned off, or that need equipment they said isn't at hand, are
not expected; so a day's adherence reflects what they could actually do. A day's
adherence is the share of expected items done (each item capped at its expectation),
and the streak counts the days in a row, back from today, with adherence of at least
``STREAK_THRESHOLD`` (today counts only once it has got there, so an early morning
does not break a streak).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication

from backbreak.domain.catalog import Catalog
from backbreak.domain.exercise import Exercise
from backbreak.domain.history import BreakEvent, BreakRecord, ExerciseRecord, Feeling, Outcome
from backbreak.domain.routine import RoutineKind
from backbreak.domain.settings import Settings
from backbreak.store.history import HistoryStore

STREAK_THRESHOLD = 0.5
BLOCK_KEY = "routine-blocks"
EVENING_KEY = "evening"
_BLOCKISH_KINDS = ("merged", "catch-up")


@dataclass(frozen=True)
class ProgressItem:
    """One row of "today": e.g. cat-camel, 1 of 3."""

    key: str
    label: str
    done: int
    expected: int
    approximate: bool = False
    """The expectation is an estimate from a time window (shown as "~3")."""

    @property
    def expected_text(self) -> str:
        return f"~{self.expected}" if self.approximate else str(self.expected)


@dataclass(frozen=True)
class DayProgress:
    day: date
    items: tuple[ProgressItem, ...]

    @property
    def expected_total(self) -> int:
        return sum(i.expected for i in self.items)

    @property
    def adherence(self) -> float:
        """Share of the day's prescription done, 0-1 (1 when nothing was expected)."""
        total = self.expected_total
        if total == 0:
            return 1.0
        return sum(min(i.done, i.expected) for i in self.items) / total


@dataclass(frozen=True)
class Expectation:
    key: str
    label: str
    expected: int
    approximate: bool


def is_work_day(settings: Settings, day: date) -> bool:
    return day.weekday() in settings.work_days


def work_minutes(settings: Settings) -> int:
    start = settings.work_start.hour * 60 + settings.work_start.minute
    end = settings.work_end.hour * 60 + settings.work_end.minute
    return max(0, end - start)


def can_do(exercise: Exercise, settings: Settings) -> bool:
    """Turned on, and everything it needs is at hand."""
    if not settings.exercise_enabled(exercise.id):
        return False
    return all(e in settings.equipment_at_hand for e in exercise.equipment)


def expectations(catalog: Catalog, settings: Settings, day: date) -> list[Expectation]:
    """What the prescription asks of ``day``, in the order the window lists it."""
    work_day = is_work_day(settings, day)
    hours = work_minutes(settings) / 60
    out: list[Expectation] = []
    for ex in catalog.with_frequency():
        freq = ex.frequency
        assert freq is not None
        if not can_do(ex, settings):
            continue
        if freq.every_hours is not None:
            if not (settings.prone_enabled and work_day):
                continue
            middle = (freq.every_hours.min + freq.every_hours.max) / 2
            out.append(Expectation(ex.id, ex.name, max(1, round(hours / middle)), True))
        elif freq.times_per_day is not None and settings.daily_enabled:
            out.append(Expectation(ex.id, ex.name, freq.times_per_day.max, False))
    if settings.blocks_enabled and work_day:
        blocks = work_minutes(settings) // settings.block_interval_minutes
        if blocks:
            out.append(Expectation(BLOCK_KEY, _tr_routine_blocks(), blocks, True))
    if settings.evening_enabled and (work_day or settings.evening_on_all_days):
        out.append(Expectation(EVENING_KEY, _tr_evening(), 1, False))
    return out


def _tr_routine_blocks() -> str:
    return QCoreApplication.translate("stats", "Routine blocks")


def _tr_evening() -> str:
    return QCoreApplication.translate("stats", "Evening stretch")


def block_exercise_ids(catalog: Catalog) -> frozenset[str]:
    return frozenset(
        e for r in catalog.routines_of_kind(RoutineKind.WORK_BLOCK) for e in r.exercises
    )


def progress_for_day(
    catalog: Catalog,
    settings: Settings,
    day: date,
    exercises: list[ExerciseRecord],
    breaks: list[BreakRecord],
) -> DayProgress:
    """Combine a day's expectations with that day's records (already filtered to the day)."""
    done = Counter(e.exercise_id for e in exercises if e.outcome in (Outcome.DONE, Outcome.PARTIAL))
    block_ids = block_exercise_ids(catalog)
    completed = [b for b in breaks if b.event is BreakEvent.COMPLETED]
    done[BLOCK_KEY] = sum(
        1
        for b in completed
        if b.kind == "work-block" or (b.kind in _BLOCKISH_KINDS and block_ids & set(b.exercises))
    )
    done[EVENING_KEY] = min(1, sum(1 for b in completed if b.kind == "evening"))
    items = tuple(
        ProgressItem(x.key, x.label, done[x.key], x.expected, x.approximate)
        for x in expectations(catalog, settings, day)
    )
    return DayProgress(day, items)


def progress_series(
    history: HistoryStore, catalog: Catalog, settings: Settings, last_day: date, days: int
) -> list[DayProgress]:
    """One DayProgress per day, oldest first, ending with ``last_day``; two queries in all."""
    first_day = last_day - timedelta(days=days - 1)
    start, _ = history.day_bounds(first_day)
    _, end = history.day_bounds(last_day)
    ex_by_day: dict[date, list[ExerciseRecord]] = {}
    for ex in history.exercises_between(start, end):
        ex_by_day.setdefault(history.local_date(ex.at), []).append(ex)
    br_by_day: dict[date, list[BreakRecord]] = {}
    for br in history.breaks_between(start, end):
        br_by_day.setdefault(history.local_date(br.at), []).append(br)
    out = []
    for n in range(days):
        day = first_day + timedelta(days=n)
        out.append(
            progress_for_day(catalog, settings, day, ex_by_day.get(day, []), br_by_day.get(day, []))
        )
    return out


def streak(series: list[DayProgress], threshold: float = STREAK_THRESHOLD) -> int:
    """Days in a row, ending with the series' last day, at or above ``threshold``.

    The last day (today) that hasn't reached it yet neither counts nor breaks the run.
    """
    days = list(series)
    if days and days[-1].adherence < threshold:
        days.pop()
    count = 0
    for day in reversed(days):
        if day.adherence < threshold:
            break
        count += 1
    return count


@dataclass(frozen=True)
class PainReport:
    at: datetime
    exercise_id: str
    feeling: Feeling | None
    note: str


def pain_reports(history: HistoryStore, limit: int | None = None) -> list[PainReport]:
    """Every "This hurts" (or feeling reported after it), newest first."""
    return [PainReport(e.at, e.exercise_id, e.feeling, e.note) for e in history.pain_records(limit)]


@dataclass(frozen=True)
class BreakSummary:
    """What happened to a day's breaks: each break counted once per kind of event."""

    offered: int = 0
    completed: int = 0
    snoozed: int = 0
    skipped: int = 0
    ended_early: int = 0

    def text(self) -> str:
        if not self.offered and not self.completed:
            return QCoreApplication.translate("stats", "No breaks yet today.")
        if self.ended_early:
            text = QCoreApplication.translate(
                "stats",
                "Breaks today: {offered} offered, {done} done, {ended_early} ended early, "
                "{snoozed} snoozed, {skipped} skipped.",
            )
        else:
            text = QCoreApplication.translate(
                "stats",
                "Breaks today: {offered} offered, {done} done, {snoozed} snoozed, "
                "{skipped} skipped.",
            )
        return text.format(
            offered=self.offered,
            done=self.completed,
            ended_early=self.ended_early,
            snoozed=self.snoozed,
            skipped=self.skipped,
        )


def break_summary(breaks: list[BreakRecord]) -> BreakSummary:
    """Distinct breaks per event (a break snoozed three times counts once as snoozed)."""
    ids: dict[BreakEvent, set[str]] = {}
    for b in breaks:
        ids.setdefault(b.event, set()).add(b.break_id)

    def n(event: BreakEvent) -> int:
        return len(ids.get(event, ()))

    return BreakSummary(
        offered=n(BreakEvent.OFFERED),
        completed=n(BreakEvent.COMPLETED),
        snoozed=n(BreakEvent.SNOOZED),
        skipped=n(BreakEvent.SKIPPED),
        ended_early=n(BreakEvent.ENDED_EARLY),
    )
