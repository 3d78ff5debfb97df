"""How one exercise's dose unfolds into steps: prepare, work, rest, switch side.

A dose becomes a flat list of steps so the session only ever walks forward through a
list (and back to its start). The work in each step is a :class:`WorkTarget`: a timed
hold (``hold_seconds`` alone) or paced reps (``reps`` with the dose's pace phases).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from backbreak.domain.duration import SETUP_SECONDS, switch_seconds
from backbreak.domain.exercise import Dose, Exercise

PREPARE_SECONDS = float(SETUP_SECONDS)
"""The get-ready countdown before an exercise's first set (as in the duration estimate)."""


class StepKind(str, Enum):
    """What the user is doing during one step of an exercise."""

    PREPARE = "prepare"
    WORK = "work"
    REST = "rest"
    SWITCH_SIDE = "switch-side"


@dataclass(frozen=True)
class Beat:
    """One phase of a paced rep: its cue and where it starts inside the rep."""

    cue: str
    start: float
    seconds: float


@dataclass(frozen=True)
class WorkTarget:
    """The work of one set on one side.

    Holds: ``target_seconds`` is the dose's minimum, ``limit_seconds`` its maximum (the
    user may continue up to it). Reps: ``reps`` at ``rep_seconds`` each, paced by ``beats``.
    """

    target_seconds: float = 0.0
    limit_seconds: float = 0.0
    reps: int = 0
    rep_seconds: float = 0.0
    beats: tuple[Beat, ...] = ()
    alternating: bool = False

    @property
    def is_reps(self) -> bool:
        return self.reps > 0

    def beat_at(self, into: float) -> int:
        """Which beat of the pace is playing ``into`` seconds after the rep began (-1: none)."""
        started = [i for i, beat in enumerate(self.beats) if into >= beat.start]
        return started[-1] if started else -1


@dataclass(frozen=True)
class Step:
    """One step; ``seconds`` is the countdown length of prepare/rest/switch steps."""

    kind: StepKind
    set_no: int = 0
    side: int = 0
    seconds: float = 0.0


def work_target(dose: Dose) -> WorkTarget:
    """The work of one set: paced reps when the dose has reps, else one timed hold."""
    if dose.reps is not None:
        hold = float(dose.hold_seconds.min) if dose.hold_seconds else 0.0
        beats: list[Beat] = []
        start = 0.0
        for phase in dose.pace:
            seconds = phase.duration(hold)
            beats.append(Beat(phase.cue, start, seconds))
            start += seconds
        return WorkTarget(
            reps=dose.reps.min,
            rep_seconds=start,
            beats=tuple(beats),
            alternating=dose.alternating,
        )
    assert dose.hold_seconds is not None
    return WorkTarget(
        target_seconds=float(dose.hold_seconds.min),
        limit_seconds=float(dose.hold_seconds.max),
    )


def plan_steps(exercise: Exercise, prepare_seconds: float = PREPARE_SECONDS) -> tuple[Step, ...]:
    """Prepare, then every set (each side in turn), with rests and side switches between.

    The plan does the dose's minimum number of sets: the sources' ranges ("1-2 sets")
    make the minimum the prescription and the maximum an option.
    """
    dose = exercise.dose
    switch = switch_seconds(exercise)
    steps = [Step(StepKind.PREPARE, seconds=prepare_seconds)]
    sets = dose.sets.min
    for set_no in range(1, sets + 1):
        for side in range(dose.sides):
            if side > 0:
                steps.append(Step(StepKind.SWITCH_SIDE, set_no, side, switch))
            steps.append(Step(StepKind.WORK, set_no, side))
        if set_no < sets and dose.rest_seconds > 0:
            steps.append(Step(StepKind.REST, set_no, 0, float(dose.rest_seconds)))
    return tuple(steps)
