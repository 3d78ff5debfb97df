"""The guided session: a break walked through step by step, on a monotonic clock.

Stages: intro → for each exercise: prepare → work (→ switch side → work) (→ rest → …)
→ next exercise … → summary. Pain stops an exercise and asks how it feels.

Timing never counts ticks. Every step has a start time ``t0`` on the injected
clock's monotonic time (its wall time only stamps the records); countdowns, hold
ends and rep beats are deadlines derived from it, and a pause shifts ``t0`` by the
time spent paused. ``update()`` may therefore be called at any rate (a UI timer, a
test's fake clock): a step that ended between two calls ends at its deadline, and the
next step starts at that deadline, not at the moment the call noticed.

Every exercise is written to the :class:`OutcomeRecorder` the moment it ends (done,
partial, skipped or stopped for pain), so a crash loses at most the one in progress.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from backbreak.clock import Clock
from backbreak.domain.exercise import Exercise
from backbreak.domain.history import (
    BreakEvent,
    BreakRecord,
    ExerciseRecord,
    Feeling,
    Outcome,
    OutcomeRecorder,
)
from backbreak.session.events import Cue, Event, EventKind
from backbreak.session.plan import (
    PREPARE_SECONDS,
    Step,
    StepKind,
    WorkTarget,
    plan_steps,
    work_target,
)
from backbreak.session.tally import Tally
from backbreak.session.view import WORSE_LIMIT, PainAdvice, Phase, SessionView

Listener = Callable[[Event], None]

__all__ = ["WORSE_LIMIT", "PainAdvice", "Phase", "Session", "SessionView"]

STALE_CUE_SECONDS = 1.0
"""A cue whose moment passed longer ago than this (a late timer, a suspend) stays silent."""

COUNTDOWN_FROM = 3
"""Tick each of the last this-many seconds of a countdown."""


_STEP_PHASE = {
    StepKind.PREPARE: Phase.PREPARE,
    StepKind.WORK: Phase.WORK,
    StepKind.REST: Phase.REST,
    StepKind.SWITCH_SIDE: Phase.SWITCH_SIDE,
}


class Session:
    """One guided break. Drive it with ``update()`` and the user's actions.

    Listeners get :class:`Event` objects: cues to play, "changed" to redraw, and the
    records written.
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
        self._exercises = tuple(exercises)
        self._recorder = recorder
        self._mono = clock.monotonic
        """Drives the session: deadlines, beats and cues."""
        self._wall = clock.now
        """Only stamps the records written."""
        self._break_id = break_id
        self._break_kind = break_kind
        self._worse = dict(worse_counts or {})
        self._prepare_seconds = prepare_seconds
        self._listeners: list[Listener] = []
        self.records: list[ExerciseRecord] = []
        self._phase = Phase.INTRO
        self._index = 0
        self._steps: tuple[Step, ...] = ()
        self._step_i = 0
        self._t0 = self._mono()
        self._paused_at: float | None = None
        self._fired: set[str] = set()
        self._reps = 0
        self._rep_t0 = self._t0
        self._beat_key = (0, 0)
        self._tally = Tally(self._exercises[0])
        self._pain: PainAdvice | None = None
        self._ended_early = False

    # ---- observing ---------------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def _emit(self, event: Event) -> None:
        for listener in list(self._listeners):
            listener(event)

    def _cue(self, cue: Cue) -> None:
        self._emit(Event(EventKind.CUE, cue))

    def _changed(self) -> None:
        self._emit(Event(EventKind.CHANGED))

    @property
    def exercises(self) -> tuple[Exercise, ...]:
        return self._exercises

    @property
    def phase(self) -> Phase:
        return self._phase

    @property
    def paused(self) -> bool:
        return self._paused_at is not None

    @property
    def pain_advice(self) -> PainAdvice | None:
        return self._pain

    @property
    def worse_counts(self) -> dict[str, int]:
        return dict(self._worse)

    def _time(self) -> float:
        return self._paused_at if self._paused_at is not None else self._mono()

    @property
    def _step(self) -> Step:
        return self._steps[self._step_i]

    @property
    def _work(self) -> WorkTarget:
        return work_target(self._exercises[self._index].dose)

    def deadline(self) -> float | None:
        """Monotonic time at which the current step ends by itself (None: it waits)."""
        if self._phase not in (Phase.PREPARE, Phase.WORK, Phase.REST, Phase.SWITCH_SIDE):
            return None
        step = self._step
        if step.kind is not StepKind.WORK:
            return self._t0 + step.seconds
        work = self._work
        if work.is_reps:
            return self._rep_t0 + (work.reps - self._reps) * work.rep_seconds
        return self._t0 + work.limit_seconds

    def next_wakeup(self) -> float | None:
        """When ``update()`` next has something to do (a cue, a beat or a deadline)."""
        if self.paused:
            return None
        end = self.deadline()
        if end is None:
            return None
        now = self._mono()
        times = [t for t, _key, _cue in self._thresholds() if t > now]
        work = self._work if self._phase is Phase.WORK else None
        if work is not None and work.is_reps:
            into = now - self._rep_t0
            times += [self._rep_t0 + b.start for b in work.beats if b.start > into]
            times.append(self._rep_t0 + work.rep_seconds)
        return min([end, *times])

    def view(self) -> SessionView:
        now = self._time()
        in_exercise = self._phase not in (Phase.INTRO, Phase.SUMMARY)
        exercise = self._exercises[self._index] if in_exercise else None
        step = self._step if self._phase not in (Phase.INTRO, Phase.SUMMARY, Phase.PAIN) else None
        work = self._work if exercise is not None else None
        remaining: float | None = None
        overtime = False
        beat = ""
        beat_index = -1
        side = ""
        second_side = False
        elapsed = now - self._t0
        if step is not None and work is not None:
            if step.kind is StepKind.WORK and not work.is_reps:
                overtime = (
                    elapsed >= work.target_seconds and work.limit_seconds > work.target_seconds
                )
                end = work.limit_seconds if overtime else work.target_seconds
                remaining = max(0.0, self._t0 + end - now)
            elif step.kind is StepKind.WORK:
                into = now - self._rep_t0
                started = [i for i, b in enumerate(work.beats) if into >= b.start]
                beat_index = started[-1] if started else -1
                beat = work.beats[beat_index].cue if started else ""
            else:
                remaining = max(0.0, self._t0 + step.seconds - now)
            side = self._side_label(step, work)
            second_side = self._second_side(step, work)
        if self._phase is Phase.SUMMARY:
            progress = 1.0
        elif self._phase is Phase.INTRO:
            progress = 0.0
        else:
            within = self._step_i / len(self._steps) if self._steps else 0.0
            progress = (self._index + within) / len(self._exercises)
        nxt = self._index + 1
        return SessionView(
            phase=self._phase,
            paused=self.paused,
            index=self._index,
            count=len(self._exercises),
            exercise=exercise,
            step=step,
            work=work,
            remaining=remaining,
            elapsed=max(0.0, elapsed),
            overtime=overtime,
            reps_done=self._reps,
            beat=beat,
            beat_index=beat_index,
            second_side=second_side,
            side_label=side,
            sets_total=exercise.dose.sets.min if exercise else 0,
            next_exercise=self._exercises[nxt]
            if in_exercise and nxt < len(self._exercises)
            else None,
            progress=progress,
            ended_early=self._ended_early,
        )

    def _second_side(self, step: Step, work: WorkTarget) -> bool:
        """The right side: the second half of a per-side set, or an odd alternating rep."""
        if work.alternating and step.kind is StepKind.WORK:
            return self._reps % 2 == 1
        return self._exercises[self._index].dose.per_side and step.side == 1

    def _side_label(self, step: Step, work: WorkTarget) -> str:
        right = self._second_side(step, work)
        if work.alternating and step.kind is StepKind.WORK:
            return "Right" if right else "Left"
        if self._exercises[self._index].dose.per_side:
            return "Right side" if right else "Left side"
        return ""

    # ---- the clock -----------------------------------------------------------

    def update(self) -> None:
        """Catch up with the clock: fire due cues, end steps whose deadline passed."""
        if self.paused:
            return
        now = self._mono()
        while self._phase in (Phase.PREPARE, Phase.WORK, Phase.REST, Phase.SWITCH_SIDE):
            self._count_reps(now)
            end = self.deadline()
            assert end is not None
            self._fire_thresholds(min(now, end), now)
            if now < end:
                break
            self._finish_step(end)

    def _count_reps(self, now: float) -> None:
        """Advance the rep counter and the metronome's beat up to ``now``."""
        if self._phase is not Phase.WORK:
            return
        work = self._work
        if not work.is_reps:
            return
        while self._reps < work.reps and now >= self._rep_t0 + work.rep_seconds:
            self._reps += 1
            self._rep_t0 += work.rep_seconds
            if self._reps == work.reps // 2 and work.reps >= 6:
                self._cue_if_fresh(self._rep_t0, now, Cue.HALFWAY)
            elif self._reps < work.reps:
                self._cue_if_fresh(self._rep_t0, now, Cue.BEAT)
            self._changed()
        if self._reps >= work.reps:
            return
        into = now - self._rep_t0
        beat_i = max(i for i, b in enumerate(work.beats) if into >= b.start)
        key = (self._reps, beat_i)
        if key != self._beat_key:
            self._beat_key = key
            if beat_i > 0:
                self._cue_if_fresh(self._rep_t0 + work.beats[beat_i].start, now, Cue.BEAT)
            self._changed()

    def _cue_if_fresh(self, at: float, now: float, cue: Cue) -> None:
        if at >= now - STALE_CUE_SECONDS:
            self._cue(cue)

    def _thresholds(self) -> list[tuple[float, str, Cue]]:
        """Timed cues of the current step: (monotonic time, key, cue)."""
        step = self._step
        out: list[tuple[float, str, Cue]] = []
        if step.kind is StepKind.WORK:
            work = self._work
            if work.is_reps:
                return out
            ends = [work.target_seconds]
            if work.limit_seconds > work.target_seconds:
                ends.append(work.limit_seconds)
                out.append((self._t0 + work.target_seconds, "target", Cue.SET_DONE))
            if work.target_seconds >= 10:
                out.append((self._t0 + work.target_seconds / 2, "half", Cue.HALFWAY))
        else:
            ends = [step.seconds]
        for end in ends:
            if end > 2 * COUNTDOWN_FROM:
                for k in range(COUNTDOWN_FROM, 0, -1):
                    out.append((self._t0 + end - k, f"tick{end}-{k}", Cue.COUNTDOWN))
        return sorted(out)

    def _fire_thresholds(self, until: float, now: float) -> None:
        for at, key, cue in self._thresholds():
            if at <= until and key not in self._fired:
                self._fired.add(key)
                self._cue_if_fresh(at, now, cue)

    # ---- steps ---------------------------------------------------------------

    def _enter_step(self, i: int, at: float) -> None:
        self._step_i = i
        self._phase = _STEP_PHASE[self._step.kind]
        self._t0 = at
        self._rep_t0 = at
        self._reps = 0
        self._beat_key = (0, 0)
        self._fired = set()
        if self._step.kind is StepKind.WORK:
            self._cue(Cue.START)
        elif self._step.kind is StepKind.SWITCH_SIDE:
            self._cue(Cue.SWITCH_SIDES)
        self._changed()

    def _start_exercise(self, index: int, at: float) -> None:
        self._index = index
        self._tally = Tally(self._exercises[index])
        self._steps = plan_steps(self._exercises[index], self._prepare_seconds)
        self._pain = None
        self._enter_step(0, at)

    def _work_in_progress(self, at: float) -> tuple[float, int, bool]:
        """(seconds, reps, reached its target) of the work step in progress."""
        if self._phase is not Phase.WORK:
            return 0.0, 0, False
        work = self._work
        seconds = max(0.0, at - self._t0)
        if work.is_reps:
            return seconds, self._reps, self._reps >= work.reps
        seconds = min(seconds, work.limit_seconds)
        return seconds, 0, seconds >= work.target_seconds

    def _finish_step(self, at: float) -> None:
        """End the current step at ``at`` (its deadline, or now for a user's "next")."""
        step = self._step
        if step.kind is StepKind.WORK:
            seconds, reps, complete = self._work_in_progress(at)
            self._tally.add_work(seconds, reps, complete)
            last_side = step.side == self._exercises[self._index].dose.sides - 1
            if last_side:
                self._tally.finish_set()
            if self._step_i + 1 < len(self._steps):
                nxt = self._steps[self._step_i + 1]
                if nxt.kind is not StepKind.SWITCH_SIDE:
                    self._cue(Cue.SET_DONE)
        if self._step_i + 1 < len(self._steps):
            self._enter_step(self._step_i + 1, at)
            return
        self._cue(Cue.EXERCISE_DONE)
        self._write(self._tally.record(self._wall(), self._break_id))
        self._next_exercise(at)

    def _next_exercise(self, at: float) -> None:
        if self._index + 1 < len(self._exercises):
            self._start_exercise(self._index + 1, at)
        else:
            self._phase = Phase.SUMMARY
            self._pain = None
            self._break_event(BreakEvent.COMPLETED)
            self._changed()

    def _write(self, record: ExerciseRecord) -> None:
        self.records.append(record)
        try:
            self._recorder.record_exercise(record)
        except Exception as err:  # any store failure: keep the record, tell the user
            message = f"Couldn't save this exercise to your history: {err}"
            self._emit(Event(EventKind.RECORD_FAILED, record=record, message=message))
        else:
            self._emit(Event(EventKind.RECORDED, record=record))

    def _break_event(self, event: BreakEvent) -> None:
        if self._break_id is None:
            return
        record = BreakRecord(
            break_id=self._break_id,
            event=event,
            at=self._wall(),
            kind=self._break_kind,
            exercises=tuple(e.id for e in self._exercises),
        )
        try:
            self._recorder.record_break(record)
        except Exception as err:  # the exercise records matter more; don't stop the session
            self._emit(Event(EventKind.RECORD_FAILED, message=f"Couldn't save the break: {err}"))

    # ---- the user's actions --------------------------------------------------

    def _in_exercise(self) -> bool:
        return self._phase in (Phase.PREPARE, Phase.WORK, Phase.REST, Phase.SWITCH_SIDE)

    def start(self) -> None:
        """Leave the intro: the first exercise's prepare step begins."""
        if self._phase is not Phase.INTRO:
            return
        self._break_event(BreakEvent.STARTED)
        self._start_exercise(0, self._mono())

    def pause(self) -> None:
        if self._in_exercise() and self._paused_at is None:
            self.update()
            if self._in_exercise():
                self._paused_at = self._mono()
                self._changed()

    def resume(self) -> None:
        if self._paused_at is None:
            return
        shift = self._mono() - self._paused_at
        self._t0 += shift
        self._rep_t0 += shift
        self._paused_at = None
        self._changed()

    def toggle_pause(self) -> None:
        if self.paused:
            self.resume()
        else:
            self.pause()

    def next(self) -> None:
        """Move on: start, start the work now, end a rest early, or finish this set now.

        Ending a set before its target counts what was done and marks the exercise partial.
        """
        if self._phase is Phase.INTRO:
            self.start()
            return
        if self._phase is Phase.PAIN:
            if self._pain is not None:
                self._next_exercise(self._mono())
            return
        if not self._in_exercise():
            return
        self.resume()
        self.update()
        if self._in_exercise():
            self._finish_step(self._mono())

    def back(self) -> None:
        """Restart this exercise; from its prepare step, go to the previous one."""
        if self._phase is Phase.PAIN:
            if self._pain is not None:
                self._start_exercise(self._index, self._mono())
            return
        if not self._in_exercise():
            return
        self.resume()
        now = self._mono()
        if self._phase is Phase.PREPARE and self._step_i == 0:
            if self._index == 0:
                self._phase = Phase.INTRO
                self._changed()
            else:
                self._start_exercise(self._index - 1, now)
        else:
            self._start_exercise(self._index, now)

    def skip_exercise(self) -> None:
        """Record this exercise as skipped (or partial) and go to the next."""
        if not self._in_exercise():
            return
        self.resume()
        self.update()
        if not self._in_exercise():
            return
        now = self._mono()
        seconds, reps, _ = self._work_in_progress(now)
        record = self._tally.record(
            self._wall(), self._break_id, extra_seconds=seconds, extra_reps=reps
        )
        self._write(record)
        self._next_exercise(now)

    def count_rep(self) -> None:
        """The user counts a rep themselves; the metronome restarts from now."""
        if self._phase is not Phase.WORK or not self._work.is_reps:
            return
        self.resume()
        self.update()
        if self._phase is not Phase.WORK:
            return
        now = self._mono()
        work = self._work
        self._reps += 1
        self._rep_t0 = now
        self._beat_key = (self._reps, 0)
        if self._reps >= work.reps:
            self._finish_step(now)
        else:
            self._changed()

    def report_pain(self) -> None:
        """ "This hurts": stop the exercise now and wait for :meth:`answer_pain`."""
        if not self._in_exercise():
            return
        self.resume()
        now = self._mono()
        if self._phase is Phase.WORK:
            seconds, reps, _ = self._work_in_progress(now)
            self._tally.add_work(seconds, reps, complete=False)
        self._phase = Phase.PAIN
        self._pain = None
        self._changed()

    def answer_pain(self, feeling: Feeling) -> PainAdvice:
        """Record the exercise as stopped for pain, with how it feels; return the advice."""
        if self._phase is not Phase.PAIN or self._pain is not None:
            raise RuntimeError("answer_pain() comes once, after report_pain()")
        exercise = self._exercises[self._index]
        self._write(
            self._tally.record(self._wall(), self._break_id, outcome=Outcome.PAIN, feeling=feeling)
        )
        if feeling is Feeling.WORSE:
            self._worse[exercise.id] = self._worse.get(exercise.id, 0) + 1
        self._pain = PainAdvice(exercise, feeling, self._worse.get(exercise.id, 0))
        self._changed()
        return self._pain

    def end_early(self) -> None:
        """End the break now; the exercise in progress is recorded as it stands."""
        if self._phase is Phase.SUMMARY:
            return
        if self._phase is Phase.INTRO:
            self._phase = Phase.SUMMARY
            self._ended_early = True
            self._break_event(BreakEvent.SKIPPED)
            self._changed()
            return
        self.resume()
        now = self._mono()
        if self._phase is Phase.PAIN:
            if self._pain is None:
                self._write(self._tally.record(self._wall(), self._break_id, outcome=Outcome.PAIN))
        else:
            self.update()
            if self._in_exercise():
                seconds, reps, _ = self._work_in_progress(now)
                self._write(
                    self._tally.record(
                        self._wall(), self._break_id, extra_seconds=seconds, extra_reps=reps
                    )
                )
        if self.phase is not Phase.SUMMARY:  # the update above may have finished the break
            self._phase = Phase.SUMMARY
            self._ended_early = True
            self._pain = None
            self._break_event(BreakEvent.ENDED_EARLY)
            self._changed()
