"""The user's settings, with defaults taken from the source documents.

One pydantic model holds every setting so that the settings file, the dialog and
``backbreak config`` validate the same way. ``warnings()`` lists values that are
allowed but leave what the documents prescribe (e.g. a routine-block interval
outside 1-2 hours).

Work hours may cross midnight (a night shift, 22:00-06:00); only a work day that starts
and ends at the same time is refused. Times are read from ``08:30``, ``8:30`` or
``0830``; whole-number settings refuse ``true``/``false`` (pydantic would read them as 1
and 0). The words a person sees for any refusal come from
``backbreak.domain.settings_messages``.
"""

from __future__ import annotations

import re
from datetime import time
from enum import Enum
from typing import Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError
from PySide6.QtCore import QCoreApplication

from backbreak.domain.exercise import Equipment, Group

SETTINGS_VERSION = 1

GUIDE_BLOCK_MINUTES = (60, 120)
"""The guide: a routine block every 1-2 hours at work."""

GUIDE_PRONE_MINUTES = (120, 180)
"""The low-back sheet: the prone holds every 2-3 hours."""

_CLOCK_TIME = re.compile(r"^\s*(\d{1,2})(?::(\d{2})(?::(\d{2}))?|(\d{2}))?\s*$")
"""``8``, ``8:30``, ``08:30``, ``08:30:00``, ``0830``."""


def parse_clock_time(value: Any) -> Any:
    """A wall-clock time from the ways people write one; other input is left to pydantic.

    A number is refused: pydantic would read it as seconds since midnight *in UTC*.
    """
    if isinstance(value, (bool, int, float)):
        raise PydanticCustomError(
            "not_clock_time",
            QCoreApplication.translate("settings", "a time of day is written like 08:30"),
        )
    if not isinstance(value, str):
        return value
    match = _CLOCK_TIME.match(value)
    # '830' is ambiguous (8:30? 83:0?); '0830' is not.
    if match is None or (match.group(4) is not None and len(match.group(1)) != 2):
        raise PydanticCustomError(
            "not_clock_time", QCoreApplication.translate("settings", "not a time of day like 08:30")
        )
    hour, minute, second, packed = match.groups()
    if packed is not None:
        minute = packed
    h, m, sec = int(hour), int(minute or 0), int(second or 0)
    if h > 23 or m > 59 or sec > 59:
        raise ValueError(QCoreApplication.translate("settings", "hours run 0-23 and minutes 0-59"))
    return time(h, m, sec)


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


class Language(str, Enum):
    """The language of the app's texts; ``system`` follows the desktop's language."""

    SYSTEM = "system"
    ENGLISH = "en"
    GERMAN = "de"


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
    prone_due_minutes: int = Field(default=120, ge=60, le=480, description="prone holds due after")
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

    call_microphone: bool = Field(
        default=True, description="a captured microphone means you are in a call"
    )
    call_camera: bool = Field(default=True, description="an open camera means you are in a call")
    call_screen: bool = Field(default=True, description="a shared screen means you are in a call")
    call_grace_minutes: int = Field(
        default=2, ge=0, le=30, description="after a call ends, a held break waits this long"
    )
    call_max_minutes: int = Field(
        default=90,
        ge=0,
        le=480,
        description="a call holds a break at most this long past the prone holds' overdue time",
    )

    sounds_enabled: bool = True
    notification_style: NotificationStyle = NotificationStyle.DESKTOP
    autostart: bool = False
    language: Language = Field(
        default=Language.SYSTEM, description="language of the texts: system, en or de"
    )

    disabled_exercises: dict[str, DisabledReason] = Field(
        default_factory=dict, description="exercise id -> why it is off"
    )
    equipment_at_hand: list[Equipment] = Field(
        default_factory=lambda: list(Equipment), description="what is available where you work"
    )
    safety_notice_seen: bool = False

    @field_validator("*", mode="before")
    @classmethod
    def _no_bool_for_numbers(cls, value: Any, info: ValidationInfo) -> Any:
        # pydantic reads true as 1: 'block_interval_minutes true' must not become 15.
        field = cls.model_fields.get(info.field_name or "")
        if field is None:
            return value
        if (field.annotation is int and isinstance(value, bool)) or (
            field.annotation == list[int]
            and isinstance(value, list)
            and any(isinstance(v, bool) for v in value)
        ):
            raise PydanticCustomError(
                "bool_not_number",
                QCoreApplication.translate("settings", "expected a number, not true/false"),
            )
        return value

    @field_validator("work_start", "work_end", "evening_time", mode="before")
    @classmethod
    def _clock_text(cls, value: Any) -> Any:
        return parse_clock_time(value)

    @field_validator("work_start", "work_end", "evening_time")
    @classmethod
    def _local_time(cls, value: time) -> time:
        # pydantic reads a number as seconds *in UTC*; settings are local wall-clock times.
        if value.tzinfo is not None:
            raise ValueError(
                QCoreApplication.translate(
                    "settings", "give a local time such as 09:00, without a time zone"
                )
            )
        return value

    @field_validator("work_days")
    @classmethod
    def _weekdays(cls, value: list[int]) -> list[int]:
        if any(d < 0 or d > 6 for d in value):
            raise PydanticCustomError(
                "weekday_range",
                QCoreApplication.translate("settings", "weekdays are 0 (Monday) to 6 (Sunday)"),
            )
        return sorted(set(value))

    @field_validator("block_groups")
    @classmethod
    def _some_groups(cls, value: list[Group]) -> list[Group]:
        if not value:
            raise ValueError(
                QCoreApplication.translate(
                    "settings", "pick at least one group for the routine blocks"
                )
            )
        if Group.LOW_BACK in value:
            raise ValueError(
                QCoreApplication.translate(
                    "settings", "the low-back exercises have their own cadences, not blocks"
                )
            )
        return list(dict.fromkeys(value))

    @model_validator(mode="after")
    def _consistent(self) -> Settings:
        # Messages start with the field they belong to: settings_messages places them.
        if self.work_end == self.work_start:
            #: Keep the setting names (work_end, work_start) as they are, work_end first.
            text = QCoreApplication.translate(
                "settings",
                "work_end must differ from work_start (both {time}): a work day needs some "
                "length; to end after midnight, give an end earlier than the start "
                "(22:00 to 06:00)",
            )
            raise ValueError(text.format(time=f"{self.work_start:%H:%M}"))
        if self.prone_overdue_minutes < self.prone_due_minutes:
            #: Keep the setting names as they are, prone_overdue_minutes first.
            text = QCoreApplication.translate(
                "settings",
                "prone_overdue_minutes must be at least prone_due_minutes ({due}); got {overdue}",
            )
            raise ValueError(
                text.format(due=self.prone_due_minutes, overdue=self.prone_overdue_minutes)
            )
        return self

    @property
    def call_sources(self) -> tuple[str, ...]:
        """The call sources switched on: ``microphone``, ``camera``, ``screen``."""
        on = (
            ("microphone", self.call_microphone),
            ("camera", self.call_camera),
            ("screen", self.call_screen),
        )
        return tuple(name for name, enabled in on if enabled)

    @property
    def call_hold_limit_minutes(self) -> int:
        """Longest a call holds a break that doesn't say when it is overdue, from when
        the hold began: the prone holds' window from due to overdue, plus
        ``call_max_minutes``. A planned break says (``Break.overdue``), and is held at
        most until that moment plus ``call_max_minutes``."""
        window = max(0, self.prone_overdue_minutes - self.prone_due_minutes)
        return window + self.call_max_minutes

    @property
    def crosses_midnight(self) -> bool:
        """Work hours that end the next day (a night shift)."""
        return self.work_end < self.work_start

    def warnings(self) -> list[str]:
        """Allowed values that leave what the documents prescribe, in words."""
        return [w for w in (_block_warning(self), *_prone_warnings(self)) if w]

    def exercise_enabled(self, exercise_id: str) -> bool:
        return exercise_id not in self.disabled_exercises


def _block_warning(settings: Settings) -> str:
    """The guide: a routine block every 1-2 hours."""
    lo, hi = GUIDE_BLOCK_MINUTES
    if lo <= settings.block_interval_minutes <= hi:
        return ""
    #: Keep the setting name as it is. {low_hours}-{high_hours} hours are the same
    #: span as {low}-{high} minutes.
    text = QCoreApplication.translate(
        "settings",
        "block_interval_minutes is {minutes}: the guide suggests a block every "
        "{low_hours}-{high_hours} hours ({low}-{high} minutes)",
    )
    return text.format(
        minutes=settings.block_interval_minutes,
        low_hours=lo // 60,
        high_hours=hi // 60,
        low=lo,
        high=hi,
    )


def _prone_warnings(settings: Settings) -> list[str]:
    """The low-back sheet: prone holds every 2-3 hours, not crowding out the blocks."""
    out = []
    lo, hi = GUIDE_PRONE_MINUTES
    due, overdue = settings.prone_due_minutes, settings.prone_overdue_minutes
    if not (due >= lo and overdue <= hi):
        #: Keep the setting names as they are.
        text = QCoreApplication.translate(
            "settings",
            "prone_due_minutes / prone_overdue_minutes are {due} / {overdue}: the low-back "
            "sheet asks for the prone holds every 2-3 hours ({low}-{high} minutes)",
        )
        out.append(text.format(due=due, overdue=overdue, low=lo, high=hi))
    interval = settings.block_interval_minutes
    if settings.prone_enabled and settings.blocks_enabled and due < interval:
        #: Keep the setting names as they are.
        text = QCoreApplication.translate(
            "settings",
            "prone_due_minutes is {due}, less than block_interval_minutes ({interval}): the "
            "prone holds would come before every routine block and can crowd them out",
        )
        out.append(text.format(due=due, interval=interval))
    return out
