"""What each cadence owes: the prone holds, the routine block, the daily exercises and
tonight's session, each as a trigger (``planning.triggers``) built from a small state.

The state is what the history can rebuild: the prone anchor (last done), the block
anchor (the *start* of the last block: the guide's "every 1-2 hours" is start to
start), the next group in the block rotation, each daily exercise's count today, and
the day the evening session was last done. ``Cadences`` knows the catalog and the
settings; the engine owns offering and answering around it. One trigger per cadence
slot is both the scheduler's job trigger and the source of the engine's item windows.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from backbreak.domain.catalog import Catalog
from backbreak.domain.exercise import Group
from backbreak.domain.history import HistoryReader, LastDone, SkippedBreak
from backbreak.domain.routine import Routine, RoutineKind
from backbreak.domain.settings import EveningMode, Settings
from backbreak.planning.dosing import most_seconds
from backbreak.planning.hours import UTC, ActiveHours
from backbreak.planning.model import Cadence, Item
from backbreak.planning.triggers import (
    AnchoredTrigger,
    CadenceTrigger,
    DailySlotsTrigger,
    EveningTrigger,
    Window,
)

GUIDE_BLOCK_EARLIEST = timedelta(hours=1)
GUIDE_BLOCK_LATEST = timedelta(hours=2)
"""The guide: a block every 1-2 hours, start to start; the interval setting is the due
time inside that window."""

GUIDE_BLOCK_BUDGET = (5.0, 10.0)
"""The guide: a block lasts 5-10 minutes (used when a routine gives no budget)."""

EVENING_EARLY = timedelta(hours=2)
"""Doing the evening stretches up to this long before the evening time counts for tonight."""

PRONE, BLOCK, EVENING = "prone", "block", "evening"

SKIP_LOOKBACK = timedelta(days=7)
"""How far back a restart reads skips: older ones moved nothing the days since haven't
(every cadence but the block rotation renews within a day)."""


LONG_AGO = datetime(1970, 1, 1, tzinfo=UTC)
NEVER = LastDone(LONG_AGO, LONG_AGO, LONG_AGO)
"""What ``rebuild`` reads for exercises never done."""


def utc(t: datetime) -> datetime:
    return t.astimezone(UTC)


def daily_slot(exercise_id: str) -> str:
    return f"daily:{exercise_id}"


@dataclass(frozen=True)
class Taken:
    """How many times a daily exercise was done on a day, and the last time."""

    day: date
    count: int
    last: datetime


def usable_exercises(ids: Iterable[str], catalog: Catalog, settings: Settings) -> tuple[str, ...]:
    """Leave out unknown, disabled, and equipment-needing-what-isn't-here exercises."""
    at_hand = set(settings.equipment_at_hand)
    out = []
    for ex_id in ids:
        exercise = catalog.exercises.get(ex_id)
        if exercise is None or not settings.exercise_enabled(ex_id):
            continue
        if all(e in at_hand for e in exercise.equipment):
            out.append(ex_id)
    return tuple(out)


class Cadences:
    """The cadences' state, their triggers and the items they owe."""

    def __init__(self, catalog: Catalog, settings: Settings, tz: tzinfo, now: datetime) -> None:
        self.catalog = catalog
        self.settings = settings
        self.tz = tz
        self.prone_anchor = now
        self.block_anchor = now
        self.block_next = 0
        """Index into ``Settings.block_groups`` of the group the next block starts with."""
        self.daily: dict[str, Taken] = {}
        self.evening_done: date | None = None
        with_frequency = [e for e in catalog.exercises.values() if e.frequency is not None]
        self._prone_ids = [
            e.id for e in with_frequency if e.frequency and e.frequency.every_hours is not None
        ]
        self._daily_times = {
            e.id: e.frequency.times_per_day.max
            for e in with_frequency
            if e.frequency and e.frequency.times_per_day is not None
        }
        self._usable: dict[tuple[tuple[str, ...], int], tuple[str, ...]] = {}
        self._blocks: dict[
            tuple[int, int], tuple[tuple[Group, ...], tuple[str, ...], Routine | None]
        ] = {}
        self._by_kind: dict[RoutineKind, list[Routine]] = {}
        for routine in catalog.routines.values():
            self._by_kind.setdefault(routine.kind, []).append(routine)

    def hours(self) -> ActiveHours:
        return ActiveHours(self.settings, self.tz)

    def local(self, t: datetime) -> datetime:
        return t.astimezone(self.tz)

    def usable(self, ids: Iterable[str]) -> tuple[str, ...]:
        key = (tuple(ids), id(self.settings))
        found = self._usable.get(key)
        if found is None:
            found = self._usable[key] = usable_exercises(key[0], self.catalog, self.settings)
        return found

    # --- rebuilding from history --------------------------------------------------------

    def rebuild(self, history: HistoryReader, now: datetime) -> None:
        """Anchors, rotation and counts from what the history says was done, then the
        breaks skipped with the Skip button replayed over them as ``consume`` moved
        the running engine on (so a restart right after a skip plans what the running
        app would have)."""

        def last(ids: Iterable[str]) -> LastDone | None:
            return history.last_done_in(tuple(ids))

        # The running engine counts the prone holds and the daily exercises from the
        # end of the break they were done in, the block from its start.
        prone = utc((last(self._prone_ids) or NEVER).ended)
        # The last block's exercises, not the last break of any kind: a prone-only break
        # doesn't restart the block clock, before a restart or after it.
        block = utc((last(self._block_ids()) or NEVER).started)
        recent = [
            (utc(done.at), i)
            for i, group in enumerate(self.settings.block_groups)
            if (routine := self._block_routine(group)) is not None
            and (done := last(routine.exercises)) is not None
        ]
        self.block_next = (max(recent)[1] + 1) % len(self.settings.block_groups) if recent else 0
        today = self.local(now).date()
        self.daily = {}
        for ex_id in self._daily_times:
            count = history.done_count(ex_id, today)
            taken = last([ex_id])
            if count and taken is not None:
                self.daily[ex_id] = Taken(today, count, utc(taken.ended))
        routine = self._evening_routine()
        evening = last(routine.exercises) if routine is not None else None
        tonight = evening is not None and self._counts_tonight(utc(evening.at), today)
        self.evening_done = today if tonight else None
        for skip in history.skipped_breaks(now - SKIP_LOOKBACK):
            at = min(skip.at.astimezone(UTC), now)
            if PRONE in skip.covers:
                prone = max(prone, at)
            if BLOCK in skip.covers and at > block:
                block = at
                self.block_next = self._after_groups(skip.exercises)
            self._replay_day(skip, at, today)
        self.prone_anchor = now if prone == LONG_AGO else prone
        self.block_anchor = now if block == LONG_AGO else min(now, block)

    def _block_ids(self) -> list[str]:
        groups = self.settings.block_groups
        return [e for g in groups if (r := self._block_routine(g)) is not None for e in r.exercises]

    def _counts_tonight(self, when: datetime, day: date) -> bool:
        """Whether evening stretches done at ``when`` count for ``day``'s session."""
        tonight = EveningTrigger(self.settings.evening_time, frozenset(range(7)), self.tz, day)
        at = tonight.on(day)
        return at is not None and when >= at - EVENING_EARLY

    def _replay_day(self, skip: SkippedBreak, at: datetime, today: date) -> None:
        """Today's daily counts and evening session, as a skip today moved them."""
        if self.local(at).date() != today:
            return
        for slot in skip.covers:
            if slot == EVENING:
                self.evening_done = today
            elif slot.startswith("daily:"):
                ex_id = slot.split(":", 1)[1]
                taken = self.daily.get(ex_id)
                count = taken.count + 1 if taken is not None and taken.day == today else 1
                last = at if taken is None else max(taken.last.astimezone(UTC), at)
                self.daily[ex_id] = Taken(today, count, last)

    def _after_groups(self, exercises: tuple[str, ...]) -> int:
        """The rotation after a block made of ``exercises``: the group after the last
        of its groups, counted from the group it started with (``block_next``)."""
        groups = self.settings.block_groups
        present = set(exercises)
        last_step = None
        for step in range(len(groups)):
            routine = self._block_routine(groups[(self.block_next + step) % len(groups)])
            if routine is not None and present & set(routine.exercises):
                last_step = step
        if last_step is None:
            return self.block_next
        return (self.block_next + last_step + 1) % len(groups)

    # --- catalog lookups ------------------------------------------------------------

    def _routine_of_kind(self, kind: RoutineKind) -> Routine | None:
        routines = self._by_kind.get(kind)
        return routines[0] if routines else None

    def _evening_routine(self) -> Routine | None:
        return self._routine_of_kind(RoutineKind.EVENING)

    def _block_routine(self, group: Group) -> Routine | None:
        for routine in self._by_kind.get(RoutineKind.WORK_BLOCK, []):
            if routine.group is group:
                return routine
        return None

    def _budget(self, routine: Routine | None) -> tuple[float, float]:
        lo, hi = GUIDE_BLOCK_BUDGET
        if routine is not None and routine.budget_minutes is not None:
            lo, hi = routine.budget_minutes.min, routine.budget_minutes.max
        return lo * 60.0, hi * 60.0

    def block_plan(self) -> tuple[tuple[Group, ...], tuple[str, ...], Routine | None]:
        """The next block: its groups, exercises and first routine.

        It starts with the next group in rotation that has anything usable (no floor
        space, say, leaves some groups empty), and when that group can't fill the
        budget's minimum even at the top of its ranges (the core group's one exercise),
        the next groups join it - the guide allows doing groups together.
        """
        key = (self.block_next, id(self.settings))
        if key not in self._blocks:
            self._blocks[key] = self._block_plan()
        return self._blocks[key]

    def _block_plan(self) -> tuple[tuple[Group, ...], tuple[str, ...], Routine | None]:
        groups = self.settings.block_groups
        chosen: list[Group] = []
        ids: list[str] = []
        first: Routine | None = None
        seconds = 0.0
        for step in range(len(groups)):
            group = groups[(self.block_next + step) % len(groups)]
            routine = self._block_routine(group)
            usable = self.usable(routine.exercises) if routine is not None else ()
            if not usable:
                continue
            if first is None:
                first = routine
            chosen.append(group)
            ids += usable
            seconds += most_seconds([self.catalog.exercise(e) for e in usable])
            if seconds >= self._budget(first)[0]:
                break
        return tuple(chosen), tuple(ids), first

    # --- triggers -------------------------------------------------------------------

    def triggers(
        self, now: datetime, hours: ActiveHours | None = None
    ) -> dict[str, CadenceTrigger]:
        """One trigger per enabled cadence slot, from the current state."""
        s = self.settings
        hours = hours or self.hours()
        out: dict[str, CadenceTrigger] = {}
        if s.prone_enabled and self.usable(self._prone_ids):
            out[PRONE] = AnchoredTrigger(
                hours,
                self.prone_anchor,
                due_after=timedelta(minutes=s.prone_due_minutes),
                latest_after=timedelta(minutes=s.prone_overdue_minutes),
            )
        if s.blocks_enabled and self.block_plan()[1]:
            interval = timedelta(minutes=s.block_interval_minutes)
            out[BLOCK] = AnchoredTrigger(
                hours,
                self.block_anchor,
                due_after=interval,
                earliest_after=min(interval, GUIDE_BLOCK_EARLIEST),
                latest_after=max(interval, GUIDE_BLOCK_LATEST),
            )
        if s.daily_enabled:
            period = hours.period_at_or_after(now)
            day = hours.day_of(period) if period is not None else self.local(now).date()
            for ex_id, times in self._daily_times.items():
                if not self.usable([ex_id]):
                    continue
                taken = self.daily.get(ex_id)
                count, last = (taken.count, taken.last) if taken and taken.day == day else (0, None)
                out[daily_slot(ex_id)] = DailySlotsTrigger(hours, times, day, count, last)
        routine = self._evening_routine()
        if s.evening_enabled and routine is not None and self.usable(routine.exercises):
            days = frozenset(range(7)) if s.evening_on_all_days else frozenset(s.work_days)
            out[EVENING] = EveningTrigger(
                s.evening_time, days, self.tz, self.local(now).date(), self.evening_done
            )
        return out

    # --- pending items ------------------------------------------------------------------

    def items(self, now: datetime, hours: ActiveHours | None = None) -> list[Item]:
        """What each cadence owes next (at most one occurrence per cadence)."""
        hours = hours or self.hours()
        out = []
        for slot, trigger in self.triggers(now, hours).items():
            window = trigger.window()
            if window is None:
                continue
            item = self._item(slot, window, hours)
            if item is not None and item.exercises:
                out.append(item)
        return out

    def _item(self, slot: str, window: Window, hours: ActiveHours) -> Item | None:
        if slot == PRONE:
            routine = self._routine_of_kind(RoutineKind.PRONE_HOLDS)
            return Item(
                key=f"prone@{window.due.isoformat()}",
                slot=PRONE,
                cadence=Cadence.PRONE,
                title=routine.name if routine else "Prone holds",
                exercises=self.usable(self._prone_ids),
                earliest=window.earliest,
                due=window.due,
                latest=window.latest,
                routine_id=routine.id if routine else None,
            )
        if slot == BLOCK:
            groups, ids, routine = self.block_plan()
            title = " + ".join(r.name for g in groups if (r := self._block_routine(g)) is not None)
            return Item(
                key=f"block@{window.due.isoformat()}",
                slot=BLOCK,
                cadence=Cadence.BLOCK,
                title=title or "Routine block",
                exercises=ids,
                earliest=window.earliest,
                due=window.due,
                latest=window.latest,
                routine_id=routine.id if routine is not None and len(groups) == 1 else None,
                groups=groups,
                budget=self._budget(routine),
            )
        if slot == EVENING:
            return self._evening_item(window)
        ex_id = slot.split(":", 1)[1]
        period = hours.period_at_or_after(window.due)
        day = hours.day_of(period) if period is not None else self.local(window.due).date()
        taken = self.daily.get(ex_id)
        count = taken.count if taken is not None and taken.day == day else 0
        return Item(
            key=f"{slot}@{day.isoformat()}#{count + 1}",
            slot=slot,
            cadence=Cadence.DAILY,
            title=self.catalog.exercise(ex_id).name,
            exercises=(ex_id,),
            earliest=window.earliest,
            due=window.due,
            latest=window.latest,
            day=day,
            expires=period.end if period is not None else None,
        )

    def _evening_item(self, window: Window) -> Item | None:
        routine = self._evening_routine()
        if routine is None:
            return None
        day = self.local(window.due).date()
        groups, ids = self.evening_groups(routine, day)
        lo, hi = self._budget(routine)
        label = " + ".join(g.label for g in groups) if len(groups) == 1 else ""
        return Item(
            key=f"evening@{day.isoformat()}",
            slot=EVENING,
            cadence=Cadence.EVENING,
            title=f"{routine.name}: {label}" if label else routine.name,
            exercises=ids,
            earliest=window.earliest,
            due=window.due,
            latest=window.latest,
            routine_id=routine.id,
            day=day,
            expires=window.due + timedelta(hours=4),
            groups=groups,
            budget=(lo * len(groups or [1]), hi * len(groups or [1])),
        )

    def evening_groups(
        self, routine: Routine, day: date
    ) -> tuple[tuple[Group, ...], tuple[str, ...]]:
        """All groups (``evening_mode`` all), or one whole group a night, in rotation.

        The rotation follows the calendar - night n does group n mod the number of
        groups with anything usable - so ``plan`` and the app agree on any future night,
        and every group comes once in as many nights as there are groups.
        """
        ids = self.usable(routine.exercises)
        groups = [
            g
            for g in self.settings.block_groups
            if any(self.catalog.exercise(e).group is g for e in ids)
        ]
        if not groups:
            return (), ids
        if self.settings.evening_mode is not EveningMode.ALL:
            groups = [groups[day.toordinal() % len(groups)]]
        chosen = tuple(e for g in groups for e in ids if self.catalog.exercise(e).group is g)
        return tuple(groups), chosen

    # --- answering -----------------------------------------------------------------------

    def consume(self, item: Item, *, started: datetime, ended: datetime) -> None:
        """The occurrence was answered: move its cadence on.

        The prone holds and daily exercises count from when the break ended; the block
        from when it started (the guide's 1-2 hours are start to start).
        """
        if item.cadence is Cadence.PRONE:
            self.prone_anchor = ended
        elif item.cadence is Cadence.BLOCK:
            self.block_anchor = started
            groups = self.settings.block_groups
            if item.groups and item.groups[-1] in groups:
                self.block_next = (groups.index(item.groups[-1]) + 1) % len(groups)
        elif item.cadence is Cadence.EVENING:
            self.evening_done = item.day
        elif item.cadence is Cadence.DAILY and item.day is not None:
            ex_id = item.slot.split(":", 1)[1]
            taken = self.daily.get(ex_id)
            count = taken.count + 1 if taken is not None and taken.day == item.day else 1
            self.daily[ex_id] = Taken(item.day, count, ended)

    def consume_exercises(self, done: set[str], now: datetime) -> list[str]:
        """A manual session: each cadence whose exercises were done counts as done.

        Returns the slots that moved on.
        """
        moved = []
        for item in self.items(now):
            if not done & set(item.exercises):
                continue
            if item.cadence is Cadence.EVENING and now < item.due - EVENING_EARLY:
                continue
            if item.cadence is Cadence.DAILY and now < item.earliest:
                continue
            self.consume(item, started=now, ended=now)
            moved.append(item.slot)
        return moved
