"""How long since the user last touched keyboard or mouse, behind one interface.

Backends, tried in this order; the first whose :meth:`available` says yes is used:

- ``gnome-mutter``: ``org.gnome.Mutter.IdleMonitor.GetIdletime`` (GNOME, X11 and Wayland)
- ``x11-xss``: the MIT-SCREEN-SAVER extension through libX11 + libXss (any X11 session;
  refused on Wayland, where it would see XWayland windows only)
- ``freedesktop-screensaver``: ``org.freedesktop.ScreenSaver.GetSessionIdleTime``
  (KDE Plasma and others that implement it)
- ``windows``: ``GetLastInputInfo``
- ``macos``: ``CGEventSourceSecondsSinceLastEventType``

With none of them, :class:`NullIdleMonitor` says so and the app relies on the clock
alone (being away is then not noticed, but nothing else breaks).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from backbreak.desktop.idle.dbus_idle import FreedesktopIdleMonitor, MutterIdleMonitor
from backbreak.desktop.idle.macos import MacIdleMonitor
from backbreak.desktop.idle.windows import WindowsIdleMonitor
from backbreak.desktop.idle.x11 import X11IdleMonitor

__all__ = [
    "FreedesktopIdleMonitor",
    "IdleMonitor",
    "MacIdleMonitor",
    "MutterIdleMonitor",
    "NullIdleMonitor",
    "WindowsIdleMonitor",
    "X11IdleMonitor",
    "choose_idle_monitor",
    "default_candidates",
]


class IdleMonitor(Protocol):
    """Reports the user's idle time.

    ``reason`` says why the backend is not available (empty when it is); it is
    filled in by :meth:`available` and shown by ``backbreak status``.
    """

    name: str
    reason: str

    def available(self) -> bool: ...

    def idle_seconds(self) -> float | None:
        """Seconds since the last input; ``None`` if the backend can't tell right now."""
        ...


class NullIdleMonitor:
    """No idle source here: never reports idle time, so the clock alone drives breaks."""

    name = "none"

    def __init__(
        self, reason: str = "no idle-time source works here; relying on the clock"
    ) -> None:
        self.reason = reason

    def available(self) -> bool:
        return True

    def idle_seconds(self) -> float | None:
        return None


def default_candidates() -> list[IdleMonitor]:
    """Every backend, in order of preference (each decides itself if it fits this OS)."""
    return [
        MutterIdleMonitor(),
        X11IdleMonitor(),
        FreedesktopIdleMonitor(),
        WindowsIdleMonitor(),
        MacIdleMonitor(),
    ]


def choose_idle_monitor(
    candidates: Sequence[IdleMonitor] | Callable[[], Sequence[IdleMonitor]] = default_candidates,
) -> IdleMonitor:
    """The first available backend, else a :class:`NullIdleMonitor` naming what was tried."""
    found = candidates() if callable(candidates) else candidates
    tried = []
    for monitor in found:
        if monitor.available():
            return monitor
        tried.append(f"{monitor.name}: {monitor.reason}")
    reason = "no idle-time source works here; relying on the clock"
    return NullIdleMonitor(reason + ("; tried " + "; ".join(tried) if tried else ""))
