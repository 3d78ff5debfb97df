"""Plain-language descriptions of doses and cadences, shared by the CLI and the windows."""

from __future__ import annotations

from backbreak.domain.exercise import Dose, Exercise
from backbreak.domain.ranges import IntRange


def seconds_text(r: IntRange) -> str:
    """``30–60 s``, or ``3–5 min`` when both ends are whole minutes."""
    if r.min >= 60 and r.min % 60 == 0 and r.max % 60 == 0:
        return f"{IntRange(min=r.min // 60, max=r.max // 60)} min"
    return f"{r} s"


def dose_text(dose: Dose) -> str:
    """E.g. ``2 sets × 10 reps, 2 s holds`` or ``1–2 sets × 30–60 s hold, each side``."""
    sets = f"{dose.sets} set{'s' if dose.sets.max > 1 else ''}"
    if dose.reps is not None:
        work = f"{dose.reps} reps"
        if dose.hold_seconds is not None:
            work += f", {seconds_text(dose.hold_seconds)} holds"
    else:
        assert dose.hold_seconds is not None
        work = f"{seconds_text(dose.hold_seconds)} hold"
    text = f"{sets} × {work}"
    if dose.per_side:
        text += ", each side"
    if dose.alternating:
        text += ", alternating sides"
    return text


def frequency_text(exercise: Exercise) -> str:
    if exercise.frequency is None:
        return "in routines"
    return str(exercise.frequency)
