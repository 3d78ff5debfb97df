"""``backbreak skip`` with a write-locked history: answered at once, and recorded.

The skip used to wait 5 s in the GUI thread and
then lose the record while answering "Skipped.". Here a real process holds a write
lock on a real history; the app's retry timer (``_retry_history_writes``) writes the
queued record once the lock is gone.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from backbreak.store import history
from backbreak.store.history import HistoryStore

HOLDER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
sys.stdin.readline()
"""


def test_skip_with_a_locked_history_lands_later(
    make_rig: Any, due: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(history, "RETRY_FIRST", 0.01)
    path = tmp_path / "history.sqlite3"
    store = HistoryStore.open(path)
    rig = make_rig(history=store)
    rig.driver.make_due(due)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        started = time.monotonic()
        answer = rig.app.handle({"cmd": "skip"})
        assert time.monotonic() - started < 1.0
        assert answer["ok"] and answer["message"] == "Skipped."
        assert store.breaks_between()[-1].event.value == "skipped"
        assert store.pending
    finally:
        holder.kill()
        holder.wait()
    qtbot.waitUntil(lambda: not store.pending, timeout=5000)
    store.close()
    reopened = HistoryStore.open(path)
    assert [r.event.value for r in reopened.breaks_between()][-1] == "skipped"
    reopened.close()
    assert rig.windows.messages == [], "it landed within seconds: nothing to tell"
