"""The planner's vocabulary: a due item (one cadence's occurrence) and a break (what is offered).

An ``Item`` is what one cadence owes: the prone holds, the current routine block, one
of the day's cat-camels, tonight's stretches. Each item carries a window:

- ``earliest`` - it may be pulled into a break this early (a block at 1 h, a daily
  exercise half a spacing before its slot) so that it rides along instead of pinging
  on its own shortly after;
- ``due`` - when it is reminded on its own;
- ``latest`` - it may wait this long for another item, so both come as one break.

A ``Break`` is what the user sees: one reminder with its exercises in the order to do
them. Times inside the planner are UTC; ``Break.due`` is local (the clock's zone).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum

from backbreak.domain.exercise import Dose, Group


class BreakKind(str, Enum):
    """What a break is made of; MERGED when items of several cadences share it."""

    PRONE_HOLDS = "prone-holds"
    WORK_BLOCK = "work-block"
    DAILY = "daily"
    EVENING = "evening"
    CATCH_UP = "catch-up"
    MANUAL = "manual"
    MERGED = "merged"


class Cadence(str, Enum):
    """The four cadences of the README's planning table."""

    PRONE = "prone"
    BLOCK = "block"
    DAILY = "daily"
    EVENING = "evening"

    @property
    def kind(self) -> BreakKind:
        return _KIND[self]

    @property
    def priority(self) -> int:
        """Who goes first when a break is full: the low-back sheet's holds, then the rest."""
        return _PRIORITY[self]


_KIND = {
    Cadence.PRONE: BreakKind.PRONE_HOLDS,
    Cadence.BLOCK: BreakKind.WORK_BLOCK,
    Cadence.DAILY: BreakKind.DAILY,
    Cadence.EVENING: BreakKind.EVENING,
}
_PRIORITY = {Cadence.PRONE: 0, Cadence.DAILY: 1, Cadence.BLOCK: 2, Cadence.EVENING: 3}


@dataclass(frozen=True)
class Break:
    """One reminder: exercises in the order to do them, and how long they take."""

    id: str
    due: datetime
    kind: BreakKind
    exercises: tuple[str, ...]
    estimated_minutes: float
    title: str
    routine_id: str | None = None
    doses: tuple[tuple[str, Dose], ...] = ()
    """The dose chosen for each exercise whose catalog dose is a range of sets."""
    notes: tuple[tuple[str, str], ...] = ()
    """Why a dose was chosen, per exercise ("2 sets today: this block has room")."""
    covers: tuple[str, ...] = ()
    """The cadence slots the break answers (``Item.slot``): what a skip records."""
    overdue: datetime | None = None
    """When its most pressing item passes its latest time (the prone holds' overdue
    moment): a call holds the break at most until then plus the call maximum."""

    def dose_of(self, exercise_id: str) -> Dose | None:
        return dict(self.doses).get(exercise_id)

    def note_of(self, exercise_id: str) -> str:
        return dict(self.notes).get(exercise_id, "")


@dataclass(frozen=True)
class Item:
    """One occurrence a cadence owes (see the module docstring for the window)."""

    key: str
    """Stable per occurrence, e.g. ``prone@2026-03-30T09:00:00+00:00``; kept when deferred."""
    slot: str
    """The cadence slot: ``prone``, ``block``, ``evening``, ``daily:cat-camel``."""
    cadence: Cadence
    title: str
    exercises: tuple[str, ...]
    earliest: datetime
    due: datetime
    latest: datetime
    routine_id: str | None = None
    day: date | None = None
    """The local day a daily or evening item belongs to."""
    expires: datetime | None = None
    """Daily and evening items belong to their day; past this they are no longer owed."""
    groups: tuple[Group, ...] = ()
    """A routine block's (or evening's) groups: the block is filled to its time budget."""
    budget: tuple[float, float] | None = None
    """Seconds the item should fill (min, max), from its routine's ``budget_minutes``."""

    @property
    def is_evening(self) -> bool:
        return self.cadence is Cadence.EVENING
