"""The history: every break and every exercise outcome, in SQLite (stdlib, WAL).

``HistoryStore`` is the app's ``OutcomeRecorder`` (the session writes through it as
each exercise ends) and ``HistoryReader`` (the planner rebuilds its cadences from
it). Every write is its own committed transaction with ``synchronous=FULL``, so an
exercise the session recorded survives the process being killed right after.

Local days are computed with the store's time zone (the system's by default; tests
pass a ``zoneinfo`` zone): see backbreak/store/history_schema.py for how datetimes
are stored.
"""

from __future__ import annotations

import json
import os
import sqlite3
from datetime import date, datetime, time, timedelta, tzinfo
from pathlib import Path
from typing import Any

from backbreak.domain.history import (
    BreakEvent,
    BreakRecord,
    ExerciseRecord,
    Feeling,
    Outcome,
)
from backbreak.store.history_schema import SchemaTooNew, migrate

DONE_OUTCOMES = (Outcome.DONE.value, Outcome.PARTIAL.value)
BREAK_END_EVENTS = (
    BreakEvent.COMPLETED.value,
    BreakEvent.ENDED_EARLY.value,
    BreakEvent.SKIPPED.value,
)
MEMORY = ":memory:"

_EXERCISE_COLUMNS = (
    "exercise_id, outcome, at, fraction, sets_done, reps_done, seconds_done, break_id, "
    "feeling, note"
)
_BREAK_COLUMNS = "break_id, event, at, kind, exercises, detail"


class HistoryStore:
    """Breaks and exercise outcomes; implements OutcomeRecorder and HistoryReader."""

    def __init__(self, conn: sqlite3.Connection, tz: tzinfo | None = None) -> None:
        self._conn = conn
        self.tz = tz
        """Zone for local days; None means the system's local time (with its DST rules)."""

    @classmethod
    def open(cls, path: Path | str, *, tz: tzinfo | None = None) -> HistoryStore:
        """Open (creating and migrating as needed) the database at ``path``.

        Raises ``SchemaTooNew`` for a database from a newer backbreak and
        ``sqlite3.DatabaseError`` for a file that is not a database;
        ``open_history`` turns both into a fallback and a message.
        """
        if str(path) != MEMORY:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path), isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute("PRAGMA busy_timeout=5000")
            migrate(conn)
        except BaseException:
            conn.close()
            raise
        return cls(conn, tz)

    def close(self) -> None:
        self._conn.close()

    # -- writing ------------------------------------------------------------------

    def record_exercise(self, record: ExerciseRecord) -> None:
        """Store one exercise's outcome; committed before this returns."""
        at = _aware(record.at)
        self._conn.execute(
            "INSERT INTO exercise_records (exercise_id, outcome, at, at_utc, fraction, "
            "sets_done, reps_done, seconds_done, break_id, feeling, note) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                record.exercise_id,
                Outcome(record.outcome).value,
                at.isoformat(),
                at.timestamp(),
                float(record.fraction),
                int(record.sets_done),
                int(record.reps_done),
                float(record.seconds_done),
                record.break_id,
                Feeling(record.feeling).value if record.feeling is not None else None,
                record.note,
            ),
        )

    def record_break(self, record: BreakRecord) -> None:
        """Store one event in a break's life; committed before this returns."""
        at = _aware(record.at)
        self._conn.execute(
            "INSERT INTO break_records (break_id, event, at, at_utc, kind, exercises, detail) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                record.break_id,
                BreakEvent(record.event).value,
                at.isoformat(),
                at.timestamp(),
                record.kind,
                json.dumps(list(record.exercises)),
                record.detail,
            ),
        )

    # -- HistoryReader ------------------------------------------------------------

    def last_done(self, exercise_id: str) -> datetime | None:
        row = self._conn.execute(
            "SELECT at FROM exercise_records WHERE exercise_id = ? AND outcome IN (?, ?) "
            "ORDER BY at_utc DESC LIMIT 1",
            (exercise_id, *DONE_OUTCOMES),
        ).fetchone()
        return datetime.fromisoformat(row[0]) if row else None

    def done_count(self, exercise_id: str, day: date) -> int:
        start, end = self.day_bounds(day)
        row = self._conn.execute(
            "SELECT COUNT(*) FROM exercise_records WHERE exercise_id = ? AND outcome IN (?, ?) "
            "AND at_utc >= ? AND at_utc < ?",
            (exercise_id, *DONE_OUTCOMES, start.timestamp(), end.timestamp()),
        ).fetchone()
        return int(row[0])

    def last_break_end(self) -> datetime | None:
        row = self._conn.execute(
            "SELECT at FROM break_records WHERE event IN (?, ?, ?) ORDER BY at_utc DESC LIMIT 1",
            BREAK_END_EVENTS,
        ).fetchone()
        return datetime.fromisoformat(row[0]) if row else None

    def worse_reports(self, exercise_id: str) -> int:
        row = self._conn.execute(
            "SELECT COUNT(*) FROM exercise_records WHERE exercise_id = ? AND feeling = ?",
            (exercise_id, Feeling.WORSE.value),
        ).fetchone()
        return int(row[0])

    # -- reading for the history window and export --------------------------------

    def exercises_between(
        self, start: datetime | None = None, end: datetime | None = None
    ) -> list[ExerciseRecord]:
        """Exercise records with ``start <= at < end`` (either open), oldest first."""
        where, params = _range(start, end)
        rows = self._conn.execute(
            f"SELECT {_EXERCISE_COLUMNS} FROM exercise_records {where} ORDER BY at_utc, id",
            params,
        )
        return [_exercise_from_row(r) for r in rows]

    def breaks_between(
        self, start: datetime | None = None, end: datetime | None = None
    ) -> list[BreakRecord]:
        """Break records with ``start <= at < end`` (either open), oldest first."""
        where, params = _range(start, end)
        rows = self._conn.execute(
            f"SELECT {_BREAK_COLUMNS} FROM break_records {where} ORDER BY at_utc, id", params
        )
        return [_break_from_row(r) for r in rows]

    def pain_records(self, limit: int | None = None) -> list[ExerciseRecord]:
        """Records of "This hurts" or with a feeling reported, newest first."""
        rows = self._conn.execute(
            f"SELECT {_EXERCISE_COLUMNS} FROM exercise_records "
            "WHERE outcome = ? OR feeling IS NOT NULL ORDER BY at_utc DESC, id DESC LIMIT ?",
            (Outcome.PAIN.value, -1 if limit is None else limit),
        )
        return [_exercise_from_row(r) for r in rows]

    def day_bounds(self, day: date) -> tuple[datetime, datetime]:
        """The local day as an aware ``[start, end)``; 23 or 25 hours long on DST days."""
        return self._midnight(day), self._midnight(day + timedelta(days=1))

    def local_date(self, at: datetime) -> date:
        """The local calendar day ``at`` falls on."""
        return _aware(at).astimezone(self.tz).date()

    def _midnight(self, day: date) -> datetime:
        if self.tz is None:
            return datetime.combine(day, time()).astimezone()
        return datetime.combine(day, time(), tzinfo=self.tz)


def open_history(path: Path, *, tz: tzinfo | None = None) -> tuple[HistoryStore, list[str]]:
    """Open the history for the app: never fails, and says what went wrong.

    A file that is not a SQLite database (or is damaged) is moved aside as
    ``<name>.bad-<timestamp>`` (never deleted) and a new history is started. A
    database from a newer backbreak is left untouched; this session records into
    memory only, and the message says so.
    """
    try:
        return HistoryStore.open(path, tz=tz), []
    except SchemaTooNew as err:
        return HistoryStore.open(MEMORY, tz=tz), [
            f"{path}: {err} Nothing will be recorded until then."
        ]
    except sqlite3.DatabaseError as err:
        from backbreak.store.settings_file import aside_path

        aside = aside_path(path, "bad")
        try:
            os.replace(path, aside)
            for suffix in ("-wal", "-shm"):
                extra = path.with_name(path.name + suffix)
                if extra.exists():
                    os.replace(extra, aside.with_name(aside.name + suffix))
        except OSError as move_err:
            return HistoryStore.open(MEMORY, tz=tz), [
                f"{path}: can't be read as a history database ({err}) nor moved aside "
                f"({move_err.strerror}); nothing will be recorded this session."
            ]
        return HistoryStore.open(path, tz=tz), [
            f"{path}: can't be read as a history database ({err}). It was kept as "
            f"{aside} and a new history was started."
        ]


def _aware(at: datetime) -> datetime:
    """Records are meant to carry aware datetimes; a naive one is taken as local time."""
    return at if at.tzinfo is not None else at.astimezone()


def _range(start: datetime | None, end: datetime | None) -> tuple[str, tuple[float, ...]]:
    clauses: list[str] = []
    params: list[float] = []
    if start is not None:
        clauses.append("at_utc >= ?")
        params.append(_aware(start).timestamp())
    if end is not None:
        clauses.append("at_utc < ?")
        params.append(_aware(end).timestamp())
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    return where, tuple(params)


def _exercise_from_row(row: tuple[Any, ...]) -> ExerciseRecord:
    (ex_id, outcome, at, fraction, sets_done, reps_done, seconds, break_id, feeling, note) = row
    return ExerciseRecord(
        exercise_id=str(ex_id),
        outcome=Outcome(outcome),
        at=datetime.fromisoformat(str(at)),
        fraction=float(fraction),
        sets_done=int(sets_done),
        reps_done=int(reps_done),
        seconds_done=float(seconds),
        break_id=None if break_id is None else str(break_id),
        feeling=None if feeling is None else Feeling(feeling),
        note=str(note),
    )


def _break_from_row(row: tuple[Any, ...]) -> BreakRecord:
    break_id, event, at, kind, exercises, detail = row
    return BreakRecord(
        break_id=str(break_id),
        event=BreakEvent(event),
        at=datetime.fromisoformat(str(at)),
        kind=str(kind),
        exercises=tuple(json.loads(str(exercises))),
        detail=str(detail),
    )
