"""The session as the window draws it: a :class:`SessionView` read at one instant from
the break's position and the step's clock."""

from __future__ import annotations

from dataclasses import dataclass

from backbreak.session.cursor import Cursor
from backbreak.session.plan import Step, StepKind, WorkTarget
from backbreak.session.timing import StepClock
from backbreak.session.view import Phase, SessionView

SECOND_SIDE = 1
"""``Step.side`` of the second side of a per-side set (the first is 0)."""


@dataclass(frozen=True)
class WorkReadout:
    """The countdown, or the beat of the rep in progress, of the step on screen."""

    remaining: float | None = None
    overtime: bool = False
    beat: str = ""
    beat_index: int = -1


def read_view(cursor: Cursor, clock: StepClock, *, ended_early: bool) -> SessionView:
    """What the window shows now (frozen at the moment of a pause)."""
    now = clock.now()
    in_exercise = cursor.phase not in (Phase.INTRO, Phase.SUMMARY)
    exercise = cursor.exercise if in_exercise else None
    step = cursor.step if in_exercise and cursor.phase is not Phase.PAIN else None
    work = cursor.work if exercise is not None else None
    readout = WorkReadout()
    second_side, side_label = False, ""
    if step is not None and work is not None:
        readout = work_readout(step, work, clock, now)
        second_side = is_second_side(cursor, step, work, clock.reps)
        side_label = _side_label(cursor, step, work, second_side)
    return SessionView(
        phase=cursor.phase,
        paused=clock.paused,
        index=cursor.index,
        count=len(cursor.exercises),
        exercise=exercise,
        step=step,
        work=work,
        remaining=readout.remaining,
        elapsed=max(0.0, now - clock.t0),
        overtime=readout.overtime,
        reps_done=clock.reps,
        beat=readout.beat,
        beat_index=readout.beat_index,
        second_side=second_side,
        side_label=side_label,
        sets_total=exercise.dose.sets.min if exercise else 0,
        next_exercise=cursor.next_exercise if in_exercise else None,
        progress=progress(cursor),
        ended_early=ended_early,
    )


def work_readout(step: Step, work: WorkTarget, clock: StepClock, now: float) -> WorkReadout:
    """A countdown for holds (to the minimum, then on to the maximum) and timed steps;
    the pace cue for reps."""
    if step.kind is not StepKind.WORK:
        return WorkReadout(remaining=max(0.0, clock.t0 + step.seconds - now))
    if work.is_reps:
        beat_index = work.beat_at(now - clock.rep_t0)
        beat = work.beats[beat_index].cue if beat_index >= 0 else ""
        return WorkReadout(beat=beat, beat_index=beat_index)
    elapsed = now - clock.t0
    overtime = elapsed >= work.target_seconds and work.limit_seconds > work.target_seconds
    end = work.limit_seconds if overtime else work.target_seconds
    return WorkReadout(remaining=max(0.0, clock.t0 + end - now), overtime=overtime)


def is_second_side(cursor: Cursor, step: Step, work: WorkTarget, reps: int) -> bool:
    """The right side: the second half of a per-side set, or an odd alternating rep."""
    if work.alternating and step.kind is StepKind.WORK:
        return reps % 2 == 1
    return cursor.exercise.dose.per_side and step.side == SECOND_SIDE


def _side_label(cursor: Cursor, step: Step, work: WorkTarget, right: bool) -> str:
    if work.alternating and step.kind is StepKind.WORK:
        return "Right" if right else "Left"
    if cursor.exercise.dose.per_side:
        return "Right side" if right else "Left side"
    return ""


def progress(cursor: Cursor) -> float:
    """How far through the break, 0 to 1: whole exercises plus the share of steps done."""
    if cursor.phase is Phase.SUMMARY:
        return 1.0
    if cursor.phase is Phase.INTRO:
        return 0.0
    within = cursor.step_i / len(cursor.steps) if cursor.steps else 0.0
    return (cursor.index + within) / len(cursor.exercises)
