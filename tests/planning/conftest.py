"""Shared fixtures for the planning tests: the real catalog, a settable clock, a history."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from helpers.fakes import FakeClock

from backbreak.domain.catalog import Catalog
from backbreak.domain.settings import Settings
from backbreak.planning.engine import Engine

BERLIN = ZoneInfo("Europe/Berlin")


@dataclass
class FakeHistory:
    """A HistoryReader with what a test says happened."""

    done: dict[str, list[datetime]] = field(default_factory=dict)
    break_end: datetime | None = None

    def last_done(self, exercise_id: str) -> datetime | None:
        return max(self.done.get(exercise_id, []), default=None)

    def done_count(self, exercise_id: str, day: date) -> int:
        return sum(1 for t in self.done.get(exercise_id, []) if t.date() == day)

    def last_break_end(self) -> datetime | None:
        return self.break_end

    def worse_reports(self, exercise_id: str) -> int:
        return 0


def at(text: str) -> datetime:
    """``"2026-03-30 10:00"`` in Berlin."""
    return datetime.fromisoformat(text).replace(tzinfo=BERLIN)


EngineFactory = Callable[..., tuple[Engine, FakeClock]]


@pytest.fixture
def make_engine(catalog: Catalog) -> EngineFactory:
    """``make_engine(start, settings=..., history=...)`` -> (engine, its clock)."""

    def build(
        start: datetime | str,
        settings: Settings | None = None,
        history: FakeHistory | None = None,
    ) -> tuple[Engine, FakeClock]:
        clock = FakeClock(at(start) if isinstance(start, str) else start)
        engine = Engine(catalog, settings or Settings(), history or FakeHistory(), clock)
        return engine, clock

    return build


@pytest.fixture
def fake_history() -> FakeHistory:
    return FakeHistory()
