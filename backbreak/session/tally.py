"""How much of an exercise was done, and the record that says so."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from backbreak.domain.exercise import Exercise
from backbreak.domain.history import ExerciseRecord, Feeling, Outcome


@dataclass
class Tally:
    """The work done on one exercise so far: per finished work step, and in total."""

    exercise: Exercise
    seconds: float = 0.0
    reps: int = 0
    sets_done: int = 0
    cut_short: bool = False

    def add_work(self, seconds: float, reps: int, complete: bool) -> None:
        self.seconds += seconds
        self.reps += reps
        self.cut_short = self.cut_short or not complete

    def finish_set(self) -> None:
        self.sets_done += 1

    def fraction(self, extra_seconds: float = 0.0, extra_reps: int = 0) -> float:
        """Work done over the dose's minimum (sets × sides × reps or hold seconds)."""
        dose = self.exercise.dose
        units = dose.sets.min * dose.sides
        if dose.reps is not None:
            return (self.reps + extra_reps) / (units * dose.reps.min)
        assert dose.hold_seconds is not None
        return (self.seconds + extra_seconds) / (units * dose.hold_seconds.min)

    def record(
        self,
        at: datetime,
        break_id: str | None,
        *,
        outcome: Outcome | None = None,
        extra_seconds: float = 0.0,
        extra_reps: int = 0,
        feeling: Feeling | None = None,
    ) -> ExerciseRecord:
        """The record for this exercise; the outcome follows from the work unless given.

        ``extra_*`` is the work step in progress (cut short by skip, end or pain).
        """
        fraction = round(self.fraction(extra_seconds, extra_reps), 3)
        if outcome is None:
            if fraction <= 0:
                outcome = Outcome.SKIPPED
            elif fraction >= 1 and not self.cut_short:
                outcome = Outcome.DONE
            else:
                outcome = Outcome.PARTIAL
        return ExerciseRecord(
            exercise_id=self.exercise.id,
            outcome=outcome,
            at=at,
            fraction=fraction,
            sets_done=self.sets_done,
            reps_done=self.reps + extra_reps,
            seconds_done=round(self.seconds + extra_seconds, 2),
            break_id=break_id,
            feeling=feeling,
        )
