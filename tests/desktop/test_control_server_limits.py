"""The control socket survives running out of file descriptors, and can't be hogged.

QLocalServer closes itself and removes the socket file when ``accept`` fails; then
``status`` said "not running" while the app ran, and a second instance could start.
"""

from __future__ import annotations

import contextlib
import os
import select
import socket
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from backbreak.desktop import single_instance as si

pytestmark = pytest.mark.skipif(os.name != "posix", reason="Unix domain sockets")


@pytest.fixture
def name(tmp_path: Path) -> str:
    directory = tmp_path / "run"
    directory.mkdir(mode=0o700)
    return si.server_name(directory)


def connect(name: str) -> socket.socket:
    client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    client.connect(name)
    client.setblocking(False)
    return client


def reply_of(qtbot: Any, client: socket.socket, timeout: int = 3000) -> dict[str, Any]:
    buf = b""

    def answered() -> bool:
        nonlocal buf
        with contextlib.suppress(BlockingIOError):
            buf += client.recv(65536)
        return b"\n" in buf

    qtbot.waitUntil(answered, timeout=timeout)
    return si.decode(buf.split(b"\n", 1)[0])


def closed_by_server(qtbot: Any, client: socket.socket, timeout: int = 3000) -> None:
    def eof() -> bool:
        try:
            return client.recv(1) == b""
        except BlockingIOError:
            return False
        except ConnectionResetError:
            return True

    qtbot.waitUntil(eof, timeout=timeout)


WORKER = textwrap.dedent(
    """
    import os, sys
    from PySide6.QtCore import QCoreApplication, QTimer
    from backbreak.desktop import control_server, single_instance as si

    control_server.ACCEPT_RETRY_MS = 20
    app = QCoreApplication([])
    server = si.ControlServer(lambda r: si.reply(True, "ok"))
    assert server.listen(sys.argv[1])
    held = []

    def exhaust():
        while True:
            try:
                held.append(os.open(os.devnull, os.O_RDONLY))
            except OSError:
                break
        print("exhausted", flush=True)

    def watch():
        # The accept failed (EMFILE) once the server pauses accepting.
        if held and not server._notifier.isEnabled():
            print("paused", flush=True)
            while held:
                os.close(held.pop())
        elif held:
            QTimer.singleShot(5, watch)

    QTimer.singleShot(0, exhaust)
    QTimer.singleShot(0, watch)
    QTimer.singleShot(20000, app.quit)
    app.exec()
    """
)


def read_line(proc: subprocess.Popen[str], timeout: float = 10) -> str:
    assert proc.stdout is not None
    ready, _, _ = select.select([proc.stdout], [], [], timeout)
    assert ready, "the worker said nothing"
    return proc.stdout.readline().strip()


def test_an_accept_error_keeps_the_socket_file(name: str) -> None:
    """Out of descriptors in the app: accept fails, the socket file stays, and the
    waiting client is answered once descriptors are free (in a worker process, so
    the test process keeps its own descriptors)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path), "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen(
        [sys.executable, "-c", WORKER, name], stdout=subprocess.PIPE, text=True, env=env
    )
    try:
        assert read_line(proc) == "exhausted"
        client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        client.settimeout(10)
        client.connect(name)
        client.sendall(si.encode(si.request("status")))
        assert read_line(proc) == "paused"
        assert Path(name).exists(), "the socket file must stay"
        buf = b""
        while b"\n" not in buf:
            chunk = client.recv(4096)
            assert chunk, "closed without an answer"
            buf += chunk
        assert si.decode(buf.split(b"\n")[0])["message"] == "ok"
        client.close()
        assert si.accepts_connections(name)
    finally:
        proc.kill()
        proc.wait(10)


def test_clients_beyond_the_cap_are_told_busy(qtbot: Any, name: str) -> None:
    server = si.ControlServer(lambda r: si.reply(True, "ok"), max_clients=2)
    assert server.listen(name)
    try:
        quiet = [connect(name), connect(name)]
        qtbot.waitUntil(lambda: server.client_count == 2, timeout=3000)
        extra = connect(name)
        answer = reply_of(qtbot, extra)
        assert not answer["ok"] and "busy" in answer["message"]
        for client in quiet:
            client.close()
        qtbot.waitUntil(lambda: server.client_count == 0, timeout=3000)
        late = connect(name)
        late.sendall(si.encode(si.request("status")))
        assert reply_of(qtbot, late)["ok"]
        late.close()
        extra.close()
    finally:
        server.close()


def test_an_idle_client_is_closed(qtbot: Any, name: str) -> None:
    server = si.ControlServer(lambda r: si.reply(True, "ok"), idle_timeout_ms=50)
    assert server.listen(name)
    try:
        idle = connect(name)
        qtbot.waitUntil(lambda: server.client_count == 1, timeout=3000)
        closed_by_server(qtbot, idle)
        qtbot.waitUntil(lambda: server.client_count == 0, timeout=3000)
        idle.close()
    finally:
        server.close()


def test_close_removes_only_our_socket_and_frees_the_lock(qtbot: Any, name: str) -> None:
    server = si.ControlServer(lambda r: si.reply(True, "ok"))
    assert server.listen(name)
    server.close()
    assert not Path(name).exists()
    lock = si.InstanceLock.acquire(si.lock_path(name))
    assert lock is not None
    lock.release()


CHURN = textwrap.dedent(
    """
    import gc, os, socket, sys
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
    from backbreak.desktop import single_instance as si

    app = QCoreApplication([])

    def pump(ms):
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    for _ in range(20):
        server = si.ControlServer(lambda r: si.reply(True, "ok"))
        assert server.listen(sys.argv[1])
        client = socket.socket(socket.AF_UNIX)
        client.connect(sys.argv[1])
        client.sendall(si.encode(si.request("status")))
        pump(20)
        client.recv(100)
        client.close()
        app.processEvents()  # the disconnect arrives; its deferred delete not yet
        server.close()
        del server
        gc.collect()
        pump(5)
    print("done", flush=True)
    """
)


def test_a_server_dropped_right_after_a_client_left_does_not_crash(name: str) -> None:
    """A connection deleted later must not also go with its destroyed server."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", CHURN, name], capture_output=True, text=True, env=env, timeout=60
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "done"
