"""An exercise's kind, starting position and equipment in words, for the session window
and ``backbreak show`` (the catalog stores them as ids such as ``prone``)."""

from __future__ import annotations

from collections.abc import Mapping

from backbreak.domain.exercise import Equipment, Kind, Position
from backbreak.i18n import QT_TRANSLATE_NOOP
from backbreak.i18n.tables import Translated

KIND_TEXT: Mapping[Kind, str] = Translated(
    "exercise_labels",
    {
        Kind.FLEXIBILITY: QT_TRANSLATE_NOOP("exercise_labels", "Stretch"),
        Kind.MOVEMENT: QT_TRANSLATE_NOOP("exercise_labels", "Movement"),
        Kind.POSTURE: QT_TRANSLATE_NOOP("exercise_labels", "Resting posture"),
    },
)

POSITION_TEXT: Mapping[Position, str] = Translated(
    "exercise_labels",
    {
        Position.STANDING: QT_TRANSLATE_NOOP("exercise_labels", "Standing"),
        Position.SITTING: QT_TRANSLATE_NOOP("exercise_labels", "Sitting"),
        Position.KNEELING: QT_TRANSLATE_NOOP("exercise_labels", "Kneeling"),
        Position.QUADRUPED: QT_TRANSLATE_NOOP("exercise_labels", "On hands and knees"),
        Position.SIDE_LYING: QT_TRANSLATE_NOOP("exercise_labels", "Lying on your side"),
        Position.SUPINE: QT_TRANSLATE_NOOP("exercise_labels", "Lying on your back"),
        Position.PRONE: QT_TRANSLATE_NOOP("exercise_labels", "Lying on your stomach"),
    },
)

POSITION_IN_SENTENCE: Mapping[Position, str] = Translated(
    "exercise_labels",
    {
        #: A starting position inside a sentence: "Get into position: {position}",
        #: "starts {position}" (German: "im Stehen", lower case after the colon).
        Position.STANDING: QT_TRANSLATE_NOOP("exercise_labels", "standing"),
        Position.SITTING: QT_TRANSLATE_NOOP("exercise_labels", "sitting"),
        Position.KNEELING: QT_TRANSLATE_NOOP("exercise_labels", "kneeling"),
        Position.QUADRUPED: QT_TRANSLATE_NOOP("exercise_labels", "on hands and knees"),
        Position.SIDE_LYING: QT_TRANSLATE_NOOP("exercise_labels", "lying on your side"),
        Position.SUPINE: QT_TRANSLATE_NOOP("exercise_labels", "lying on your back"),
        Position.PRONE: QT_TRANSLATE_NOOP("exercise_labels", "lying on your stomach"),
    },
)
"""The positions as words inside a sentence: their own messages, because whether the
first word keeps its capital depends on the language (German nouns keep theirs, its
prepositions don't), which only a translator knows."""

EQUIPMENT_TEXT: Mapping[Equipment, str] = Translated(
    "exercise_labels",
    {
        #: What the user needs at hand: "You need: {items}" (German: accusative).
        Equipment.FLOOR_SPACE: QT_TRANSLATE_NOOP("exercise_labels", "floor space to lie down"),
        Equipment.MAT: QT_TRANSLATE_NOOP("exercise_labels", "a mat or folded towel"),
        Equipment.WALL: QT_TRANSLATE_NOOP("exercise_labels", "a free stretch of wall"),
        Equipment.DOOR_FRAME: QT_TRANSLATE_NOOP("exercise_labels", "a door frame"),
        Equipment.CHAIR: QT_TRANSLATE_NOOP("exercise_labels", "a sturdy chair"),
        Equipment.BALL: QT_TRANSLATE_NOOP("exercise_labels", "a tennis or lacrosse ball"),
    },
)
