"""The user's settings, with defaults taken from the source documents.

One pydantic model holds every setting so that the settings file, the dialog and
``backbreak config`` validate the same way. ``warnings()`` lists values that are
allowed but leave what the documents prescribe (e.g. a routine-block interval
outside 1-2 hours).
"""

from __future__ import annotations

from datetime import time
from enum import Enum

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from backbreak.domain.exercise import Equipment, Group

SETTINGS_VERSION = 1

GUIDE_BLOCK_MINUTES = (60, 120)
"""The guide: a routine block every 1-2 hours at work."""


class EveningMode(str, Enum):
    """The guide: pick one group each night, or do them all."""

    ROTATE = "rotate"
    ALL = "all"


class NotificationStyle(str, Enum):
    """How a due break is announced."""

    DESKTOP = "desktop"
    """A desktop notification; the in-app card too when clicks can't be reported."""
    CARD = "card"
    """Only backbreak's own reminder card."""
    BOTH = "both"
    """Always both."""


class DisabledReason(str, Enum):
    """Why the user turned an exercise off; shown in settings and history."""

    PAIN = "pain"
    NO_EQUIPMENT = "no-equipment"
    NO_SPACE = "no-space"
    OTHER = "other"


class Settings(BaseModel):
    """Everything the user can adjust. Times are local wall-clock times."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    version: int = SETTINGS_VERSION

    work_start: time = Field(default=time(9, 0), description="start of the working day")
    work_end: time = Field(default=time(17, 0), description="end of the working day")
    work_days: list[int] = Field(
        default_factory=lambda: [0, 1, 2, 3, 4], description="working weekdays, Monday = 0"
    )

    blocks_enabled: bool = Field(default=True, description="routine blocks during work hours")
    block_interval_minutes: int = Field(
        default=90,
        ge=15,
        le=240,
        description="minutes from the start of one routine block to the next (guide: 60-120)",
    )
    block_groups: list[Group] = Field(
        default_factory=lambda: [
            Group.FOOT_CALF,
            Group.HIP_PELVIS,
            Group.UPPER_BACK,
            Group.CORE,
        ],
        description="groups the routine blocks rotate through, in order",
    )

    prone_enabled: bool = Field(default=True, description="prone holds every 2-3 hours")
    prone_due_minutes: int = Field(default=120, ge=30, le=480, description="prone holds due after")
    prone_overdue_minutes: int = Field(
        default=180, ge=30, le=600, description="prone holds overdue after"
    )

    daily_enabled: bool = Field(
        default=True, description="the exercises done N times a day (cat-camel, ankle pumps)"
    )

    evening_enabled: bool = Field(default=True, description="the evening stretching session")
    evening_time: time = Field(default=time(20, 30), description="when the evening session is due")
    evening_mode: EveningMode = EveningMode.ROTATE
    evening_on_all_days: bool = Field(default=True, description="evening session on days off too")

    merge_window_minutes: int = Field(
        default=15, ge=0, le=60, description="reminders due this close together become one break"
    )
    max_break_minutes: int = Field(
        default=15, ge=5, le=60, description="a break never grows longer than this"
    )
    min_rest_minutes: int = Field(
        default=20,
        ge=0,
        le=90,
        description="a break never starts sooner than this after the previous one ended",
    )
    snooze_minutes: int = Field(default=10, ge=1, le=240)
    reoffer_minutes: int = Field(
        default=10, ge=0, le=240, description="re-offer an unanswered break after (0 = never)"
    )
    idle_threshold_minutes: int = Field(
        default=5, ge=1, le=120, description="away this long counts as a natural break"
    )

    sounds_enabled: bool = True
    notification_style: NotificationStyle = NotificationStyle.DESKTOP
    autostart: bool = False

    disabled_exercises: dict[str, DisabledReason] = Field(
        default_factory=dict, description="exercise id -> why it is off"
    )
    equipment_at_hand: list[Equipment] = Field(
        default_factory=lambda: list(Equipment), description="what is available where you work"
    )
    safety_notice_seen: bool = False

    @field_validator("work_start", "work_end", "evening_time")
    @classmethod
    def _local_time(cls, value: time) -> time:
        # pydantic reads a number as seconds *in UTC*; settings are local wall-clock times.
        if value.tzinfo is not None:
            raise ValueError("give a local time such as 09:00, without a time zone")
        return value

    @field_validator("work_days")
    @classmethod
    def _weekdays(cls, value: list[int]) -> list[int]:
        if any(d < 0 or d > 6 for d in value):
            raise ValueError("weekdays are 0 (Monday) to 6 (Sunday)")
        return sorted(set(value))

    @field_validator("block_groups")
    @classmethod
    def _some_groups(cls, value: list[Group]) -> list[Group]:
        if not value:
            raise ValueError("pick at least one group for the routine blocks")
        if Group.LOW_BACK in value:
            raise ValueError("the low-back exercises have their own cadences, not blocks")
        return list(dict.fromkeys(value))

    @model_validator(mode="after")
    def _consistent(self) -> Settings:
        if self.work_end == self.work_start:
            raise ValueError(
                "work_start and work_end must differ (work hours that cross midnight, "
                "like 22:00-06:00, are fine)"
            )
        if self.prone_overdue_minutes < self.prone_due_minutes:
            raise ValueError("prone_overdue_minutes must not be less than prone_due_minutes")
        return self

    def warnings(self) -> list[str]:
        """Allowed values that leave what the documents prescribe."""
        out = []
        lo, hi = GUIDE_BLOCK_MINUTES
        if not lo <= self.block_interval_minutes <= hi:
            out.append(
                f"block_interval_minutes is {self.block_interval_minutes}: the guide suggests "
                f"a block every {lo // 60}-{hi // 60} hours ({lo}-{hi} minutes)"
            )
        if not (self.prone_due_minutes >= 120 and self.prone_overdue_minutes <= 180):
            out.append("the low-back sheet asks for the prone holds every 2-3 hours")
        return out

    def exercise_enabled(self, exercise_id: str) -> bool:
        return exercise_id not in self.disabled_exercises
