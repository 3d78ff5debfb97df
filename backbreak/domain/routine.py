"""Routines: named, ordered lists of exercises done together as one bout."""

from __future__ import annotations

from enum import Enum

from pydantic import BaseModel, ConfigDict, Field, field_validator

from backbreak.domain.exercise import KEBAB, Group
from backbreak.domain.ranges import IntRange


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
    exercises: tuple[str, ...] = Field(min_length=1)
    budget_minutes: IntRange | None = None
    source: str | None = None

    @field_validator("id")
    @classmethod
    def _kebab(cls, value: str) -> str:
        if not KEBAB.match(value):
            raise ValueError(f"'{value}' is not kebab-case (like 'evening-stretch')")
        return value

    @field_validator("exercises")
    @classmethod
    def _unique(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        seen = {v for v in value if value.count(v) > 1}
        if seen:
            raise ValueError(f"exercise listed twice: {', '.join(sorted(seen))}")
        return value
