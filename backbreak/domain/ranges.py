"""Inclusive integer ranges, the unit of every dose and cadence in the catalog."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator
from PySide6.QtCore import QCoreApplication


class IntRange(BaseModel):
    """An inclusive range such as "15-20 reps"; a fixed number has ``min == max``.

    In data files a bare integer is accepted as shorthand for ``{"min": n, "max": n}``.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    min: int = Field(ge=1, strict=True, description="lower bound, at least 1")
    max: int = Field(ge=1, strict=True, description="upper bound, at least min")

    @model_validator(mode="before")
    @classmethod
    def _from_int(cls, value: Any) -> Any:
        if isinstance(value, float) and value.is_integer():  # 1e3 in a data file
            value = int(value)
        if isinstance(value, int) and not isinstance(value, bool):
            return {"min": value, "max": value}
        if isinstance(value, dict):
            return {
                k: int(v) if isinstance(v, float) and v.is_integer() else v
                for k, v in value.items()
            }
        return value

    @model_validator(mode="after")
    def _ordered(self) -> IntRange:
        if self.min > self.max:
            #: Keep min and max as they are: the keys in the file.
            text = QCoreApplication.translate("ranges", "min ({min}) must not exceed max ({max})")
            raise ValueError(text.format(min=self.min, max=self.max))
        return self

    @classmethod
    def fixed(cls, value: int) -> IntRange:
        return cls(min=value, max=value)

    @property
    def is_fixed(self) -> bool:
        return self.min == self.max

    def __str__(self) -> str:
        return str(self.min) if self.is_fixed else f"{self.min}–{self.max}"

    def at_most(self, limit: int, refusal: str) -> IntRange:
        """This range, or a ValueError when it goes above ``limit``.

        ``refusal`` is the translated sentence, with ``{limit}`` and ``{got}``
        ("at most {limit} sets; got {got}"). Every dose and cadence has a ceiling a
        person can actually do; a number above it is a typo (or worse), and planning
        with it would make absurd breaks.
        """
        if self.max > limit:
            raise ValueError(refusal.format(limit=limit, got=self.max))
        return self
