"""Shared by the detectors answered by one session-bus query."""

from __future__ import annotations

from backbreak.desktop.dbus_util import BusQuery, SessionBusBackend


class SessionBusDetector(SessionBusBackend):
    """A detector answered by one session-bus query (``None``: can't tell).

    :meth:`bus_query` describes the call, so the presence monitor can poll it without
    blocking; :meth:`is_busy` and the probe run it blocking, for one-off answers.
    """

    name = ""
    missing = ""
    """Why the backend can't work here when its query is not answered (a Reason)."""

    def bus_query(self) -> BusQuery[bool]:
        raise NotImplementedError

    def _probe(self) -> str:
        return self.missing if self.client.run(self.bus_query()) is None else ""

    def is_busy(self) -> bool:
        busy = self.client.run(self.bus_query())
        return bool(busy)
