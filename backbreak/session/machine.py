"""The guided session: a break walked through step by step, on a monotonic clock.

Stages: intro → for each exercise: prepare → work (→ switch side → work) (→ rest → …)
→ next exercise … → summary. Pain stops an exercise and asks how it feels.

``Session`` is what the window holds: the user's actions and what it reads. The parts
behind it: ``cursor`` (where the break stands), ``timing`` (deadlines, cues, reps and
pauses of the step in progress), ``walk`` (steps ending on their deadlines),
``outcomes`` (the records written) and ``readout`` (the snapshot the window draws).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from backbreak.clock import Clock
from backbreak.domain.exercise import Exercise
from backbreak.domain.history import BreakEvent, ExerciseRecord, Feeling, Outcome, OutcomeRecorder
from backbreak.session.cursor import Cursor
from backbreak.session.events import Event
from backbreak.session.outcomes import OutcomeLog
from backbreak.session.plan import PREPARE_SECONDS
from backbreak.session.readout import read_view
from backbreak.session.timing import StepClock
from backbreak.session.view import WORSE_LIMIT, PainAdvice, Phase, SessionView
from backbreak.session.walk import Walk

Listener = Callable[[Event], None]

__all__ = ["WORSE_LIMIT", "PainAdvice", "Phase", "Session", "SessionView"]


class Session:
    """One guided break. Drive it with ``update()`` and the user's actions.

    Listeners get :class:`Event` objects: cues to play, "changed" to redraw, and the
    records written. ``update()`` may be called at any rate.
    """

    def __init__(
        self,
        exercises: Sequence[Exercise],
        recorder: OutcomeRecorder,
        *,
        clock: Clock,
        break_id: str | None = None,
        break_kind: str = "",
        worse_counts: Mapping[str, int] | None = None,
        prepare_seconds: float = PREPARE_SECONDS,
    ) -> None:
        if not exercises:
            raise ValueError("a session needs at least one exercise")
        self._listeners: list[Listener] = []
        self._cursor = Cursor(tuple(exercises))
        self._clock = StepClock(clock.monotonic)
        log = OutcomeLog(
            recorder,
            self._emit,
            clock.now,
            break_id=break_id,
            break_kind=break_kind,
            exercises=exercises,
        )
        self._walk = Walk(self._cursor, self._clock, log, self._emit, prepare_seconds)
        self._log = log
        self._worse = dict(worse_counts or {})
        self._ended_early = False

    # ---- observing ---------------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def _emit(self, event: Event) -> None:
        for listener in list(self._listeners):
            listener(event)

    @property
    def exercises(self) -> tuple[Exercise, ...]:
        return self._cursor.exercises

    @property
    def phase(self) -> Phase:
        return self._cursor.phase

    @property
    def paused(self) -> bool:
        return self._clock.paused

    @property
    def pain_advice(self) -> PainAdvice | None:
        return self._cursor.pain

    @property
    def worse_counts(self) -> dict[str, int]:
        return dict(self._worse)

    @property
    def records(self) -> list[ExerciseRecord]:
        """Every exercise record written so far, in order (kept even if the store failed)."""
        return self._log.records

    def deadline(self) -> float | None:
        """Monotonic time at which the current step ends by itself (None: it waits)."""
        return self._walk.deadline()

    def next_wakeup(self) -> float | None:
        """When ``update()`` next has something to do (a cue, a beat or a deadline)."""
        if self.paused or not self._cursor.timed:
            return None
        return self._clock.next_wakeup(self._cursor.step, self._cursor.work)

    def view(self) -> SessionView:
        """A snapshot of everything the window draws."""
        return read_view(self._cursor, self._clock, ended_early=self._ended_early)

    # ---- the clock -----------------------------------------------------------

    def update(self) -> None:
        """Catch up with the clock: fire due cues, end steps whose deadline passed."""
        if not self.paused:
            self._walk.catch_up()

    # ---- the user's actions --------------------------------------------------

    def start(self) -> None:
        """Leave the intro: the first exercise's prepare step begins."""
        if self._cursor.phase is not Phase.INTRO:
            return
        self._log.break_event(BreakEvent.STARTED)
        self._walk.start_exercise(0, self._clock.monotonic())

    def pause(self) -> None:
        if self._cursor.timed and not self.paused:
            self.update()
            if self._cursor.timed:
                self._clock.pause()
                self._walk.changed()

    def resume(self) -> None:
        if self._clock.resume():
            self._walk.changed()

    def toggle_pause(self) -> None:
        if self.paused:
            self.resume()
        else:
            self.pause()

    def _settle(self) -> bool:
        """Resume and catch up before an action; whether an exercise is still running."""
        self.resume()
        self.update()
        return self._cursor.timed

    def next(self) -> None:
        """Move on: start, start the work now, end a rest early, or finish this set now.

        Ending a set before its target counts what was done and marks the exercise partial.
        """
        phase = self._cursor.phase
        if phase is Phase.INTRO:
            self.start()
        elif phase is Phase.PAIN:
            if self._cursor.pain is not None:
                self._walk.next_exercise(self._clock.monotonic())
        elif self._cursor.timed and self._settle():
            self._walk.finish_step(self._clock.monotonic())

    def back(self) -> None:
        """Restart this exercise; from its prepare step, go to the previous one."""
        cursor = self._cursor
        if cursor.phase is Phase.PAIN:
            if cursor.pain is not None:
                self._walk.start_exercise(cursor.index, self._clock.monotonic())
            return
        if not cursor.timed:
            return
        self.resume()
        now = self._clock.monotonic()
        if cursor.phase is not Phase.PREPARE or cursor.step_i != 0:
            self._walk.start_exercise(cursor.index, now)
        elif cursor.index > 0:
            self._walk.start_exercise(cursor.index - 1, now)
        else:
            cursor.phase = Phase.INTRO
            self._walk.changed()

    def skip_exercise(self) -> None:
        """Record this exercise as skipped (or partial) and go to the next."""
        if not self._cursor.timed or not self._settle():
            return
        now = self._clock.monotonic()
        self._record_as_it_stands(now)
        self._walk.next_exercise(now)

    def _record_as_it_stands(self, now: float) -> None:
        seconds, reps, _ = self._walk.work_in_progress(now)
        self._log.exercise(self._walk.tally, extra=(seconds, reps))

    def count_rep(self) -> None:
        """The user counts a rep themselves; the metronome restarts from now."""
        cursor = self._cursor
        if cursor.phase is not Phase.WORK or not cursor.work.is_reps:
            return
        self._settle()
        if cursor.phase is not Phase.WORK:
            return
        now = self._clock.monotonic()
        self._clock.count_rep(now)
        if self._clock.reps >= cursor.work.reps:
            self._walk.finish_step(now)
        else:
            self._walk.changed()

    def report_pain(self) -> None:
        """ "This hurts": stop the exercise now and wait for :meth:`answer_pain`."""
        if not self._cursor.timed:
            return
        self.resume()
        seconds, reps, _ = self._walk.work_in_progress(self._clock.monotonic())
        if self._cursor.phase is Phase.WORK:
            self._walk.tally.add_work(seconds, reps, complete=False)
        self._cursor.phase = Phase.PAIN
        self._cursor.pain = None
        self._walk.changed()

    def answer_pain(self, feeling: Feeling) -> PainAdvice:
        """Record the exercise as stopped for pain, with how it feels; return the advice."""
        cursor = self._cursor
        if cursor.phase is not Phase.PAIN or cursor.pain is not None:
            raise RuntimeError("answer_pain() comes once, after report_pain()")
        exercise = cursor.exercise
        self._log.exercise(self._walk.tally, outcome=Outcome.PAIN, feeling=feeling)
        if feeling is Feeling.WORSE:
            self._worse[exercise.id] = self._worse.get(exercise.id, 0) + 1
        cursor.pain = PainAdvice(exercise, feeling, self._worse.get(exercise.id, 0))
        self._walk.changed()
        return cursor.pain

    def end_early(self) -> None:
        """End the break now; the exercise in progress is recorded as it stands."""
        cursor = self._cursor
        if cursor.phase is Phase.SUMMARY:
            return
        if cursor.phase is Phase.INTRO:
            self._finish_early(BreakEvent.SKIPPED)
            return
        if cursor.phase is Phase.PAIN:
            self.resume()
            if cursor.pain is None:
                self._log.exercise(self._walk.tally, outcome=Outcome.PAIN)
        else:
            now = self._clock.monotonic()
            if self._settle():
                self._record_as_it_stands(now)
        if self.phase is not Phase.SUMMARY:  # catching up may have finished the break
            self._finish_early(BreakEvent.ENDED_EARLY)

    def _finish_early(self, event: BreakEvent) -> None:
        self._cursor.phase = Phase.SUMMARY
        self._cursor.pain = None
        self._ended_early = True
        self._log.break_event(event)
        self._walk.changed()
