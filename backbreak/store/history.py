"""The history: every break and every exercise outcome, in SQLite (stdlib, WAL).

``HistoryStore`` is the app's ``OutcomeRecorder`` (the session writes through it as
each exercise ends) and ``HistoryReader`` (the planner rebuilds its cadences from
it). Every write is its own committed transaction with ``synchronous=FULL``, so an
exercise the session recorded survives the process being killed right after.

Nothing recorded is lost, and recording never makes the app wait:

* Writes don't wait for locks (``busy_timeout`` 0). A record the database can't take
  now (another program holds a lock, the file can't be opened) is queued in memory
  and in a journal file beside the database (backbreak/store/history_queue.py), and
  ``retry`` writes the queue when it can. The app calls ``connect_retry`` with two
  plain callbacks: one to run ``retry`` after a delay (a QTimer; the delay backs off
  from 1 s to 30 s), one to tell the user, only when records have waited for
  ``STUCK_AFTER`` (and again when they landed). The journal is replayed at the next
  open, so a kill loses nothing. Reads include queued records (today's counts); they
  live in backbreak/store/history_reads.py.
* Before each write the file is checked to be the one that was opened (device and
  inode): a history deleted or replaced while the app runs is recreated, and the
  write goes into the new file, never into a deleted one.
* Opening (``open_history``): only a file SQLite says is not a database, or one that
  fails ``PRAGMA integrity_check``, is moved aside. A locked or busy database is
  waited for with backoff, then used as soon as it is free; until then records queue.
* The data folder is 0700 and the database, its ``-wal``/``-shm`` and the journal are
  0600 (pain reports are health data); looser existing ones are tightened at open.

Local days are computed in the store's time zone: the one it is given, else the zone
of the injected clock's ``now()`` (``backbreak.clock.local_zone()`` for the system
clock), never the C library's. See backbreak/store/history_schema.py for how
datetimes are stored.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sqlite3
import time as _time
from collections.abc import Callable, Sequence
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any

from backbreak.clock import Clock, SystemClock
from backbreak.domain.history import (
    BreakEvent,
    BreakRecord,
    ExerciseRecord,
    Feeling,
    Outcome,
)
from backbreak.store import history_messages as say
from backbreak.store.history_queue import PendingWrites, Record, journal_path
from backbreak.store.history_reads import HistoryReads
from backbreak.store.history_schema import SchemaTooNew, migrate
from backbreak.store.locking import private_dir, private_file

log = logging.getLogger(__name__)

MEMORY = ":memory:"

RETRY_FIRST = 1.0
RETRY_MAX = 30.0
STUCK_AFTER = 120.0
"""Seconds records may wait for the database before the user is told."""
OPEN_BACKOFF = (0.1, 0.2, 0.4, 0.8)
"""Waits between attempts to open a locked history at start (about 1.5 s in all)."""

_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_CORRUPT, _SQLITE_NOTADB = 5, 6, 11, 26

ScheduleRetry = Callable[[float], None]
Notify = Callable[[str], None]


class HistoryStore(HistoryReads):
    """Breaks and exercise outcomes; implements OutcomeRecorder and, through
    ``HistoryReads``, HistoryReader."""

    def __init__(
        self,
        conn: sqlite3.Connection | None,
        tz: tzinfo | None = None,
        *,
        path: Path | None = None,
        clock: Clock | None = None,
    ) -> None:
        self._conn = conn
        self._tz = tz
        self._clock: Clock = clock or SystemClock()
        self.path = path
        """The database file; None for a store in memory."""
        self._identity: tuple[int, int] | None = None
        self.pending = PendingWrites(journal_path(path) if path is not None else None)
        self._schedule: ScheduleRetry | None = None
        self._notify: Notify | None = None
        self._failures = 0
        self._next_try = 0.0
        self._stuck_since: float | None = None
        self._told_stuck = False
        self.last_error: str | None = None
        """Why the last write attempt failed, if it did."""

    @classmethod
    def open(
        cls, path: Path | str, *, tz: tzinfo | None = None, clock: Clock | None = None
    ) -> HistoryStore:
        """Open (creating and migrating as needed) the database at ``path``.

        Records a previous run left in the journal are replayed (written now when the
        database takes them, else kept queued). Raises ``SchemaTooNew`` for a database
        from a newer backbreak, ``sqlite3.DatabaseError`` for a file that is not a
        database or can't be opened now (locked), ``OSError`` for a folder that can't
        be made; ``open_history`` turns these into a fallback and a message.
        """
        if str(path) == MEMORY:
            return cls(_connect(MEMORY), tz, clock=clock)
        store = cls(None, tz, path=Path(path), clock=clock)
        store._open_file()
        store._replay_journal()
        return store

    @classmethod
    def waiting(
        cls, path: Path, *, tz: tzinfo | None = None, clock: Clock | None = None
    ) -> HistoryStore:
        """A store for a database that can't be opened yet: records queue (and are
        journaled) until ``retry`` manages to open it."""
        store = cls(None, tz, path=path, clock=clock)
        store._replay_journal()
        return store

    def close(self) -> None:
        """Write what is queued if the database takes it now (else it stays journaled)."""
        if self.pending:
            self._flush()
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    # -- writing ------------------------------------------------------------------

    def record_exercise(self, record: ExerciseRecord) -> None:
        """Store one exercise's outcome: committed, or queued and journaled, on return."""
        self._record(record)

    def record_break(self, record: BreakRecord) -> None:
        """Store one event in a break's life: committed, or queued and journaled."""
        self._record(record)

    def _record(self, record: Record) -> None:
        if self.pending:
            self._flush()
        if not self.pending and self._write([record], replay=False):
            return
        journaled = self.pending.add(record)
        self._failed()
        if not journaled and self.path is not None:
            raise OSError(
                say.not_journaled(
                    self.last_error or "", self.pending.journal, self.pending.journal_error or ""
                )
            )

    def connect_retry(self, schedule: ScheduleRetry, notify: Notify) -> None:
        """Let the app run ``retry`` after ``schedule(seconds)`` and show ``notify(text)``.

        Keeps Qt out of the store: the app wires a single-shot QTimer to ``retry``.
        """
        self._schedule = schedule
        self._notify = notify
        if self.pending:
            schedule(0.0)

    def retry(self) -> bool:
        """Write what is queued, if it is time to try again; True when nothing is left."""
        if not self.pending:
            return True
        now = self._clock.monotonic()
        if now < self._next_try:
            self._ask_retry(self._next_try - now)
            return False
        return self._flush()

    def _flush(self) -> bool:
        count = len(self.pending)
        if self._write(self.pending.records, replay=True):
            self.pending.done(count)
            self._recovered(count)
            return True
        self._failed()
        return False

    def _failed(self) -> None:
        now = self._clock.monotonic()
        if self._stuck_since is None:
            self._stuck_since = now
        delay = min(RETRY_FIRST * 2**self._failures, RETRY_MAX)
        self._failures += 1
        self._next_try = now + delay
        if not self._told_stuck and now - self._stuck_since >= STUCK_AFTER:
            self._told_stuck = True
            waiting = len(self.pending)
            self._tell(say.stuck(self.last_error or "", waiting, self.pending.journal))
        self._ask_retry(delay)

    def _recovered(self, count: int) -> None:
        if self._told_stuck:
            self._tell(say.recovered(count))
        self._failures = 0
        self._next_try = 0.0
        self._stuck_since = None
        self._told_stuck = False
        self.last_error = None

    def _ask_retry(self, delay: float) -> None:
        if self._schedule is not None:
            self._schedule(max(0.0, delay))

    def _tell(self, text: str) -> None:
        log.warning("%s", text)
        if self._notify is not None:
            self._notify(text)

    def _write(self, records: Sequence[Record], *, replay: bool) -> bool:
        """Insert ``records`` in one transaction; False (and ``last_error``) if it can't."""
        try:
            conn = self._writable()
            conn.execute("PRAGMA busy_timeout=0")
            conn.execute("BEGIN IMMEDIATE")
            try:
                for record in records:
                    _insert(conn, record, self._aware(record.at), skip_existing=replay)
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
        except (sqlite3.Error, OSError, SchemaTooNew) as err:
            self.last_error = _describe(err)
            log.info("history write deferred: %s", self.last_error)
            return False
        return True

    def _writable(self) -> sqlite3.Connection:
        """The connection to the file that is at ``path`` now (reopened or recreated)."""
        if self.path is None:
            assert self._conn is not None
            return self._conn
        if self._conn is not None and _identity(self.path) != self._identity:
            self._file_lost()
        if self._conn is None:
            self._open_file()
        assert self._conn is not None
        return self._conn

    def _file_lost(self) -> None:
        """The file we write to was deleted or replaced: start writing to what is there."""
        assert self.path is not None and self._conn is not None
        missing = _identity(self.path) is None
        with contextlib.suppress(sqlite3.Error):
            self._conn.close()
        self._conn = None
        # The old file's -wal/-shm (SQLite leaves them when its file was unlinked) must
        # not be paired with a new database.
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(OSError):
                os.unlink(self.path.with_name(self.path.name + suffix))
        self._tell(say.file_lost(self.path, missing=missing))

    def _open_file(self) -> None:
        assert self.path is not None
        private_dir(self.path.parent)
        if not self.path.exists():
            with contextlib.suppress(FileExistsError):
                os.close(os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        for name in (self.path.name, self.path.name + "-wal", self.path.name + "-shm"):
            private_file(self.path.with_name(name))
        conn = _connect(str(self.path))
        self._identity = _identity(self.path)
        self._conn = conn

    def _replay_journal(self) -> None:
        if self.pending.load():
            log.info("replaying %d journaled history record(s)", len(self.pending))
            self._flush()


def _connect(target: str) -> sqlite3.Connection:
    conn = sqlite3.connect(target, isolation_level=None, timeout=0)
    try:
        conn.execute("PRAGMA busy_timeout=0")
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        migrate(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def _insert(conn: sqlite3.Connection, record: Record, at: datetime, *, skip_existing: bool) -> None:
    """One row; with ``skip_existing``, not if an identical row is there (a journal
    replayed after a crash between the database commit and the journal update)."""
    if isinstance(record, ExerciseRecord):
        table = "exercise_records"
        values: dict[str, Any] = {
            "exercise_id": record.exercise_id,
            "outcome": Outcome(record.outcome).value,
            "at": at.isoformat(),
            "at_utc": at.timestamp(),
            "fraction": float(record.fraction),
            "sets_done": int(record.sets_done),
            "reps_done": int(record.reps_done),
            "seconds_done": float(record.seconds_done),
            "break_id": record.break_id,
            "feeling": Feeling(record.feeling).value if record.feeling is not None else None,
            "note": record.note,
        }
    else:
        table = "break_records"
        values = {
            "break_id": record.break_id,
            "event": BreakEvent(record.event).value,
            "at": at.isoformat(),
            "at_utc": at.timestamp(),
            "kind": record.kind,
            "exercises": json.dumps(list(record.exercises)),
            "detail": record.detail,
        }
    columns = ", ".join(values)
    marks = ", ".join("?" for _ in values)
    params = tuple(values.values())
    if not skip_existing:
        conn.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", params)
        return
    same = " AND ".join(f"{c} IS ?" for c in values)
    conn.execute(
        f"INSERT INTO {table} ({columns}) SELECT {marks} "
        f"WHERE NOT EXISTS (SELECT 1 FROM {table} WHERE {same})",
        params + params,
    )


def _error_code(err: sqlite3.Error) -> int | None:
    code = getattr(err, "sqlite_errorcode", None)  # Python 3.11+
    if isinstance(code, int):
        return code & 0xFF
    text = str(err).lower()
    if "locked" in text or "busy" in text:
        return _SQLITE_BUSY
    if "not a database" in text:
        return _SQLITE_NOTADB
    if "malformed" in text:
        return _SQLITE_CORRUPT
    return None


def _describe(err: BaseException) -> str:
    if isinstance(err, OSError):
        return f"{err.filename or ''}: {err.strerror or err}".lstrip(": ")
    if isinstance(err, sqlite3.Error) and _error_code(err) in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return say.locked()
    return str(err)


def _is_busy(err: sqlite3.Error) -> bool:
    return _error_code(err) in (_SQLITE_BUSY, _SQLITE_LOCKED)


def _is_damaged(path: Path, err: sqlite3.Error) -> bool:
    """True only for a file SQLite says is not a database, or that fails its integrity
    check; a busy file, or one the check can't run on, is not damaged."""
    code = _error_code(err)
    if code == _SQLITE_NOTADB:
        return True
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=0)
    except sqlite3.Error:
        return False
    try:
        result = conn.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.DatabaseError as check_err:
        return _error_code(check_err) in (_SQLITE_NOTADB, _SQLITE_CORRUPT)
    finally:
        conn.close()
    return result != [("ok",)]


def open_history(
    path: Path,
    *,
    tz: tzinfo | None = None,
    clock: Clock | None = None,
    sleep: Callable[[float], None] = _time.sleep,
) -> tuple[HistoryStore, list[str]]:
    """Open the history for the app: never fails, and says what went wrong.

    * Locked or busy (another program holds a lock): wait and retry (``OPEN_BACKOFF``);
      still locked, the store starts waiting (records queue and are journaled, and the
      app's retry timer opens the file once it is free), and the message says so.
    * Not a database (``SQLITE_NOTADB``) or failing ``PRAGMA integrity_check``: moved
      aside as ``<name>.bad-<timestamp>`` (never deleted) and a new history is started.
    * Any other error (a folder or file we may not write, a full disk): the file is
      left alone, records queue as above, and the message says why.
    * From a newer backbreak: left untouched; this session records into memory only.
    """
    err: BaseException | None = None
    for delay in (*OPEN_BACKOFF, None):
        try:
            return HistoryStore.open(path, tz=tz, clock=clock), []
        except SchemaTooNew as too_new:
            return HistoryStore.open(MEMORY, tz=tz, clock=clock), [
                say.too_new_in_memory(path, str(too_new))
            ]
        except sqlite3.DatabaseError as db_err:
            err = db_err
            if not _is_busy(db_err):
                break
        except OSError as os_err:
            err = os_err
            break
        if delay is not None:
            sleep(delay)
    assert err is not None
    if isinstance(err, sqlite3.DatabaseError) and not _is_busy(err) and _is_damaged(path, err):
        return _start_over(path, err, tz, clock)
    store = HistoryStore.waiting(path, tz=tz, clock=clock)
    store.last_error = _describe(err)
    return store, [say.cannot_open(path, store.last_error)]


def _start_over(
    path: Path, err: sqlite3.DatabaseError, tz: tzinfo | None, clock: Clock | None
) -> tuple[HistoryStore, list[str]]:
    from backbreak.store.settings_file import aside_path

    aside = aside_path(path, "bad", (clock or SystemClock()).now())
    try:
        os.replace(path, aside)
        for suffix in ("-wal", "-shm"):
            extra = path.with_name(path.name + suffix)
            if extra.exists():
                os.replace(extra, aside.with_name(aside.name + suffix))
    except OSError as move_err:
        return HistoryStore.open(MEMORY, tz=tz, clock=clock), [
            say.damaged_not_moved(path, str(err), move_err.strerror or str(move_err))
        ]
    try:
        store = HistoryStore.open(path, tz=tz, clock=clock)
    except (sqlite3.Error, OSError) as again:
        store = HistoryStore.waiting(path, tz=tz, clock=clock)
        store.last_error = _describe(again)
    return store, [say.damaged_moved(path, str(err), aside)]
