"""Idle time from a desktop service on the session bus (GNOME's Mutter, KDE and others)."""

from __future__ import annotations

from backbreak.desktop.dbus_util import SessionBusBackend


class _DBusIdleMonitor(SessionBusBackend):
    """Calls one method that answers milliseconds of idle time."""

    name = ""
    dest = ""
    path = ""
    interface = ""
    method = ""

    def _probe(self) -> str:
        if not self.client.has_owner(self.dest):
            return f"{self.dest} is not on the session bus"
        if self.idle_seconds() is None:
            return f"{self.interface}.{self.method} did not answer"
        return ""

    def idle_seconds(self) -> float | None:
        reply = self.client.call(self.dest, self.path, self.interface, self.method)
        if not reply or not isinstance(reply[0], int):
            return None
        return reply[0] / 1000.0


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
