"""Shared fixtures for the planning tests: the real catalog, a settable clock, a history."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from helpers.fakes import FakeClock, FakeHistory

from backbreak.domain.catalog import Catalog
from backbreak.domain.settings import Settings
from backbreak.planning.engine import Engine

BERLIN = ZoneInfo("Europe/Berlin")


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
