"""Is the user busy (full-screen video, presenting, do-not-disturb)? And the hold rule.

A due break is not pushed onto someone who is presenting or watching something full
screen. Each backend answers one question and says whether it can ask it here:

- ``x11-fullscreen``: the EWMH active window (``_NET_ACTIVE_WINDOW``) has
  ``_NET_WM_STATE_FULLSCREEN`` (libX11 via ctypes; not on Wayland).
- ``gnome-inhibit``: ``org.gnome.SessionManager.IsInhibited(8)``. Flag 8 is "inhibit the
  session being marked as idle" - what video players and presentation tools set while
  the user is watching. Flag 4 (suspend) is what downloads and backups set, which says
  nothing about the user's attention, so it is not used. GNOME's own do-not-disturb
  switch lives in gsettings, not on the bus.
- ``notifications-inhibited``: the notification server's ``Inhibited`` property (KDE
  Plasma's do-not-disturb; other servers lack it and say "not available").
- ``windows-notification-state``: ``SHQueryUserNotificationState`` (full-screen app,
  presentation mode, quiet hours).

:class:`ReminderGate` holds a due reminder while the user is busy, for at most
:data:`DEFAULT_HOLD_LIMIT_S` (30 min): a presentation or a video call rarely runs longer
in one piece, a 30-minute delay still lands inside the sources' cadence windows (prone
holds are due at 2 h and overdue at 3 h; routine blocks come every 1-2 h), and sitting
longer than that is the very thing backbreak exists to interrupt. After the limit the
reminder is shown anyway, as quietly as ever.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Protocol

from backbreak.clock import Clock, SystemClock
from backbreak.desktop.dbus_util import SessionBusBackend
from backbreak.desktop.xlib import X11Backend, connect_x11

DEFAULT_HOLD_LIMIT_S = 30 * 60.0
"""Longest a due reminder waits for a busy user; see the module docstring for why."""

GNOME_INHIBIT_IDLE = 8
"""GsmInhibitorFlag: 1 logout, 2 switch user, 4 suspend, 8 idle, 16 automount."""


class BusyDetector(Protocol):
    """Tells whether the user should not be interrupted right now.

    ``reason`` says why the detector is not available (empty when it is).
    """

    name: str
    reason: str

    def available(self) -> bool: ...

    def is_busy(self) -> bool: ...


class X11FullscreenDetector(X11Backend):
    """The active window is full screen (X11 with an EWMH window manager)."""

    name = "x11-fullscreen"

    def available(self) -> bool:
        if self._display is not None:
            return True
        self._display, self.reason = connect_x11(
            self._display_name, self._opener, "X11 sees XWayland windows only"
        )
        return self._display is not None

    def is_busy(self) -> bool:
        return self._display is not None and self._display.active_window_fullscreen()


class _SessionBusDetector(SessionBusBackend):
    """A detector answered by one session-bus query (``None``: can't tell)."""

    name = ""
    missing = ""

    def _query(self) -> bool | None:
        raise NotImplementedError

    def _probe(self) -> str:
        return self.missing if self._query() is None else ""

    def is_busy(self) -> bool:
        return bool(self._query())


class GnomeInhibitDetector(_SessionBusDetector):
    """An application inhibits GNOME's idle state (video playing, presenting)."""

    name = "gnome-inhibit"
    dest = "org.gnome.SessionManager"
    path = "/org/gnome/SessionManager"
    missing = f"{dest} is not on the session bus"

    def _query(self) -> bool | None:
        reply = self.client.call(
            self.dest, self.path, self.dest, "IsInhibited", "u", (GNOME_INHIBIT_IDLE,)
        )
        return bool(reply[0]) if reply else None


class NotificationsInhibitedDetector(_SessionBusDetector):
    """The notification server's ``Inhibited`` property (KDE's do-not-disturb)."""

    name = "notifications-inhibited"
    dest = "org.freedesktop.Notifications"
    path = "/org/freedesktop/Notifications"
    missing = "the notification server has no Inhibited property"

    def _query(self) -> bool | None:
        value = self.client.get_property(self.dest, self.path, self.dest, "Inhibited")
        return value if isinstance(value, bool) else None


QUNS_NOT_PRESENT = 1
QUNS_BUSY = 2
QUNS_RUNNING_D3D_FULL_SCREEN = 3
QUNS_PRESENTATION_MODE = 4
QUNS_ACCEPTS_NOTIFICATIONS = 5
QUNS_QUIET_TIME = 6
QUNS_APP = 7
BUSY_NOTIFICATION_STATES = frozenset(
    {
        QUNS_NOT_PRESENT,
        QUNS_BUSY,
        QUNS_RUNNING_D3D_FULL_SCREEN,
        QUNS_PRESENTATION_MODE,
        QUNS_QUIET_TIME,
        QUNS_APP,
    }
)
"""Every QUERY_USER_NOTIFICATION_STATE but "accepts notifications" holds a reminder."""


def win32_notification_state() -> Callable[[], int | None] | None:
    """``SHQueryUserNotificationState`` from shell32, or ``None`` off Windows."""
    win_dll: Any = getattr(ctypes, "WinDLL", None)
    if win_dll is None:
        return None
    try:
        shell32 = win_dll("shell32")
    except OSError:
        return None

    def query() -> int | None:
        state = ctypes.c_int()
        hresult = shell32.SHQueryUserNotificationState(ctypes.byref(state))
        return int(state.value) if hresult == 0 else None

    return query


class WindowsNotificationStateDetector:
    """Windows says the user is in a full-screen app, presenting or in quiet time."""

    name = "windows-notification-state"

    def __init__(self, query: Callable[[], int | None] | None = None) -> None:
        self._query = query
        self.reason = ""

    def available(self) -> bool:
        if self._query is None:
            self._query = win32_notification_state()
        if self._query is None or self._query() is None:
            self.reason = "not Windows or SHQueryUserNotificationState failed"
            return False
        self.reason = ""
        return True

    def is_busy(self) -> bool:
        return self._query is not None and self._query() in BUSY_NOTIFICATION_STATES


def default_busy_candidates() -> list[BusyDetector]:
    return [
        X11FullscreenDetector(),
        GnomeInhibitDetector(),
        NotificationsInhibitedDetector(),
        WindowsNotificationStateDetector(),
    ]


def choose_busy_detectors(
    candidates: Sequence[BusyDetector] | Callable[[], Sequence[BusyDetector]] = (
        default_busy_candidates
    ),
) -> list[BusyDetector]:
    """Every detector that works here (possibly none: then nobody is ever "busy")."""
    found = candidates() if callable(candidates) else candidates
    return [d for d in found if d.available()]


def busy_reason(detectors: Sequence[BusyDetector]) -> str | None:
    """The name of the first detector that says busy, or ``None`` when the user is free."""
    for detector in detectors:
        if detector.is_busy():
            return detector.name
    return None


class GateDecision(str, Enum):
    SHOW = "show"
    HOLD = "hold"


def gate_decision(
    busy: bool, waited_s: float, limit_s: float = DEFAULT_HOLD_LIMIT_S
) -> GateDecision:
    """Show a due reminder now, or hold it a little longer?

    Free users see it at once; busy users see it once it has waited ``limit_s``.
    """
    if not busy or waited_s >= limit_s:
        return GateDecision.SHOW
    return GateDecision.HOLD


@dataclass
class ReminderGate:
    """Remembers since when a reminder has been held, on a monotonic clock.

    ``offer(key, busy)`` is asked again each time the busy state is polled; the wait is
    counted from the first time that key was held. ``forget(key)`` once it was shown or
    answered.
    """

    limit_s: float = DEFAULT_HOLD_LIMIT_S
    clock: Clock = field(default_factory=SystemClock)
    """Only its monotonic time is read."""
    _held_since: dict[str, float] = field(default_factory=dict)

    def offer(self, key: str, busy: bool) -> GateDecision:
        now = self.clock.monotonic()
        started = self._held_since.get(key, now)
        decision = gate_decision(busy, now - started, self.limit_s)
        if decision is GateDecision.HOLD:
            self._held_since[key] = started
        else:
            self._held_since.pop(key, None)
        return decision

    def waited(self, key: str) -> float:
        """Seconds ``key`` has been held so far (0 when it isn't held)."""
        started = self._held_since.get(key)
        return 0.0 if started is None else self.clock.monotonic() - started

    def forget(self, key: str) -> None:
        self._held_since.pop(key, None)
