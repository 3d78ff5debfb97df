"""When things happen inside one step: its deadline, its timed cues, the rep count and
the metronome's beat, and pauses.

Timing never counts ticks. A step has a start time ``t0`` on the monotonic clock;
countdowns, hold ends and rep beats are deadlines derived from it, and a pause shifts
``t0`` by the time spent paused. So the session may be updated at any rate (a UI timer,
a test's fake clock): a step that ended between two updates ends at its deadline.
"""

from __future__ import annotations

from collections.abc import Callable

from backbreak.session.events import Cue, Event, EventKind
from backbreak.session.plan import Step, StepKind, WorkTarget

STALE_CUE_SECONDS = 1.0
"""A cue whose moment passed longer ago than this (a late timer, a suspend) stays
silent: a sound a second late still matches what the user is doing, a later one
would announce a moment that is already over."""

COUNTDOWN_FROM = 3
"""Tick each of the last this-many seconds of a countdown: enough to get into position
from a spoken "3, 2, 1" without looking at the screen."""

COUNTDOWN_MIN_SECONDS = 2 * COUNTDOWN_FROM
"""Countdowns this short get no ticks: the ticks would fill half of it or more, right
after the cue that started it."""

HALFWAY_MIN_HOLD_SECONDS = 10.0
"""Holds shorter than this get no halfway cue: it would come a few seconds after the
start cue and just before the countdown ticks."""

HALFWAY_MIN_REPS = 6
"""Rep sets shorter than this get no halfway cue: with so few reps the halfway point
is one or two reps from either end, and the beat already marks every rep."""

Monotonic = Callable[[], float]


class StepClock:
    """The time of the step in progress: its start, the rep in progress and its beat,
    the timed cues already played, and a pause.

    ``t0`` is when the step began and ``rep_t0`` when the rep in progress began, both
    on the monotonic clock and both moved forward by a pause.
    """

    def __init__(self, monotonic: Monotonic) -> None:
        self._mono = monotonic
        self.t0 = monotonic()
        self.rep_t0 = self.t0
        self.reps = 0
        self._beat_key = (0, 0)
        """(rep, beat) last announced: a beat is cued once, when it is first seen."""
        self._fired: set[str] = set()
        self._paused_at: float | None = None

    def monotonic(self) -> float:
        """The clock's time now, paused or not."""
        return self._mono()

    def now(self) -> float:
        """The step's time: frozen at the moment of a pause."""
        return self._paused_at if self._paused_at is not None else self._mono()

    @property
    def paused(self) -> bool:
        return self._paused_at is not None

    def restart(self, at: float) -> None:
        """A new step begins at ``at``: no reps, no cues played yet."""
        self.t0 = at
        self.rep_t0 = at
        self.reps = 0
        self._beat_key = (0, 0)
        self._fired = set()

    def pause(self) -> None:
        self._paused_at = self._mono()

    def resume(self) -> bool:
        """Shift the step by the time spent paused; False when it wasn't paused."""
        if self._paused_at is None:
            return False
        shift = self._mono() - self._paused_at
        self.t0 += shift
        self.rep_t0 += shift
        self._paused_at = None
        return True

    def deadline(self, step: Step, work: WorkTarget) -> float:
        """When the step ends by itself: its countdown, the last rep, a hold's maximum."""
        if step.kind is not StepKind.WORK:
            return self.t0 + step.seconds
        if work.is_reps:
            return self.rep_t0 + (work.reps - self.reps) * work.rep_seconds
        return self.t0 + work.limit_seconds

    def next_wakeup(self, step: Step, work: WorkTarget) -> float:
        """The next moment with something to do: a cue, a beat, a rep's end or the deadline."""
        now = self._mono()
        times = [t for t, _key, _cue in self._thresholds(step, work) if t > now]
        if step.kind is StepKind.WORK and work.is_reps:
            into = now - self.rep_t0
            times += [self.rep_t0 + b.start for b in work.beats if b.start > into]
            times.append(self.rep_t0 + work.rep_seconds)
        return min([self.deadline(step, work), *times])

    def due_cues(self, step: Step, work: WorkTarget, until: float, now: float) -> list[Cue]:
        """The timed cues reached by ``until`` and not played yet (stale ones dropped)."""
        out: list[Cue] = []
        for at, key, cue in self._thresholds(step, work):
            if at <= until and key not in self._fired:
                self._fired.add(key)
                if fresh(at, now):
                    out.append(cue)
        return out

    def _thresholds(self, step: Step, work: WorkTarget) -> list[tuple[float, str, Cue]]:
        """Timed cues of the step: (monotonic time, key, cue). Reps are cued by the beat."""
        out: list[tuple[float, str, Cue]] = []
        if step.kind is StepKind.WORK:
            if work.is_reps:
                return out
            ends = [work.target_seconds]
            if work.limit_seconds > work.target_seconds:
                ends.append(work.limit_seconds)
                out.append((self.t0 + work.target_seconds, "target", Cue.SET_DONE))
            if work.target_seconds >= HALFWAY_MIN_HOLD_SECONDS:
                out.append((self.t0 + work.target_seconds / 2, "half", Cue.HALFWAY))
        else:
            ends = [step.seconds]
        for end in ends:
            if end > COUNTDOWN_MIN_SECONDS:
                for k in range(COUNTDOWN_FROM, 0, -1):
                    out.append((self.t0 + end - k, f"tick{end}-{k}", Cue.COUNTDOWN))
        return sorted(out)

    def advance_reps(self, work: WorkTarget, now: float) -> list[Event]:
        """Count the reps and beats that passed by ``now``; the cues and redraws they call for."""
        events: list[Event] = []
        while self.reps < work.reps and now >= self.rep_t0 + work.rep_seconds:
            self.reps += 1
            self.rep_t0 += work.rep_seconds
            halfway = self.reps == work.reps // 2 and work.reps >= HALFWAY_MIN_REPS
            if halfway or self.reps < work.reps:
                cue = Cue.HALFWAY if halfway else Cue.BEAT
                events += _cue_if_fresh(self.rep_t0, now, cue)
            events.append(Event(EventKind.CHANGED))
        if self.reps >= work.reps:
            return events
        beat_i = work.beat_at(now - self.rep_t0)
        key = (self.reps, beat_i)
        if key != self._beat_key:
            self._beat_key = key
            if beat_i > 0:
                events += _cue_if_fresh(self.rep_t0 + work.beats[beat_i].start, now, Cue.BEAT)
            events.append(Event(EventKind.CHANGED))
        return events

    def count_rep(self, now: float) -> None:
        """The user counted a rep: the metronome starts the next one now."""
        self.reps += 1
        self.rep_t0 = now
        self._beat_key = (self.reps, 0)

    def work_done(self, work: WorkTarget, at: float) -> tuple[float, int, bool]:
        """(seconds, reps, reached its target) of the work step as it stands at ``at``."""
        seconds = max(0.0, at - self.t0)
        if work.is_reps:
            return seconds, self.reps, self.reps >= work.reps
        seconds = min(seconds, work.limit_seconds)
        return seconds, 0, seconds >= work.target_seconds


def fresh(at: float, now: float) -> bool:
    """Whether a cue due at ``at`` is still worth playing at ``now``."""
    return at >= now - STALE_CUE_SECONDS


def _cue_if_fresh(at: float, now: float, cue: Cue) -> list[Event]:
    return [Event(EventKind.CUE, cue)] if fresh(at, now) else []
