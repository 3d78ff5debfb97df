"""Desktop notifications over D-Bus (org.freedesktop.Notifications), with buttons.

Why jeepney and not QtDBus: PySide6's QtDBus cannot send the ``uint32`` that
``Notify``'s ``replaces_id`` argument needs (PYSIDE-1904), and
``QSystemTrayIcon.showMessage`` on Linux attaches a click action only to critical
messages while its ``messageClicked`` also fires for other apps' notifications.

One jeepney connection both sends ``Notify`` and receives ``ActionInvoked`` /
``NotificationClosed``. It never blocks the GUI: calls are sent with a serial of our
own, replies are matched by that serial, and a ``QSocketNotifier`` on the bus socket
tells us when something arrived. Only signals for ids this connection created are
reported; other apps' notifications are ignored.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QSocketNotifier

from backbreak import APP_ID, APP_NAME
from backbreak.clock import Clock, SystemClock
from backbreak.desktop.dbus_util import JEEPNEY_HINT, JEEPNEY_MISSING, jeepney_installed
from backbreak.desktop.notify.base import Notifier, Reminder, ReminderAction
from backbreak.desktop.reason import Reason
from backbreak.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

BUS_NAME = "org.freedesktop.Notifications"
OBJECT_PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"

ACTIONS = [
    "default",
    QT_TRANSLATE_NOOP("notify", "Start"),
    ReminderAction.START.value,
    QT_TRANSLATE_NOOP("notify", "Start"),
    ReminderAction.SNOOZE.value,
    QT_TRANSLATE_NOOP("notify", "Snooze"),
    ReminderAction.SKIP.value,
    QT_TRANSLATE_NOOP("notify", "Skip"),
]
"""Pairs of (action key, label). "default" is a click on the notification itself."""


def translated_actions() -> list[str]:
    """:data:`ACTIONS` with the labels in the user's language."""
    return [
        QCoreApplication.translate("notify", text) if i % 2 else text
        for i, text in enumerate(ACTIONS)
    ]


NO_SERVER_HINT = Reason(
    QT_TRANSLATE_NOOP("backend", "run a notification daemon such as dunst or the desktop's own")
)
PROBE_TIMEOUT_S = 1.0
"""Longest the one-off probe at start waits for each reply."""

EXPIRE_NEVER = 0
URGENCY_LOW, URGENCY_NORMAL = 0, 1
"""A re-offered break comes back at low urgency: a gentle nudge, not an alarm."""


def default_icon() -> str:
    """The app icon as a file path (works before the app is installed), else its name."""
    from backbreak.assets_path import asset

    path = asset("icons", f"{APP_ID}.svg")
    return str(path) if path.is_file() else APP_ID


class BusConnection(Protocol):
    """The part of ``jeepney.io.blocking.DBusConnection`` this backend uses."""

    outgoing_serial: Any

    def send(self, message: Any, serial: int | None = None) -> None: ...

    def receive(self, *, timeout: float | None = None) -> Any: ...

    def fileno(self) -> int: ...

    def close(self) -> None: ...


class _JeepneyConnection:
    """Adapts a jeepney blocking connection to :class:`BusConnection`."""

    def __init__(self, conn: Any) -> None:
        self._conn = conn
        self.outgoing_serial = conn.outgoing_serial

    def send(self, message: Any, serial: int | None = None) -> None:
        self._conn.send(message, serial=serial)

    def receive(self, *, timeout: float | None = None) -> Any:
        return self._conn.receive(timeout=timeout)

    def fileno(self) -> int:
        return int(self._conn.sock.fileno())

    def close(self) -> None:
        self._conn.close()


def open_session_bus() -> BusConnection | None:
    """A jeepney session-bus connection, or None when there is no bus or no jeepney."""
    try:
        from jeepney.io.blocking import open_dbus_connection
    except ImportError:
        return None
    try:
        return _JeepneyConnection(open_dbus_connection(bus="SESSION", auth_timeout=1.0))
    except (OSError, KeyError, ValueError, TimeoutError, RuntimeError) as err:
        log.info("no D-Bus session bus: %s", err)
        return None


def notify_message(reminder: Reminder, replaces_id: int, icon: str) -> Any:
    """The ``Notify`` method call for a reminder."""
    from jeepney import DBusAddress, new_method_call

    addr = DBusAddress(OBJECT_PATH, bus_name=BUS_NAME, interface=INTERFACE)
    hints = {
        "desktop-entry": ("s", APP_ID),
        "category": ("s", "x-backbreak.reminder"),
        "urgency": ("y", URGENCY_LOW if reminder.again or reminder.quiet else URGENCY_NORMAL),
    }
    if reminder.quiet:
        hints["suppress-sound"] = ("b", True)
    body = (
        APP_NAME,
        replaces_id,
        icon,
        reminder.title,
        reminder.body,
        translated_actions(),
        hints,
        EXPIRE_NEVER,
    )
    return new_method_call(addr, "Notify", "susssasa{sv}i", body)


def close_message(notification_id: int) -> Any:
    from jeepney import DBusAddress, new_method_call

    addr = DBusAddress(OBJECT_PATH, bus_name=BUS_NAME, interface=INTERFACE)
    return new_method_call(addr, "CloseNotification", "u", (notification_id,))


def capabilities_message() -> Any:
    from jeepney import DBusAddress, new_method_call

    addr = DBusAddress(OBJECT_PATH, bus_name=BUS_NAME, interface=INTERFACE)
    return new_method_call(addr, "GetCapabilities")


def name_has_owner_message(name: str) -> Any:
    from jeepney import DBusAddress, new_method_call

    addr = DBusAddress(
        "/org/freedesktop/DBus", bus_name="org.freedesktop.DBus", interface="org.freedesktop.DBus"
    )
    return new_method_call(addr, "NameHasOwner", "s", (name,))


def add_match_message(member: str) -> Any:
    from jeepney import DBusAddress, new_method_call
    from jeepney.bus_messages import MatchRule

    rule = MatchRule(type="signal", interface=INTERFACE, member=member, path=OBJECT_PATH)
    addr = DBusAddress(
        "/org/freedesktop/DBus", bus_name="org.freedesktop.DBus", interface="org.freedesktop.DBus"
    )
    return new_method_call(addr, "AddMatch", "s", (rule.serialise(),))


class FreedesktopNotifier(Notifier):
    """Notifications with Start / Snooze / Skip buttons; clicks are reported.

    Signals: see :class:`Notifier`.
    """

    name = "freedesktop"
    reports_clicks = True

    def __init__(
        self,
        connect: Callable[[], BusConnection | None] = open_session_bus,
        icon: str | None = None,
        clock: Clock | None = None,
    ) -> None:
        """``clock`` times the one blocking wait (the probe at start); the system's by default."""
        super().__init__()
        self._connect = connect
        self._clock: Clock = clock if clock is not None else SystemClock()
        self._icon = icon if icon is not None else default_icon()
        self._conn: BusConnection | None = None
        self._watch: QSocketNotifier | None = None
        self._probed: bool | None = None
        self._pending: dict[int, str] = {}
        """Serial of a Notify call -> reminder key, until its reply brings the id."""
        self._ids: dict[int, str] = {}
        """Notification id -> reminder key, for the notifications we sent."""

    # -- connection ---------------------------------------------------------------

    def _connection(self) -> BusConnection | None:
        if self._conn is None:
            self._conn = self._connect()
            if self._conn is None:
                return None
            self._watch = QSocketNotifier(self._conn.fileno(), QSocketNotifier.Type.Read, self)
            self._watch.activated.connect(self._drain)
            for member in ("ActionInvoked", "NotificationClosed"):
                self._conn.send(add_match_message(member))
        return self._conn

    def available(self) -> bool:
        """Whether a notification server owns ``org.freedesktop.Notifications`` now.

        Asked once, synchronously (a local bus answers in well under a millisecond;
        :data:`PROBE_TIMEOUT_S` caps a hung one), with the server's capabilities; the
        answer is cached because the app asks at start only.
        """
        if self._probed is not None:
            return self._probed
        conn = self._connection()
        if conn is None:
            self._probed = False
            if jeepney_installed():
                self.reason = Reason(QT_TRANSLATE_NOOP("backend", "no D-Bus session bus"))
            else:
                self.reason, self.install_hint = JEEPNEY_MISSING, JEEPNEY_HINT
            return False
        if not self._ask(conn, name_has_owner_message(BUS_NAME)):
            self.reason = Reason(
                QT_TRANSLATE_NOOP("backend", "no {name} on the session bus"), name=BUS_NAME
            )
            self.install_hint = NO_SERVER_HINT
            self._probed = False
            return False
        self._check_capabilities(conn)
        self._probed = True
        return True

    def _ask(self, conn: BusConnection, message: Any) -> Any:
        serial = next(conn.outgoing_serial)
        conn.send(message, serial=serial)
        return self._await_reply(conn, serial, timeout=PROBE_TIMEOUT_S)

    def _check_capabilities(self, conn: BusConnection) -> None:
        """A server without "actions" shows no buttons: then clicks are not reported
        and the app adds its reminder card. An unanswered question changes nothing."""
        caps = self._ask(conn, capabilities_message())
        if isinstance(caps, list) and "actions" not in caps:
            self.reports_clicks = False
            self.reason = Reason(
                #: {name} is a D-Bus name; "actions" is the capability's name in the standard.
                QT_TRANSLATE_NOOP("backend", "{name} has no actions capability"),
                name=BUS_NAME,
            )

    def _await_reply(self, conn: BusConnection, serial: int, timeout: float) -> Any:
        """Wait for the reply to one call, dispatching anything else that comes first."""
        deadline = self._clock.monotonic() + timeout
        while True:
            left = deadline - self._clock.monotonic()
            if left <= 0:
                return None
            try:
                msg = conn.receive(timeout=left)
            except (TimeoutError, OSError):
                return None
            if _reply_serial(msg) == serial:
                return msg.body[0] if msg.body else None
            self._dispatch(msg)

    # -- Notifier -------------------------------------------------------------------

    def notify(self, reminder: Reminder) -> bool:
        conn = self._connection()
        if conn is None:
            return False
        replaces = self._id_for(reminder.key)
        serial = next(conn.outgoing_serial)
        try:
            conn.send(notify_message(reminder, replaces, self._icon), serial=serial)
        except OSError as err:
            log.warning("could not send a notification: %s", err)
            return False
        self._pending[serial] = reminder.key
        return True

    def withdraw(self, key: str) -> None:
        conn = self._conn
        notification_id = self._id_for(key)
        if conn is None or not notification_id:
            return
        try:
            conn.send(close_message(notification_id))
        except OSError as err:
            log.info("could not close notification %s: %s", notification_id, err)
        self._ids.pop(notification_id, None)

    def shutdown(self) -> None:
        if self._watch is not None:
            self._watch.setEnabled(False)
        if self._conn is not None:
            self._conn.close()
        self._conn = None

    # -- incoming -----------------------------------------------------------------

    def _id_for(self, key: str) -> int:
        return next((i for i, k in self._ids.items() if k == key), 0)

    def _drain(self) -> None:
        """Handle every message that has arrived, without blocking."""
        conn = self._conn
        if conn is None:
            return
        while True:
            try:
                msg = conn.receive(timeout=0)
            except TimeoutError:
                return
            except OSError as err:
                log.warning("lost the D-Bus connection: %s", err)
                self.shutdown()
                return
            self._dispatch(msg)

    def _dispatch(self, msg: Any) -> None:
        reply_to = _reply_serial(msg)
        if reply_to is not None:
            key = self._pending.pop(reply_to, None)
            if key is not None and msg.body and isinstance(msg.body[0], int):
                self._ids[int(msg.body[0])] = key
            elif key is not None:
                log.warning("the notification server refused a notification: %s", msg.body)
            return
        member = _member(msg)
        if member == "ActionInvoked" and len(msg.body) >= 2:
            notification_id, action = int(msg.body[0]), str(msg.body[1])
            key = self._ids.get(notification_id)
            if key is None:
                return
            chosen = ReminderAction.START.value if action == "default" else action
            if chosen in {a.value for a in ReminderAction}:
                self.action_invoked.emit(key, chosen)
        elif member == "NotificationClosed" and msg.body:
            key = self._ids.pop(int(msg.body[0]), None)
            if key is not None:
                self.closed.emit(key)


def _reply_serial(msg: Any) -> int | None:
    from jeepney.low_level import HeaderFields, MessageType

    if msg.header.message_type not in (MessageType.method_return, MessageType.error):
        return None
    value = msg.header.fields.get(HeaderFields.reply_serial)
    return int(value) if value is not None else None


def _member(msg: Any) -> str | None:
    from jeepney.low_level import HeaderFields, MessageType

    if msg.header.message_type != MessageType.signal:
        return None
    if msg.header.fields.get(HeaderFields.interface) != INTERFACE:
        return None
    member = msg.header.fields.get(HeaderFields.member)
    return str(member) if member is not None else None
