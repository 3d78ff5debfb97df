"""A locked history is waited for, never moved aside as "corrupt".

When another process held an exclusive lock (or a write
transaction on a rollback-journal file) while the app started, ``open_history`` took
SQLite's "database is locked" for damage, moved the user's history aside and started an
empty one. Only a file SQLite says is not a database, or one failing
``PRAGMA integrity_check``, may be moved aside; locked means wait with backoff, then
queue and keep trying, and tell the user. The lock is held by a real process; the
backoff's sleeps are recorded, not slept.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from backbreak.domain.history import ExerciseRecord, Outcome
from backbreak.store import history
from backbreak.store.history import HistoryStore, open_history

StoreClock = Any  # tests/store/conftest.py


def _ex(at: datetime, ex_id: str = "cat-camel") -> ExerciseRecord:
    return ExerciseRecord(ex_id, Outcome.DONE, at)


@pytest.fixture
def path(tmp_path: Path, store_clock: StoreClock) -> Path:
    """A history holding one record from yesterday."""
    p = tmp_path / "history.sqlite3"
    store = HistoryStore.open(p)
    store.record_exercise(_ex(store_clock.now().replace(day=1), "prone-lying"))
    store.close()
    return p


@pytest.mark.parametrize("mode", ["exclusive", "rollback"])
def test_a_locked_history_is_waited_for_and_never_moved(
    path: Path, store_clock: StoreClock, hold_lock: Any, mode: str
) -> None:
    holder = hold_lock(path, mode)
    slept: list[float] = []
    store, problems = open_history(path, clock=store_clock, sleep=slept.append)
    assert slept == list(history.OPEN_BACKOFF), "waited, with backoff"
    assert list(path.parent.glob("*.bad-*")) == [], "never moved aside"
    (problem,) = problems
    assert "locked" in problem and str(path) in problem
    today = _ex(store_clock.now())
    store.record_exercise(today)  # queued, journaled
    assert store.exercises_between()[-1] == today

    holder.release()
    store_clock.advance(60)
    assert store.retry()
    store.close()
    again = HistoryStore.open(path)
    assert [r.exercise_id for r in again.exercises_between()] == ["prone-lying", "cat-camel"]
    again.close()


def test_a_lock_released_while_waiting_costs_nothing(
    path: Path, store_clock: StoreClock, hold_lock: Any
) -> None:
    holder = hold_lock(path, "exclusive")
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        holder.release()

    store, problems = open_history(path, clock=store_clock, sleep=sleep)
    assert problems == []
    assert slept == [history.OPEN_BACKOFF[0]]
    assert [r.exercise_id for r in store.exercises_between()] == ["prone-lying"]
    store.close()


def test_a_file_that_is_not_a_database_is_still_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    store, problems = open_history(path, sleep=lambda _s: None)
    (aside,) = tmp_path.glob("history.sqlite3.bad-*")
    assert str(aside) in problems[0]
    store.close()
