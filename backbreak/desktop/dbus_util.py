"""Small D-Bus helpers (jeepney) for the idle, busy and sleep backends.

Why jeepney: it is pure Python, has no C library to go missing, and unlike QtDBus it
can marshal every type these calls use (PYSIDE-1904). The notification backend in
``backbreak.desktop.notify`` keeps its own connection; these helpers serve the
presence backends only.

:class:`BusClient` waits for its replies (at most ``timeout``): it serves the one-off
probes at start-up (``available()``) and the status command, where a short wait is
harmless and much simpler than a callback. The regular polls never use it: they send
a :class:`BusQuery` through ``backbreak.desktop.bus_watch`` and get the answer later.
Every call answers ``None`` instead of raising when the bus, the service or the
method is not there, so a backend can turn "not here" into "unavailable" without
try/except of its own. A lost connection is reopened once on the next call.
"""

from __future__ import annotations

import contextlib
import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from backbreak.desktop.reason import Reason, install_package
from backbreak.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

CALL_TIMEOUT_S = 0.5
"""How long a service has to answer: a probe waits this long at most, and a poll's
reply that comes later is counted as no answer. A local bus answers in well under a
millisecond; half a second only passes when a service hangs."""

JEEPNEY_HINT = install_package("jeepney", "pip install jeepney")
JEEPNEY_MISSING = Reason(QT_TRANSLATE_NOOP("backend", "{package} is missing"), package="jeepney")

T = TypeVar("T")


@dataclass(frozen=True)
class BusQuery(Generic[T]):
    """One method call and how to read its reply (``parse`` answers ``None``: can't tell)."""

    bus: str
    dest: str
    path: str
    interface: str
    method: str
    parse: Callable[[tuple[Any, ...]], T | None]
    signature: str | None = None
    body: tuple[Any, ...] = ()

    def message(self) -> Any:
        from jeepney import DBusAddress, new_method_call

        address = DBusAddress(self.path, self.dest, self.interface)
        return new_method_call(address, self.method, self.signature, self.body)

    def read(self, body: tuple[Any, ...] | None) -> T | None:
        return None if body is None else self.parse(body)


def open_bus(bus: str = "SESSION", *, timeout: float = 1.0) -> Any | None:
    """A jeepney blocking connection to ``bus`` ("SESSION", "SYSTEM" or an address).

    ``None`` when jeepney is missing (not Linux), the address is unset, or the bus
    can't be reached.
    """
    try:
        from jeepney.io.blocking import open_dbus_connection
    except ImportError:
        return None
    try:
        return open_dbus_connection(bus=bus, auth_timeout=timeout)
    except (OSError, ValueError, KeyError, RuntimeError) as err:
        log.debug("D-Bus %s not reachable: %s", bus, err)
        return None


class BusClient:
    """One lazily opened connection to one bus, for short method calls.

    ``bus`` is "SESSION", "SYSTEM" or a D-Bus address (the tests use a private bus).
    """

    def __init__(self, bus: str = "SESSION", *, timeout: float = CALL_TIMEOUT_S) -> None:
        self.bus = bus
        self.timeout = timeout
        self._conn: Any | None = None

    def _connection(self) -> Any | None:
        if self._conn is None:
            self._conn = open_bus(self.bus)
        return self._conn

    def call(
        self,
        dest: str,
        path: str,
        interface: str,
        method: str,
        signature: str | None = None,
        body: tuple[Any, ...] = (),
    ) -> tuple[Any, ...] | None:
        """Call a method and return its reply body, or ``None`` on any failure."""
        try:
            from jeepney import DBusAddress, MessageType, new_method_call
        except ImportError:
            return None
        msg = new_method_call(DBusAddress(path, dest, interface), method, signature, body)
        for attempt in (1, 2):
            conn = self._connection()
            if conn is None:
                return None
            try:
                reply = conn.send_and_get_reply(msg, timeout=self.timeout)
            except TimeoutError:
                log.debug("%s.%s: no reply in %.1f s", interface, method, self.timeout)
                return None
            except OSError as err:  # the bus went away: reopen once
                log.debug(
                    "%s.%s: connection lost (%s), attempt %d", interface, method, err, attempt
                )
                self.close()
                continue
            if reply.header.message_type == MessageType.error:
                log.debug("%s.%s: %s", interface, method, reply.header.fields)
                return None
            return tuple(reply.body)
        return None

    def run(self, query: BusQuery[T]) -> T | None:
        """``query`` answered while waiting (at most ``timeout``): for one-off probes only."""
        return query.read(
            self.call(
                query.dest, query.path, query.interface, query.method, query.signature, query.body
            )
        )

    def has_owner(self, name: str) -> bool:
        """Whether some connection owns the well-known ``name`` right now."""
        reply = self.call(
            "org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus",
            "NameHasOwner",
            "s",
            (name,),
        )
        return bool(reply and reply[0])

    def close(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(OSError):
                self._conn.close()
            self._conn = None


_shared: dict[str, BusClient] = {}


def shared_client(bus: str = "SESSION") -> BusClient:
    """The process-wide :class:`BusClient` for ``bus`` (one socket per bus, not per backend)."""
    if bus not in _shared:
        _shared[bus] = BusClient(bus)
    return _shared[bus]


def not_on_session_bus(name: str) -> Reason:
    """The reason of a backend whose service ``name`` is missing."""
    return Reason(QT_TRANSLATE_NOOP("backend", "{name} is not on the session bus"), name=name)


def jeepney_installed() -> bool:
    import importlib.util

    return importlib.util.find_spec("jeepney") is not None


def close_shared_clients() -> None:
    """Close the probes' connections once the choice is made (reopened if asked again):
    from then on the polls use the one watched connection per bus."""
    for client in _shared.values():
        client.close()


class SessionBusBackend:
    """Shared by backends answered over the session bus.

    Availability is probed synchronously (through :class:`BusClient`, so at most
    :data:`CALL_TIMEOUT_S` per call) until it once works; after that :meth:`available` stays
    true without asking again (the app may ask before every check). If the service
    goes away later, its queries answer ``None`` and the backend answers "don't know".
    """

    def __init__(self, client: BusClient | None = None) -> None:
        self._client = client
        self._probed_ok = False
        self.reason = ""
        self.install_hint = ""

    @property
    def client(self) -> BusClient:
        if self._client is None:
            self._client = shared_client("SESSION")
        return self._client

    def _probe(self) -> str:
        """Empty when the backend works here, else why not (a :class:`Reason`)."""
        raise NotImplementedError

    def available(self) -> bool:
        if self._probed_ok:
            return True
        if sys.platform in ("win32", "darwin"):
            self.reason = Reason(QT_TRANSLATE_NOOP("backend", "no session bus on this platform"))
            return False
        if not jeepney_installed():
            self.reason, self.install_hint = JEEPNEY_MISSING, JEEPNEY_HINT
            return False
        self.reason = self._probe()
        self._probed_ok = not self.reason
        return self._probed_ok
