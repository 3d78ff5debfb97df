"""Watch what reaches the test desktop's notification server (dunst), and click it.

:class:`Notifications` is the end-to-end tests' view of desktop notifications. It
watches the session bus as a D-Bus monitor (``BecomeMonitor``), so it sees every
``Notify`` call the app makes, with the summary, body, actions and hints dunst got,
from the moment it is created: create it *before* the app can notify. Clicking goes
through dunst itself (``dunstctl action``), as a user's click would, so the app gets
dunst's real ``ActionInvoked`` signal.

API (``notes = Notifications(desktop)``, or ``with Notifications(desktop) as notes``)::

    note = notes.wait_for("Time for a break", timeout=30)  # -> Notification
    note.summary, note.body, note.actions ({"default": "Start", ...}), note.hints
    notes.wait_displayed(1)          # dunst shows exactly one (``dunstctl count``)
    notes.click()                    # default action of the top notification shown
    notes.ensure_none(within=2.0)    # fail if any Notify call comes in that time
    notes.seen                       # every Notification seen so far, oldest first
    notes.displayed(), notes.history_count(), notes.clear()
    notes.close()                    # the monitor connection (``with`` does it)

Waits are real seconds (dunst and the bus don't run under libfaketime; the app may).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any

NOTIFY_RULE = "type='method_call',interface='org.freedesktop.Notifications',member='Notify'"


@dataclass(frozen=True)
class Notification:
    """One ``Notify`` call as the server received it."""

    app_name: str
    replaces_id: int
    summary: str
    body: str
    actions: dict[str, str]
    """Action key -> label; "default" is what a click on the bubble does."""
    hints: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_body(cls, body: tuple[Any, ...]) -> Notification:
        app_name, replaces, _icon, summary, text, actions, hints, _timeout = body
        pairs = dict(zip(actions[::2], actions[1::2], strict=True))
        return cls(app_name, int(replaces), summary, text, pairs, dict(hints))


class Notifications:
    """Notify calls seen on the desktop's bus, and dunst's controls (see module doc)."""

    def __init__(self, desktop: Any) -> None:
        from jeepney import DBusAddress, new_method_call

        self.desktop = desktop
        self.seen: list[Notification] = []
        self._read = 0
        self.conn = desktop.connect()
        monitoring = DBusAddress(
            "/org/freedesktop/DBus",
            bus_name="org.freedesktop.DBus",
            interface="org.freedesktop.DBus.Monitoring",
        )
        self.conn.send_and_get_reply(
            new_method_call(monitoring, "BecomeMonitor", "asu", ([NOTIFY_RULE], 0)), timeout=3
        )

    def __enter__(self) -> Notifications:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    # -- what was asked for -----------------------------------------------------------

    def _receive(self, timeout: float) -> bool:
        """Read one message within ``timeout`` s; True if it was a Notify call."""
        from jeepney.low_level import HeaderFields

        try:
            msg = self.conn.receive(timeout=max(0.01, timeout))
        except TimeoutError:
            return False
        if msg.header.fields.get(HeaderFields.member) != "Notify":
            return False
        self.seen.append(Notification.from_body(tuple(msg.body)))
        return True

    def wait_for(self, summary_prefix: str = "", timeout: float = 10.0) -> Notification:
        """The next notification not returned before whose summary starts with
        ``summary_prefix``; fails after ``timeout`` seconds saying what came instead."""
        deadline = time.monotonic() + timeout
        while True:
            while self._read < len(self.seen):
                note = self.seen[self._read]
                self._read += 1
                if note.summary.startswith(summary_prefix):
                    return note
            left = deadline - time.monotonic()
            if left <= 0:
                got = [n.summary for n in self.seen] or "none"
                raise AssertionError(
                    f"no notification {summary_prefix!r}... within {timeout:.0f} s (seen: {got})"
                )
            self._receive(left)

    def ensure_none(self, within: float) -> None:
        """Fail if a Notify call arrives within ``within`` seconds (a deadline, not a
        count after a sleep: the first unwanted call fails at once)."""
        deadline = time.monotonic() + within
        while (left := deadline - time.monotonic()) > 0:
            if self._receive(left):
                raise AssertionError(f"unexpected notification: {self.seen[-1].summary!r}")

    # -- what dunst shows, and the user's click ---------------------------------------------

    def _count(self, which: str) -> int:
        return int(self.desktop.run(["dunstctl", "count", which]).stdout.strip() or 0)

    def displayed(self) -> int:
        return self._count("displayed")

    def history_count(self) -> int:
        """Closed notifications dunst keeps (``sticky_history`` in tests/e2e/dunstrc)."""
        return self._count("history")

    def wait_displayed(self, count: int, timeout: float = 5.0) -> None:
        """Wait until dunst shows exactly ``count`` notifications."""
        self.desktop.wait_for(
            lambda: self.displayed() == count, timeout, f"dunst to show {count} notification(s)"
        )

    def click(self, position: int = 0) -> None:
        """Run the default action of the notification shown at ``position`` (0: top),
        as a click on it does; dunst sends ``ActionInvoked(id, "default")``."""
        result = self.desktop.run(["dunstctl", "action", str(position)])
        assert result.returncode == 0, result.stderr

    def clear(self) -> None:
        """Close what is shown (dunst 1.9 can't empty its history: compare counts)."""
        self.desktop.run(["dunstctl", "close-all"])
