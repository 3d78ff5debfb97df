"""One client connection of the control server, on a plain AF_UNIX socket.

Linux and macOS serve the control socket with Python's ``socket`` and two
``QSocketNotifier``s per connection (QtCore only): QtNetwork's ``QLocalSocket`` would
load QtNetwork into the tray app for the sake of a few JSON lines a day, about 2.5 MB
of memory held all day. Windows keeps ``QLocalServer`` (named pipes, see
``control_pipe``); both sides of the server speak through :class:`Connection`.
"""

from __future__ import annotations

import contextlib
import socket
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, QSocketNotifier

READ_CHUNK = 65536
"""Bytes read per wake-up; a larger request is read over several (the notifier is
level-triggered, so what is left wakes it again) and the server caps a line anyway."""

RETIRED_KEPT = 64
"""Spent notifiers and timers kept alive for this many later retirements before Python
deletes them: a QObject must not be deleted inside its own signal, and a connection is
usually closed from there (a read of EOF, an idle timeout)."""

_retired: list[QObject] = []


def retire(obj: QObject) -> None:
    """Keep a disabled, parentless ``obj`` alive a while instead of deleting it now.

    Not ``deleteLater``: a parentless object deleted later by Qt and then by Python (or
    the reverse, with a destroyed parent) crashes PySide.
    """
    _retired.append(obj)
    del _retired[:-RETIRED_KEPT]


class Connection(Protocol):
    """A client as the server sees it: bytes in (through a callback), lines out."""

    def write(self, data: bytes) -> None:
        """Queue ``data`` to the client; it is sent as the client takes it."""

    def finish(self) -> None:
        """Close once everything written has been sent."""

    def abort(self) -> None:
        """Close now, dropping anything unsent."""


DataHandler = Callable[[Connection, bytes], None]
ClosedHandler = Callable[[Connection], None]


class UnixConnection:
    """An accepted AF_UNIX client, non-blocking, watched for reading and writing.

    ``on_data`` gets each chunk read; ``on_closed`` is called once, when the client
    hangs up or the connection is closed from this side.
    """

    def __init__(self, sock: socket.socket, on_data: DataHandler, on_closed: ClosedHandler) -> None:
        sock.setblocking(False)
        self._sock: socket.socket | None = sock
        self._on_data = on_data
        self._on_closed = on_closed
        self._out = b""
        self._finishing = False
        self._reader = QSocketNotifier(sock.fileno(), QSocketNotifier.Type.Read)
        self._reader.activated.connect(self._readable)
        self._writer = QSocketNotifier(sock.fileno(), QSocketNotifier.Type.Write)
        self._writer.setEnabled(False)
        self._writer.activated.connect(self._writable)

    @property
    def open(self) -> bool:
        return self._sock is not None

    def write(self, data: bytes) -> None:
        if self._sock is None:
            return
        self._out += data
        self._send()

    def finish(self) -> None:
        self._finishing = True
        self._reader.setEnabled(False)
        if not self._out:
            self.abort()

    def abort(self) -> None:
        sock = self._sock
        if sock is None:
            return
        self._sock = None
        for notifier in (self._reader, self._writer):
            notifier.setEnabled(False)
            retire(notifier)
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)
        sock.close()
        self._on_closed(self)

    def _readable(self, *_args: object) -> None:
        if self._sock is None:
            return
        try:
            data = self._sock.recv(READ_CHUNK)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:  # reset by the client
            self.abort()
            return
        if not data:
            self.abort()
            return
        self._on_data(self, data)

    def _writable(self, *_args: object) -> None:
        self._send()

    def _send(self) -> None:
        sock = self._sock
        if sock is None:
            return
        try:
            sent = sock.send(self._out) if self._out else 0
        except (BlockingIOError, InterruptedError):
            sent = 0
        except OSError:  # the client went away: nobody to answer
            self.abort()
            return
        self._out = self._out[sent:]
        self._writer.setEnabled(bool(self._out))
        if self._finishing:
            if not self._out:
                self.abort()
            return
        # A client that doesn't take its replies isn't read from either, so it can't
        # make the app buffer without end; the server's idle timeout then closes it.
        self._reader.setEnabled(not self._out)
