"""The client side of the control socket: a later launch or a CLI command talking to
the running app.

A plain ``socket`` on Linux and macOS (no Qt is imported, so ``backbreak status``
starts fast); QtNetwork's ``QLocalSocket`` on Windows, where the socket is a named pipe.
"""

from __future__ import annotations

import socket
import sys
import time
from typing import Any

from backbreak.desktop.control_wire import MAX_LINE, NotRunning, decode, encode
from backbreak.desktop.instance_claim import server_name

CONNECT_TIMEOUT_S = 1.0
"""A live instance accepts at once; longer means nobody (or a hung app) is there."""
REPLY_TIMEOUT_S = 10.0
"""The app answers in the GUI thread: allow for a busy moment (a window being built)."""


def send_request(
    req: dict[str, Any], name: str | None = None, timeout: float = REPLY_TIMEOUT_S
) -> dict[str, Any]:
    """Send one request to the running instance and return its reply.

    Raises :class:`NotRunning` when nothing listens (including a stale socket file).
    """
    name = name or server_name()
    if sys.platform == "win32":
        return _send_qt(req, name, timeout)
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        sock.settimeout(CONNECT_TIMEOUT_S)
        try:
            sock.connect(name)
        except OSError as err:
            raise NotRunning(str(err)) from None
        sock.settimeout(timeout)
        sock.sendall(encode(req))
        return decode(_read_line(sock))
    except TimeoutError:
        raise NotRunning("the running instance did not answer in time") from None
    finally:
        sock.close()


def _read_line(sock: socket.socket) -> bytes:
    buf = b""
    while b"\n" not in buf:
        chunk = sock.recv(4096)
        if not chunk:
            raise NotRunning("the running instance closed the connection")
        buf += chunk
        if len(buf) > MAX_LINE:
            raise ValueError("reply too long")
    return buf.split(b"\n", 1)[0]


def _send_qt(req: dict[str, Any], name: str, timeout: float) -> dict[str, Any]:
    from PySide6.QtNetwork import QLocalSocket

    sock = QLocalSocket()
    sock.connectToServer(name)
    if not sock.waitForConnected(int(CONNECT_TIMEOUT_S * 1000)):
        raise NotRunning(sock.errorString())
    sock.write(encode(req))
    sock.waitForBytesWritten(int(timeout * 1000))
    buf = b""
    while b"\n" not in buf:
        if not sock.waitForReadyRead(int(timeout * 1000)):
            raise NotRunning("the running instance did not answer in time")
        buf += bytes(sock.readAll().data())
    sock.disconnectFromServer()
    return decode(buf.split(b"\n", 1)[0])


def hand_over(
    req: dict[str, Any], name: str | None = None, attempts: int = 20, pause_s: float = 0.1
) -> dict[str, Any] | None:
    """Send ``req`` to the instance holding the lock, which may still be starting.

    The holder binds its socket right after taking the lock, but a launch that lost
    the race can get there first; it tries again for about ``attempts * pause_s``.
    None when nothing answered.
    """
    for attempt in range(attempts):
        try:
            return send_request(req, name)
        except NotRunning:
            if attempt + 1 < attempts:
                time.sleep(pause_s)
    return None


def accepts_connections(name: str | None = None) -> bool:
    """Whether something listens on the socket (a live instance, maybe a busy one)."""
    name = name or server_name()
    if sys.platform == "win32":
        from PySide6.QtNetwork import QLocalSocket

        qsock = QLocalSocket()
        qsock.connectToServer(name)
        ok = bool(qsock.waitForConnected(int(CONNECT_TIMEOUT_S * 1000)))
        qsock.abort()
        return ok
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.settimeout(CONNECT_TIMEOUT_S)
    try:
        sock.connect(name)
    except OSError:
        return False
    finally:
        sock.close()
    return True
