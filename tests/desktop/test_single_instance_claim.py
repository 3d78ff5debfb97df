"""Two launches at the same moment leave exactly one instance.

Looking for a live socket, then binding it, was a race: in 3 of 30 rounds both
launches saw no socket and both became the instance. The claim is now an ``flock``
held for the life of the process, then the socket.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from backbreak.desktop import single_instance as si

pytestmark = pytest.mark.skipif(os.name != "posix", reason="flock and Unix sockets")

ROUNDS = 30

WORKER = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QCoreApplication
    from backbreak.desktop.single_instance import ControlServer, reply

    app = QCoreApplication([])
    name = sys.argv[1]
    print("ready", flush=True)
    server = None
    for line in sys.stdin:
        if line.strip() == "claim":
            server = ControlServer(lambda r: reply(True, "hi"))
            print("won" if server.listen(name) else "lost", flush=True)
        elif line.strip() == "release":
            if server is not None:
                server.close()
            server = None
            print("released", flush=True)
    """
)


def start_worker(name: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path), "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen(
        [sys.executable, "-c", WORKER, name],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    return proc


def say(proc: subprocess.Popen[str], line: str) -> None:
    assert proc.stdin is not None
    proc.stdin.write(line + "\n")
    proc.stdin.flush()


def hear(proc: subprocess.Popen[str]) -> str:
    assert proc.stdout is not None
    return proc.stdout.readline().strip()


def test_two_simultaneous_claims_make_one_instance(tmp_path: Path) -> None:
    """Two processes claim at the same moment, 30 times: always exactly one wins."""
    directory = tmp_path / "run"
    directory.mkdir(mode=0o700)
    name = si.server_name(directory)
    workers = [start_worker(name), start_worker(name)]
    try:
        for _ in range(ROUNDS):
            for proc in workers:  # both told before either answers
                say(proc, "claim")
            results = sorted(hear(proc) for proc in workers)
            assert results == ["lost", "won"]
            assert si.accepts_connections(name)
            for proc in workers:
                say(proc, "release")
            assert [hear(proc) for proc in workers] == ["released", "released"]
    finally:
        for proc in workers:
            assert proc.stdin is not None
            proc.stdin.close()
            proc.wait(10)


def test_a_claim_in_the_same_process_is_refused_too(qtbot: Any, tmp_path: Path) -> None:
    name = si.server_name(tmp_path)
    first = si.ControlServer(lambda r: si.reply(True, "first"))
    assert first.listen(name)
    second = si.ControlServer(lambda r: si.reply(True, "second"))
    assert not second.listen(name)
    first.close()
    assert second.listen(name), "the lock goes with the instance"
    second.close()


def test_the_lock_dies_with_the_process(tmp_path: Path) -> None:
    """kill -9 leaves the lock file, but not the lock: the next launch claims it."""
    name = si.server_name(tmp_path)
    worker = start_worker(name)
    say(worker, "claim")
    assert hear(worker) == "won"
    assert si.InstanceLock.acquire(si.lock_path(name)) is None
    worker.kill()
    worker.wait(10)
    lock = si.InstanceLock.acquire(si.lock_path(name))
    assert lock is not None
    lock.release()


def test_a_launch_that_lost_hands_over_once_the_winner_listens(qtbot: Any, tmp_path: Path) -> None:
    """The loser retries briefly: the winner may hold the lock but not listen yet."""
    name = si.server_name(tmp_path)
    assert si.hand_over(si.request("status"), name, attempts=2, pause_s=0.01) is None
