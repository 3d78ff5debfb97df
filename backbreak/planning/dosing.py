"""Choosing each exercise's dose inside the documents' ranges, to fill a block's time.

The back-care guide gives ranges, not numbers: flexibility work 1-2 sets of 30-60 s
holds, movement work 1-2 sets of 15-20 reps, and a routine block of 5-10 minutes. A
break that runs the minimum of every range is a 2-4 minute block, short of what the
guide asks. So a block starts at every minimum and grows, one step at a time, in the
order the guide's ranges suggest, until it reaches its time budget's minimum:

1. a second set (in the block's order: each exercise gets its second set in turn);
2. longer holds, in 15 s steps toward the range's maximum (30 → 45 → 60 s);
3. more reps, in steps of 5 toward the range's maximum (15 → 20).

A step is taken only while the block stays within ``limit`` seconds (its budget's
maximum, or what room the break has left). Each chosen dose says why, in words the
session and ``backbreak plan`` show. Exercises outside blocks (the prone holds, the
cat-camel) keep the sheet's fixed doses.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache

from PySide6.QtCore import QCoreApplication

from backbreak.domain.catalog import Catalog
from backbreak.domain.duration import SETUP_SECONDS, switch_seconds
from backbreak.domain.exercise import Dose, Exercise
from backbreak.domain.ranges import IntRange

HOLD_STEP = 15
"""Seconds a hold grows by in one step."""

REP_STEP = 5
"""Reps a set grows by in one step."""


@dataclass(frozen=True)
class Choice:
    """One exercise's chosen sets, reps and hold (seconds)."""

    exercise: Exercise
    sets: int
    reps: int | None
    hold: int | None

    @classmethod
    def minimum(cls, exercise: Exercise) -> Choice:
        dose = exercise.dose
        return cls(
            exercise,
            dose.sets.min,
            dose.reps.min if dose.reps else None,
            dose.hold_seconds.min if dose.hold_seconds else None,
        )

    @cached_property
    def seconds(self) -> float:
        """What the duration estimate (``domain.duration``) gives for this dose."""
        dose = self.exercise.dose
        hold = float(self.hold or 0)
        one_set = self.reps * dose.rep_seconds(hold) if self.reps is not None else hold
        work = self.sets * dose.sides * one_set
        switches = self.sets * (dose.sides - 1) * switch_seconds(self.exercise)
        return SETUP_SECONDS + work + switches + (self.sets - 1) * dose.rest_seconds

    @property
    def raised(self) -> bool:
        """More than the catalog's minimum."""
        least = Choice.minimum(self.exercise)
        return (self.sets, self.reps, self.hold) != (least.sets, least.reps, least.hold)

    @property
    def decided(self) -> bool:
        """The catalog gives a range of sets and the plan chose: say which."""
        return self.raised or not self.exercise.dose.sets.is_fixed

    def dose(self) -> Dose:
        """The catalog dose narrowed to this choice: the session runs its minimum, and a
        hold may still go on to the range's maximum."""
        dose = self.exercise.dose
        update: dict[str, object] = {"sets": IntRange.fixed(self.sets)}
        if self.reps is not None and dose.reps is not None:
            update["reps"] = IntRange(min=self.reps, max=dose.reps.max)
        if self.hold is not None and dose.hold_seconds is not None:
            update["hold_seconds"] = IntRange(min=self.hold, max=dose.hold_seconds.max)
        return dose.model_copy(update=update)

    def note(self) -> str:
        """Why this dose, when it is more than the minimum."""
        dose = self.exercise.dose
        parts = []
        if self.sets > dose.sets.min:
            sets = self.sets
            parts.append(
                QCoreApplication.translate("dosing", "{count} set(s)", "", sets).format(count=sets)
            )
        if dose.reps is not None and self.reps is not None and self.reps > dose.reps.min:
            reps = QCoreApplication.translate("dosing", "{count} reps").format(count=self.reps)
            parts.append(reps)
        if (
            dose.reps is None
            and dose.hold_seconds is not None
            and self.hold is not None
            and self.hold > dose.hold_seconds.min
        ):
            parts.append(
                QCoreApplication.translate("dosing", "{seconds} s holds").format(seconds=self.hold)
            )
        if not parts:
            return ""
        if len(parts) == 1:
            what = parts[0]
        else:
            #: Two dose changes, e.g. "2 sets" and "45 s holds".
            what = QCoreApplication.translate("dosing", "{first} and {second}").format(
                first=parts[0], second=parts[1]
            )
        #: {what} is the raised dose, e.g. "2 sets" or "2 sets and 20 reps".
        return QCoreApplication.translate("dosing", "{what} today: this block has room").format(
            what=what
        )


def _grow(choice: Choice, stage: int) -> Choice | None:
    """The next step of ``stage`` for one exercise, or None when its range is used up."""
    dose = choice.exercise.dose
    if stage == 0 and choice.sets < dose.sets.max:
        return replace(choice, sets=choice.sets + 1)
    hold, reps = dose.hold_seconds, dose.reps
    if stage == 1 and reps is None and hold is not None and choice.hold and choice.hold < hold.max:
        return replace(choice, hold=min(hold.max, choice.hold + HOLD_STEP))
    if stage == 2 and reps is not None and choice.reps is not None and choice.reps < reps.max:
        return replace(choice, reps=min(reps.max, choice.reps + REP_STEP))
    return None


def fill(exercises: Sequence[Exercise], target: float, limit: float) -> list[Choice]:
    """Doses for ``exercises`` that reach ``target`` seconds in all, never past ``limit``.

    Starts at every minimum; when even the whole ranges can't reach the target, the
    block runs at the top of every range that fits.
    """
    choices = [Choice.minimum(e) for e in exercises]
    total = sum(c.seconds for c in choices)
    for stage in range(3):
        grown = True
        while grown and total < target:
            grown = False
            for i, choice in enumerate(choices):
                if total >= target:
                    break
                bigger = _grow(choice, stage)
                if bigger is None:
                    continue
                extra = bigger.seconds - choice.seconds
                if total + extra > limit:
                    continue
                choices[i] = bigger
                total += extra
                grown = True
    return choices


def most_seconds(exercises: Sequence[Exercise]) -> float:
    """The estimate at the top of every range: what a group can fill at most."""
    return sum(_most_one(e) for e in exercises)


@lru_cache(maxsize=4096)
def _most_one(exercise: Exercise) -> float:
    return fill([exercise], float("inf"), float("inf"))[0].seconds


def with_doses(catalog: Catalog, doses: Iterable[tuple[str, Dose]]) -> Catalog:
    """The catalog with a break's chosen doses in place of the exercises' own, so the
    session runs (and the history records against) what the plan chose."""
    chosen = {e: d for e, d in doses if e in catalog.exercises}
    if not chosen:
        return catalog
    exercises = dict(catalog.exercises)
    for ex_id, dose in chosen.items():
        exercises[ex_id] = exercises[ex_id].model_copy(update={"dose": dose})
    return replace(catalog, exercises=exercises)
