"""What the session tells its listeners: sound cues, phase changes, records written."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from backbreak.domain.history import ExerciseRecord


class Cue(str, Enum):
    """A moment the user should hear; the value is the WAV's name in assets/sounds/."""

    START = "start"
    """Work begins (a hold or the first rep)."""
    HALFWAY = "halfway"
    COUNTDOWN = "countdown"
    """Each of the last 3 seconds before a countdown ends."""
    BEAT = "beat"
    """The metronome: the next phase of a paced rep begins."""
    SWITCH_SIDES = "switch-sides"
    SET_DONE = "set-done"
    """A set is done, or a hold reached its minimum (the user may continue)."""
    EXERCISE_DONE = "exercise-done"


class EventKind(str, Enum):
    CUE = "cue"
    CHANGED = "changed"
    """Phase, step, exercise or pause state changed: redraw."""
    RECORDED = "recorded"
    RECORD_FAILED = "record-failed"
    """The recorder raised; the record is kept in memory and the message says why."""


@dataclass(frozen=True)
class Event:
    kind: EventKind
    cue: Cue | None = None
    record: ExerciseRecord | None = None
    message: str = ""
