"""Words and numbers the session window shows (no widgets, so they are easy to test)."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping

from PySide6.QtCore import QCoreApplication

from backbreak.domain.exercise import Equipment, Exercise
from backbreak.domain.exercise_labels import EQUIPMENT_TEXT
from backbreak.domain.exercise_labels import (  # for the pages
    POSITION_IN_SENTENCE as POSITION_IN_SENTENCE,
)
from backbreak.domain.exercise_labels import POSITION_TEXT as POSITION_TEXT
from backbreak.domain.history import ExerciseRecord, Feeling, Outcome
from backbreak.i18n import QT_TRANSLATE_NOOP
from backbreak.i18n.tables import Translated

FEELING_TEXT: Mapping[Feeling, str] = Translated(
    "session_text",
    {
        Feeling.BETTER: QT_TRANSLATE_NOOP("session_text", "Better"),
        Feeling.SAME: QT_TRANSLATE_NOOP("session_text", "About the same"),
        Feeling.WORSE: QT_TRANSLATE_NOOP("session_text", "Worse"),
    },
)


SIDE_TEXT: Mapping[str, str] = Translated(
    "session_text",
    {
        "Left": QT_TRANSLATE_NOOP("session_text", "Left"),
        "Right": QT_TRANSLATE_NOOP("session_text", "Right"),
        "Left side": QT_TRANSLATE_NOOP("session_text", "Left side"),
        "Right side": QT_TRANSLATE_NOOP("session_text", "Right side"),
    },
)
"""The session's side labels, as shown."""

SIDE_IN_SENTENCE: Mapping[str, str] = Translated(
    "session_text",
    {
        #: A side inside a sentence: "Now the {side}", "set 1 of 2 · {side}".
        "Left": QT_TRANSLATE_NOOP("session_text", "left"),
        "Right": QT_TRANSLATE_NOOP("session_text", "right"),
        "Left side": QT_TRANSLATE_NOOP("session_text", "left side"),
        "Right side": QT_TRANSLATE_NOOP("session_text", "right side"),
    },
)
"""The side labels inside a sentence (see ``POSITION_IN_SENTENCE`` for why apart)."""


def side_text(label: str, *, in_sentence: bool = False) -> str:
    """A side label from the session ("Left side") in the user's language; inside a
    sentence ("left side") with ``in_sentence``."""
    table = SIDE_IN_SENTENCE if in_sentence else SIDE_TEXT
    return table.get(label, label)


def clock_text(seconds: float) -> str:
    """A countdown as the user reads it: whole seconds rounded up, ``m:ss`` from a minute."""
    whole = max(0, math.ceil(seconds - 1e-6))
    if whole >= 60:
        return f"{whole // 60}:{whole % 60:02d}"
    return str(whole)


def minutes_text(seconds: float) -> str:
    minutes = max(1, round(seconds / 60))
    return QCoreApplication.translate("session_text", "about %n minute(s)", "", minutes)


def equipment_needed(exercises: Iterable[Exercise]) -> list[str]:
    """What to have at hand for the whole break, in catalog order, each once."""
    seen: dict[Equipment, None] = {}
    for exercise in exercises:
        for item in exercise.equipment:
            seen.setdefault(item)
    return [EQUIPMENT_TEXT[item] for item in seen]


def outcome_text(record: ExerciseRecord) -> str:
    if record.outcome is Outcome.DONE:
        return QCoreApplication.translate("session_text", "Done")
    if record.outcome is Outcome.PARTIAL:
        return QCoreApplication.translate("session_text", "Partly done ({percent}%)").format(
            percent=round(record.fraction * 100)
        )
    if record.outcome is Outcome.SKIPPED:
        return QCoreApplication.translate("session_text", "Skipped")
    if record.feeling:
        return QCoreApplication.translate(
            "session_text", "Stopped: it hurt, felt {feeling}"
        ).format(feeling=FEELING_TEXT[record.feeling].lower())
    return QCoreApplication.translate("session_text", "Stopped: it hurt")
