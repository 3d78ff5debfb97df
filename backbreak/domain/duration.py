"""How long exercises and routines take, computed from their doses.

The estimate counts the work itself (holds, or reps at the exercise's pace), the rest
between sets, a few seconds to switch sides, and a fixed allowance per exercise for
reading the steps and getting into position.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum

from backbreak.domain.exercise import Dose, Exercise

SETUP_SECONDS = 20
"""Reading the steps and getting into position, once per exercise."""

SIDE_SWITCH_SECONDS = 5
"""Changing sides between the two halves of a per-side set, standing or sitting."""

FLOOR_SWITCH_SECONDS = 2 * SIDE_SWITCH_SECONDS
"""Rolling over on the floor takes longer than turning round standing up."""


def switch_seconds(exercise: Exercise) -> float:
    """One change of side: the estimate and the guided session count it alike."""
    return float(FLOOR_SWITCH_SECONDS if exercise.needs_floor else SIDE_SWITCH_SECONDS)


class Level(str, Enum):
    """Which end of every dose range to estimate at."""

    MIN = "min"
    MAX = "max"


def set_seconds(dose: Dose, level: Level = Level.MIN) -> float:
    """Seconds of work in one set on one side."""
    pick_max = level is Level.MAX
    hold = 0
    if dose.hold_seconds is not None:
        hold = dose.hold_seconds.max if pick_max else dose.hold_seconds.min
    if dose.reps is not None:
        reps = dose.reps.max if pick_max else dose.reps.min
        return reps * dose.rep_seconds(hold)
    return float(hold)


def exercise_seconds(exercise: Exercise, level: Level = Level.MIN) -> float:
    """Seconds one bout of the exercise takes, setup included."""
    dose = exercise.dose
    sets = dose.sets.max if level is Level.MAX else dose.sets.min
    work = sets * dose.sides * set_seconds(dose, level)
    switches = sets * (dose.sides - 1) * switch_seconds(exercise)
    rests = (sets - 1) * dose.rest_seconds
    return SETUP_SECONDS + work + switches + rests


def total_seconds(exercises: Iterable[Exercise], level: Level = Level.MIN) -> float:
    """Seconds for a sequence of exercises done one after another."""
    return sum(exercise_seconds(e, level) for e in exercises)
