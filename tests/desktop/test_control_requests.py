"""The control socket checks what it is sent, with the command line's own rules (#16 point 13).

Before: a 4,000-deep JSON line got no reply (RecursionError), ``snooze`` with -30
minutes answered "Snoozed for -30 min.", and ``"v": true`` passed as version 1.
"""

from __future__ import annotations

import contextlib
import os
import socket
from pathlib import Path
from typing import Any

import pytest

from backbreak.desktop import single_instance as si
from backbreak.desktop.control_requests import (
    MAX_MINUTES,
    RequestError,
    check_args,
    make_request,
    parse_request,
)

pytestmark = pytest.mark.skipif(os.name != "posix", reason="Unix domain sockets")


@pytest.mark.parametrize(
    ("obj", "words"),
    [
        ({"v": True, "cmd": "status"}, "protocol version True is not 1"),
        ({"v": 1.0, "cmd": "status"}, "protocol version 1.0 is not 1"),
        ({"v": 1, "cmd": "snooze", "args": {"minutes": -30}}, "from 1 to 1440 minutes; got -30"),
        ({"v": 1, "cmd": "snooze", "args": {"minutes": True}}, "whole number of minutes"),
        ({"v": 1, "cmd": "snooze", "args": {"minutes": "10"}}, "whole number of minutes"),
        ({"v": 1, "cmd": "pause", "args": {"minutes": 10**9}}, "from 1 to 1440"),
        ({"v": 1, "cmd": "pause", "args": {}}, "one of the two"),
        ({"v": 1, "cmd": "autostart", "args": {"enabled": "yes"}}, "true or false"),
        ({"v": 1, "cmd": "start", "args": {"routine": "../x"}}, "routine id"),
        ({"v": 1, "cmd": "skip", "args": {"force": 1}}, "skip does not take force"),
        ({"v": 1, "cmd": "dance"}, "unknown command 'dance'"),
        ({"v": 1, "cmd": ["status"]}, "cmd must be a command name"),
        ({"v": 1, "cmd": "status", "args": [1]}, "args must be a JSON object"),
        ({"v": 1, "cmd": "status", "extra": 1}, "unknown request fields: extra"),
    ],
)
def test_bad_requests_are_refused_in_words(obj: dict[str, Any], words: str) -> None:
    with pytest.raises(RequestError, match=None) as err:
        parse_request(obj)
    assert words in str(err.value)


def test_good_requests_are_typed() -> None:
    assert parse_request(make_request("snooze", minutes=15)).args == {"minutes": 15}
    assert parse_request(make_request("snooze")).args == {"minutes": None}
    assert check_args("pause", {"tomorrow": True}).args == {"minutes": None, "tomorrow": True}
    assert check_args("pause", {"minutes": MAX_MINUTES}).args["minutes"] == MAX_MINUTES
    assert check_args("start", {"routine": "block-core"}).args == {"routine": "block-core"}


def test_the_cli_refuses_before_sending() -> None:
    with pytest.raises(RequestError):
        si.request("snooze", minutes=-30)


@pytest.fixture
def server(qtbot: Any, tmp_path: Path) -> Any:
    directory = tmp_path / "run"
    directory.mkdir(mode=0o700)
    seen: list[dict[str, Any]] = []

    def handler(req: dict[str, Any]) -> dict[str, Any]:
        seen.append(req)
        return si.reply(True, f"did {req['cmd']}")

    srv = si.ControlServer(handler)
    assert srv.listen(si.server_name(directory))
    srv.seen = seen
    yield srv
    srv.close()


def exchange(qtbot: Any, name: str, line: bytes) -> dict[str, Any]:
    """Send one raw line and read one reply line while the Qt loop runs."""
    client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    client.connect(name)
    client.sendall(line)
    client.setblocking(False)
    buf = b""

    def answered() -> bool:
        nonlocal buf
        with contextlib.suppress(BlockingIOError):
            buf += client.recv(65536)
        return b"\n" in buf

    qtbot.waitUntil(answered, timeout=3000)
    client.close()
    return si.decode(buf.split(b"\n", 1)[0])


def test_a_deeply_nested_line_gets_an_answer(qtbot: Any, server: Any) -> None:
    line = b"[" * 4000 + b"]" * 4000 + b"\n"
    answer = exchange(qtbot, server.name, line)
    assert not answer["ok"] and answer["code"] == 2
    assert server.seen == []


def test_negative_snooze_never_reaches_the_app(qtbot: Any, server: Any) -> None:
    line = b'{"v":1,"cmd":"snooze","args":{"minutes":-30}}\n'
    answer = exchange(qtbot, server.name, line)
    assert not answer["ok"] and answer["code"] == 2
    assert "got -30" in answer["message"]
    assert server.seen == []


def test_version_true_is_not_version_1(qtbot: Any, server: Any) -> None:
    answer = exchange(qtbot, server.name, b'{"v":true,"cmd":"status"}\n')
    assert not answer["ok"] and "protocol version True" in answer["message"]


def test_a_valid_request_reaches_the_handler_typed(qtbot: Any, server: Any) -> None:
    answer = exchange(qtbot, server.name, si.encode(si.request("snooze", minutes=5)))
    assert answer["ok"] and answer["message"] == "did snooze"
    assert server.seen == [{"cmd": "snooze", "args": {"minutes": 5}}]
