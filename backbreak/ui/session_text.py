"""Words and numbers the session window shows (no widgets, so they are easy to test)."""

from __future__ import annotations

import math
from collections.abc import Iterable

from backbreak.domain.exercise import Equipment, Exercise, Position
from backbreak.domain.history import ExerciseRecord, Feeling, Outcome

POSITION_TEXT = {
    Position.STANDING: "Standing",
    Position.SITTING: "Sitting",
    Position.KNEELING: "Kneeling",
    Position.QUADRUPED: "On hands and knees",
    Position.SIDE_LYING: "Lying on your side",
    Position.SUPINE: "Lying on your back",
    Position.PRONE: "Lying on your stomach",
}

EQUIPMENT_TEXT = {
    Equipment.FLOOR_SPACE: "floor space to lie down",
    Equipment.MAT: "a mat or folded towel",
    Equipment.WALL: "a free stretch of wall",
    Equipment.DOOR_FRAME: "a door frame",
    Equipment.CHAIR: "a chair",
    Equipment.BALL: "a tennis or lacrosse ball",
}

FEELING_TEXT = {
    Feeling.BETTER: "Better",
    Feeling.SAME: "About the same",
    Feeling.WORSE: "Worse",
}


def clock_text(seconds: float) -> str:
    """A countdown as the user reads it: whole seconds rounded up, ``m:ss`` from a minute."""
    whole = max(0, math.ceil(seconds - 1e-6))
    if whole >= 60:
        return f"{whole // 60}:{whole % 60:02d}"
    return str(whole)


def minutes_text(seconds: float) -> str:
    minutes = max(1, round(seconds / 60))
    return f"about {minutes} minute{'s' if minutes != 1 else ''}"


def equipment_needed(exercises: Iterable[Exercise]) -> list[str]:
    """What to have at hand for the whole break, in catalog order, each once."""
    seen: dict[Equipment, None] = {}
    for exercise in exercises:
        for item in exercise.equipment:
            seen.setdefault(item)
    return [EQUIPMENT_TEXT[item] for item in seen]


def outcome_text(record: ExerciseRecord) -> str:
    if record.outcome is Outcome.DONE:
        return "Done"
    if record.outcome is Outcome.PARTIAL:
        return f"Partly done ({round(record.fraction * 100)}%)"
    if record.outcome is Outcome.SKIPPED:
        return "Skipped"
    feeling = f", felt {FEELING_TEXT[record.feeling].lower()}" if record.feeling else ""
    return f"Stopped: it hurt{feeling}"
