"""Fakes shared by the session tests: a settable monotonic clock and an in-memory recorder."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from backbreak.domain.catalog import Catalog, load_catalog
from backbreak.domain.history import BreakRecord, ExerciseRecord


class FakeClock:
    """Monotonic seconds that only move when a test says so."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class FakeRecorder:
    """Keeps what the session writes, in order; can be told to fail."""

    def __init__(self, fail: bool = False) -> None:
        self.exercises: list[ExerciseRecord] = []
        self.breaks: list[BreakRecord] = []
        self.fail = fail

    def record_exercise(self, record: ExerciseRecord) -> None:
        if self.fail:
            raise OSError("disk full")
        self.exercises.append(record)

    def record_break(self, record: BreakRecord) -> None:
        if self.fail:
            raise OSError("disk full")
        self.breaks.append(record)


def fixed_wall() -> datetime:
    return datetime(2026, 11, 20, 10, 0, tzinfo=timezone.utc)


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return load_catalog().catalog


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def recorder() -> FakeRecorder:
    return FakeRecorder()
