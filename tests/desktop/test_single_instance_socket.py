"""One instance per user: a second server can't take the socket, a client's command
reaches the first, a stale socket is recovered, and the socket is private."""

from __future__ import annotations

import os
import socket
import stat
import threading
from pathlib import Path
from typing import Any

import pytest

from backbreak.desktop import single_instance as si

pytestmark = pytest.mark.skipif(os.name != "posix", reason="Unix domain sockets")


@pytest.fixture
def sock_name(tmp_path: Path) -> str:
    directory = tmp_path / "rt"
    directory.mkdir(mode=0o700)
    return si.server_name(directory)


def call_in_thread(qtbot: Any, req: dict[str, Any], name: str) -> dict[str, Any]:
    """The client blocks, so it runs beside the Qt event loop that serves it."""
    out: dict[str, Any] = {}

    def work() -> None:
        try:
            out["reply"] = si.send_request(req, name, timeout=5)
        except Exception as err:
            out["error"] = err

    thread = threading.Thread(target=work)
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=5000)
    if "error" in out:
        raise out["error"]
    return out["reply"]  # type: ignore[no-any-return]


def test_command_reaches_the_running_instance(qtbot: Any, sock_name: str) -> None:
    seen: list[dict[str, Any]] = []

    def handler(req: dict[str, Any]) -> dict[str, Any]:
        seen.append(req)
        return si.reply(True, "snoozed", minutes=req["args"]["minutes"])

    server = si.ControlServer(handler)
    assert server.listen(sock_name)
    answer = call_in_thread(qtbot, si.request("snooze", minutes=10), sock_name)
    assert answer == {
        "v": 1,
        "ok": True,
        "code": 0,
        "message": "snoozed",
        "data": {"minutes": 10},
    }
    assert seen == [{"cmd": "snooze", "args": {"minutes": 10}}]
    server.close()


def test_second_server_does_not_take_over(qtbot: Any, sock_name: str) -> None:
    """A second launch must not steal the socket: it forwards instead (no second icon)."""
    first = si.ControlServer(lambda r: si.reply(True, "first"))
    assert first.listen(sock_name)
    second = si.ControlServer(lambda r: si.reply(True, "second"))
    assert not second.listen(sock_name)
    assert call_in_thread(qtbot, si.request("activate"), sock_name)["message"] == "first"
    first.close()


def test_stale_socket_is_recovered(qtbot: Any, sock_name: str) -> None:
    """After a crash the socket file stays; nobody answers, so the next start takes it."""
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(sock_name)
    stale.close()
    assert Path(sock_name).exists()
    assert not si.accepts_connections(sock_name)
    server = si.ControlServer(lambda r: si.reply(True, "fresh"))
    assert server.listen(sock_name)
    assert call_in_thread(qtbot, si.request("status"), sock_name)["message"] == "fresh"
    server.close()


def test_no_instance_raises_not_running(sock_name: str) -> None:
    with pytest.raises(si.NotRunning):
        si.send_request(si.request("status"), sock_name, timeout=1)


def test_socket_is_private(qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    monkeypatch.delenv("BACKBREAK_RUNTIME_DIR", raising=False)
    directory = si.runtime_dir()
    assert directory == tmp_path / "backbreak"
    assert stat.S_IMODE(directory.stat().st_mode) == 0o700
    server = si.ControlServer(lambda r: si.reply())
    assert server.listen(si.server_name())
    mode = stat.S_IMODE(os.stat(si.server_name()).st_mode)
    assert mode & 0o077 == 0, oct(mode)
    server.close()


def test_bad_lines_and_versions_get_clear_answers(qtbot: Any, sock_name: str) -> None:
    server = si.ControlServer(lambda r: si.reply(True, "ok"))
    assert server.listen(sock_name)
    old = call_in_thread(qtbot, {"v": 99, "cmd": "status"}, sock_name)
    assert not old["ok"] and old["code"] == 2 and "protocol version" in old["message"]
    ping = call_in_thread(qtbot, si.request("ping"), sock_name)
    assert ping["ok"] and ping["data"]["pid"] == os.getpid()
    server.close()


def test_handler_error_is_reported_not_fatal(qtbot: Any, sock_name: str) -> None:
    def broken(req: dict[str, Any]) -> dict[str, Any]:
        raise RuntimeError("boom")

    server = si.ControlServer(broken)
    assert server.listen(sock_name)
    answer = call_in_thread(qtbot, si.request("status"), sock_name)
    assert not answer["ok"] and "boom" in answer["message"]
    server.close()
