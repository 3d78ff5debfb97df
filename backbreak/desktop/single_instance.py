"""One backbreak per user: the running app listens on a local socket, later launches
hand their command to it.

The protocol is line-delimited JSON, one request and one reply per line::

    -> {"v": 1, "cmd": "snooze", "args": {"minutes": 10}}
    <- {"v": 1, "ok": true, "code": 0, "message": "Snoozed for 10 min.", "data": {}}

``v`` is :data:`PROTOCOL_VERSION`; a server answers a request of another version with
``ok: false`` and code 2, so old and new launches fail clearly instead of guessing.
Every request is checked by ``backbreak.desktop.control_requests`` (known command, only
its arguments, each of its type and range), the same checks the command line makes.

**One instance, atomically.** Looking for a live socket and then binding it is a race:
two launches at the same moment both see none. So an instance first takes an
``flock`` on ``control.sock.lock`` beside the socket (non-blocking, held on an open
file for the life of the process, released by the kernel when it dies, even by
``kill -9``); only the holder binds the socket. A launch that can't take the lock hands
over to the holder, waiting briefly while the holder is still starting.

**The socket stays.** ``QLocalServer`` closes itself and *removes the socket file* when
``accept`` fails (e.g. ``EMFILE`` when the process runs out of file descriptors),
after which ``status`` says "not running" and a second instance could start. On Unix
the server therefore accepts on its own listening socket (watched by a
``QSocketNotifier``) and hands each connection to a ``QLocalSocket``: an accept error
pauses accepting for a moment and never touches the file. At most
:data:`MAX_CLIENTS` connections are served at once (more are told "busy"), and a
connection idle for :data:`IDLE_TIMEOUT_MS` is closed.

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
import errno
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

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from backbreak.desktop.control_requests import (
    PROTOCOL_VERSION,
    RequestError,
    make_request,
    parse_request,
)

log = logging.getLogger(__name__)

__all__ = ["PROTOCOL_VERSION", "ControlServer", "InstanceLock", "NotRunning"]

SOCKET_NAME = "control.sock"
LOCK_SUFFIX = ".lock"
CONNECT_TIMEOUT_S = 1.0
REPLY_TIMEOUT_S = 10.0
MAX_LINE = 64 * 1024
MAX_CLIENTS = 16
"""Control connections served at once; ``status`` from scripts needs a handful."""
IDLE_TIMEOUT_MS = 5_000
"""A connection that sends nothing for this long is closed."""
ACCEPT_RETRY_MS = 500
"""After an accept error (out of file descriptors), wait this long before accepting again."""

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
    """A checked request (``control_requests.make_request``); raises RequestError."""
    return make_request(cmd, **args)


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


# -- the instance lock -----------------------------------------------------------------


class InstanceLock:
    """An exclusive, non-blocking lock on a file, held until :meth:`release` or exit.

    ``flock`` on Unix (per open file: a second claim in the same process fails too),
    ``msvcrt.locking`` on Windows. The lock file itself is never removed: removing it
    while another launch has it open would let two instances hold "the" lock.
    """

    def __init__(self, fd: int, path: Path) -> None:
        self._fd: int | None = fd
        self.path = path

    @classmethod
    def acquire(cls, path: Path) -> InstanceLock | None:
        """The lock, or None when another process (or object) holds it."""
        fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o600)
        try:
            if sys.platform == "win32":
                import msvcrt

                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            return None
        return cls(fd, path)

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the file drops the lock
            self._fd = None


def lock_path(name: str) -> Path:
    """The lock file beside the socket (Windows: in the runtime dir, by pipe name)."""
    if sys.platform == "win32" and not os.path.isabs(name):
        return runtime_dir() / (name + LOCK_SUFFIX)
    return Path(name + LOCK_SUFFIX)


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


def hand_over(
    req: dict[str, Any], name: str | None = None, attempts: int = 20, pause_s: float = 0.1
) -> dict[str, Any] | None:
    """Send ``req`` to the instance holding the lock, which may still be starting.

    The holder binds its socket right after taking the lock, but a launch that lost
    the race can get there first; it tries again for about ``attempts * pause_s``.
    None when nothing answered.
    """
    import time

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


# -- server --------------------------------------------------------------------------


class ControlServer(QObject):
    """Listens for commands from later launches and answers each with ``handler``.

    Signals:
        request_handled(str cmd): after a request was answered (for tests and logs).
    """

    request_handled = Signal(str)

    def __init__(
        self,
        handler: Handler,
        parent: QObject | None = None,
        *,
        max_clients: int = MAX_CLIENTS,
        idle_timeout_ms: int = IDLE_TIMEOUT_MS,
    ) -> None:
        super().__init__(parent)
        self._handler = handler
        self._max_clients = max_clients
        self._idle_timeout_ms = idle_timeout_ms
        self._lock: InstanceLock | None = None
        self._name = ""
        self._listener: socket.socket | None = None
        self._notifier: QSocketNotifier | None = None
        self._qserver: Any = None  # Windows: QLocalServer (named pipes have no file)
        self._buffers: dict[Any, bytes] = {}
        self._timers: dict[Any, QTimer] = {}
        self._retired: list[tuple[Any, QTimer | None]] = []

    @property
    def name(self) -> str:
        return self._name

    @property
    def client_count(self) -> int:
        return len(self._buffers)

    def listen(self, name: str | None = None) -> bool:
        """Claim the instance lock, then take the socket. False if another instance has it.

        Under the lock no other backbreak can be binding, so a socket file found here
        was left by a crashed instance and is replaced.
        """
        name = name or server_name()
        lock = InstanceLock.acquire(lock_path(name))
        if lock is None:
            return False
        try:
            ok = self._listen_windows(name) if sys.platform == "win32" else self._listen_unix(name)
        except OSError as err:
            log.warning("cannot listen on %s: %s", name, err)
            ok = False
        if not ok:
            lock.release()
            return False
        self._lock = lock
        self._name = name
        return True

    def _listen_unix(self, name: str) -> bool:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(name)
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            sock.bind(name)
            os.chmod(name, 0o600)  # the folder is 0700 already; the socket too
            sock.listen(32)
            sock.setblocking(False)
        except OSError:
            sock.close()
            raise
        self._listener = sock
        self._notifier = QSocketNotifier(sock.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._accept_unix)
        return True

    def _listen_windows(self, name: str) -> bool:
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.setMaxPendingConnections(self._max_clients)
        server.newConnection.connect(self._accept_qt)
        if not server.listen(name):
            log.warning("cannot listen on %s: %s", name, server.errorString())
            return False
        self._qserver = server
        return True

    def close(self) -> None:
        for conn in list(self._buffers):
            with contextlib.suppress(RuntimeError):
                conn.abort()
            self._forget(conn)
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier = None
        if self._listener is not None:
            self._listener.close()
            self._listener = None
            with contextlib.suppress(OSError):
                os.unlink(self._name)  # ours: we hold the lock
        if self._qserver is not None:
            self._qserver.close()
            self._qserver = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    # -- connections -------------------------------------------------------------------

    def _accept_unix(self, *_args: object) -> None:
        listener = self._listener
        if listener is None:
            return
        while True:
            try:
                sock, _addr = listener.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError as err:
                if err.errno == errno.ECONNABORTED:  # the client gave up first
                    continue
                # EMFILE/ENFILE/ENOBUFS/ENOMEM: out of resources. Pause accepting (a
                # level-triggered notifier would spin) and keep the socket file.
                log.warning("control socket: accept failed (%s); retrying", err.strerror)
                self._pause_accepting()
                return
            if len(self._buffers) >= self._max_clients:
                self._refuse_busy(sock)
                continue
            from PySide6.QtNetwork import QLocalSocket

            # No parent: a connection deleted later must not also be deleted with the
            # server (a deleteLater'd child of a destroyed parent crashes PySide).
            conn = QLocalSocket()
            fd = sock.detach()
            if not conn.setSocketDescriptor(fd):
                os.close(fd)
                conn.deleteLater()
                continue
            self._adopt(conn)

    def _pause_accepting(self) -> None:
        if self._notifier is None:
            return
        self._notifier.setEnabled(False)

        def resume() -> None:
            if self._notifier is not None:
                self._notifier.setEnabled(True)

        QTimer.singleShot(ACCEPT_RETRY_MS, self, resume)

    def _refuse_busy(self, sock: socket.socket) -> None:
        with contextlib.suppress(OSError):
            sock.setblocking(False)
            sock.send(encode(reply(False, "backbreak is busy; try again.", code=1)))
        sock.close()

    def _accept_qt(self) -> None:
        server = self._qserver
        while server is not None and server.hasPendingConnections():
            conn = server.nextPendingConnection()
            if len(self._buffers) >= self._max_clients:
                conn.write(encode(reply(False, "backbreak is busy; try again.", code=1)))
                conn.disconnectFromServer()
                continue
            self._adopt(conn)

    def _adopt(self, conn: Any) -> None:
        self._buffers[conn] = b""
        timer = QTimer()
        timer.setSingleShot(True)
        timer.setInterval(self._idle_timeout_ms)
        timer.timeout.connect(lambda c=conn: self._idle(c))
        timer.start()
        self._timers[conn] = timer
        conn.readyRead.connect(lambda c=conn: self._read(c))
        conn.disconnected.connect(lambda c=conn: self._forget(c))
        if conn.bytesAvailable():
            self._read(conn)

    def _idle(self, conn: Any) -> None:
        log.info("control socket: closing an idle connection")
        with contextlib.suppress(RuntimeError):
            conn.abort()
        self._forget(conn)

    def _forget(self, conn: Any) -> None:
        if self._buffers.pop(conn, None) is None and conn not in self._timers:
            return
        timer = self._timers.pop(conn, None)
        if timer is not None:
            timer.stop()
            timer.deleteLater()
        # At quit the socket may be deleted already.
        with contextlib.suppress(RuntimeError):
            conn.deleteLater()
        self._retired.append((conn, timer))  # alive until their deferred delete runs
        del self._retired[: -self._max_clients * 2]

    def _read(self, conn: Any) -> None:
        if conn not in self._buffers:
            return
        timer = self._timers.get(conn)
        if timer is not None:
            timer.start()  # activity: the idle clock starts again
        buf = self._buffers[conn] + bytes(conn.readAll().data())
        while b"\n" in buf:
            line, buf = buf.split(b"\n", 1)
            conn.write(encode(self._answer(line)))
            conn.flush()
        if len(buf) > MAX_LINE:
            conn.write(encode(reply(False, "request too long", code=2)))
            conn.disconnectFromServer()
            buf = b""
        if conn in self._buffers:
            self._buffers[conn] = buf

    def _answer(self, line: bytes) -> dict[str, Any]:
        try:
            req = parse_request(decode(line))
        except (ValueError, UnicodeDecodeError) as err:
            message = str(err) if isinstance(err, RequestError) else ""
            return reply(
                False, message or "not a backbreak request (expected one JSON object)", code=2
            )
        if req.cmd == "ping":
            out = reply(True, "pong", pid=os.getpid())
        else:
            try:
                out = self._handler({"cmd": req.cmd, "args": req.args})
            except Exception as err:  # a bug must not kill the app's control channel
                log.exception("control command %s failed", req.cmd)
                out = reply(False, f"the running backbreak failed: {err}", code=1)
        self.request_handled.emit(req.cmd)
        return out
