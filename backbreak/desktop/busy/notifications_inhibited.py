"""``notifications-inhibited``: the notification server's ``Inhibited`` property.

KDE Plasma's do-not-disturb; other servers lack it and say "not available".
"""

from __future__ import annotations

from typing import Any

from backbreak.desktop.busy.session_bus import SessionBusDetector
from backbreak.desktop.dbus_util import BusQuery
from backbreak.desktop.reason import Reason
from backbreak.i18n import QT_TRANSLATE_NOOP

PROPERTIES = "org.freedesktop.DBus.Properties"


def _bool_variant(body: tuple[Any, ...]) -> bool | None:
    if not body:
        return None
    variant = body[0]
    # jeepney returns a variant as (signature, value)
    value = variant[1] if isinstance(variant, tuple) and len(variant) == 2 else variant
    return value if isinstance(value, bool) else None


class NotificationsInhibitedDetector(SessionBusDetector):
    """The notification server's ``Inhibited`` property (KDE's do-not-disturb)."""

    name = "notifications-inhibited"
    dest = "org.freedesktop.Notifications"
    path = "/org/freedesktop/Notifications"
    missing = Reason(
        #: {property} is the D-Bus property's name.
        QT_TRANSLATE_NOOP("backend", "the notification server has no {property} property"),
        property="Inhibited",
    )

    def bus_query(self) -> BusQuery[bool]:
        return BusQuery(
            self.client.bus,
            self.dest,
            self.path,
            PROPERTIES,
            "Get",
            _bool_variant,
            "ss",
            (self.dest, "Inhibited"),
        )
