"""Is the user busy (full-screen video, presenting, do-not-disturb)? And the hold rule.

A due break is not pushed onto someone who is presenting or watching something full
screen. Each detector answers one question, says whether it can ask it here, and
lives in its own module:

- ``x11-fullscreen`` (:mod:`.x11_fullscreen`): the active X11 window is full screen;
- ``wlr-foreign-toplevel`` (:mod:`.wlr_toplevel`): the focused Wayland window is full
  screen (wlroots compositors; only in a Wayland session);
- ``gnome-inhibit`` (:mod:`.gnome_inhibit`): an app inhibits GNOME's idle state;
- ``notifications-inhibited`` (:mod:`.notifications_inhibited`): the notification
  server's do-not-disturb (KDE);
- ``windows-notification-state`` (:mod:`.windows_state`): Windows' own busy states.

Every detector that works here is used (:func:`choose_busy_detectors`); the first
that says busy holds the reminder, by the rule in :mod:`.gate`. :mod:`.hold` is the
one hold policy (busy, and in a call: :mod:`backbreak.desktop.calls`), and
:mod:`.holder` asks the detectors and the call watch while a break waits.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from typing import Protocol

from backbreak.desktop.backend import Choices, choose_all
from backbreak.desktop.busy.gate import (
    DEFAULT_HOLD_LIMIT_S,
    GateDecision,
    gate_decision,
)
from backbreak.desktop.busy.gnome_inhibit import GNOME_INHIBIT_IDLE, GnomeInhibitDetector
from backbreak.desktop.busy.notifications_inhibited import NotificationsInhibitedDetector
from backbreak.desktop.busy.windows_state import (
    BUSY_NOTIFICATION_STATES,
    WindowsNotificationStateDetector,
)
from backbreak.desktop.busy.wlr_toplevel import WlrToplevelFullscreenDetector
from backbreak.desktop.busy.x11_fullscreen import X11FullscreenDetector

__all__ = [
    "BUSY_NOTIFICATION_STATES",
    "DEFAULT_HOLD_LIMIT_S",
    "GNOME_INHIBIT_IDLE",
    "BusyDetector",
    "GateDecision",
    "GnomeInhibitDetector",
    "NotificationsInhibitedDetector",
    "WindowsNotificationStateDetector",
    "WlrToplevelFullscreenDetector",
    "X11FullscreenDetector",
    "busy_reason",
    "choose_busy_detectors",
    "default_busy_candidates",
    "gate_decision",
]


class BusyDetector(Protocol):
    """Tells whether the user should not be interrupted right now.

    ``reason`` and ``install_hint`` say why the detector is not available (empty when
    it is). A detector answered over D-Bus also has ``bus_query()``, which the presence
    monitor runs without blocking; :meth:`is_busy` is the blocking answer.
    """

    name: str
    reason: str
    install_hint: str

    def available(self) -> bool: ...

    def is_busy(self) -> bool: ...


def default_busy_candidates(environ: Mapping[str, str] | None = None) -> list[BusyDetector]:
    """The Wayland detector comes first, and only in a Wayland session."""
    env = os.environ if environ is None else environ
    wayland: list[BusyDetector] = []
    if env.get("WAYLAND_DISPLAY"):
        wayland = [WlrToplevelFullscreenDetector(environ=environ)]
    return [
        *wayland,
        X11FullscreenDetector(),
        GnomeInhibitDetector(),
        NotificationsInhibitedDetector(),
        WindowsNotificationStateDetector(),
    ]


def choose_busy_detectors(
    candidates: Sequence[BusyDetector] | Callable[[], Sequence[BusyDetector]] = (
        default_busy_candidates
    ),
    *,
    environ: Mapping[str, str] | None = None,
) -> Choices[BusyDetector]:
    """Every detector that works here (possibly none: then nobody is ever "busy")."""
    return choose_all("busy", candidates, environ=environ)


def busy_reason(detectors: Sequence[BusyDetector]) -> str | None:
    """The name of the first detector that says busy, or ``None`` when the user is free."""
    for detector in detectors:
        if detector.is_busy():
            return detector.name
    return None
