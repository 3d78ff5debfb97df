"""The session's forward motion: steps end on their deadlines, the next one begins at
that deadline (not when an update noticed), and an exercise's end is recorded before
the next exercise starts."""

from __future__ import annotations

from collections.abc import Callable

from backbreak.domain.history import BreakEvent
from backbreak.session.cursor import Cursor
from backbreak.session.events import Cue, Event, EventKind
from backbreak.session.outcomes import OutcomeLog
from backbreak.session.plan import StepKind, plan_steps
from backbreak.session.tally import Tally
from backbreak.session.timing import StepClock
from backbreak.session.view import Phase

Emit = Callable[[Event], None]


class Walk:
    """Moves the cursor through the steps on the step clock, cueing and recording."""

    def __init__(
        self,
        cursor: Cursor,
        clock: StepClock,
        log: OutcomeLog,
        emit: Emit,
        prepare_seconds: float,
    ) -> None:
        self.cursor = cursor
        self.clock = clock
        self.log = log
        self._emit = emit
        self._prepare_seconds = prepare_seconds
        self.tally = Tally(cursor.exercises[0])

    def cue(self, cue: Cue) -> None:
        self._emit(Event(EventKind.CUE, cue))

    def changed(self) -> None:
        self._emit(Event(EventKind.CHANGED))

    def deadline(self) -> float | None:
        """Monotonic time at which the current step ends by itself (None: it waits)."""
        if not self.cursor.timed:
            return None
        return self.clock.deadline(self.cursor.step, self.cursor.work)

    def catch_up(self) -> None:
        """Play the cues due by now and end every step whose deadline passed."""
        now = self.clock.monotonic()
        cursor = self.cursor
        while cursor.timed:
            if cursor.phase is Phase.WORK and cursor.work.is_reps:
                for event in self.clock.advance_reps(cursor.work, now):
                    self._emit(event)
            end = self.clock.deadline(cursor.step, cursor.work)
            for cue in self.clock.due_cues(cursor.step, cursor.work, min(now, end), now):
                self.cue(cue)
            if now < end:
                break
            self.finish_step(end)

    def enter_step(self, step_i: int, at: float) -> None:
        step = self.cursor.enter(step_i)
        self.clock.restart(at)
        if step.kind is StepKind.WORK:
            self.cue(Cue.START)
        elif step.kind is StepKind.SWITCH_SIDE:
            self.cue(Cue.SWITCH_SIDES)
        self.changed()

    def start_exercise(self, index: int, at: float) -> None:
        """Begin exercise ``index`` afresh (also a restart of the same one)."""
        cursor = self.cursor
        cursor.index = index
        self.tally = Tally(cursor.exercise)
        cursor.steps = plan_steps(cursor.exercise, self._prepare_seconds)
        cursor.pain = None
        self.enter_step(0, at)

    def work_in_progress(self, at: float) -> tuple[float, int, bool]:
        """(seconds, reps, reached its target) of the work step in progress, if any."""
        if self.cursor.phase is not Phase.WORK:
            return 0.0, 0, False
        return self.clock.work_done(self.cursor.work, at)

    def finish_step(self, at: float) -> None:
        """End the current step at ``at`` (its deadline, or now for a user's "next")."""
        cursor = self.cursor
        step = cursor.step
        nxt = cursor.next_step
        if step.kind is StepKind.WORK:
            seconds, reps, complete = self.work_in_progress(at)
            self.tally.add_work(seconds, reps, complete)
            if step.side == cursor.exercise.dose.sides - 1:
                self.tally.finish_set()
            if nxt is not None and nxt.kind is not StepKind.SWITCH_SIDE:
                self.cue(Cue.SET_DONE)
        if nxt is not None:
            self.enter_step(cursor.step_i + 1, at)
            return
        self.cue(Cue.EXERCISE_DONE)
        self.log.exercise(self.tally)
        self.next_exercise(at)

    def next_exercise(self, at: float) -> None:
        """The next exercise's prepare step, or the summary after the last one."""
        if self.cursor.next_exercise is not None:
            self.start_exercise(self.cursor.index + 1, at)
            return
        self.cursor.phase = Phase.SUMMARY
        self.cursor.pain = None
        self.log.break_event(BreakEvent.COMPLETED)
        self.changed()
