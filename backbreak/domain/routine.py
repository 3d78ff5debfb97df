"""Routines: named, ordered lists of exercises done together as one bout."""

from __future__ import annotations

from collections import Counter
from enum import Enum

from pydantic import BaseModel, ConfigDict, Field, field_validator
from PySide6.QtCore import QCoreApplication

from backbreak.domain.exercise import KEBAB, Group
from backbreak.domain.ranges import IntRange

MAX_ROUTINE_EXERCISES = 50
MAX_BUDGET_MINUTES = 60


class RoutineKind(str, Enum):
    """What a routine is for; the planner picks routines by kind."""

    WORK_BLOCK = "work-block"
    EVENING = "evening"
    PRONE_HOLDS = "prone-holds"
    CUSTOM = "custom"


class Routine(BaseModel):
    """An ordered list of catalog exercises, with the time budget its source gives it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    name: str = Field(min_length=1)
    kind: RoutineKind = RoutineKind.CUSTOM
    group: Group | None = None
    description: str = ""
    exercises: tuple[str, ...] = Field(min_length=1, max_length=MAX_ROUTINE_EXERCISES)
    budget_minutes: IntRange | None = None
    source: str | None = None

    @field_validator("id")
    @classmethod
    def _kebab(cls, value: str) -> str:
        if not KEBAB.match(value):
            #: kebab-case: lower-case words joined by hyphens, as in the example.
            text = QCoreApplication.translate(
                "routine", "'{id}' is not kebab-case (like 'evening-stretch')"
            )
            raise ValueError(text.format(id=value))
        return value

    @field_validator("exercises")
    @classmethod
    def _unique(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        twice = {name for name, n in Counter(value).items() if n > 1}
        if twice:
            text = QCoreApplication.translate("routine", "exercise listed twice: {ids}")
            raise ValueError(text.format(ids=", ".join(sorted(twice))))
        return value

    @field_validator("budget_minutes")
    @classmethod
    def _sensible_budget(cls, value: IntRange | None) -> IntRange | None:
        if value is None:
            return None
        refusal = QCoreApplication.translate("routine", "at most {limit} minutes; got {got}")
        return value.at_most(MAX_BUDGET_MINUTES, refusal)
