"""The history database's schema and its migrations (``PRAGMA user_version``).

Each step is a list of SQL statements that turns version N-1 into version N; the
step and the new ``user_version`` commit together, so a crash mid-migration leaves
the previous version intact. A database newer than this code knows is refused
rather than written to (an older backbreak must not damage a newer one's data).

Datetimes are stored twice: ``at`` as the aware ISO-8601 string the app recorded
(the wall clock and UTC offset the user lived), ``at_utc`` as UTC epoch seconds for
range queries; a local day is a ``[start, end)`` range of ``at_utc``, computed with
the time zone's rules, so 23- and 25-hour days around DST changes count correctly.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from backbreak.store.history_messages import schema_too_new

Step = Sequence[str]

STEPS: tuple[Step, ...] = (
    (
        """CREATE TABLE exercise_records (
            id INTEGER PRIMARY KEY,
            exercise_id TEXT NOT NULL,
            outcome TEXT NOT NULL,
            at TEXT NOT NULL,
            at_utc REAL NOT NULL,
            fraction REAL NOT NULL DEFAULT 1.0,
            sets_done INTEGER NOT NULL DEFAULT 0,
            reps_done INTEGER NOT NULL DEFAULT 0,
            seconds_done REAL NOT NULL DEFAULT 0.0,
            break_id TEXT,
            feeling TEXT,
            note TEXT NOT NULL DEFAULT ''
        )""",
        "CREATE INDEX exercise_records_by_id ON exercise_records (exercise_id, at_utc)",
        "CREATE INDEX exercise_records_by_time ON exercise_records (at_utc)",
        """CREATE TABLE break_records (
            id INTEGER PRIMARY KEY,
            break_id TEXT NOT NULL,
            event TEXT NOT NULL,
            at TEXT NOT NULL,
            at_utc REAL NOT NULL,
            kind TEXT NOT NULL DEFAULT '',
            exercises TEXT NOT NULL DEFAULT '[]',
            detail TEXT NOT NULL DEFAULT ''
        )""",
        "CREATE INDEX break_records_by_time ON break_records (at_utc)",
    ),
)
"""STEPS[i] brings a database from user_version i to i + 1."""

SCHEMA_VERSION = len(STEPS)


class SchemaTooNew(RuntimeError):
    """The database was written by a newer backbreak."""


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, steps: Sequence[Step] = STEPS) -> int:
    """Bring ``conn`` (autocommit mode) to ``len(steps)``; returns the version it had."""
    start = schema_version(conn)
    if start > len(steps):
        raise SchemaTooNew(schema_too_new(start, len(steps)))
    for version in range(start, len(steps)):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in steps[version]:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version + 1:d}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    return start
