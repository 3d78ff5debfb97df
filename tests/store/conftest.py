"""Fixtures for the store tests: running code as an ordinary user, a clock that moves
only when told, and another process holding a lock on a SQLite file.

Root reads every file, so "this file can't be read" can only be tested as someone else.
When the tests run as root (as CI does), ``unprivileged.run(fn, ...)`` forks, drops to
uid/gid 65534 (``nobody``) with no supplementary groups, runs ``fn`` there and hands its
JSON-able result back; as any other user it just calls ``fn`` (its own chmod 000 files
are then unreadable to it already).

Why fork rather than ``setpriv --reuid=65534 ... python``: the interpreter lives under
``/root`` (pyenv, mode 0700 here), which uid 65534 can't even execute; a forked child
already has the interpreter and backbreak's modules loaded before it gives up root.
Everything the child imports lazily is imported here first for the same reason.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

NOBODY = 65534


def _preload() -> None:
    """Import what backbreak imports lazily, while the interpreter's files are readable."""
    import backbreak.cli
    import backbreak.cli.config_cmds
    import backbreak.desktop.single_instance
    import backbreak.domain.settings
    import backbreak.store.history
    import backbreak.store.settings_file  # noqa: F401


@dataclass
class Unprivileged:
    """A folder the unprivileged user owns, and a way to run code as that user."""

    home: Path
    as_root: bool

    def run(self, fn: Callable[..., Any], *args: Any) -> Any:
        if not self.as_root:
            return fn(*args)
        _preload()
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: drop root for good, run, report, never return
            os.close(read_fd)
            try:
                os.setgroups([])
                os.setresgid(NOBODY, NOBODY, NOBODY)
                os.setresuid(NOBODY, NOBODY, NOBODY)
                result = {"ok": fn(*args)}
            except BaseException:
                result = {"error": traceback.format_exc()}
            with os.fdopen(write_fd, "w") as out:
                json.dump(result, out, default=str)
            os._exit(0)
        os.close(write_fd)
        with os.fdopen(read_fd) as inp:
            text = inp.read()
        os.waitpid(pid, 0)
        result = json.loads(text)
        if "error" in result:
            raise AssertionError("in the unprivileged child:\n" + result["error"])
        return result["ok"]

    def give(self, path: Path) -> None:
        """Hand a file or folder made by the test to the unprivileged user."""
        if self.as_root:
            os.chown(path, NOBODY, NOBODY)


@pytest.fixture
def unprivileged(monkeypatch: pytest.MonkeyPatch) -> Iterator[Unprivileged]:
    """``BACKBREAK_CONFIG_DIR`` / ``BACKBREAK_DATA_DIR`` in a folder the user owns."""
    as_root = hasattr(os, "geteuid") and os.geteuid() == 0
    if os.name == "nt":
        pytest.skip("POSIX permissions")
    # Not under tmp_path: pytest's base temp folder is private to the user running it.
    home = Path(tempfile.mkdtemp(prefix="backbreak-perm-"))
    who = Unprivileged(home, as_root)
    who.give(home)
    monkeypatch.setenv("BACKBREAK_CONFIG_DIR", str(home / "config"))
    monkeypatch.setenv("BACKBREAK_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("BACKBREAK_RUNTIME_DIR", str(home / "run"))
    try:
        yield who
    finally:
        shutil.rmtree(home, ignore_errors=True)


# -- the history: a clock to drive retries, and another process holding a lock -----------


class StoreClock:
    """A ``backbreak.clock.Clock`` that moves only when told: wall time in ``zone``, and a
    monotonic reading, so retry backoff and "waiting for minutes" take no real time."""

    def __init__(self, zone: tzinfo, start: datetime | None = None) -> None:
        self.wall = start or datetime(2026, 3, 2, 10, 0, tzinfo=zone)
        self.mono = 1000.0

    def now(self) -> datetime:
        return self.wall

    def monotonic(self) -> float:
        return self.mono

    def advance(self, seconds: float) -> None:
        self.wall += timedelta(seconds=seconds)
        self.mono += seconds


@pytest.fixture
def store_clock() -> StoreClock:
    return StoreClock(ZoneInfo("Europe/Berlin"))


LOCK_HOLDER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
mode = sys.argv[2]
if mode == "exclusive":  # WAL database, exclusive locking mode: readers wait too
    conn.execute("PRAGMA locking_mode=EXCLUSIVE")
    conn.execute("BEGIN EXCLUSIVE")
    conn.execute("CREATE TABLE IF NOT EXISTS other_app (x)")
elif mode == "rollback":  # a rollback-journal file with a write transaction open
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.execute("BEGIN EXCLUSIVE")
    conn.execute("CREATE TABLE IF NOT EXISTS other_app (x)")
else:  # "write": a write transaction; WAL readers go on, writers get SQLITE_BUSY
    conn.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
sys.stdin.readline()
conn.execute("ROLLBACK")
conn.close()
"""


class LockHolder:
    """Another process holding a lock on a SQLite file until ``release``."""

    def __init__(self, path: Path, mode: str) -> None:
        self.child = subprocess.Popen(
            [sys.executable, "-c", LOCK_HOLDER, str(path), mode],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.child.stdout is not None
        assert self.child.stdout.readline().strip() == "locked"

    def release(self) -> None:
        if self.child.poll() is None:
            assert self.child.stdin is not None
            self.child.stdin.write("\n")
            self.child.stdin.flush()
        self.child.wait(timeout=10)

    def kill(self) -> None:
        if self.child.poll() is None:
            self.child.kill()
        self.child.wait()


@pytest.fixture
def hold_lock() -> Iterator[Callable[[Path, str], LockHolder]]:
    """``hold_lock(path, "write" | "exclusive" | "rollback")`` -> a LockHolder."""
    holders: list[LockHolder] = []

    def hold(path: Path, mode: str) -> LockHolder:
        holders.append(LockHolder(path, mode))
        return holders[-1]

    yield hold
    for holder in holders:
        holder.kill()
