"""Where a break stands: its phase, the exercise, that exercise's steps and the one in
progress, and the advice after a pain report."""

from __future__ import annotations

from dataclasses import dataclass

from backbreak.domain.exercise import Exercise
from backbreak.session.plan import Step, StepKind, WorkTarget, work_target
from backbreak.session.view import PainAdvice, Phase

STEP_PHASE = {
    StepKind.PREPARE: Phase.PREPARE,
    StepKind.WORK: Phase.WORK,
    StepKind.REST: Phase.REST,
    StepKind.SWITCH_SIDE: Phase.SWITCH_SIDE,
}
TIMED_PHASES = frozenset(STEP_PHASE.values())
"""The phases of a step that runs on the clock (an exercise in progress)."""


@dataclass
class Cursor:
    """The position in the break; the session moves it, the readout reads it."""

    exercises: tuple[Exercise, ...]
    phase: Phase = Phase.INTRO
    index: int = 0
    steps: tuple[Step, ...] = ()
    step_i: int = 0
    pain: PainAdvice | None = None
    """Set once the user answered "how does it feel" after a pain report."""

    @property
    def exercise(self) -> Exercise:
        return self.exercises[self.index]

    @property
    def step(self) -> Step:
        return self.steps[self.step_i]

    @property
    def work(self) -> WorkTarget:
        return work_target(self.exercise.dose)

    @property
    def timed(self) -> bool:
        """In an exercise's step (not the intro, a pain question or the summary)."""
        return self.phase in TIMED_PHASES

    @property
    def next_step(self) -> Step | None:
        nxt = self.step_i + 1
        return self.steps[nxt] if nxt < len(self.steps) else None

    @property
    def next_exercise(self) -> Exercise | None:
        nxt = self.index + 1
        return self.exercises[nxt] if nxt < len(self.exercises) else None

    def enter(self, step_i: int) -> Step:
        """Make step ``step_i`` of this exercise the current one."""
        self.step_i = step_i
        self.phase = STEP_PHASE[self.step.kind]
        return self.step
