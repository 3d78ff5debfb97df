"""A fake D-Bus service for tests: owns a name on a bus and answers from handlers.

A plain jeepney connection served from a thread, so no dbus-python or GLib is needed.
Used by the presence tests (on a private bus) and the end-to-end tests (on the test
desktop's session bus, and on a stand-in system bus as "logind").
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

Handler = Callable[[Any], tuple[str, tuple[Any, ...]]]
"""Takes the call message, returns (signature, body) of the reply; raising -> D-Bus error."""


class FakeService:
    """Owns ``name`` on a bus and answers method calls from ``handlers``."""

    def __init__(self, address: str, name: str) -> None:
        from jeepney.io.blocking import open_dbus_connection

        self.handlers: dict[tuple[str, str], Handler] = {}
        self.calls: list[tuple[str, str, tuple[Any, ...]]] = []
        self._conn = open_dbus_connection(bus=address)
        from jeepney import message_bus

        self._conn.send_and_get_reply(message_bus.RequestName(name), timeout=2)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def on(self, interface: str, member: str, handler: Handler) -> FakeService:
        self.handlers[(interface, member)] = handler
        return self

    def property(self, interface: str, name: str, signature: str, value: Any) -> FakeService:
        """Answer Properties.Get(interface, name) with a variant."""
        previous = self.handlers.get(("org.freedesktop.DBus.Properties", "Get"))

        def get(msg: Any) -> tuple[str, tuple[Any, ...]]:
            if tuple(msg.body) == (interface, name):
                return "v", ((signature, value),)
            if previous is not None:
                return previous(msg)
            raise LookupError("no such property")

        return self.on("org.freedesktop.DBus.Properties", "Get", get)

    def emit(
        self, path: str, interface: str, member: str, signature: str, body: tuple[Any, ...]
    ) -> None:
        from jeepney import DBusAddress, new_signal

        self._conn.send(new_signal(DBusAddress(path, interface=interface), member, signature, body))

    def _serve(self) -> None:
        from jeepney import HeaderFields, MessageType, new_error, new_method_return

        while not self._stop.is_set():
            try:
                msg = self._conn.receive(timeout=0.05)
            except TimeoutError:
                continue
            except OSError:
                return
            if msg.header.message_type != MessageType.method_call:
                continue
            fields = msg.header.fields
            key = (fields.get(HeaderFields.interface, ""), fields.get(HeaderFields.member, ""))
            self.calls.append((*key, tuple(msg.body)))
            handler = self.handlers.get(key)
            if handler is None:
                reply = new_error(msg, "org.freedesktop.DBus.Error.UnknownMethod")
            else:
                try:
                    signature, body = handler(msg)
                    reply = new_method_return(msg, signature, body)
                except Exception:  # the fake's way to answer with a D-Bus error
                    reply = new_error(msg, "org.freedesktop.DBus.Error.NotSupported")
            self._conn.send(reply)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        self._conn.close()
