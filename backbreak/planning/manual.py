"""A break the user starts from the menu: a routine, else the next routine block."""

from __future__ import annotations

from datetime import datetime

from backbreak.domain.catalog import Catalog
from backbreak.domain.settings import Settings
from backbreak.planning.composer import order_by_position
from backbreak.planning.dosing import fill
from backbreak.planning.model import Break, BreakKind
from backbreak.planning.routines import BlockPlan, usable_exercises


def manual_break(
    catalog: Catalog,
    settings: Settings,
    next_block: BlockPlan,
    now: datetime,
    routine_id: str | None = None,
) -> Break:
    """The given routine, else ``next_block``, at its least doses, due ``now`` (local).

    It answers no cadence by itself: what was done in it counts when it ends.
    """
    if routine_id is not None:
        routine = catalog.routine(routine_id)
        title, ids = routine.name, routine.exercises
    else:
        _groups, ids, first = next_block
        routine = first or next(iter(catalog.routines.values()))
        title = routine.name
        ids = ids or routine.exercises
    usable = usable_exercises(ids, catalog, settings) or tuple(ids)
    choices = fill([catalog.exercise(e) for e in usable], 0.0, 0.0)
    return Break(
        id=f"manual-{now:%Y%m%dT%H%M%S}",
        due=now,
        kind=BreakKind.MANUAL,
        exercises=order_by_position(usable, catalog),
        estimated_minutes=round(sum(c.seconds for c in choices) / 60.0, 1),
        title=title,
        routine_id=routine.id,
    )
