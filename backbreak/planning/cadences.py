"""What each cadence owes: the prone holds, the routine block, the daily exercises and
tonight's stretches, built as ``Item`` windows from a small state.

The state is what the history can rebuild: the prone anchor (last done), the block
anchor (end of the last break), the block rotation, each daily exercise's count today,
and the day the evening session was last done. ``Cadences`` knows the catalog and the
settings; the engine owns the offering, answering and deferring around it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from backbreak.domain.catalog import Catalog
from backbreak.domain.exercise import Group
from backbreak.domain.history import HistoryReader
from backbreak.domain.routine import Routine, RoutineKind
from backbreak.domain.settings import EveningMode, Settings
from backbreak.planning.composer import usable_exercises
from backbreak.planning.hours import UTC, ActiveHours, next_midnight
from backbreak.planning.model import Cadence, Item
from backbreak.planning.triggers import AnchoredTrigger, DailySlotsTrigger, EveningTrigger

GUIDE_BLOCK_EARLIEST = timedelta(hours=1)
GUIDE_BLOCK_LATEST = timedelta(hours=2)
"""The guide: a block every 1-2 hours; the interval setting is the due time inside that."""

EVENING_EARLY = timedelta(hours=2)
"""Doing the evening stretches up to this long before the evening time counts for tonight."""


@dataclass(frozen=True)
class Taken:
    """How many times a daily exercise was done on a day, and the last time."""

    day: date
    count: int
    last: datetime


class Cadences:
    """The cadences' state and the items it owes; ``settings`` and ``tz`` may be swapped."""

    def __init__(self, catalog: Catalog, settings: Settings, tz: tzinfo, now: datetime) -> None:
        self.catalog = catalog
        self.settings = settings
        self.tz = tz
        self.prone_anchor = now
        self.block_anchor = now
        self.block_index = 0
        self.daily: dict[str, Taken] = {}
        self.evening_done: date | None = None

    def hours(self) -> ActiveHours:
        return ActiveHours(self.settings, self.tz)

    def local(self, t: datetime) -> datetime:
        return t.astimezone(self.tz)

    def rebuild(self, history: HistoryReader, now: datetime) -> None:
        """Anchors, rotation and counts from what the history says was done."""

        def last(ids: Iterable[str]) -> datetime | None:
            times = [t.astimezone(UTC) for e in ids if (t := history.last_done(e)) is not None]
            return max(times, default=None)

        self.prone_anchor = last(self._prone_ids()) or now
        end = history.last_break_end()
        self.block_anchor = now if end is None else end.astimezone(UTC)
        self.block_index = 0
        recent = [
            (t, i)
            for i, (_, routine) in enumerate(self._block_routines())
            if (t := last(routine.exercises)) is not None
        ]
        if recent:
            self.block_index = max(recent)[1] + 1
        today = self.local(now).date()
        self.daily = {}
        for ex_id in self._daily_times():
            count = history.done_count(ex_id, today)
            when = last([ex_id])
            if count and when is not None:
                self.daily[ex_id] = Taken(today, count, when)
        self.evening_done = None
        routine = self._evening_routine()
        when = last(routine.exercises) if routine is not None else None
        evening = EveningTrigger(self.settings.evening_time, frozenset(range(7)), self.tz)
        tonight = evening.on(today)
        if when is not None and tonight is not None and when >= tonight - EVENING_EARLY:
            self.evening_done = today

    # --- catalog lookups ------------------------------------------------------------

    def _prone_ids(self) -> list[str]:
        return [
            e.id
            for e in self.catalog.with_frequency()
            if e.frequency is not None and e.frequency.every_hours is not None
        ]

    def _daily_times(self) -> dict[str, int]:
        return {
            e.id: e.frequency.times_per_day.max
            for e in self.catalog.with_frequency()
            if e.frequency is not None and e.frequency.times_per_day is not None
        }

    def _routine_of_kind(self, kind: RoutineKind) -> Routine | None:
        return next(iter(self.catalog.routines_of_kind(kind)), None)

    def _evening_routine(self) -> Routine | None:
        return self._routine_of_kind(RoutineKind.EVENING)

    def _block_routines(self) -> list[tuple[Group, Routine]]:
        """One work-block routine per group, in the order of ``Settings.block_groups``."""
        by_group = {
            r.group: r for r in self.catalog.routines_of_kind(RoutineKind.WORK_BLOCK) if r.group
        }
        return [(g, by_group[g]) for g in self.settings.block_groups if g in by_group]

    def block_routine(self) -> Routine | None:
        """The next block in rotation, skipping groups with nothing usable."""
        routines = self._block_routines()
        for step in range(len(routines)):
            _, routine = routines[(self.block_index + step) % len(routines)]
            if usable_exercises(routine.exercises, self.catalog, self.settings):
                return routine
        return None

    # --- pending items ------------------------------------------------------------------

    def items(self, now: datetime) -> list[Item]:
        """What each cadence owes next (at most one occurrence per cadence)."""
        items = [
            it
            for it in (
                self._prone_item(),
                self.block_item(now),
                *self._daily_items(now),
                self._evening_item(now),
            )
            if it is not None
        ]
        return items

    def _prone_item(self) -> Item | None:
        s = self.settings
        ids = usable_exercises(self._prone_ids(), self.catalog, s)
        if not s.prone_enabled or not ids:
            return None
        trigger = AnchoredTrigger(
            self.hours(),
            due_after=timedelta(minutes=s.prone_due_minutes),
            latest_after=timedelta(minutes=s.prone_overdue_minutes),
        )
        window = trigger.window(self.prone_anchor)
        if window is None:
            return None
        routine = self._routine_of_kind(RoutineKind.PRONE_HOLDS)
        return Item(
            key=f"prone@{window.due.isoformat()}",
            slot="prone",
            cadence=Cadence.PRONE,
            title=routine.name if routine else "Prone holds",
            exercises=ids,
            earliest=window.earliest,
            due=window.due,
            latest=window.latest,
            routine_id=routine.id if routine else None,
        )

    def block_item(self, now: datetime) -> Item | None:
        s = self.settings
        routine = self.block_routine() if s.blocks_enabled else None
        if routine is None:
            return None
        interval = timedelta(minutes=s.block_interval_minutes)
        trigger = AnchoredTrigger(
            self.hours(),
            due_after=interval,
            earliest_after=min(interval, GUIDE_BLOCK_EARLIEST),
            latest_after=max(interval, GUIDE_BLOCK_LATEST),
        )
        window = trigger.window(self.block_anchor)
        if window is None:
            return None
        return Item(
            key=f"block@{window.due.isoformat()}",
            slot="block",
            cadence=Cadence.BLOCK,
            title=routine.name,
            exercises=usable_exercises(routine.exercises, self.catalog, s),
            earliest=window.earliest,
            due=window.due,
            latest=window.latest,
            routine_id=routine.id,
        )

    def _daily_items(self, now: datetime) -> list[Item]:
        s = self.settings
        if not s.daily_enabled:
            return []
        hours = self.hours()
        period = hours.period_at_or_after(now)
        if period is None:
            return []
        day = self.local(period.start).date()
        out = []
        for ex_id, times in self._daily_times().items():
            if not usable_exercises([ex_id], self.catalog, s):
                continue
            taken = self.daily.get(ex_id)
            count, last = (taken.count, taken.last) if taken and taken.day == day else (0, None)
            window = DailySlotsTrigger(hours, times).item_window(day, count, last)
            if window is None:
                continue
            out.append(
                Item(
                    key=f"daily:{ex_id}@{day.isoformat()}#{count + 1}",
                    slot=f"daily:{ex_id}",
                    cadence=Cadence.DAILY,
                    title=self.catalog.exercise(ex_id).name,
                    exercises=(ex_id,),
                    earliest=window.earliest,
                    due=window.due,
                    latest=window.latest,
                    day=day,
                    expires=next_midnight(period.start, self.tz),
                )
            )
        return out

    def _evening_item(self, now: datetime) -> Item | None:
        s = self.settings
        routine = self._evening_routine()
        if not s.evening_enabled or routine is None:
            return None
        days = frozenset(range(7)) if s.evening_on_all_days else frozenset(s.work_days)
        trigger = EveningTrigger(s.evening_time, days, self.tz)
        today = self.local(now).date()
        for offset in range(8):
            day = today + timedelta(days=offset)
            at = trigger.on(day)
            if at is None or day == self.evening_done:
                continue
            ids, label = self._evening_exercises(routine, day)
            if not ids:
                return None
            return Item(
                key=f"evening@{day.isoformat()}",
                slot="evening",
                cadence=Cadence.EVENING,
                title=f"{routine.name}: {label}" if label else routine.name,
                exercises=ids,
                earliest=at,
                due=at,
                latest=at,
                routine_id=routine.id,
                day=day,
                expires=next_midnight(at, self.tz),
            )
        return None

    def _evening_exercises(self, routine: Routine, day: date) -> tuple[tuple[str, ...], str]:
        """All stretches, or (rotate) those of one block group per night, by date."""
        ids = usable_exercises(routine.exercises, self.catalog, self.settings)
        if self.settings.evening_mode is EveningMode.ALL:
            return ids, ""
        groups = [
            g
            for g in self.settings.block_groups
            if any(self.catalog.exercise(e).group is g for e in ids)
        ]
        if not groups:
            return ids, ""
        group = groups[day.toordinal() % len(groups)]
        return tuple(e for e in ids if self.catalog.exercise(e).group is group), group.label

    def consume(self, item: Item, now: datetime) -> None:
        """The occurrence was answered: move its cadence on."""
        if item.cadence is Cadence.PRONE:
            self.prone_anchor = now
        elif item.cadence is Cadence.BLOCK:
            self.block_index += 1
        elif item.cadence is Cadence.EVENING:
            self.evening_done = item.day
        elif item.cadence is Cadence.DAILY and item.day is not None:
            ex_id = item.slot.split(":", 1)[1]
            taken = self.daily.get(ex_id)
            count = taken.count + 1 if taken is not None and taken.day == item.day else 1
            self.daily[ex_id] = Taken(item.day, count, now)

    def consume_exercises(self, done: set[str], now: datetime) -> list[str]:
        """A manual session: each cadence whose exercises were done counts as done.

        Returns the slots that moved on.
        """
        today = self.local(now).date()
        moved = []
        for item in self.items(now):
            if not done & set(item.exercises):
                continue
            if item.cadence is Cadence.EVENING and now < item.due - EVENING_EARLY:
                continue
            if item.cadence is Cadence.DAILY and item.day != today:
                continue
            self.consume(item, now)
            moved.append(item.slot)
        return moved
