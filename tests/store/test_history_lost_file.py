"""A history deleted (or replaced) while the app runs is recreated; nothing is lost.

After the file was deleted, SQLite went on writing into the
unlinked file, and every later record vanished with it. Before each write the store
checks that the file at the path is the one it opened (device and inode), and when it
is not, it starts writing to a new file there (the old one's stale ``-wal``/``-shm``
are not paired with it) and tells the user.
"""

from __future__ import annotations

import os
import shutil
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from backbreak.domain.history import ExerciseRecord, Outcome
from backbreak.store.history import HistoryStore

StoreClock = Any  # tests/store/conftest.py


def _names(path: Path) -> list[str]:
    store = HistoryStore.open(path)
    try:
        return [r.exercise_id for r in store.exercises_between()]
    finally:
        store.close()


@pytest.mark.parametrize("what", ["file", "file-and-wal", "folder"])
def test_deleted_history_is_recreated_with_later_records(
    tmp_path: Path, store_clock: StoreClock, what: str
) -> None:
    path = tmp_path / "data" / "history.sqlite3"
    store = HistoryStore.open(path, clock=store_clock)
    notices: list[str] = []
    store.connect_retry(lambda _s: None, notices.append)
    store.record_exercise(ExerciseRecord("prone-lying", Outcome.DONE, store_clock.now()))
    if what == "folder":
        shutil.rmtree(path.parent)
    else:
        path.unlink()
        if what == "file-and-wal":
            for suffix in ("-wal", "-shm"):
                path.with_name(path.name + suffix).unlink(missing_ok=True)
    later = store_clock.now() + timedelta(minutes=5)
    store.record_exercise(ExerciseRecord("cat-camel", Outcome.DONE, later))
    assert not store.pending
    assert path.exists()
    assert _names(path) == ["cat-camel"]
    (notice,) = notices
    assert "deleted" in notice and str(path) in notice
    store.close()


def test_replaced_history_is_written_to_the_new_file(
    tmp_path: Path, store_clock: StoreClock
) -> None:
    """E.g. a backup restored with ``mv``: later records go into the file now there."""
    path = tmp_path / "history.sqlite3"
    backup = tmp_path / "backup.sqlite3"
    old = HistoryStore.open(backup)
    old.record_exercise(ExerciseRecord("from-backup", Outcome.DONE, store_clock.now()))
    old.close()
    store = HistoryStore.open(path, clock=store_clock)
    store.record_exercise(ExerciseRecord("lost-with-the-old-file", Outcome.DONE, store_clock.now()))
    os.replace(backup, path)
    store.record_exercise(ExerciseRecord("cat-camel", Outcome.DONE, store_clock.now()))
    store.close()
    assert _names(path) == ["from-backup", "cat-camel"]
