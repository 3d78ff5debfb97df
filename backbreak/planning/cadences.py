"""What each cadence owes: the prone holds, the routine block, the daily exercises and
tonight's session, each as a trigger (``planning.triggers``) built from a small state.

The state is what the history can rebuild: the prone anchor (last done), the block
anchor (the *start* of the last block: the guide's "every 1-2 hours" is start to
start), the next group in the block rotation, each daily exercise's count today, and
the day the evening session was last done (``planning.rebuild`` restores it from the
history at start). What the catalog offers under the settings - routines, usable
exercises, the next block's groups - comes from ``planning.routines``; the engine owns
offering and answering around it. One trigger per cadence
slot is both the scheduler's job trigger and the source of the engine's item windows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from PySide6.QtCore import QCoreApplication

from backbreak.domain.catalog import Catalog
from backbreak.domain.routine import RoutineKind
from backbreak.domain.settings import Settings
from backbreak.planning.hours import ActiveHours
from backbreak.planning.model import Cadence, Item
from backbreak.planning.routines import BlockPlan, Routines
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

EVENING_EARLY = timedelta(hours=2)
"""Doing the evening stretches up to this long before the evening time counts for tonight."""

PRONE, BLOCK, EVENING = "prone", "block", "evening"


def daily_slot(exercise_id: str) -> str:
    return f"daily:{exercise_id}"


@dataclass(frozen=True)
class Taken:
    """How many times a daily exercise was done on a day, and the last time."""

    day: date
    count: int
    last: datetime


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
        self.routines = Routines(catalog, settings)

    def use_settings(self, settings: Settings) -> None:
        """New settings: anchors, rotation and counts are kept."""
        self.settings = self.routines.settings = settings

    def hours(self) -> ActiveHours:
        return ActiveHours(self.settings, self.tz)

    def local(self, t: datetime) -> datetime:
        return t.astimezone(self.tz)

    def block_plan(self) -> BlockPlan:
        """The next block: its groups, exercises and first routine (``Routines``)."""
        return self.routines.block_plan(self.block_next)

    # --- triggers -------------------------------------------------------------------

    def triggers(
        self, now: datetime, hours: ActiveHours | None = None
    ) -> dict[str, CadenceTrigger]:
        """One trigger per enabled cadence slot, from the current state."""
        s = self.settings
        hours = hours or self.hours()
        out: dict[str, CadenceTrigger] = {}
        if s.prone_enabled and self.routines.usable(self.routines.prone_ids):
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
            for ex_id, times in self.routines.daily_times.items():
                if not self.routines.usable([ex_id]):
                    continue
                taken = self.daily.get(ex_id)
                count, last = (taken.count, taken.last) if taken and taken.day == day else (0, None)
                out[daily_slot(ex_id)] = DailySlotsTrigger(hours, times, day, count, last)
        routine = self.routines.evening()
        if s.evening_enabled and routine is not None and self.routines.usable(routine.exercises):
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
            routine = self.routines.of_kind(RoutineKind.PRONE_HOLDS)
            return Item(
                key=f"prone@{window.due.isoformat()}",
                slot=PRONE,
                cadence=Cadence.PRONE,
                title=routine.name if routine else _prone_title(),
                exercises=self.routines.usable(self.routines.prone_ids),
                earliest=window.earliest,
                due=window.due,
                latest=window.latest,
                routine_id=routine.id if routine else None,
            )
        if slot == BLOCK:
            groups, ids, routine = self.block_plan()
            title = " + ".join(r.name for g in groups if (r := self.routines.block(g)) is not None)
            return Item(
                key=f"block@{window.due.isoformat()}",
                slot=BLOCK,
                cadence=Cadence.BLOCK,
                title=title or QCoreApplication.translate("cadences", "Routine block"),
                exercises=ids,
                earliest=window.earliest,
                due=window.due,
                latest=window.latest,
                routine_id=routine.id if routine is not None and len(groups) == 1 else None,
                groups=groups,
                budget=self.routines.budget(routine),
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
        routine = self.routines.evening()
        if routine is None:
            return None
        day = self.local(window.due).date()
        groups, ids = self.routines.evening_groups(routine, day)
        lo, hi = self.routines.budget(routine)
        label = self.catalog.group_label(groups[0]) if len(groups) == 1 else ""
        return Item(
            key=f"evening@{day.isoformat()}",
            slot=EVENING,
            cadence=Cadence.EVENING,
            title=_evening_title(routine.name, label),
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


def _prone_title() -> str:
    """The prone break's title when the catalog has no prone routine to name it."""
    return QCoreApplication.translate("cadences", "Prone holds")


def _evening_title(routine: str, group: str) -> str:
    """The evening break's title: the routine, and its one group when it has one."""
    if not group:
        return routine
    #: The evening routine's name, then the one exercise group it does tonight.
    return QCoreApplication.translate("cadences", "{routine}: {group}").format(
        routine=routine, group=group
    )
