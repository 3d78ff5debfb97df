"""The control server's connections on Windows: QtNetwork's ``QLocalSocket`` over a
named pipe (which has no file for a plain socket to bind), behind ``Connection``."""

from __future__ import annotations

from typing import Any

from backbreak.desktop.control_socket import ClosedHandler, DataHandler


class PipeConnection:
    """A ``QLocalSocket`` accepted by ``QLocalServer``, seen as a ``Connection``."""

    def __init__(self, conn: Any, on_data: DataHandler, on_closed: ClosedHandler) -> None:
        self._conn = conn
        self._on_data = on_data
        self._on_closed = on_closed
        self._open = True
        conn.readyRead.connect(self._readable)
        conn.disconnected.connect(self._closed)

    def start(self) -> None:
        """Read what arrived before the server took this connection in."""
        if self._conn.bytesAvailable():
            self._readable()

    def write(self, data: bytes) -> None:
        if self._open:
            self._conn.write(data)
            self._conn.flush()

    def finish(self) -> None:
        if self._open:
            self._conn.disconnectFromServer()

    def abort(self) -> None:
        if self._open:
            self._conn.abort()
            self._closed()

    def _readable(self) -> None:
        if self._open:
            self._on_data(self, bytes(self._conn.readAll().data()))

    def _closed(self) -> None:
        if not self._open:
            return
        self._open = False
        # Deleted later, not now: this often runs inside the socket's own signal.
        self._conn.deleteLater()
        self._on_closed(self)
