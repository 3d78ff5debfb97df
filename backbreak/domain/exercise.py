"""The exercise model: what to do, how much of it, how often, and with what care."""

from __future__ import annotations

import re
from enum import Enum

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from PySide6.QtCore import QCoreApplication

from backbreak.domain.ranges import IntRange

KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

MAX_SETS = 10
MAX_REPS = 100
MAX_HOLD_SECONDS = 10 * 60
MAX_REST_SECONDS = 10 * 60
MAX_BOUT_MINUTES = 30
"""One bout of one exercise at the top of its dose ranges, sides and rests included."""
MAX_EVERY_HOURS = 12
MAX_TIMES_PER_DAY = 12
MAX_PACE_PHASES = 10
MAX_LIST_ENTRIES = 30
"""Steps, cautions and modifications each; a card a person reads while exercising."""

ILLUSTRATION_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*\.svg$")
"""A plain file name under ``assets/illustrations/``: no folders, no ``..``, no drive."""


class Group(str, Enum):
    """The documents' groups: the low-back sheet's, and the back-care guide's four."""

    LOW_BACK = "low-back"
    FOOT_CALF = "foot-calf"
    HIP_PELVIS = "hip-pelvis"
    UPPER_BACK = "upper-back"
    CORE = "core"

    @property
    def label(self) -> str:
        return _GROUP_LABELS[self]


_GROUP_LABELS = {
    Group.LOW_BACK: "Low back",
    Group.FOOT_CALF: "Foot & calf",
    Group.HIP_PELVIS: "Hip & pelvis",
    Group.UPPER_BACK: "Upper back",
    Group.CORE: "Inner-unit core",
}


class Kind(str, Enum):
    """How the exercise is dosed: a stretch held, a movement repeated, or a resting posture."""

    FLEXIBILITY = "flexibility"
    MOVEMENT = "movement"
    POSTURE = "posture"


class Position(str, Enum):
    """The body position the exercise starts from; the composer orders breaks by it."""

    STANDING = "standing"
    SITTING = "sitting"
    KNEELING = "kneeling"
    QUADRUPED = "quadruped"
    SIDE_LYING = "side-lying"
    SUPINE = "supine"
    PRONE = "prone"

    @property
    def on_floor(self) -> bool:
        return self not in (Position.STANDING, Position.SITTING)


class Equipment(str, Enum):
    """What must be at hand; routines leave out exercises whose equipment is missing."""

    FLOOR_SPACE = "floor-space"
    MAT = "mat"
    WALL = "wall"
    DOOR_FRAME = "door-frame"
    CHAIR = "chair"
    BALL = "ball"


class PacePhase(BaseModel):
    """One beat of a repetition, e.g. "Round up" for 2 s; the session's metronome follows these.

    A phase with ``hold: true`` lasts the dose's ``hold_seconds`` instead of its own seconds.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    cue: str = Field(min_length=1)
    seconds: float | None = Field(default=None, gt=0, le=30)
    hold: bool = False

    @model_validator(mode="after")
    def _timed(self) -> PacePhase:
        if self.hold == (self.seconds is not None):
            #: Keep "seconds" and "hold: true" as they are: keys and values in the file.
            raise ValueError(
                QCoreApplication.translate(
                    "exercise", "a pace phase has either seconds or hold: true"
                )
            )
        return self

    def duration(self, hold_seconds: float) -> float:
        return hold_seconds if self.hold else float(self.seconds or 0)


class Dose(BaseModel):
    """How much of an exercise one bout is.

    ``reps`` with ``hold_seconds`` means a hold inside every repetition (the cat-camel's
    2 s at each end, a 3-5 s squeeze); ``hold_seconds`` alone means one timed hold per
    set (a stretch, a prone hold). ``per_side`` doubles the work: each side in turn.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    sets: IntRange = Field(default_factory=lambda: IntRange.fixed(1))
    reps: IntRange | None = None
    hold_seconds: IntRange | None = None
    per_side: bool = Field(default=False, strict=True)
    alternating: bool = Field(
        default=False,
        strict=True,
        description="sides alternate within a set, one rep each (dead bug)",
    )
    rest_seconds: int = Field(
        default=20, ge=0, le=MAX_REST_SECONDS, strict=True, description="rest between sets"
    )
    pace: tuple[PacePhase, ...] = Field(
        default=(),
        max_length=MAX_PACE_PHASES,
        description="the beats of one repetition, for rep pacing",
    )

    @field_validator("sets")
    @classmethod
    def _few_sets(cls, value: IntRange) -> IntRange:
        return value.at_most(
            MAX_SETS, QCoreApplication.translate("exercise", "at most {limit} sets; got {got}")
        )

    @field_validator("reps")
    @classmethod
    def _few_reps(cls, value: IntRange | None) -> IntRange | None:
        if value is None:
            return None
        return value.at_most(
            MAX_REPS, QCoreApplication.translate("exercise", "at most {limit} reps; got {got}")
        )

    @field_validator("hold_seconds")
    @classmethod
    def _short_hold(cls, value: IntRange | None) -> IntRange | None:
        if value is None:
            return None
        refusal = QCoreApplication.translate(
            "exercise", "at most {limit} seconds (10 minutes) for a hold; got {got}"
        )
        return value.at_most(MAX_HOLD_SECONDS, refusal)

    @model_validator(mode="after")
    def _has_work(self) -> Dose:
        problem = self._problem()
        if problem:
            raise ValueError(problem)
        minutes = self.max_bout_seconds() / 60
        if minutes > MAX_BOUT_MINUTES:
            text = QCoreApplication.translate(
                "exercise",
                "one bout at the top of this dose takes {minutes} min; keep it within "
                "{limit} min (fewer sets, reps or seconds)",
            )
            raise ValueError(text.format(minutes=f"{minutes:.0f}", limit=MAX_BOUT_MINUTES))
        return self

    def _problem(self) -> str:
        """What makes the dose's fields contradict each other ('' when nothing)."""
        #: The dose's keys in the file (reps, hold_seconds, pace, per_side, alternating)
        #: stay as they are in these sentences.
        if self.reps is None and self.hold_seconds is None:
            return QCoreApplication.translate(
                "exercise", "a dose needs reps, hold_seconds, or both"
            )
        if self.reps is not None and not self.pace:
            return QCoreApplication.translate(
                "exercise", "a dose with reps needs a pace (the beats of one repetition)"
            )
        if self.per_side and self.alternating:
            return QCoreApplication.translate(
                "exercise", "per_side and alternating exclude each other"
            )
        if any(p.hold for p in self.pace) and self.hold_seconds is None:
            return QCoreApplication.translate(
                "exercise", "a pace with hold phases needs hold_seconds"
            )
        return ""

    def max_bout_seconds(self) -> float:
        """Work and rests of one bout at the top of every range (no setup allowance)."""
        hold = self.hold_seconds.max if self.hold_seconds else 0
        per_set = self.reps.max * self.rep_seconds(hold) if self.reps else float(hold)
        return self.sets.max * (self.sides * per_set) + (self.sets.max - 1) * self.rest_seconds

    def rep_seconds(self, hold_seconds: float | None = None) -> float:
        """Seconds one rep takes; hold phases last ``hold_seconds`` (default: the minimum)."""
        if hold_seconds is None:
            hold_seconds = self.hold_seconds.min if self.hold_seconds else 0
        return sum(p.duration(hold_seconds) for p in self.pace)

    @property
    def sides(self) -> int:
        return 2 if self.per_side else 1


class Frequency(BaseModel):
    """How often the exercise is due on its own: every N-M hours, or N times a day.

    An exercise with no frequency is done only inside routines.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    every_hours: IntRange | None = None
    times_per_day: IntRange | None = None

    @field_validator("every_hours")
    @classmethod
    def _sensible_hours(cls, value: IntRange | None) -> IntRange | None:
        if value is None:
            return None
        return value.at_most(
            MAX_EVERY_HOURS,
            QCoreApplication.translate("exercise", "at most {limit} hours; got {got}"),
        )

    @field_validator("times_per_day")
    @classmethod
    def _sensible_times(cls, value: IntRange | None) -> IntRange | None:
        if value is None:
            return None
        refusal = QCoreApplication.translate("exercise", "at most {limit} times a day; got {got}")
        return value.at_most(MAX_TIMES_PER_DAY, refusal)

    @model_validator(mode="after")
    def _exactly_one(self) -> Frequency:
        if (self.every_hours is None) == (self.times_per_day is None):
            #: Keep every_hours and times_per_day as they are: the keys in the file.
            raise ValueError(
                QCoreApplication.translate(
                    "exercise", "give exactly one of every_hours or times_per_day"
                )
            )
        return self

    def __str__(self) -> str:
        if self.every_hours is not None:
            return f"every {self.every_hours} hours"
        assert self.times_per_day is not None
        n = self.times_per_day
        return f"{n} time{'s' if n.max > 1 else ''} a day"


class Exercise(BaseModel):
    """One exercise from a source document, in the project's own words."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(description="kebab-case identifier")
    name: str = Field(min_length=1)
    group: Group
    kind: Kind
    position: Position
    summary: str = Field(min_length=1, description="one line: what it is for")
    steps: tuple[str, ...] = Field(min_length=1, max_length=MAX_LIST_ENTRIES)
    dose: Dose
    frequency: Frequency | None = None
    equipment: tuple[Equipment, ...] = ()
    cautions: tuple[str, ...] = Field(default=(), max_length=MAX_LIST_ENTRIES)
    modifications: tuple[str, ...] = Field(default=(), max_length=MAX_LIST_ENTRIES)
    source: str = Field(description="id of the source document")
    illustration: str | None = Field(
        default=None, description="a file name under assets/illustrations/, e.g. 'cat-camel.svg'"
    )

    @field_validator("id")
    @classmethod
    def _kebab(cls, value: str) -> str:
        if not KEBAB.match(value):
            #: kebab-case: lower-case words joined by hyphens, as in the example.
            text = QCoreApplication.translate(
                "exercise", "'{id}' is not kebab-case (like 'prone-on-elbows')"
            )
            raise ValueError(text.format(id=value))
        return value

    @field_validator("illustration")
    @classmethod
    def _plain_file_name(cls, value: str | None) -> str | None:
        # The name is joined to assets/illustrations/: '../../etc/passwd' or an absolute
        # path would point outside it.
        if value is not None and (not ILLUSTRATION_NAME.match(value) or ".." in value):
            text = QCoreApplication.translate(
                "exercise",
                "{name} is not a plain .svg file name under assets/illustrations/ "
                "(like 'cat-camel.svg'; no folders, no '..')",
            )
            raise ValueError(text.format(name=repr(value)))
        return value

    @field_validator("steps", "cautions", "modifications")
    @classmethod
    def _no_blank(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if any(not s.strip() for s in value):
            raise ValueError(QCoreApplication.translate("exercise", "entries must not be blank"))
        return value

    @property
    def needs_floor(self) -> bool:
        return self.position.on_floor
