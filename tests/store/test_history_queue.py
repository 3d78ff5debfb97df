"""A write-locked history neither freezes the app nor drops the record.

With another process holding a write lock, ``record_break`` waited
5 s (SQLite's busy timeout, in the GUI thread) and then raised, so ``backbreak skip``
answered "Skipped." with nothing written. Now the record is queued (in memory and in a
journal file), reads include it, ``retry`` writes it once the lock is gone, a kill
loses nothing (the journal is replayed at the next open), and the user hears about it
only when records have waited for minutes. The lock is held by a real process.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from backbreak.domain.history import BreakEvent, BreakRecord, ExerciseRecord, Outcome
from backbreak.store import history
from backbreak.store.history import HistoryStore
from backbreak.store.history_queue import journal_path

StoreClock = Any  # tests/store/conftest.py


def _ex(at: datetime, ex_id: str = "cat-camel") -> ExerciseRecord:
    return ExerciseRecord(ex_id, Outcome.DONE, at, reps_done=10)


def _skip(at: datetime) -> BreakRecord:
    return BreakRecord("b1", BreakEvent.SKIPPED, at, "work-block", ("cat-camel",))


def _rows(path: Path) -> tuple[list[ExerciseRecord], list[BreakRecord]]:
    store = HistoryStore.open(path)
    try:
        return store.exercises_between(), store.breaks_between()
    finally:
        store.close()


@pytest.fixture
def path(tmp_path: Path) -> Path:
    p = tmp_path / "data" / "history.sqlite3"
    HistoryStore.open(p).close()
    return p


def test_a_locked_write_returns_at_once_and_lands_later(
    path: Path, store_clock: StoreClock, hold_lock: Any
) -> None:
    store = HistoryStore.open(path, clock=store_clock)
    asked: list[float] = []
    notices: list[str] = []
    store.connect_retry(asked.append, notices.append)
    skip = _skip(store_clock.now())
    done = _ex(store_clock.now())
    holder = hold_lock(path, "write")

    started = time.monotonic()
    store.record_break(skip)
    store.record_exercise(done)
    assert time.monotonic() - started < 1.0, "the GUI thread must not wait for the lock"

    assert store.breaks_between() == [skip], "reads include what is queued"
    assert store.last_break_end() == skip.at
    assert store.done_count("cat-camel", store_clock.now().date()) == 1
    assert store.last_done("cat-camel") == done.at
    lines = journal_path(path).read_text().splitlines()
    assert [json.loads(line)["type"] for line in lines] == ["break", "exercise"]
    assert asked and asked[0] == pytest.approx(history.RETRY_FIRST)

    assert not store.retry(), "too early: backoff"
    store_clock.advance(60)
    assert not store.retry()
    assert notices == [], "a short wait is not worth a word"
    store_clock.advance(history.STUCK_AFTER)
    assert not store.retry()
    (notice,) = notices
    assert f"2 records kept safe in {journal_path(path)}" in notice
    store_clock.advance(history.RETRY_MAX)
    assert not store.retry()
    assert len(notices) == 1, "told once"

    holder.release()
    store_clock.advance(history.RETRY_MAX)
    assert store.retry()
    assert notices[-1] == "The history can be written again; 2 waiting records saved."
    assert not journal_path(path).exists()
    store.close()
    assert _rows(path) == ([done], [skip])


def test_later_records_keep_their_order_behind_the_queue(
    path: Path, store_clock: StoreClock, hold_lock: Any
) -> None:
    """A record arriving after the lock is gone writes the queue first, then itself."""
    store = HistoryStore.open(path, clock=store_clock)
    first = _ex(store_clock.now(), "prone-lying")
    holder = hold_lock(path, "write")
    store.record_exercise(first)
    holder.release()
    second = _ex(store_clock.now() + timedelta(minutes=1))
    store.record_exercise(second)
    assert not store.pending
    store.close()
    assert _rows(path)[0] == [first, second]


WRITER = """
import sys
from datetime import datetime, timezone
from pathlib import Path
from backbreak.domain.history import ExerciseRecord, Outcome
from backbreak.store.history import HistoryStore

store = HistoryStore.open(Path(sys.argv[1]))
store.record_exercise(ExerciseRecord("cat-camel", Outcome.DONE,
                                     datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)))
print("recorded", len(store.pending), flush=True)
sys.stdin.readline()
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_kill_loses_no_queued_record(path: Path, hold_lock: Any) -> None:
    """Queued while locked, then SIGKILLed: the next open writes it from the journal."""
    holder = hold_lock(path, "write")
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    assert child.stdout.readline().split() == ["recorded", "1"]
    child.send_signal(signal.SIGKILL)
    child.wait()
    holder.release()
    (record,) = _rows(path)[0]
    assert record.exercise_id == "cat-camel"
    assert not journal_path(path).exists()


def test_replaying_a_journal_twice_writes_each_record_once(path: Path) -> None:
    """A crash between the database commit and the journal update replays records that
    are already in the database: they are not written again."""
    at = datetime.fromisoformat("2026-03-02T09:00:00+01:00")
    store = HistoryStore.open(path)
    store.record_exercise(_ex(at))
    store.close()
    journal_path(path).write_text(
        json.dumps({"type": "exercise", "exercise_id": "cat-camel", "outcome": "done",
                    "at": at.isoformat(), "fraction": 1.0, "sets_done": 0, "reps_done": 10,
                    "seconds_done": 0.0, "break_id": None, "feeling": None, "note": ""})
        + "\n" + '{"type": "exercise", "exercise_id": "torn'  # a kill mid-append
    )  # fmt: skip
    assert _rows(path)[0] == [_ex(at)]
    assert not journal_path(path).exists()


def test_history_that_cant_take_it_nor_the_journal_says_so(
    tmp_path: Path, store_clock: StoreClock, hold_lock: Any
) -> None:
    """When neither the database nor the journal can be written, the caller hears it
    (the session shows its "couldn't save" message) and the record stays queued."""
    path = tmp_path / "data" / "history.sqlite3"
    HistoryStore.open(path).close()
    store = HistoryStore.open(path, clock=store_clock)
    hold_lock(path, "write")
    journal_path(path).mkdir()  # a folder in the journal's place: appends fail
    with pytest.raises(OSError, match="kept in memory"):
        store.record_exercise(_ex(store_clock.now()))
    assert len(store.pending) == 1
