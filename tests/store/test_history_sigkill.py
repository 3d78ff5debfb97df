"""A session killed mid-run loses no exercise it had recorded.

A real child process records exercises in a tight loop and reports each one after
``record_exercise`` returns; the test SIGKILLs it mid-stream and then checks that
every reported record is in the database (and that the database opens cleanly).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from backbreak.store.history import HistoryStore

CHILD = """
import sys
from datetime import datetime, timezone
from pathlib import Path
from backbreak.domain.history import ExerciseRecord, Outcome
from backbreak.store.history import HistoryStore

store = HistoryStore.open(Path(sys.argv[1]))
print("ready", flush=True)
i = 0
while True:
    store.record_exercise(ExerciseRecord("cat-camel", Outcome.DONE,
                                         datetime.now(timezone.utc), reps_done=i))
    print(i, flush=True)
    i += 1
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_loses_no_committed_exercise(tmp_path: Path) -> None:
    """Every record_exercise that returned is on disk after a SIGKILL."""
    path = tmp_path / "history.sqlite3"
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path)],
        stdout=subprocess.PIPE,
        text=True,
        env=os.environ.copy(),
    )
    assert child.stdout is not None
    try:
        assert child.stdout.readline().strip() == "ready"
        acknowledged = [int(child.stdout.readline()) for _ in range(40)]
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGKILL
    store = HistoryStore.open(path)
    stored = [r.reps_done for r in store.exercises_between()]
    store.close()
    assert acknowledged == list(range(40))
    assert stored[: len(acknowledged)] == acknowledged
    assert stored == list(range(len(stored))), "no gaps, no duplicates"
