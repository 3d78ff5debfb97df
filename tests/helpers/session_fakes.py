"""Fakes for the session tests (state machine and window): a clock and a recorder."""

from __future__ import annotations

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
    """Keeps what the session writes, in order; with ``fail`` set, every write raises
    ``OSError(failure)``, as a full disk or a locked database would."""

    def __init__(self, failure: str = "disk full") -> None:
        self.exercises: list[ExerciseRecord] = []
        self.breaks: list[BreakRecord] = []
        self.fail = False
        self.failure = failure

    def record_exercise(self, record: ExerciseRecord) -> None:
        if self.fail:
            raise OSError(self.failure)
        self.exercises.append(record)

    def record_break(self, record: BreakRecord) -> None:
        if self.fail:
            raise OSError(self.failure)
        self.breaks.append(record)
