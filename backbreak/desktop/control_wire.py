"""The control protocol's wire format: one JSON object per line, each way.

::

    -> {"v": 1, "cmd": "snooze", "args": {"minutes": 10}}
    <- {"v": 1, "ok": true, "code": 0, "message": "Snoozed for 10 min.", "data": {}}

``v`` is :data:`PROTOCOL_VERSION`; a server answers a request of another version with
``ok: false`` and code 2, so old and new launches fail clearly instead of guessing.
Pure Python, no Qt: the command line imports it to talk to the running app.
"""

from __future__ import annotations

import json
from typing import Any

from backbreak.desktop.control_requests import PROTOCOL_VERSION, make_request

__all__ = ["MAX_LINE", "PROTOCOL_VERSION", "NotRunning", "decode", "encode", "reply", "request"]

MAX_LINE = 64 * 1024
"""The longest line either side reads: far above any real request or reply (a plan for
a day is a few kB), low enough that a runaway client can't make the app buffer much."""


class NotRunning(Exception):
    """No backbreak instance answers on the control socket."""


def request(cmd: str, **args: Any) -> dict[str, Any]:
    """A checked request (``control_requests.make_request``); raises RequestError."""
    return make_request(cmd, **args)


def reply(
    ok: bool = True, message: str = "", code: int | None = None, **data: Any
) -> dict[str, Any]:
    """A reply; ``code`` defaults to 0 for success and 1 for a failure."""
    return {
        "v": PROTOCOL_VERSION,
        "ok": ok,
        "code": (0 if ok else 1) if code is None else code,
        "message": message,
        "data": data,
    }


def encode(obj: dict[str, Any]) -> bytes:
    return json.dumps(obj, separators=(",", ":")).encode("utf-8") + b"\n"


def decode(line: bytes) -> dict[str, Any]:
    """One protocol line; raises ValueError for anything that isn't a JSON object.

    Deep nesting (``[[[[...``) raises RecursionError inside ``json``; it is a ValueError
    here like any other unreadable line.
    """
    try:
        obj = json.loads(line.decode("utf-8"))
    except RecursionError:
        raise ValueError("nested too deeply") from None
    if not isinstance(obj, dict):
        raise ValueError("not a JSON object")
    return obj
