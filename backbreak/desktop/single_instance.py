"""One backbreak per user: the running app listens on a local socket, later launches
hand their command to it.

The protocol is line-delimited JSON, one request and one reply per line::

    -> {"v": 1, "cmd": "snooze", "args": {"minutes": 10}}
    <- {"v": 1, "ok": true, "code": 0, "message": "Snoozed for 10 min.", "data": {}}

``v`` is :data:`PROTOCOL_VERSION`; a server answers a request of another version with
``ok: false`` and code 2, so old and new launches fail clearly instead of guessing.

On Unix the socket is a Unix domain socket in a 0700 directory under the user's
runtime dir (``$XDG_RUNTIME_DIR/backbreak/control.sock``, else a per-user folder in
the temp dir); QLocalServer's ``UserAccessOption`` restricts the socket itself too.
On Windows it is a named pipe whose name carries the user name.

The client side (:func:`send_request`) uses a plain ``socket`` on Unix and QtNetwork's
``QLocalSocket`` on Windows — never QtWidgets — so CLI commands start fast. The
server (:class:`ControlServer`) is QtNetwork and lives in the GUI app.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import logging
import os
import socket
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

PROTOCOL_VERSION = 1
SOCKET_NAME = "control.sock"
CONNECT_TIMEOUT_S = 1.0
REPLY_TIMEOUT_S = 10.0
MAX_LINE = 64 * 1024

Handler = Callable[[dict[str, Any]], dict[str, Any]]


class NotRunning(Exception):
    """No backbreak instance answers on the control socket."""


# -- where ---------------------------------------------------------------------------


def runtime_dir() -> Path:
    """The user's private folder for the control socket, created 0700 if missing."""
    override = os.environ.get("BACKBREAK_RUNTIME_DIR")
    if override:
        base = Path(override)
    elif os.environ.get("XDG_RUNTIME_DIR"):
        base = Path(os.environ["XDG_RUNTIME_DIR"]) / "backbreak"
    else:
        base = Path(tempfile.gettempdir()) / f"backbreak-{_user()}"
    base.mkdir(mode=0o700, parents=True, exist_ok=True)
    if sys.platform != "win32":
        os.chmod(base, 0o700)
    return base


def server_name(directory: Path | None = None) -> str:
    """The QLocalServer name: a socket path on Unix, a pipe name on Windows."""
    if sys.platform == "win32" and directory is None:
        return f"backbreak-{_user()}-control"
    return str((directory or runtime_dir()) / SOCKET_NAME)


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return str(os.getuid()) if hasattr(os, "getuid") else "user"


# -- protocol ------------------------------------------------------------------------


def request(cmd: str, **args: Any) -> dict[str, Any]:
    return {"v": PROTOCOL_VERSION, "cmd": cmd, "args": args}


def reply(
    ok: bool = True, message: str = "", code: int | None = None, **data: Any
) -> dict[str, Any]:
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
    """One protocol line; raises ValueError for anything that isn't a JSON object."""
    obj = json.loads(line.decode("utf-8"))
    if not isinstance(obj, dict):
        raise ValueError("not a JSON object")
    return obj


# -- client --------------------------------------------------------------------------


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
        buf = b""
        while b"\n" not in buf:
            chunk = sock.recv(4096)
            if not chunk:
                raise NotRunning("the running instance closed the connection")
            buf += chunk
            if len(buf) > MAX_LINE:
                raise ValueError("reply too long")
        return decode(buf.split(b"\n", 1)[0])
    except TimeoutError:
        raise NotRunning("the running instance did not answer in time") from None
    finally:
        sock.close()


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


# -- server --------------------------------------------------------------------------


class ControlServer(QObject):
    """Listens for commands from later launches and answers each with ``handler``.

    Signals:
        request_handled(str cmd): after a request was answered (for tests and logs).
    """

    request_handled = Signal(str)

    def __init__(self, handler: Handler, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtNetwork import QLocalServer

        self._handler = handler
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._buffers: dict[Any, bytes] = {}

    @property
    def name(self) -> str:
        return str(self._server.fullServerName())

    def listen(self, name: str | None = None) -> bool:
        """Take the socket. False if another live instance holds it.

        Qt does not refuse a taken name here: with ``UserAccessOption`` it binds in a
        private temporary folder and renames the socket into place, replacing whatever
        was there. So we look first: a socket that accepts a connection belongs to a
        live instance; one that refuses was left by a crashed instance and is removed.
        """
        from PySide6.QtNetwork import QLocalServer

        name = name or server_name()
        if accepts_connections(name):
            return False
        QLocalServer.removeServer(name)
        if self._server.listen(name):
            return True
        log.warning("cannot listen on %s: %s", name, self._server.errorString())
        return False

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            conn = self._server.nextPendingConnection()
            self._buffers[conn] = b""
            conn.readyRead.connect(lambda c=conn: self._read(c))
            conn.disconnected.connect(lambda c=conn: self._forget(c))

    def _forget(self, conn: Any) -> None:
        self._buffers.pop(conn, None)
        # At quit the server may already have deleted the socket it owned.
        with contextlib.suppress(RuntimeError):
            conn.deleteLater()

    def _read(self, conn: Any) -> None:
        buf = self._buffers.get(conn, b"") + bytes(conn.readAll().data())
        while b"\n" in buf:
            line, buf = buf.split(b"\n", 1)
            conn.write(encode(self._answer(line)))
            conn.flush()
        if len(buf) > MAX_LINE:
            conn.write(encode(reply(False, "request too long", code=2)))
            conn.disconnectFromServer()
            buf = b""
        self._buffers[conn] = buf

    def _answer(self, line: bytes) -> dict[str, Any]:
        try:
            req = decode(line)
        except (ValueError, UnicodeDecodeError):
            return reply(False, "not a backbreak request (expected one JSON object)", code=2)
        if req.get("v") != PROTOCOL_VERSION:
            return reply(
                False,
                f"protocol version {req.get('v')!r} is not {PROTOCOL_VERSION}: "
                "this backbreak and the running one differ; restart it",
                code=2,
            )
        cmd = str(req.get("cmd", ""))
        args = req.get("args") if isinstance(req.get("args"), dict) else {}
        if cmd == "ping":
            out = reply(True, "pong", pid=os.getpid())
        else:
            try:
                out = self._handler({"cmd": cmd, "args": args})
            except Exception as err:  # a bug must not kill the app's control channel
                log.exception("control command %s failed", cmd)
                out = reply(False, f"the running backbreak failed: {err}", code=1)
        self.request_handled.emit(cmd)
        return out
