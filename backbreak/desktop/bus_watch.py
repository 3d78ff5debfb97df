"""D-Bus without blocking the GUI thread: one jeepney connection per bus, watched by Qt.

A :class:`BusWatch` owns one connection and a ``QSocketNotifier`` on its socket. It
serves two jobs on that one connection:

- signals (logind's ``PrepareForSleep``, the screen savers' ``ActiveChanged``) go to
  every handler added with :meth:`BusWatch.add_handler`;
- method calls (the idle and do-not-disturb polls) are sent at once with a serial of
  our own and :meth:`BusWatch.call` returns; the reply is matched by that serial when
  the socket is readable, and a call that got no reply by its deadline is answered
  ``None`` by a single-shot timer. A hung service therefore costs nothing but a
  missing sample: nothing ever waits for it.

:class:`BusWatches` opens one watch per bus on first use and reopens it after the
connection was lost. :class:`BusQuery` is a method call described as data, so a
backend can say what to ask and how to read the answer, and the caller decides how
to run it: here asynchronously, or blocking through ``BusClient`` for a one-off probe.

The decision and its reasons: README, Design notes, ADR-1.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QSocketNotifier, Qt, QTimer

from backbreak.clock import Clock, SystemClock
from backbreak.desktop.dbus_util import CALL_TIMEOUT_S, BusQuery, open_bus

log = logging.getLogger(__name__)

T = TypeVar("T")
Reply = Callable[[tuple[Any, ...] | None], None]
"""Gets a reply's body, or ``None`` for an error, a timeout or a lost connection."""


def _fileno(conn: Any) -> int:
    sock = getattr(conn, "sock", None)
    return int(sock.fileno() if sock is not None else conn.fileno())


def _reply_serial_field() -> Any:
    from jeepney import HeaderFields

    return HeaderFields.reply_serial


def _body_if_ok(msg: Any) -> tuple[Any, ...] | None:
    from jeepney import MessageType

    return tuple(msg.body) if msg.header.message_type == MessageType.method_return else None


class BusWatch(QObject):
    """One connection: signals to handlers, replies to the callers that wait for them."""

    def __init__(
        self, conn: Any, *, clock: Clock | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._conn = conn
        self._clock: Clock = clock if clock is not None else SystemClock()
        self._handlers: list[Callable[[Any], None]] = []
        self._pending: dict[int, tuple[float, Reply]] = {}
        """Serial of a call -> (monotonic deadline, who gets the reply)."""
        self.closed = False
        self._notifier = QSocketNotifier(_fileno(conn), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self.drain)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.CoarseTimer)
        self._timer.timeout.connect(self.expire)

    def add_handler(self, handler: Callable[[Any], None]) -> None:
        self._handlers.append(handler)

    def remove_handler(self, handler: Callable[[Any], None]) -> None:
        with contextlib.suppress(ValueError):
            self._handlers.remove(handler)

    @property
    def waiting(self) -> int:
        """Calls sent that have neither a reply nor a timeout yet."""
        return len(self._pending)

    def call(self, message: Any, done: Reply, timeout_s: float = CALL_TIMEOUT_S) -> None:
        """Send ``message``; ``done`` gets the reply body (or ``None``) later, never now."""
        if self.closed:
            QTimer.singleShot(0, lambda: done(None))
            return
        serial = next(self._conn.outgoing_serial)
        try:
            self._conn.send(message, serial=serial)
        except OSError as err:
            log.info("D-Bus connection lost while sending (%s)", err)
            self.close()
            QTimer.singleShot(0, lambda: done(None))
            return
        self._pending[serial] = (self._clock.monotonic() + timeout_s, done)
        self._arm()

    def wait_for(self, message: Any, timeout_s: float = CALL_TIMEOUT_S) -> tuple[Any, ...] | None:
        """Send ``message`` and wait for its reply body: for one-off start-up calls only.

        Subscribing (``AddMatch``) and asking whether a service is there happen once,
        before anything depends on them, and a signal emitted right after start must
        not be missed; a wait capped at ``timeout_s`` is acceptable there. Messages that
        arrive meanwhile are dispatched as usual.
        """
        if self.closed:
            return None
        serial = next(self._conn.outgoing_serial)
        deadline = self._clock.monotonic() + timeout_s
        try:
            self._conn.send(message, serial=serial)
            while (left := deadline - self._clock.monotonic()) > 0:
                msg = self._conn.receive(timeout=left)
                if msg.header.fields.get(_reply_serial_field()) == serial:
                    return _body_if_ok(msg)
                self._dispatch(msg)
        except TimeoutError:
            return None
        except OSError as err:
            log.info("D-Bus connection lost (%s)", err)
            self.close()
        return None

    def drain(self, *_args: object) -> None:
        """Handle every message that has arrived (one read may hold several)."""
        while not self.closed:
            try:
                msg = self._conn.receive(timeout=0)
            except TimeoutError:
                return
            except OSError as err:
                log.info("D-Bus connection closed (%s)", err)
                self.close()
                return
            self._dispatch(msg)

    def _dispatch(self, msg: Any) -> None:
        from jeepney import HeaderFields, MessageType

        if msg.header.message_type in (MessageType.method_return, MessageType.error):
            serial = msg.header.fields.get(HeaderFields.reply_serial)
            entry = self._pending.pop(int(serial), None) if serial is not None else None
            if entry is not None:
                self._arm()
                entry[1](_body_if_ok(msg))
            return
        for handler in list(self._handlers):
            handler(msg)

    def expire(self) -> None:
        """Answer ``None`` to every call whose deadline has passed; re-arm for the rest."""
        now = self._clock.monotonic()
        late = [serial for serial, (deadline, _) in self._pending.items() if deadline <= now]
        for serial in late:
            _, done = self._pending.pop(serial)
            log.debug("D-Bus call %d got no reply in time", serial)
            done(None)
        self._arm()

    def _arm(self) -> None:
        if not self._pending:
            self._timer.stop()
            return
        first = min(deadline for deadline, _ in self._pending.values())
        wait_ms = max(0, int((first - self._clock.monotonic()) * 1000) + 1)
        self._timer.start(wait_ms)

    def close(self) -> None:
        """Stop listening and answer ``None`` to every call still waiting.

        Drops the handlers too, so no reference cycle keeps an owner alive until a
        garbage-collector pass deletes Qt objects at a random moment.
        """
        if self.closed:
            return
        self.closed = True
        self._handlers = []
        self._notifier.setEnabled(False)
        self._timer.stop()
        with contextlib.suppress(OSError):
            self._conn.close()
        pending, self._pending = self._pending, {}
        for _, done in pending.values():
            done(None)


class BusWatches(QObject):
    """One :class:`BusWatch` per bus ("SESSION", "SYSTEM" or an address), opened on use.

    ``open_conn`` opens a jeepney connection or answers ``None`` (tests pass fakes).
    """

    def __init__(
        self,
        *,
        open_conn: Callable[[str], Any | None] = open_bus,
        clock: Clock | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._open = open_conn
        self._clock = clock
        self._watches: dict[str, BusWatch] = {}

    def watch(self, bus: str) -> BusWatch | None:
        """The live watch for ``bus``, (re)opened if needed; ``None`` if unreachable."""
        current = self._watches.get(bus)
        if current is not None and not current.closed:
            return current
        conn = self._open(bus)
        if conn is None:
            return None
        self._watches[bus] = BusWatch(conn, clock=self._clock, parent=self)
        return self._watches[bus]

    def current(self, bus: str) -> BusWatch | None:
        """The open watch for ``bus``, without opening one."""
        watch = self._watches.get(bus)
        return watch if watch is not None and not watch.closed else None

    def ask(self, query: BusQuery[T], done: Callable[[T | None], None]) -> None:
        """Run ``query`` without blocking; ``done`` gets its parsed answer or ``None``."""
        watch = self.watch(query.bus)
        if watch is None:
            QTimer.singleShot(0, lambda: done(None))
            return
        watch.call(query.message(), lambda body: done(query.read(body)))

    def add_match(self, bus: str, **rule: str) -> bool:
        """Subscribe ``bus``'s watch to signals matching ``rule`` (waits: start-up only)."""
        from jeepney import MatchRule, message_bus

        watch = self.watch(bus)
        return watch is not None and (
            watch.wait_for(message_bus.AddMatch(MatchRule(type="signal", **rule))) is not None
        )

    def has_owner(self, bus: str, name: str) -> bool:
        """Whether ``name`` is owned on ``bus`` (waits: start-up probes only)."""
        from jeepney import message_bus

        watch = self.watch(bus)
        reply = watch.wait_for(message_bus.NameHasOwner(name)) if watch is not None else None
        return bool(reply and reply[0])

    def close(self) -> None:
        for watch in self._watches.values():
            watch.close()
            watch.setParent(None)  # owned by Python again: deleted with the last reference
        self._watches = {}
