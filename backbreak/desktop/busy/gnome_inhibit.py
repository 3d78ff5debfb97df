"""``gnome-inhibit``: ``org.gnome.SessionManager.IsInhibited(8)``.

Flag 8 is "inhibit the session being marked as idle" - what video players and
presentation tools set while the user is watching. Flag 4 (suspend) is what downloads
and backups set, which says nothing about the user's attention, so it is not used.
GNOME's own do-not-disturb switch lives in gsettings, not on the bus.
"""

from __future__ import annotations

from typing import Any

from backbreak.desktop.busy.session_bus import SessionBusDetector
from backbreak.desktop.dbus_util import BusQuery, not_on_session_bus

GNOME_INHIBIT_IDLE = 8
"""GsmInhibitorFlag: 1 logout, 2 switch user, 4 suspend, 8 idle, 16 automount."""


def _first_bool(body: tuple[Any, ...]) -> bool | None:
    return bool(body[0]) if body else None


class GnomeInhibitDetector(SessionBusDetector):
    """An application inhibits GNOME's idle state (video playing, presenting)."""

    name = "gnome-inhibit"
    dest = "org.gnome.SessionManager"
    path = "/org/gnome/SessionManager"
    missing = not_on_session_bus(dest)

    def bus_query(self) -> BusQuery[bool]:
        return BusQuery(
            self.client.bus,
            self.dest,
            self.path,
            self.dest,
            "IsInhibited",
            _first_bool,
            "u",
            (GNOME_INHIBIT_IDLE,),
        )
