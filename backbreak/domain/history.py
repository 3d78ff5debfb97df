"""What happened: the records the session writes and the planner and history window read.

The store (``backbreak.store.history``) persists these; the planner needs only the
read side (``HistoryReader``), the guided session only the write side
(``OutcomeRecorder``), so each can be tested with a small fake.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Protocol

COVERS = "covers:"
"""How a break skipped with the Skip button says, in its record's ``detail``, which
cadence slots the skip answered (``skip_detail``)."""


class Outcome(str, Enum):
    """How one exercise ended."""

    DONE = "done"
    PARTIAL = "partial"
    SKIPPED = "skipped"
    PAIN = "pain"
    """Stopped with "This hurts"."""


class Feeling(str, Enum):
    """After "This hurts": compared with before the exercise, how does it feel?"""

    BETTER = "better"
    SAME = "same"
    WORSE = "worse"


class BreakEvent(str, Enum):
    """What happened to a break as a whole."""

    OFFERED = "offered"
    STARTED = "started"
    COMPLETED = "completed"
    SNOOZED = "snoozed"
    SKIPPED = "skipped"
    ENDED_EARLY = "ended-early"


@dataclass(frozen=True)
class ExerciseRecord:
    """One exercise's outcome, written the moment it ends.

    ``fraction`` is how much of the prescribed minimum dose was done (0-1, may pass 1
    when a hold ran on toward its maximum).
    """

    exercise_id: str
    outcome: Outcome
    at: datetime
    fraction: float = 1.0
    sets_done: int = 0
    reps_done: int = 0
    seconds_done: float = 0.0
    break_id: str | None = None
    feeling: Feeling | None = None
    note: str = ""


@dataclass(frozen=True)
class BreakRecord:
    """One event in a break's life: offered, snoozed, started, completed, skipped."""

    break_id: str
    event: BreakEvent
    at: datetime
    kind: str = ""
    exercises: tuple[str, ...] = ()
    detail: str = ""


def skip_detail(covers: tuple[str, ...]) -> str:
    """The ``detail`` of a break skipped with the Skip button: the slots it answered."""
    return f"{COVERS} {' '.join(covers)}"


def covered_slots(detail: str) -> tuple[str, ...]:
    """The slots a skip answered, from its record's ``detail`` (none when unmarked).

    A break skipped from the session's first screen is recorded with no such
    detail: nothing of it was done, so, like a session in which every exercise was
    skipped, it answers nothing and its items stay owed.
    """
    if not detail.startswith(COVERS):
        return ()
    return tuple(detail[len(COVERS) :].split())


@dataclass(frozen=True)
class LastDone:
    """The last time some exercises were done (or partly done), and the break around it.

    The running engine counts the routine block from the start of the break it was
    done in and the other cadences from the break's end; a restart needs the same
    times. ``started`` is the break's ``STARTED`` record, ``ended`` its completed or
    ended-early record; either falls back to ``at`` when not recorded (a record
    without a break, or a break still open when the app stopped).
    """

    at: datetime
    started: datetime
    ended: datetime


@dataclass(frozen=True)
class SkippedBreak:
    """A whole break answered with the Skip button: when, and what it answered.

    ``covers`` are the planner's cadence slots (``prone``, ``block``, ``evening``,
    ``daily:<exercise>``); ``exercises`` say which block groups a skipped block had.
    """

    at: datetime
    exercises: tuple[str, ...]
    covers: tuple[str, ...]


class OutcomeRecorder(Protocol):
    """Where the guided session writes as it goes."""

    def record_exercise(self, record: ExerciseRecord) -> None: ...

    def record_break(self, record: BreakRecord) -> None: ...


class HistoryReader(Protocol):
    """What the planner needs to know about the past to rebuild its jobs at start."""

    def last_done_in(self, exercise_ids: Sequence[str]) -> LastDone | None:
        """The last time any of the exercises ended as done or partly done, if ever,
        with the start and end of the break it was done in."""
        ...

    def done_count(self, exercise_id: str, day: date) -> int:
        """How many times the exercise was done (or partly done) on that local day."""
        ...

    def last_break_end(self) -> datetime | None:
        """When the last break was completed, ended early, or skipped."""
        ...

    def worse_reports(self, exercise_id: str) -> int:
        """How many times "This hurts" ended with "worse" for that exercise."""
        ...

    def skipped_breaks(self, since: datetime) -> list[SkippedBreak]:
        """Breaks skipped with the Skip button at or after ``since``, oldest first.

        A skip answers its cadences as the running engine's ``skip`` does, so a restart
        must see it. Exercises skipped inside a session need no query: they answer
        nothing (their items stay owed), which the done records already say.
        """
        ...
