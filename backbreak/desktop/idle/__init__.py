"""How long since the user last touched keyboard or mouse, behind one interface.

Backends, tried in this order; the first whose :meth:`available` says yes is used:

- ``gnome-mutter``: ``org.gnome.Mutter.IdleMonitor.GetIdletime`` (GNOME, X11 and Wayland)
- ``wayland-idle-notify``: the compositor's ``ext-idle-notify-v1`` (sway 1.8+, KDE Plasma,
  Hyprland, labwc), then ``kde-idle``: KDE's older ``org_kde_kwin_idle`` (KDE, sway 1.7);
  both only in a Wayland session (``WAYLAND_DISPLAY`` set), where they come before X11
- ``x11-xss``: the MIT-SCREEN-SAVER extension through libX11 + libXss (any X11 session;
  refused on Wayland, where it would see XWayland windows only)
- ``freedesktop-screensaver``: ``org.freedesktop.ScreenSaver.GetSessionIdleTime``
  (KDE Plasma and others that implement it)
- ``windows``: ``GetLastInputInfo``
- ``macos``: ``CGEventSourceSecondsSinceLastEventType``

With none of them, :class:`NullIdleMonitor` says so and the app relies on the clock
alone (being away is then not noticed, but nothing else breaks). The choice is
:func:`backbreak.desktop.backend.choose`'s, so ``idle=NAME`` in ``BACKBREAK_BACKENDS``
forces one and the refused ones' reasons reach ``backbreak status``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from typing import Protocol

from backbreak.desktop.backend import Choice, Refusal, choose
from backbreak.desktop.idle.dbus_idle import FreedesktopIdleMonitor, MutterIdleMonitor
from backbreak.desktop.idle.macos import MacIdleMonitor
from backbreak.desktop.idle.wayland import EXT_IDLE_NOTIFY, KDE_IDLE, WaylandIdleMonitor
from backbreak.desktop.idle.windows import WindowsIdleMonitor
from backbreak.desktop.idle.x11 import X11IdleMonitor
from backbreak.desktop.reason import Reason
from backbreak.i18n import QT_TRANSLATE_NOOP

__all__ = [
    "FreedesktopIdleMonitor",
    "IdleMonitor",
    "MacIdleMonitor",
    "MutterIdleMonitor",
    "NullIdleMonitor",
    "WaylandIdleMonitor",
    "WindowsIdleMonitor",
    "X11IdleMonitor",
    "choose_idle_monitor",
    "default_candidates",
]


class IdleMonitor(Protocol):
    """Reports the user's idle time.

    ``reason`` and ``install_hint`` say why the backend is not available (empty when
    it is); they are filled in by :meth:`available` and shown by ``backbreak status``.
    A backend answered over D-Bus also has ``bus_query()``, which the presence monitor
    runs without blocking; :meth:`idle_seconds` is the blocking answer.
    """

    name: str
    reason: str
    install_hint: str

    def available(self) -> bool: ...

    def idle_seconds(self) -> float | None:
        """Seconds since the last input; ``None`` if the backend can't tell right now."""
        ...


NO_IDLE_SOURCE = Reason(
    QT_TRANSLATE_NOOP("backend", "no idle-time source works here; relying on the clock")
)


class NullIdleMonitor:
    """No idle source here: never reports idle time, so the clock alone drives breaks."""

    name = "none"
    install_hint = ""

    def __init__(self, reason: str = NO_IDLE_SOURCE) -> None:
        self.reason = reason

    def available(self) -> bool:
        return True

    def idle_seconds(self) -> float | None:
        return None


def default_candidates(environ: Mapping[str, str] | None = None) -> list[IdleMonitor]:
    """Every backend, in order of preference (each decides itself if it fits this OS);
    the Wayland ones only in a Wayland session, so X11 sessions' status stays short."""
    env = os.environ if environ is None else environ
    wayland: list[IdleMonitor] = []
    if env.get("WAYLAND_DISPLAY"):
        wayland = [
            WaylandIdleMonitor(EXT_IDLE_NOTIFY, environ=environ),
            WaylandIdleMonitor(KDE_IDLE, environ=environ),
        ]
    return [
        MutterIdleMonitor(),
        *wayland,
        X11IdleMonitor(),
        FreedesktopIdleMonitor(),
        WindowsIdleMonitor(),
        MacIdleMonitor(),
    ]


def choose_idle_monitor(
    candidates: Sequence[IdleMonitor] | Callable[[], Sequence[IdleMonitor]] = default_candidates,
    *,
    environ: Mapping[str, str] | None = None,
) -> Choice[IdleMonitor]:
    """The first available backend, else a :class:`NullIdleMonitor`; the refusals are kept."""

    def null(refused: tuple[Refusal, ...]) -> IdleMonitor:
        return NullIdleMonitor(NO_IDLE_SOURCE if refused else "")

    return choose("idle", candidates, null, environ=environ)
