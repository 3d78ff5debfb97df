"""One backbreak per user: the running app listens on a local socket, later launches
hand their command to it.

The protocol is line-delimited JSON, one request and one reply per line
(``control_wire``). Every request is checked by ``control_requests`` (known command,
only its arguments, each of its type and range), the same checks the command line makes.

The parts, each in its own module:

- ``instance_claim``: where the socket lives (a 0700 folder under
  ``$XDG_RUNTIME_DIR/backbreak``, else a per-user folder in the temp dir; a named pipe
  carrying the user name on Windows) and the ``flock`` that makes the claim atomic;
- ``control_client``: a later launch's or a CLI command's side, plain ``socket`` on
  Linux and macOS, no Qt;
- ``control_server`` and ``control_socket``: the app's side, an AF_UNIX socket owned by
  the user alone, watched by ``QSocketNotifier`` (QtNetwork's ``QLocalServer`` only on
  Windows), with a cap on clients, an idle timeout and a line-length limit.

This module keeps the names the app and the command line import. ``ControlServer`` is
imported on first use, so a CLI call that only sends a request loads no Qt at all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from backbreak.desktop.control_client import (
    CONNECT_TIMEOUT_S,
    REPLY_TIMEOUT_S,
    accepts_connections,
    hand_over,
    send_request,
)
from backbreak.desktop.control_requests import PROTOCOL_VERSION
from backbreak.desktop.control_wire import MAX_LINE, NotRunning, decode, encode, reply, request
from backbreak.desktop.instance_claim import (
    SOCKET_NAME,
    InstanceLock,
    lock_path,
    runtime_dir,
    server_name,
)

if TYPE_CHECKING:
    from backbreak.desktop.control_server import ControlServer

__all__ = [
    "CONNECT_TIMEOUT_S",
    "MAX_LINE",
    "PROTOCOL_VERSION",
    "REPLY_TIMEOUT_S",
    "SOCKET_NAME",
    "ControlServer",
    "InstanceLock",
    "NotRunning",
    "accepts_connections",
    "decode",
    "encode",
    "hand_over",
    "lock_path",
    "reply",
    "request",
    "runtime_dir",
    "send_request",
    "server_name",
]


def __getattr__(name: str) -> Any:
    """``ControlServer`` on first use: it needs QtCore, which a CLI call doesn't."""
    if name == "ControlServer":
        from backbreak.desktop.control_server import ControlServer

        return ControlServer
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
