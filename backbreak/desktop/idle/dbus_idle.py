"""Idle time from a desktop service on the session bus (GNOME's Mutter, KDE and others)."""

from __future__ import annotations

from typing import Any

from backbreak.desktop.dbus_util import BusQuery, SessionBusBackend, not_on_session_bus
from backbreak.desktop.reason import Reason
from backbreak.i18n import QT_TRANSLATE_NOOP


def _ms_as_seconds(body: tuple[Any, ...]) -> float | None:
    if not body or not isinstance(body[0], int):
        return None
    return body[0] / 1000.0


class _DBusIdleMonitor(SessionBusBackend):
    """Calls one method that answers milliseconds of idle time.

    :meth:`bus_query` describes the call, so the presence monitor can poll it without
    blocking; :meth:`idle_seconds` and the probe run it blocking, for one-off answers.
    """

    name = ""
    dest = ""
    path = ""
    interface = ""
    method = ""

    def _probe(self) -> str:
        if not self.client.has_owner(self.dest):
            return not_on_session_bus(self.dest)
        if self.idle_seconds() is None:
            return Reason(
                QT_TRANSLATE_NOOP("backend", "{method} did not answer"),
                method=f"{self.interface}.{self.method}",
            )
        return ""

    def bus_query(self) -> BusQuery[float]:
        return BusQuery(
            self.client.bus, self.dest, self.path, self.interface, self.method, _ms_as_seconds
        )

    def idle_seconds(self) -> float | None:
        return self.client.run(self.bus_query())


class MutterIdleMonitor(_DBusIdleMonitor):
    """``org.gnome.Mutter.IdleMonitor.GetIdletime`` (uint64 ms) on the core monitor."""

    name = "gnome-mutter"
    dest = "org.gnome.Mutter.IdleMonitor"
    path = "/org/gnome/Mutter/IdleMonitor/Core"
    interface = "org.gnome.Mutter.IdleMonitor"
    method = "GetIdletime"


class FreedesktopIdleMonitor(_DBusIdleMonitor):
    """``org.freedesktop.ScreenSaver.GetSessionIdleTime`` (uint32 ms; KDE Plasma).

    GNOME owns the name too but answers this method with an error, which makes
    :meth:`available` say no there; Mutter's monitor comes first anyway.
    """

    name = "freedesktop-screensaver"
    dest = "org.freedesktop.ScreenSaver"
    path = "/org/freedesktop/ScreenSaver"
    interface = "org.freedesktop.ScreenSaver"
    method = "GetSessionIdleTime"
