"""The running app's end of the control socket: claims the instance, answers requests.

**The socket stays.** ``QLocalServer`` closes itself and *removes the socket file* when
``accept`` fails (e.g. ``EMFILE`` when the process runs out of file descriptors),
after which ``status`` says "not running" and a second instance could start. On Linux
and macOS the server therefore accepts on its own listening socket (watched by a
``QSocketNotifier``): an accept error pauses accepting for a moment and never touches
the file. Each connection is a plain socket too (``control_socket``), so QtNetwork is
never loaded there. Windows keeps ``QLocalServer`` on a named pipe.

At most :data:`MAX_CLIENTS` connections are served at once (more are told "busy"), a
connection idle for :data:`IDLE_TIMEOUT_MS` is closed, and a line longer than
``MAX_LINE`` ends its connection.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import socket
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from backbreak.desktop.control_requests import RequestError, parse_request
from backbreak.desktop.control_socket import Connection, UnixConnection, retire
from backbreak.desktop.control_wire import MAX_LINE, decode, encode, reply
from backbreak.desktop.instance_claim import InstanceLock, lock_path, server_name

log = logging.getLogger(__name__)

MAX_CLIENTS = 16
"""Control connections served at once; ``status`` from scripts needs a handful."""
IDLE_TIMEOUT_MS = 5_000
"""A connection that sends nothing for this long is closed: a client connects, writes
one line and reads one, in milliseconds; one that stays silent only holds a slot."""
ACCEPT_RETRY_MS = 500
"""After an accept error (out of file descriptors), wait this long before accepting again."""
LISTEN_BACKLOG = 32
"""Connections the kernel queues before the app accepts them: twice ``MAX_CLIENTS``, so
a burst of scripted ``status`` calls is queued rather than refused."""
BUSY = "backbreak is busy; try again."

Handler = Callable[[dict[str, Any]], dict[str, Any]]


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
        self._buffers: dict[Connection, bytes] = {}
        self._timers: dict[Connection, QTimer] = {}

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
            sock.listen(LISTEN_BACKLOG)
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
        server.newConnection.connect(self._accept_pipe)
        if not server.listen(name):
            log.warning("cannot listen on %s: %s", name, server.errorString())
            return False
        self._qserver = server
        return True

    def close(self) -> None:
        for conn in list(self._buffers):
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

    # -- accepting ---------------------------------------------------------------------

    def _accept_unix(self, *_args: object) -> None:
        listener = self._listener
        while listener is not None and self._listener is listener:
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
                _refuse_busy(sock)
                continue
            self._adopt(UnixConnection(sock, self._received, self._forget))

    def _pause_accepting(self) -> None:
        if self._notifier is None:
            return
        self._notifier.setEnabled(False)

        def resume() -> None:
            if self._notifier is not None:
                self._notifier.setEnabled(True)

        QTimer.singleShot(ACCEPT_RETRY_MS, self, resume)

    def _accept_pipe(self) -> None:
        from backbreak.desktop.control_pipe import PipeConnection

        server = self._qserver
        while server is not None and server.hasPendingConnections():
            qconn = server.nextPendingConnection()
            if len(self._buffers) >= self._max_clients:
                qconn.write(encode(reply(False, BUSY, code=1)))
                qconn.disconnectFromServer()
                continue
            conn = PipeConnection(qconn, self._received, self._forget)
            self._adopt(conn)
            conn.start()

    # -- connections -------------------------------------------------------------------

    def _adopt(self, conn: Connection) -> None:
        self._buffers[conn] = b""
        timer = QTimer()
        timer.setSingleShot(True)
        timer.setInterval(self._idle_timeout_ms)
        timer.timeout.connect(lambda c=conn: self._idle(c))
        timer.start()
        self._timers[conn] = timer

    def _idle(self, conn: Connection) -> None:
        log.info("control socket: closing an idle connection")
        conn.abort()
        self._forget(conn)

    def _forget(self, conn: Connection) -> None:
        self._buffers.pop(conn, None)
        timer = self._timers.pop(conn, None)
        if timer is not None:
            timer.stop()
            retire(timer)

    def _received(self, conn: Connection, data: bytes) -> None:
        if conn not in self._buffers:
            return
        timer = self._timers.get(conn)
        if timer is not None:
            timer.start()  # activity: the idle clock starts again
        buf = self._buffers[conn] + data
        while b"\n" in buf and conn in self._buffers:
            line, buf = buf.split(b"\n", 1)
            conn.write(encode(self._answer(line)))
        if len(buf) > MAX_LINE:
            conn.write(encode(reply(False, "request too long", code=2)))
            conn.finish()
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


def _refuse_busy(sock: socket.socket) -> None:
    """Tell a client beyond the cap to come back, without keeping it."""
    with contextlib.suppress(OSError):
        sock.setblocking(False)
        sock.send(encode(reply(False, BUSY, code=1)))
    sock.close()
