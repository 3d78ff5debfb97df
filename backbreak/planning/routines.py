"""What the catalog offers under the settings: the routines of each kind, the exercises
that can be done here (enabled, equipment at hand), the next routine block's groups and
tonight's groups.

``Cadences`` keeps the cadences' state and asks this for everything catalog-shaped.
Answers are kept per settings object (``Engine.update_settings`` swaps the object), so
asking again as the clock moves costs a dictionary lookup.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from backbreak.domain.catalog import Catalog
from backbreak.domain.exercise import Group
from backbreak.domain.routine import Routine, RoutineKind
from backbreak.domain.settings import EveningMode, Settings
from backbreak.planning.dosing import most_seconds

GUIDE_BLOCK_BUDGET = (5.0, 10.0)
"""The guide: a block lasts 5-10 minutes (used when a routine gives no budget)."""

BlockPlan = tuple[tuple[Group, ...], tuple[str, ...], Routine | None]
"""A block's groups, its exercises, and the routine of its first group."""


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


class Routines:
    """The catalog's routines and exercises as the settings allow them."""

    def __init__(self, catalog: Catalog, settings: Settings) -> None:
        self.catalog = catalog
        self.settings = settings
        with_frequency = [e for e in catalog.exercises.values() if e.frequency is not None]
        self.prone_ids = [
            e.id for e in with_frequency if e.frequency and e.frequency.every_hours is not None
        ]
        """The exercises due every few hours: the prone holds."""
        self.daily_times = {
            e.id: e.frequency.times_per_day.max
            for e in with_frequency
            if e.frequency and e.frequency.times_per_day is not None
        }
        """The exercises due a number of times a day, and how many."""
        self._usable: dict[tuple[tuple[str, ...], int], tuple[str, ...]] = {}
        self._blocks: dict[tuple[int, int], BlockPlan] = {}
        self._by_kind: dict[RoutineKind, list[Routine]] = {}
        for routine in catalog.routines.values():
            self._by_kind.setdefault(routine.kind, []).append(routine)

    def usable(self, ids: Iterable[str]) -> tuple[str, ...]:
        key = (tuple(ids), id(self.settings))
        found = self._usable.get(key)
        if found is None:
            found = self._usable[key] = usable_exercises(key[0], self.catalog, self.settings)
        return found

    def of_kind(self, kind: RoutineKind) -> Routine | None:
        routines = self._by_kind.get(kind)
        return routines[0] if routines else None

    def evening(self) -> Routine | None:
        return self.of_kind(RoutineKind.EVENING)

    def block(self, group: Group) -> Routine | None:
        """The work-block routine of one group."""
        for routine in self._by_kind.get(RoutineKind.WORK_BLOCK, []):
            if routine.group is group:
                return routine
        return None

    def block_ids(self) -> list[str]:
        """Every exercise of the blocks of the settings' groups."""
        groups = self.settings.block_groups
        return [e for g in groups if (r := self.block(g)) is not None for e in r.exercises]

    @staticmethod
    def budget(routine: Routine | None) -> tuple[float, float]:
        """Seconds a routine should fill (min, max)."""
        lo, hi = GUIDE_BLOCK_BUDGET
        if routine is not None and routine.budget_minutes is not None:
            lo, hi = routine.budget_minutes.min, routine.budget_minutes.max
        return lo * 60.0, hi * 60.0

    def block_plan(self, block_next: int) -> BlockPlan:
        """The block that starts at ``block_next`` in the rotation.

        It starts with the next group in rotation that has anything usable (no floor
        space, say, leaves some groups empty), and when that group can't fill the
        budget's minimum even at the top of its ranges (the core group's one exercise),
        the next groups join it - the guide allows doing groups together.
        """
        key = (block_next, id(self.settings))
        if key not in self._blocks:
            self._blocks[key] = self._block_plan(block_next)
        return self._blocks[key]

    def _block_plan(self, block_next: int) -> BlockPlan:
        groups = self.settings.block_groups
        chosen: list[Group] = []
        ids: list[str] = []
        first: Routine | None = None
        seconds = 0.0
        for step in range(len(groups)):
            group = groups[(block_next + step) % len(groups)]
            routine = self.block(group)
            usable = self.usable(routine.exercises) if routine is not None else ()
            if not usable:
                continue
            if first is None:
                first = routine
            chosen.append(group)
            ids += usable
            seconds += most_seconds([self.catalog.exercise(e) for e in usable])
            if seconds >= self.budget(first)[0]:
                break
        return tuple(chosen), tuple(ids), first

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
