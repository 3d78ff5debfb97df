"""Reading the history: what the planner needs at start (``HistoryReader``) and what
the history window and the export show.

``HistoryReads`` is the read half of ``backbreak.store.history.HistoryStore``: every
query runs on the store's connection and adds the records still queued for it, so a
record is seen the moment it is recorded, written or not. Reads may wait
``READ_BUSY_MS`` for a lock and, when the database can't be read, answer from the queue
alone (with a log line).
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any

from backbreak.clock import Clock
from backbreak.domain.history import (
    BreakEvent,
    BreakRecord,
    ExerciseRecord,
    Feeling,
    LastDone,
    Outcome,
    SkippedBreak,
    covered_slots,
)
from backbreak.store.history_queue import PendingWrites

log = logging.getLogger(__name__)

DONE_OUTCOMES = (Outcome.DONE.value, Outcome.PARTIAL.value)
BREAK_END_EVENTS = (
    BreakEvent.COMPLETED.value,
    BreakEvent.ENDED_EARLY.value,
    BreakEvent.SKIPPED.value,
)
READ_BUSY_MS = 50
"""Reads may wait this long for a lock (WAL readers rarely need one); writes never wait."""

EXERCISE_COLUMNS = (
    "exercise_id, outcome, at, fraction, sets_done, reps_done, seconds_done, break_id, "
    "feeling, note"
)
BREAK_COLUMNS = "break_id, event, at, kind, exercises, detail"


class HistoryReads:
    """The queries of the history store (it sets the connection, zone, clock and queue)."""

    _conn: sqlite3.Connection | None
    _tz: tzinfo | None
    _clock: Clock
    pending: PendingWrites

    @property
    def tz(self) -> tzinfo:
        """Zone for local days: the one given, else the clock's (the system's zone)."""
        if self._tz is not None:
            return self._tz
        zone = self._clock.now().tzinfo
        if zone is None:
            from backbreak.clock import local_zone

            return local_zone()
        return zone

    # -- HistoryReader ------------------------------------------------------------

    def last_done(self, exercise_id: str) -> datetime | None:
        rows = self._rows(
            "SELECT at FROM exercise_records WHERE exercise_id = ? AND outcome IN (?, ?) "
            "ORDER BY at_utc DESC LIMIT 1",
            (exercise_id, *DONE_OUTCOMES),
        )
        times = [datetime.fromisoformat(r[0]) for r in rows]
        times += [
            r.at for r in self._queued_exercises() if r.exercise_id == exercise_id and _done(r)
        ]
        return max(times, key=self._utc, default=None)

    def last_done_in(self, exercise_ids: Sequence[str]) -> LastDone | None:
        ids = tuple(exercise_ids)
        if not ids:
            return None
        marks = ", ".join("?" for _ in ids)
        rows = self._rows(
            f"SELECT at, break_id FROM exercise_records WHERE exercise_id IN ({marks}) "
            "AND outcome IN (?, ?) ORDER BY at_utc DESC, id DESC LIMIT 1",
            (*ids, *DONE_OUTCOMES),
        )
        found = [(datetime.fromisoformat(r[0]), r[1]) for r in rows]
        found += [
            (r.at, r.break_id)
            for r in self._queued_exercises()
            if r.exercise_id in ids and _done(r)
        ]
        if not found:
            return None
        at, break_id = max(found, key=lambda f: self._utc(f[0]))
        return self._around(at, break_id)

    def _around(self, at: datetime, break_id: str | None) -> LastDone:
        """``at`` with the start and end of its break, as far as they were recorded."""
        if break_id is None:
            return LastDone(at, at, at)
        rows = self._rows("SELECT event, at FROM break_records WHERE break_id = ?", (break_id,))
        events = [(BreakEvent(r[0]), datetime.fromisoformat(r[1])) for r in rows]
        events += [(r.event, r.at) for r in self._queued_breaks() if r.break_id == break_id]
        t = self._utc(at)
        starts = [e for kind, e in events if kind is BreakEvent.STARTED and self._utc(e) <= t]
        ends = [
            e
            for kind, e in events
            if kind in (BreakEvent.COMPLETED, BreakEvent.ENDED_EARLY) and self._utc(e) >= t
        ]
        started = max(starts, key=self._utc, default=at)
        ended = min(ends, key=self._utc, default=at)
        return LastDone(at, started, ended)

    def done_count(self, exercise_id: str, day: date) -> int:
        start, end = self.day_bounds(day)
        rows = self._rows(
            "SELECT COUNT(*) FROM exercise_records WHERE exercise_id = ? AND outcome IN (?, ?) "
            "AND at_utc >= ? AND at_utc < ?",
            (exercise_id, *DONE_OUTCOMES, start.timestamp(), end.timestamp()),
        )
        queued = [
            r
            for r in self._queued_exercises()
            if r.exercise_id == exercise_id and _done(r) and start <= self._aware(r.at) < end
        ]
        return (int(rows[0][0]) if rows else 0) + len(queued)

    def last_break_end(self) -> datetime | None:
        rows = self._rows(
            "SELECT at FROM break_records WHERE event IN (?, ?, ?) ORDER BY at_utc DESC LIMIT 1",
            BREAK_END_EVENTS,
        )
        times = [datetime.fromisoformat(r[0]) for r in rows]
        times += [r.at for r in self._queued_breaks() if r.event.value in BREAK_END_EVENTS]
        return max(times, key=self._utc, default=None)

    def worse_reports(self, exercise_id: str) -> int:
        rows = self._rows(
            "SELECT COUNT(*) FROM exercise_records WHERE exercise_id = ? AND feeling = ?",
            (exercise_id, Feeling.WORSE.value),
        )
        queued = [
            r
            for r in self._queued_exercises()
            if r.exercise_id == exercise_id and r.feeling is Feeling.WORSE
        ]
        return (int(rows[0][0]) if rows else 0) + len(queued)

    def skipped_breaks(self, since: datetime) -> list[SkippedBreak]:
        skips = [
            SkippedBreak(r.at, r.exercises, covers)
            for r in self.breaks_between(since, None)
            if r.event is BreakEvent.SKIPPED and (covers := covered_slots(r.detail))
        ]
        return skips

    # -- reading for the history window and export --------------------------------

    def exercises_between(
        self, start: datetime | None = None, end: datetime | None = None
    ) -> list[ExerciseRecord]:
        """Exercise records with ``start <= at < end`` (either open), oldest first."""
        where, params = self._range(start, end)
        rows = self._rows(
            f"SELECT {EXERCISE_COLUMNS} FROM exercise_records {where} ORDER BY at_utc, id",
            params,
        )
        found = [_exercise_from_row(r) for r in rows]
        queued = [r for r in self._queued_exercises() if self._within(r.at, start, end)]
        return sorted([*found, *queued], key=lambda r: self._utc(r.at)) if queued else found

    def breaks_between(
        self, start: datetime | None = None, end: datetime | None = None
    ) -> list[BreakRecord]:
        """Break records with ``start <= at < end`` (either open), oldest first."""
        where, params = self._range(start, end)
        rows = self._rows(
            f"SELECT {BREAK_COLUMNS} FROM break_records {where} ORDER BY at_utc, id", params
        )
        found = [_break_from_row(r) for r in rows]
        queued = [r for r in self._queued_breaks() if self._within(r.at, start, end)]
        return sorted([*found, *queued], key=lambda r: self._utc(r.at)) if queued else found

    def pain_records(self, limit: int | None = None) -> list[ExerciseRecord]:
        """Records of "This hurts" or with a feeling reported, newest first."""
        rows = self._rows(
            f"SELECT {EXERCISE_COLUMNS} FROM exercise_records "
            "WHERE outcome = ? OR feeling IS NOT NULL ORDER BY at_utc DESC, id DESC LIMIT ?",
            (Outcome.PAIN.value, -1 if limit is None else limit),
        )
        found = [_exercise_from_row(r) for r in rows]
        queued = [
            r
            for r in self._queued_exercises()
            if r.outcome is Outcome.PAIN or r.feeling is not None
        ]
        if not queued:
            return found
        merged = sorted([*found, *queued], key=lambda r: self._utc(r.at), reverse=True)
        return merged if limit is None else merged[:limit]

    def day_bounds(self, day: date) -> tuple[datetime, datetime]:
        """The local day as an aware ``[start, end)``; 23 or 25 hours long on DST days."""
        return self._midnight(day), self._midnight(day + timedelta(days=1))

    def local_date(self, at: datetime) -> date:
        """The local calendar day ``at`` falls on."""
        return self._aware(at).astimezone(self.tz).date()

    def _midnight(self, day: date) -> datetime:
        return datetime.combine(day, time(), tzinfo=self.tz)

    # -- helpers --------------------------------------------------------------------

    def _rows(self, sql: str, params: Sequence[Any]) -> list[tuple[Any, ...]]:
        """Rows from the database; none (and a log line) while it can't be read."""
        conn = self._conn
        if conn is None:
            return []
        try:
            conn.execute(f"PRAGMA busy_timeout={READ_BUSY_MS:d}")
            return list(conn.execute(sql, tuple(params)).fetchall())
        except sqlite3.OperationalError as err:
            log.warning("history read failed (%s); showing queued records only", err)
            return []

    def _queued_exercises(self) -> list[ExerciseRecord]:
        return [r for r in self.pending.records if isinstance(r, ExerciseRecord)]

    def _queued_breaks(self) -> list[BreakRecord]:
        return [r for r in self.pending.records if isinstance(r, BreakRecord)]

    def _aware(self, at: datetime) -> datetime:
        """Records are meant to carry aware datetimes; a naive one is taken as local time."""
        return at if at.tzinfo is not None else at.replace(tzinfo=self.tz)

    def _utc(self, at: datetime) -> float:
        return self._aware(at).timestamp()

    def _within(self, at: datetime, start: datetime | None, end: datetime | None) -> bool:
        t = self._utc(at)
        return (start is None or t >= self._utc(start)) and (end is None or t < self._utc(end))

    def _range(self, start: datetime | None, end: datetime | None) -> tuple[str, tuple[float, ...]]:
        clauses: list[str] = []
        params: list[float] = []
        if start is not None:
            clauses.append("at_utc >= ?")
            params.append(self._utc(start))
        if end is not None:
            clauses.append("at_utc < ?")
            params.append(self._utc(end))
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        return where, tuple(params)


def _done(record: ExerciseRecord) -> bool:
    return Outcome(record.outcome).value in DONE_OUTCOMES


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
