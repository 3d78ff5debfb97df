"""What the session shows: its phase, a snapshot for drawing, and the advice after pain."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from backbreak.domain.exercise import Exercise
from backbreak.domain.history import Feeling
from backbreak.session.plan import Step, WorkTarget

WORSE_LIMIT = 2
"""After this many "worse" reports on one exercise, suggest pausing it and seeing a professional."""


class Phase(str, Enum):
    """What the window shows."""

    INTRO = "intro"
    PREPARE = "prepare"
    WORK = "work"
    REST = "rest"
    SWITCH_SIDE = "switch-side"
    PAIN = "pain"
    SUMMARY = "summary"


@dataclass(frozen=True)
class PainAdvice:
    """What to tell the user after "This hurts" and their answer."""

    exercise: Exercise
    feeling: Feeling
    worse_reports: int
    """"Worse" reports for this exercise: earlier ones plus this session's."""

    @property
    def modifications(self) -> tuple[str, ...]:
        return self.exercise.modifications

    @property
    def suggest_stop(self) -> bool:
        return self.worse_reports >= WORSE_LIMIT


@dataclass(frozen=True)
class SessionView:
    """A snapshot of everything the window draws, read at one instant."""

    phase: Phase
    paused: bool
    index: int
    count: int
    exercise: Exercise | None
    step: Step | None
    work: WorkTarget | None
    remaining: float | None
    """Seconds to the current deadline (countdown; a hold's minimum, then its maximum)."""
    elapsed: float
    overtime: bool
    """A hold past its minimum, running on toward its maximum."""
    reps_done: int
    beat: str
    """The pace cue of the rep in progress, e.g. "Round up"."""
    beat_index: int
    """Which phase of the dose's pace that cue is (-1 outside paced reps)."""
    second_side: bool
    """Working the second side (per-side sets) or, alternating, the other side's rep."""
    side_label: str
    sets_total: int
    next_exercise: Exercise | None
    progress: float
    ended_early: bool
