"""The step clock on its own: which timed cues a step gets, and why some get none."""

from __future__ import annotations

from backbreak.session.events import Cue, EventKind
from backbreak.session.plan import Beat, Step, StepKind, WorkTarget
from backbreak.session.timing import (
    COUNTDOWN_FROM,
    COUNTDOWN_MIN_SECONDS,
    HALFWAY_MIN_HOLD_SECONDS,
    HALFWAY_MIN_REPS,
    STALE_CUE_SECONDS,
    StepClock,
)

WORK = Step(StepKind.WORK)


class Mono:
    """A monotonic clock the test moves."""

    def __init__(self) -> None:
        self.t = 100.0

    def __call__(self) -> float:
        return self.t


def cues_over(clock: StepClock, step: Step, work: WorkTarget, seconds: float) -> list[Cue]:
    """Every timed cue of the step, played on time (no late timer)."""
    start = clock.t0
    heard: list[Cue] = []
    t = start
    while t <= start + seconds:
        heard += clock.due_cues(step, work, t, t)
        t += 0.25
    return heard


def test_a_short_rest_gets_no_countdown_ticks() -> None:
    """Ticks in a countdown barely longer than them would follow the start at once."""
    clock = StepClock(Mono())
    short = Step(StepKind.REST, seconds=COUNTDOWN_MIN_SECONDS)
    longer = Step(StepKind.REST, seconds=COUNTDOWN_MIN_SECONDS + 1)
    assert cues_over(clock, short, WorkTarget(), short.seconds) == []
    ticks = cues_over(clock, longer, WorkTarget(), longer.seconds)
    assert ticks == [Cue.COUNTDOWN] * COUNTDOWN_FROM


def test_only_holds_long_enough_get_a_halfway_cue() -> None:
    clock = StepClock(Mono())
    short = WorkTarget(target_seconds=HALFWAY_MIN_HOLD_SECONDS - 1)
    long = WorkTarget(target_seconds=HALFWAY_MIN_HOLD_SECONDS)
    assert Cue.HALFWAY not in cues_over(clock, WORK, short, short.target_seconds)
    assert Cue.HALFWAY in cues_over(clock, WORK, long, long.target_seconds)


def test_only_sets_of_enough_reps_get_a_halfway_cue() -> None:
    def halfway_cues(reps: int) -> int:
        mono = Mono()
        clock = StepClock(mono)
        work = WorkTarget(reps=reps, rep_seconds=2.0, beats=(Beat("up", 0.0, 2.0),))
        events = []
        for _ in range(reps * 8):
            mono.t += 0.25
            events += clock.advance_reps(work, mono.t)
        return sum(1 for e in events if e.kind is EventKind.CUE and e.cue is Cue.HALFWAY)

    assert halfway_cues(HALFWAY_MIN_REPS - 1) == 0
    assert halfway_cues(HALFWAY_MIN_REPS) == 1


def test_a_cue_noticed_too_late_stays_silent_but_is_spent() -> None:
    """After a suspend the moment is over: no sound, and none later either."""
    clock = StepClock(Mono())
    rest = Step(StepKind.REST, seconds=30.0)
    first_tick = clock.t0 + 30.0 - COUNTDOWN_FROM
    late = first_tick + STALE_CUE_SECONDS + 0.5
    assert clock.due_cues(rest, WorkTarget(), first_tick, late) == []
    assert clock.due_cues(rest, WorkTarget(), first_tick, first_tick) == []


def test_a_pause_moves_the_deadline_by_its_length() -> None:
    mono = Mono()
    clock = StepClock(mono)
    rest = Step(StepKind.REST, seconds=30.0)
    before = clock.deadline(rest, WorkTarget())
    clock.pause()
    mono.t += 12.0
    assert clock.now() == 100.0, "the step's time stands still while paused"
    assert clock.resume()
    assert clock.deadline(rest, WorkTarget()) == before + 12.0
    assert not clock.resume()


def test_the_beat_in_progress() -> None:
    work = WorkTarget(reps=1, rep_seconds=4.0, beats=(Beat("up", 0.0, 2.0), Beat("down", 2.0, 2.0)))
    assert [work.beat_at(t) for t in (-0.1, 0.0, 1.9, 2.0, 3.9)] == [-1, 0, 0, 1, 1]
