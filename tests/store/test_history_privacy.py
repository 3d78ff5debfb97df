"""The history holds pain reports: owner-only folders and files, and fixed at start.

``history.sqlite3`` was created 0644 in a 0755 folder. Now the
data and config folders are 0700, the database, its ``-wal``/``-shm``, the journal of
queued records and the settings file 0600, whatever the umask; looser existing ones
are tightened when backbreak opens them.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import pytest

from backbreak.domain.history import ExerciseRecord, Outcome
from backbreak.domain.settings import Settings
from backbreak.store import paths
from backbreak.store.history import HistoryStore, open_history
from backbreak.store.history_queue import journal_path
from backbreak.store.settings_file import load_settings, save_settings

StoreClock = Any  # tests/store/conftest.py

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask() -> Any:
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_new_history_is_private(open_umask: Any, store_clock: StoreClock, hold_lock: Any) -> None:
    path = paths.history_file()
    store, _ = open_history(path, clock=store_clock)
    store.record_exercise(ExerciseRecord("cat-camel", Outcome.DONE, store_clock.now()))
    assert _mode(path.parent) == 0o700
    for name in (path.name, path.name + "-wal", path.name + "-shm"):
        assert _mode(path.with_name(name)) == 0o600, name
    hold_lock(path, "write")
    store.record_exercise(ExerciseRecord("cat-camel", Outcome.DONE, store_clock.now()))
    assert _mode(journal_path(path)) == 0o600


def test_existing_loose_history_is_tightened_at_start(open_umask: Any) -> None:
    path = paths.history_file()
    HistoryStore.open(path).close()
    os.chmod(path.parent, 0o755)
    os.chmod(path, 0o644)
    store, problems = open_history(path)
    assert problems == []
    assert (_mode(path.parent), _mode(path)) == (0o700, 0o600)
    store.close()


def test_settings_folder_and_file_are_private(open_umask: Any) -> None:
    path = paths.settings_file()
    save_settings(Settings(), path)
    assert (_mode(path.parent), _mode(path)) == (0o700, 0o600)
    os.chmod(path.parent, 0o755)
    save_settings(Settings(snooze_minutes=9), path)
    assert _mode(path.parent) == 0o700


def test_existing_loose_settings_are_tightened_at_start(open_umask: Any) -> None:
    path = paths.settings_file()
    path.parent.mkdir(mode=0o755)
    path.write_text("{}")
    os.chmod(path, 0o644)
    load_settings(path)
    assert (_mode(path.parent), _mode(path)) == (0o700, 0o600)
