"""One connection to the Wayland compositor: registry, binds, requests and event dispatch.

Reading is never blocking except in :meth:`WaylandClient.roundtrip` (at start-up, with a
timeout); afterwards :meth:`WaylandClient.dispatch_pending` drains what the compositor
sent since the last call, so a backend can be polled like any other.
"""

from __future__ import annotations

import os
import select
import socket
from collections.abc import Callable, Mapping
from pathlib import Path

from backbreak.desktop.reason import Reason
from backbreak.desktop.wayland.wire import Args, message, split, string, uint
from backbreak.i18n import QT_TRANSLATE_NOOP

DISPLAY_ID = 1
REGISTRY_BIND = 0
DISPLAY_SYNC, DISPLAY_GET_REGISTRY = 0, 1
DISPLAY_ERROR = 0
REGISTRY_GLOBAL, REGISTRY_GLOBAL_REMOVE = 0, 1
READ_SIZE = 65536

Handler = Callable[[int, Args], None]
"""Called with an event's opcode and its arguments."""


class WaylandError(Exception):
    """The compositor can't be reached, or it answered with a protocol error.

    ``reason`` is the message as given (a :class:`Reason` where the user may read it).
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _lost(err: OSError) -> Reason:
    return Reason(QT_TRANSLATE_NOOP("backend", "lost the compositor: {error}"), error=err)


def socket_path(environ: Mapping[str, str] | None = None) -> Path | None:
    """The compositor's socket (``$XDG_RUNTIME_DIR/$WAYLAND_DISPLAY``), or ``None``
    outside a Wayland session."""
    env = os.environ if environ is None else environ
    display = env.get("WAYLAND_DISPLAY", "")
    if not display:
        return None
    path = Path(display)
    if path.is_absolute():
        return path
    runtime = env.get("XDG_RUNTIME_DIR", "")
    return Path(runtime) / display if runtime else None


class WaylandClient:
    """The client side of one Wayland connection (ids, handlers, the registry's globals)."""

    def __init__(self, sock: socket.socket) -> None:
        self._sock = sock
        self._sock.setblocking(False)
        self._buffer = bytearray()
        self._next_id = DISPLAY_ID + 1
        self._handlers: dict[int, Handler] = {DISPLAY_ID: self._on_display}
        self.globals: dict[str, tuple[int, int]] = {}
        """Interface name → (global name, version), the first of each interface."""
        self.error: str = ""
        """The protocol error or lost connection that ended this client, if any (a Reason)."""
        self._registry = self.new_id()
        self._handlers[self._registry] = self._on_registry
        self.send(DISPLAY_ID, DISPLAY_GET_REGISTRY, uint(self._registry))

    @classmethod
    def connect(cls, environ: Mapping[str, str] | None = None) -> WaylandClient:
        """Connect to the session's compositor and read its globals; raises WaylandError."""
        path = socket_path(environ)
        if path is None:
            raise WaylandError(
                Reason(
                    QT_TRANSLATE_NOOP("backend", "not a Wayland session ({variable} is not set)"),
                    variable="WAYLAND_DISPLAY",
                )
            )
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM | socket.SOCK_CLOEXEC)
        try:
            sock.connect(str(path))
        except OSError as err:
            sock.close()
            raise WaylandError(
                Reason(
                    QT_TRANSLATE_NOOP(
                        "backend", "cannot connect to the compositor at {path}: {error}"
                    ),
                    path=path,
                    error=err,
                )
            ) from None
        client = cls(sock)
        try:
            client.roundtrip()
        except WaylandError:
            client.close()
            raise
        return client

    def new_id(self) -> int:
        new = self._next_id
        self._next_id += 1
        return new

    def send(self, object_id: int, opcode: int, *args: bytes) -> None:
        try:
            self._sock.sendall(message(object_id, opcode, *args))
        except OSError as err:
            self.error = self.error or _lost(err)

    def on(self, object_id: int, handler: Handler) -> None:
        self._handlers[object_id] = handler

    def forget(self, object_id: int) -> None:
        self._handlers.pop(object_id, None)

    def bind(self, interface: str, version: int) -> int:
        """Bind the registry's global ``interface`` at most at ``version``; the new id."""
        name, offered = self.globals[interface]
        new = self.new_id()
        chosen = min(version, offered)
        self.send(
            self._registry, REGISTRY_BIND, uint(name), string(interface), uint(chosen), uint(new)
        )
        return new

    def roundtrip(self, timeout: float = 2.0) -> None:
        """Wait until the compositor has handled everything sent so far (``wl_display.sync``)."""
        done: list[bool] = []
        callback = self.new_id()
        self.on(callback, lambda _opcode, _args: done.append(True))
        self.send(DISPLAY_ID, DISPLAY_SYNC, uint(callback))
        while not done and not self.error:
            ready, _, _ = select.select([self._sock], [], [], timeout)
            if not ready:
                self.error = Reason(
                    QT_TRANSLATE_NOOP(
                        "backend", "the compositor did not answer within {seconds} s"
                    ),
                    seconds=f"{timeout:g}",
                )
                break
            self._read()
        self.forget(callback)
        if self.error:
            raise WaylandError(self.error)

    def dispatch_pending(self) -> bool:
        """Handle every event already sent; False once the connection is broken."""
        if not self.error:
            self._read()
        return not self.error

    def close(self) -> None:
        self._sock.close()

    def _read(self) -> None:
        while not self.error:
            try:
                data = self._sock.recv(READ_SIZE)
            except BlockingIOError:
                return
            except OSError as err:
                self.error = _lost(err)
                return
            if not data:
                self.error = Reason(
                    QT_TRANSLATE_NOOP("backend", "the compositor closed the connection")
                )
                return
            self._buffer += data
            try:
                for msg in split(self._buffer):
                    handler = self._handlers.get(msg.object_id)
                    if handler is not None:
                        handler(msg.opcode, msg.args())
            except ValueError as err:
                self.error = Reason(
                    QT_TRANSLATE_NOOP("backend", "malformed message from the compositor: {error}"),
                    error=err,
                )

    def _on_display(self, opcode: int, args: Args) -> None:
        if opcode == DISPLAY_ERROR:
            object_id, code, text = args.uint(), args.uint(), args.string()
            self.error = Reason(
                #: {text} is the compositor's own message.
                QT_TRANSLATE_NOOP("backend", "protocol error {code} on object {object}: {text}"),
                code=code,
                object=object_id,
                text=text,
            )

    def _on_registry(self, opcode: int, args: Args) -> None:
        if opcode == REGISTRY_GLOBAL:
            name, interface, version = args.uint(), args.string(), args.uint()
            self.globals.setdefault(interface, (name, version))
        elif opcode == REGISTRY_GLOBAL_REMOVE:
            gone = args.uint()
            self.globals = {k: v for k, v in self.globals.items() if v[0] != gone}


def open_subscribed(
    connect: Callable[[], WaylandClient], subscribe: Callable[[WaylandClient], str]
) -> tuple[WaylandClient | None, str]:
    """Connect and let ``subscribe`` bind what a backend needs: ``(client, "")``, or
    ``(None, why not)`` with the connection closed. ``subscribe`` returns why it can't
    (an empty string when done); a protocol error while it runs counts as that."""
    try:
        client = connect()
    except WaylandError as err:
        return None, err.reason
    try:
        reason = subscribe(client)
    except WaylandError as err:
        reason = err.reason
    if reason:
        client.close()
        return None, reason
    return client, ""
