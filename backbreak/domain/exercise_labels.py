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

EQUIPMENT_TEXT: Mapping[Equipment, str] = Translated(
    "exercise_labels",
    {
        #: What the user needs at hand: "You need: {items}" (German: accusative).
        Equipment.FLOOR_SPACE: QT_TRANSLATE_NOOP("exercise_labels", "floor space to lie down"),
        Equipment.MAT: QT_TRANSLATE_NOOP("exercise_labels", "a mat or folded towel"),
        Equipment.WALL: QT_TRANSLATE_NOOP("exercise_labels", "a free stretch of wall"),
        Equipment.DOOR_FRAME: QT_TRANSLATE_NOOP("exercise_labels", "a door frame"),
        Equipment.CHAIR: QT_TRANSLATE_NOOP("exercise_labels", "a chair"),
        Equipment.BALL: QT_TRANSLATE_NOOP("exercise_labels", "a tennis or lacrosse ball"),
    },
)
