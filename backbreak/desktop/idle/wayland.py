"""Idle time from the Wayland compositor: ``ext-idle-notify-v1``, or KDE's older
``org_kde_kwin_idle`` (same shape), through backbreak's own small Wayland client.

Neither protocol answers "how long idle": the client asks to be told once no input
came for :data:`NOTICE_S` seconds (``idled``) and again at the next input
(``resumed``). The idle time is then ``NOTICE_S`` plus the time since ``idled``
arrived, and 0 while the user is active (under ``NOTICE_S``, too short to matter for
breaks). Events are read when the monitor is polled, so an answer is late by at most
one poll.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from backbreak.clock import Clock, SystemClock
from backbreak.desktop.reason import Reason
from backbreak.desktop.wayland import WaylandClient
from backbreak.desktop.wayland.client import open_subscribed
from backbreak.desktop.wayland.wire import Args, uint
from backbreak.i18n import QT_TRANSLATE_NOOP

NOTICE_S = 5
"""Seconds without input after which the compositor says "idled"."""


@dataclass(frozen=True)
class IdleProtocol:
    """Where one idle protocol's request and events sit."""

    backend_name: str
    interface: str
    request: int
    seat_first: bool
    """``org_kde_kwin_idle.get_idle_timeout(id, seat, timeout)`` vs ext's
    ``get_idle_notification(id, timeout, seat)``."""
    offered_by: str
    """Which compositors offer it (a :class:`Reason`)."""


EXT_IDLE_NOTIFY = IdleProtocol(
    "wayland-idle-notify",
    "ext_idle_notifier_v1",
    1,
    False,
    Reason(
        QT_TRANSLATE_NOOP(
            "backend",
            "sway 1.8+, KDE Plasma 5.27+, Hyprland, labwc and other wlroots compositors offer it",
        )
    ),
)
KDE_IDLE = IdleProtocol(
    "kde-idle",
    "org_kde_kwin_idle",
    0,
    True,
    Reason(QT_TRANSLATE_NOOP("backend", "KDE Plasma and sway before 1.8 offer it")),
)
IDLED, RESUMED = 0, 1
Connector = Callable[[], WaylandClient]


class WaylandIdleMonitor:
    """Idle time from one Wayland idle protocol; refuses outside Wayland."""

    install_hint = ""

    def __init__(
        self,
        protocol: IdleProtocol = EXT_IDLE_NOTIFY,
        *,
        connect: Connector | None = None,
        environ: Mapping[str, str] | None = None,
        clock: Clock | None = None,
    ) -> None:
        self.protocol = protocol
        self.name = protocol.backend_name
        self.reason = ""
        self._connect = connect or (lambda: WaylandClient.connect(environ))
        self._clock = clock if clock is not None else SystemClock()
        self._client: WaylandClient | None = None
        self._idled_at: float | None = None

    def available(self) -> bool:
        if self._client is None:
            self._client, self.reason = open_subscribed(self._connect, self._subscribe)
        return self._client is not None

    def _subscribe(self, client: WaylandClient) -> str:
        """Ask for idled/resumed events; empty when done, else why not."""
        interface = self.protocol.interface
        if interface not in client.globals:
            return Reason(
                #: {interface} is a Wayland protocol's name; {offered_by} says who offers it.
                QT_TRANSLATE_NOOP("backend", "the compositor offers no {interface} ({offered_by})"),
                interface=interface,
                offered_by=self.protocol.offered_by,
            )
        if "wl_seat" not in client.globals:
            return Reason(
                QT_TRANSLATE_NOOP(
                    "backend", "the compositor offers no {interface} (no input to watch)"
                ),
                interface="wl_seat",
            )
        seat = client.bind("wl_seat", 1)
        notifier = client.bind(interface, 1)
        notification = client.new_id()
        client.on(notification, self._on_event)
        seat_arg, timeout_arg = uint(seat), uint(NOTICE_S * 1000)
        args = (seat_arg, timeout_arg) if self.protocol.seat_first else (timeout_arg, seat_arg)
        client.send(notifier, self.protocol.request, uint(notification), *args)
        client.roundtrip()
        return ""

    def _on_event(self, opcode: int, _args: Args) -> None:
        if opcode == IDLED:
            self._idled_at = self._clock.monotonic()
        elif opcode == RESUMED:
            self._idled_at = None

    def idle_seconds(self) -> float | None:
        if self._client is None or not self._client.dispatch_pending():
            return None
        if self._idled_at is None:
            return 0.0
        return NOTICE_S + max(0.0, self._clock.monotonic() - self._idled_at)
