"""HistoryStore: what the session writes is what the planner and the window read."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from backbreak.domain.history import (
    BreakEvent,
    BreakRecord,
    ExerciseRecord,
    Feeling,
    HistoryReader,
    LastDone,
    Outcome,
    OutcomeRecorder,
)
from backbreak.store import history_schema
from backbreak.store.history import HistoryStore, open_history

BERLIN = ZoneInfo("Europe/Berlin")


def _at(y: int, mo: int, d: int, h: int, mi: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=BERLIN)


def _ex(
    ex_id: str, at: datetime, outcome: Outcome = Outcome.DONE, feeling: Feeling | None = None
) -> ExerciseRecord:
    return ExerciseRecord(exercise_id=ex_id, outcome=outcome, at=at, feeling=feeling)


@pytest.fixture
def store() -> HistoryStore:
    return HistoryStore.open(":memory:", tz=BERLIN)


def test_implements_the_protocols(store: HistoryStore) -> None:
    """The session and the planner can be handed the store as it is."""
    recorder: OutcomeRecorder = store
    reader: HistoryReader = store
    assert recorder and reader


def test_records_round_trip(store: HistoryStore) -> None:
    """Every field the session writes comes back unchanged, with its UTC offset."""
    rec = ExerciseRecord(
        exercise_id="cat-camel",
        outcome=Outcome.PAIN,
        at=_at(2026, 3, 2, 10, 15),
        fraction=0.5,
        sets_done=1,
        reps_done=7,
        seconds_done=33.5,
        break_id="b1",
        feeling=Feeling.WORSE,
        note="left side",
    )
    store.record_exercise(rec)
    brk = BreakRecord("b1", BreakEvent.COMPLETED, _at(2026, 3, 2, 10, 20), "work-block", ("a", "b"))
    store.record_break(brk)
    assert store.exercises_between() == [rec]
    assert store.breaks_between() == [brk]
    assert store.exercises_between()[0].at.utcoffset() == timedelta(hours=1)


def test_last_done_ignores_skips_and_pain(store: HistoryStore) -> None:
    """Only done or partly done counts for the cadence anchor."""
    store.record_exercise(_ex("prone-lying", _at(2026, 3, 2, 9)))
    store.record_exercise(_ex("prone-lying", _at(2026, 3, 2, 11), Outcome.PARTIAL))
    store.record_exercise(_ex("prone-lying", _at(2026, 3, 2, 13), Outcome.SKIPPED))
    store.record_exercise(_ex("prone-lying", _at(2026, 3, 2, 14), Outcome.PAIN))
    assert store.last_done("prone-lying") == _at(2026, 3, 2, 11)
    assert store.last_done("cat-camel") is None


def test_last_done_orders_by_instant_not_text(store: HistoryStore) -> None:
    """Records written in different offsets compare by the real instant."""
    early_utc = datetime(2026, 3, 2, 9, 30, tzinfo=timezone.utc)  # 10:30 Berlin
    store.record_exercise(_ex("cat-camel", _at(2026, 3, 2, 10, 0)))
    store.record_exercise(_ex("cat-camel", early_utc))
    assert store.last_done("cat-camel") == early_utc


def test_done_count_per_local_day(store: HistoryStore) -> None:
    """Counting uses local midnight, not UTC midnight."""
    store.record_exercise(_ex("cat-camel", _at(2026, 3, 2, 0, 30)))  # 23:30 UTC the day before
    store.record_exercise(_ex("cat-camel", _at(2026, 3, 2, 23, 59)))
    store.record_exercise(_ex("cat-camel", _at(2026, 3, 3, 0, 0)))
    store.record_exercise(_ex("cat-camel", _at(2026, 3, 2, 12), Outcome.SKIPPED))
    assert store.done_count("cat-camel", date(2026, 3, 2)) == 2
    assert store.done_count("cat-camel", date(2026, 3, 3)) == 1
    assert store.done_count("cat-camel", date(2026, 3, 1)) == 0


@pytest.mark.parametrize(
    ("day", "hours"), [(date(2026, 3, 29), 23), (date(2026, 10, 25), 25), (date(2026, 6, 1), 24)]
)
def test_dst_days_have_their_true_length(store: HistoryStore, day: date, hours: int) -> None:
    """The spring-forward day has 23 hours, the fall-back day 25; both count fully."""
    start, end = store.day_bounds(day)
    assert end.timestamp() - start.timestamp() == hours * 3600
    last_minute = datetime.fromtimestamp(end.timestamp() - 60, BERLIN)
    store.record_exercise(_ex("cat-camel", start))
    store.record_exercise(_ex("cat-camel", last_minute))
    assert store.done_count("cat-camel", day) == 2
    assert store.done_count("cat-camel", day + timedelta(days=1)) == 0
    assert store.local_date(last_minute) == day


def test_fall_back_hour_counted_once_each(store: HistoryStore) -> None:
    """The repeated 02:30 on the fall-back night is two distinct instants, both counted."""
    first = datetime(2026, 10, 25, 2, 30, tzinfo=BERLIN, fold=0)
    second = datetime(2026, 10, 25, 2, 30, tzinfo=BERLIN, fold=1)
    store.record_exercise(_ex("cat-camel", first))
    store.record_exercise(_ex("cat-camel", second))
    assert store.done_count("cat-camel", date(2026, 10, 25)) == 2
    assert store.last_done("cat-camel") == second.astimezone(timezone.utc)


def test_last_break_end_and_worse_reports(store: HistoryStore) -> None:
    """Snoozes and starts don't end a break; completed, ended early and skipped do."""
    store.record_break(BreakRecord("b1", BreakEvent.COMPLETED, _at(2026, 3, 2, 9)))
    store.record_break(BreakRecord("b2", BreakEvent.SKIPPED, _at(2026, 3, 2, 10)))
    store.record_break(BreakRecord("b3", BreakEvent.SNOOZED, _at(2026, 3, 2, 11)))
    store.record_break(BreakRecord("b3", BreakEvent.STARTED, _at(2026, 3, 2, 11, 10)))
    assert store.last_break_end() == _at(2026, 3, 2, 10)
    store.record_exercise(_ex("cat-camel", _at(2026, 3, 2, 9), Outcome.PAIN, feeling=Feeling.WORSE))
    store.record_exercise(_ex("cat-camel", _at(2026, 3, 3, 9), Outcome.PAIN, feeling=Feeling.SAME))
    assert store.worse_reports("cat-camel") == 1
    assert store.worse_reports("prone-lying") == 0


def test_file_store_persists_and_uses_wal(tmp_path: Path) -> None:
    """Records survive closing; the journal is WAL; the schema version is set."""
    path = tmp_path / "deep" / "history.sqlite3"
    store = HistoryStore.open(path)
    store.record_exercise(_ex("cat-camel", _at(2026, 3, 2, 9)))
    store.close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == history_schema.SCHEMA_VERSION
    conn.close()
    again = HistoryStore.open(path)
    assert len(again.exercises_between()) == 1
    again.close()


def test_schema_migration_steps_keep_data(tmp_path: Path) -> None:
    """A database at version 1 gets the later steps, in one transaction each, data intact."""
    path = tmp_path / "h.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    assert history_schema.migrate(conn) == 0
    conn.execute(
        "INSERT INTO exercise_records (exercise_id, outcome, at, at_utc) "
        "VALUES ('cat-camel', 'done', '2026-03-02T09:00:00+01:00', 1772438400)"
    )
    v2 = (*history_schema.STEPS, ("ALTER TABLE exercise_records ADD COLUMN side TEXT",))
    assert history_schema.migrate(conn, v2) == 1
    assert history_schema.schema_version(conn) == 2
    assert conn.execute("SELECT exercise_id, side FROM exercise_records").fetchall() == [
        ("cat-camel", None)
    ]
    broken = (*v2, ("ALTER TABLE exercise_records ADD COLUMN x TEXT", "NOT SQL"))
    with pytest.raises(sqlite3.OperationalError):
        history_schema.migrate(conn, broken)
    assert history_schema.schema_version(conn) == 2, "a failed step rolls back entirely"
    columns = [r[1] for r in conn.execute("PRAGMA table_info(exercise_records)")]
    assert "x" not in columns
    conn.close()


def test_newer_schema_is_refused_and_left_alone(tmp_path: Path) -> None:
    """An older backbreak doesn't write into a newer one's database."""
    path = tmp_path / "h.sqlite3"
    HistoryStore.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    with pytest.raises(history_schema.SchemaTooNew):
        HistoryStore.open(path)
    store, problems = open_history(path)
    assert "Update backbreak" in problems[0]
    store.record_exercise(_ex("cat-camel", _at(2026, 3, 2, 9)))
    store.close()
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT COUNT(*) FROM exercise_records").fetchone()[0] == 0
    conn.close()


def test_corrupt_database_is_kept_aside(tmp_path: Path) -> None:
    """A damaged file is moved aside, never deleted, and a new history starts."""
    path = tmp_path / "history.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    store, problems = open_history(path)
    store.record_exercise(_ex("cat-camel", _at(2026, 3, 2, 9)))
    store.close()
    (aside,) = tmp_path.glob("history.sqlite3.bad-*")
    assert aside.read_bytes().startswith(b"this is not a database")
    assert str(aside) in problems[0]
    assert open_history(path)[1] == []


def test_skips_from_the_skip_button_are_read_back_with_what_they_answered(
    store: HistoryStore,
) -> None:
    """A restart replays the Skip button's skips; a break skipped from the session's
    first screen (no ``covers`` detail) answered nothing and is not listed."""
    from backbreak.domain.history import SkippedBreak, skip_detail

    covers = ("prone", "daily:cat-camel")
    exercises = ("cat-camel", "prone-lying")
    store.record_break(
        BreakRecord("a", BreakEvent.SKIPPED, _at(2026, 3, 30, 9), "merged", exercises, "")
    )
    store.record_break(
        BreakRecord(
            "b", BreakEvent.SKIPPED, _at(2026, 3, 30, 11), "merged", exercises, skip_detail(covers)
        )
    )
    store.record_break(BreakRecord("c", BreakEvent.SNOOZED, _at(2026, 3, 30, 12), detail="10"))
    assert store.skipped_breaks(_at(2026, 3, 30, 0)) == [
        SkippedBreak(_at(2026, 3, 30, 11), exercises, covers)
    ]
    assert store.skipped_breaks(_at(2026, 3, 30, 11, 1)) == []


def test_the_last_done_comes_with_the_start_and_end_of_its_break(store: HistoryStore) -> None:
    """A restart counts the block from its break's start and the prone holds from its
    end, as the running engine did; without break records both are the record's time."""
    store.record_break(BreakRecord("b", BreakEvent.STARTED, _at(2026, 3, 30, 10)))
    done = ExerciseRecord("calf-stretch-lunge", Outcome.DONE, _at(2026, 3, 30, 10, 4), break_id="b")
    store.record_exercise(done)
    store.record_exercise(_ex("foot-ball-release", _at(2026, 3, 30, 10, 6), Outcome.SKIPPED))
    store.record_break(BreakRecord("b", BreakEvent.COMPLETED, _at(2026, 3, 30, 10, 8)))
    store.record_exercise(_ex("cat-camel", _at(2026, 3, 30, 9)))
    found = store.last_done_in(["foot-ball-release", "calf-stretch-lunge", "cat-camel"])
    assert found == LastDone(_at(2026, 3, 30, 10, 4), _at(2026, 3, 30, 10), _at(2026, 3, 30, 10, 8))
    alone = _at(2026, 3, 30, 9)
    assert store.last_done_in(["cat-camel"]) == LastDone(alone, alone, alone)
    assert store.last_done_in(["prone-lying"]) is None
