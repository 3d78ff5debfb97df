"""Records the history database can't take yet: kept in memory and in a small journal.

When the database is locked by another program, deleted, or can't be opened, what the
user did must not be lost, and the app must not wait for it. ``PendingWrites`` holds
such records in order, in memory and in ``history.pending.jsonl`` beside the database
(one JSON object a line, appended and fsynced before ``add`` returns, file mode 0600),
so a killed app replays them at its next start. ``HistoryStore`` (history.py) writes
them into the database when it can, skipping any that a crash had already written,
and then ``done(n)`` drops them from both.

Journal changes hold a lock (``file_lock`` on ``.history.pending.lock``) so that another
backbreak process (``backbreak export``, ``backbreak start``) replaying the same journal
can't drop a line this one just appended. A torn last line (a kill mid-append: that
record's ``add`` never returned) is skipped.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from backbreak.domain.history import BreakEvent, BreakRecord, ExerciseRecord, Feeling, Outcome
from backbreak.store.locking import FILE_MODE, file_lock, private_dir, private_file

log = logging.getLogger(__name__)

Record = ExerciseRecord | BreakRecord

JOURNAL_LOCK_WAIT = 1.0
"""Seconds to wait for another process's journal lock before keeping a record in memory only."""


def journal_path(db_path: Path) -> Path:
    """``history.pending.jsonl`` beside ``history.sqlite3`` (not ``-journal``: SQLite's)."""
    stem = db_path.name.removesuffix(".sqlite3")
    return db_path.with_name(f"{stem}.pending.jsonl")


def encode(record: Record) -> dict[str, Any]:
    if isinstance(record, ExerciseRecord):
        return {
            "type": "exercise",
            "exercise_id": record.exercise_id,
            "outcome": Outcome(record.outcome).value,
            "at": record.at.isoformat(),
            "fraction": record.fraction,
            "sets_done": record.sets_done,
            "reps_done": record.reps_done,
            "seconds_done": record.seconds_done,
            "break_id": record.break_id,
            "feeling": None if record.feeling is None else Feeling(record.feeling).value,
            "note": record.note,
        }
    return {
        "type": "break",
        "break_id": record.break_id,
        "event": BreakEvent(record.event).value,
        "at": record.at.isoformat(),
        "kind": record.kind,
        "exercises": list(record.exercises),
        "detail": record.detail,
    }


def decode(data: dict[str, Any]) -> Record:
    """The record ``encode`` wrote; ``ValueError``/``KeyError``/``TypeError`` if it isn't one."""
    at = datetime.fromisoformat(str(data["at"]))
    if data["type"] == "exercise":
        feeling = data.get("feeling")
        break_id = data.get("break_id")
        return ExerciseRecord(
            exercise_id=str(data["exercise_id"]),
            outcome=Outcome(data["outcome"]),
            at=at,
            fraction=float(data["fraction"]),
            sets_done=int(data["sets_done"]),
            reps_done=int(data["reps_done"]),
            seconds_done=float(data["seconds_done"]),
            break_id=None if break_id is None else str(break_id),
            feeling=None if feeling is None else Feeling(feeling),
            note=str(data.get("note", "")),
        )
    if data["type"] == "break":
        return BreakRecord(
            break_id=str(data["break_id"]),
            event=BreakEvent(data["event"]),
            at=at,
            kind=str(data.get("kind", "")),
            exercises=tuple(str(e) for e in data.get("exercises", ())),
            detail=str(data.get("detail", "")),
        )
    raise ValueError(f"unknown record type {data['type']!r}")


class PendingWrites:
    """Records waiting for the database, oldest first; journaled when ``journal`` is set."""

    def __init__(self, journal: Path | None) -> None:
        self.journal = journal
        self.records: list[Record] = []
        self.journal_error: str | None = None
        """Why the last journal write failed (those records are in memory only)."""

    def __len__(self) -> int:
        return len(self.records)

    def __bool__(self) -> bool:
        return bool(self.records)

    def load(self) -> int:
        """Read the journal a previous run left (appending to what is in memory)."""
        if self.journal is None:
            return 0
        with self._locked():
            loaded = list(self._read())
        self.records.extend(loaded)
        return len(loaded)

    def add(self, record: Record) -> bool:
        """Queue ``record``; True once it is on disk in the journal too."""
        self.records.append(record)
        if self.journal is None:
            return False
        line = json.dumps(encode(record), ensure_ascii=False) + "\n"
        try:
            private_dir(self.journal.parent)
            with self._locked():
                fd = os.open(self.journal, os.O_WRONLY | os.O_APPEND | os.O_CREAT, FILE_MODE)
                try:
                    os.write(fd, line.encode("utf-8"))
                    os.fsync(fd)
                finally:
                    os.close(fd)
        except OSError as err:
            self.journal_error = f"{self.journal}: {err.strerror or err}"
            log.warning("could not journal a history record: %s", self.journal_error)
            return False
        self.journal_error = None
        return True

    def done(self, count: int) -> None:
        """The first ``count`` records are in the database: forget them, here and on disk."""
        written, self.records = self.records[:count], self.records[count:]
        if self.journal is None or not written:
            return
        try:
            with self._locked():
                keep = [r for r in self._read() if r not in written]
                self._rewrite(keep)
        except OSError as err:  # replayed at next start; the database skips what it has
            log.warning("could not update %s: %s", self.journal, err)

    # -- the journal file ---------------------------------------------------------

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        assert self.journal is not None
        lock = self.journal.with_name(f".{self.journal.stem}.lock")
        with file_lock(lock, wait=JOURNAL_LOCK_WAIT):
            yield

    def _read(self) -> Iterator[Record]:
        assert self.journal is not None
        try:
            with self.journal.open("rb") as fh:
                lines = fh.read().splitlines()
        except FileNotFoundError:
            return
        private_file(self.journal)
        for number, raw in enumerate(lines, 1):
            if not raw.strip():
                continue
            try:
                yield decode(json.loads(raw))
            except (ValueError, KeyError, TypeError) as err:
                log.warning("%s line %d skipped (%s)", self.journal, number, err)

    def _rewrite(self, keep: list[Record]) -> None:
        assert self.journal is not None
        if not keep:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self.journal)
            return
        tmp = self.journal.with_name(self.journal.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            for record in keep:
                out.write(json.dumps(encode(record), ensure_ascii=False) + "\n")
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, self.journal)
