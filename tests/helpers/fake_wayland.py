"""A fake Wayland compositor on a socketpair: the server side of the wire format.

It answers ``get_registry`` with the globals it was given, ``sync`` with ``done``,
records every bind (interface → the client's new id) and every other request, and
sends the events a test asks for. It runs in a thread, since the client blocks in
its start-up roundtrip.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Callable

from backbreak.desktop.wayland import WaylandClient
from backbreak.desktop.wayland.wire import Message, message, split, string, uint

SERVER_IDS = 0xFF000000
"""Where ids of objects the compositor creates (toplevel handles) start."""


class FakeCompositor:
    """``globals_``: interface → version offered; ``error_on``: an interface whose
    first request is answered with a protocol error."""

    def __init__(self, globals_: dict[str, int], *, error_on: str | None = None) -> None:
        self.globals = dict(globals_)
        self.error_on = error_on
        self.client_sock, self._sock = socket.socketpair()
        self.binds: dict[str, int] = {}
        self.bind_versions: dict[str, int] = {}
        self.requests: list[Message] = []
        self._registry: int | None = None
        self._next_server_id = SERVER_IDS
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def connect(self) -> WaylandClient:
        """The client end, connected and with the globals read (as ``WaylandClient.connect``)."""
        client = WaylandClient(self.client_sock)
        client.roundtrip()
        return client

    def send(self, object_id: int, opcode: int, *args: bytes) -> None:
        with self._lock:
            self._sock.sendall(message(object_id, opcode, *args))

    def server_id(self) -> int:
        new = self._next_server_id
        self._next_server_id += 1
        return new

    def wait_for_request(self, matches: Callable[[Message], bool], timeout: float = 2.0) -> Message:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for msg in list(self.requests):
                if matches(msg):
                    return msg
            time.sleep(0.01)
        raise AssertionError(f"no such request; got {self.requests}")

    def close(self) -> None:
        """Hang up (``shutdown`` first: the serving thread is blocked reading it)."""
        with contextlib.suppress(OSError):
            self._sock.shutdown(socket.SHUT_RDWR)
        self._sock.close()

    def _serve(self) -> None:
        buffer = bytearray()
        while True:
            try:
                data = self._sock.recv(65536)
            except OSError:
                return
            if not data:
                return
            buffer += data
            try:
                for msg in split(buffer):
                    self._handle(msg)
            except OSError:
                return

    def _handle(self, msg: Message) -> None:
        args = msg.args()
        if msg.object_id == 1 and msg.opcode == 1:
            self._registry = args.uint()
            for name, (interface, version) in enumerate(self.globals.items(), start=1):
                self.send(self._registry, 0, uint(name), string(interface), uint(version))
        elif msg.object_id == 1 and msg.opcode == 0:
            self.send(args.uint(), 0, uint(0))
        elif msg.object_id == self._registry:
            name, interface, version, new = args.uint(), args.string(), args.uint(), args.uint()
            assert list(self.globals)[name - 1] == interface
            self.binds[interface], self.bind_versions[interface] = new, version
        elif self.error_on is not None and msg.object_id == self.binds.get(self.error_on):
            self.send(1, 0, uint(msg.object_id), uint(0), string("invalid request"))
        else:
            self.requests.append(msg)
