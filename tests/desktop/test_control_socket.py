"""The control server's own AF_UNIX connections: whole replies however large, requests
however split, several clients at once, and no QtNetwork in the app or Qt in the CLI."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import textwrap
import threading
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


def in_thread(qtbot: Any, work: Any) -> Any:
    """Run a blocking client beside the Qt event loop that serves it."""
    out: dict[str, Any] = {}

    def run() -> None:
        try:
            out["value"] = work()
        except Exception as err:
            out["error"] = err

    thread = threading.Thread(target=run)
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=10000)
    if "error" in out:
        raise out["error"]
    return out["value"]


def test_a_reply_larger_than_the_socket_buffer_arrives_whole(qtbot: Any, name: str) -> None:
    """The kernel takes a reply in pieces; the rest waits for the client to read."""
    big = "x" * 600_000
    server = si.ControlServer(lambda r: si.reply(True, big))
    assert server.listen(name)

    def slow_client() -> bytes:
        with socket.socket(socket.AF_UNIX) as client:
            client.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
            client.settimeout(5)
            client.connect(name)
            client.sendall(si.encode(si.request("status")))
            buf = b""
            while b"\n" not in buf:
                chunk = client.recv(4096)
                assert chunk, "closed before the reply ended"
                buf += chunk
            return buf

    try:
        raw = in_thread(qtbot, slow_client)
        assert si.decode(raw.split(b"\n")[0])["message"] == big
    finally:
        server.close()


def test_a_request_split_across_writes_is_answered_once(qtbot: Any, name: str) -> None:
    seen: list[str] = []
    server = si.ControlServer(lambda r: (seen.append(r["cmd"]), si.reply(True, "ok"))[1])
    assert server.listen(name)
    line = si.encode(si.request("status"))

    def split_client() -> dict[str, Any]:
        with socket.socket(socket.AF_UNIX) as client:
            client.settimeout(5)
            client.connect(name)
            for byte in line:
                client.send(bytes([byte]))
            return si.decode(client.makefile("rb").readline())

    try:
        assert in_thread(qtbot, split_client)["ok"]
        assert seen == ["status"]
    finally:
        server.close()


def test_several_clients_are_served_at_once(qtbot: Any, name: str) -> None:
    """Clients that connected first and wait don't hold up one that asks."""
    server = si.ControlServer(lambda r: si.reply(True, "ok"))
    assert server.listen(name)
    waiting = [socket.socket(socket.AF_UNIX) for _ in range(3)]
    try:
        for client in waiting:
            client.connect(name)
        qtbot.waitUntil(lambda: server.client_count == 3, timeout=3000)
        answer = in_thread(qtbot, lambda: si.send_request(si.request("status"), name, timeout=5))
        assert answer["ok"]
        for client in waiting:
            client.sendall(si.encode(si.request("ping")))
        replies = in_thread(
            qtbot, lambda: [si.decode(c.makefile("rb").readline()) for c in waiting]
        )
        assert [r["message"] for r in replies] == ["pong"] * 3
    finally:
        for client in waiting:
            client.close()
        server.close()


def test_a_line_over_the_limit_is_refused_and_closed(qtbot: Any, name: str) -> None:
    server = si.ControlServer(lambda r: si.reply(True, "ok"))
    assert server.listen(name)

    def flood() -> bytes:
        with socket.socket(socket.AF_UNIX) as client:
            client.settimeout(5)
            client.connect(name)
            with contextlib.suppress(BrokenPipeError):
                client.sendall(b"x" * (si.MAX_LINE + 10))
            return client.makefile("rb").read()

    try:
        raw = in_thread(qtbot, flood)
        answer = si.decode(raw.split(b"\n")[0])
        assert answer["code"] == 2 and "too long" in answer["message"]
        qtbot.waitUntil(lambda: server.client_count == 0, timeout=3000)
    finally:
        server.close()


PROBE = textwrap.dedent(
    """
    import socket, sys
    from backbreak.desktop.single_instance import request, send_request, NotRunning
    try:
        send_request(request("status"), sys.argv[1], timeout=1)
    except NotRunning:
        pass
    print("cli", any(m.startswith("PySide6") for m in sys.modules))
    from PySide6.QtCore import QCoreApplication
    from backbreak.desktop.single_instance import ControlServer, reply

    app = QCoreApplication([])
    server = ControlServer(lambda r: reply(True, "ok"))
    assert server.listen(sys.argv[1])
    client = socket.socket(socket.AF_UNIX)
    client.connect(sys.argv[1])
    client.sendall(b'{"v": 1, "cmd": "ping", "args": {}}\\n')
    client.setblocking(False)
    answer = b""
    while not answer:
        app.processEvents()
        try:
            answer = client.recv(4096)
        except BlockingIOError:
            pass
    print("network", "PySide6.QtNetwork" in sys.modules)
    """
)


def test_no_qt_for_a_cli_call_and_no_qtnetwork_in_the_app(name: str) -> None:
    """QtNetwork would cost the all-day app about 2.5 MB for a few lines a day."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, name], capture_output=True, text=True, env=env, timeout=60
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split("\n")[:2] == ["cli False", "network False"]


def test_a_client_that_never_reads_its_replies_is_not_read_from(qtbot: Any, name: str) -> None:
    """Requests sent without reading the replies: once its replies back up, the app stops
    reading that client (its sends then block) instead of buffering replies without end."""
    server = si.ControlServer(lambda r: si.reply(True, "ok"))
    assert server.listen(name)
    lines = si.encode(si.request("ping")) * 100
    client = socket.socket(socket.AF_UNIX)
    try:
        client.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        client.connect(name)
        client.setblocking(False)
        stalled = False
        for _ in range(5000):
            try:
                client.send(lines)
                continue
            except BlockingIOError:
                qtbot.wait(100)  # the app has every chance to read on
            try:
                client.send(lines)
            except BlockingIOError:
                stalled = True
                break
        assert stalled, "the app kept reading a client that takes no replies"
        assert server.client_count == 1
    finally:
        client.close()
        server.close()
