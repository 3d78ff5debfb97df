"""``wlr-foreign-toplevel``: the focused Wayland window is full screen, as told by the
compositor's ``zwlr_foreign_toplevel_management_v1`` (sway, Hyprland, labwc, Wayfire
and other wlroots compositors; not GNOME or KDE, where do-not-disturb is the signal).

The manager announces every toplevel; each then sends its state array (maximized,
minimized, activated, fullscreen) and a ``done`` that makes the pending state current.
Events are read when the detector is polled.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from backbreak.desktop.reason import Reason
from backbreak.desktop.wayland import WaylandClient
from backbreak.desktop.wayland.client import open_subscribed
from backbreak.desktop.wayland.wire import Args
from backbreak.i18n import QT_TRANSLATE_NOOP

MANAGER = "zwlr_foreign_toplevel_manager_v1"
MANAGER_VERSION = 3
MANAGER_TOPLEVEL = 0
HANDLE_STATE, HANDLE_DONE, HANDLE_CLOSED = 4, 5, 6
HANDLE_DESTROY = 7
STATE_ACTIVATED, STATE_FULLSCREEN = 2, 3
NOT_OFFERED = Reason(
    #: {interface} is a Wayland protocol's name.
    QT_TRANSLATE_NOOP(
        "backend",
        "the compositor offers no {interface} (wlroots compositors do); "
        "full screen is then left to the desktop's do-not-disturb",
    ),
    interface=MANAGER,
)


class WlrToplevelFullscreenDetector:
    """The activated toplevel is full screen (wlroots compositors)."""

    name = "wlr-foreign-toplevel"
    install_hint = ""

    def __init__(
        self,
        *,
        connect: Callable[[], WaylandClient] | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        self.reason = ""
        self._connect = connect or (lambda: WaylandClient.connect(environ))
        self._client: WaylandClient | None = None
        self._pending: dict[int, frozenset[int]] = {}
        self._states: dict[int, frozenset[int]] = {}

    def available(self) -> bool:
        if self._client is None:
            self._client, self.reason = open_subscribed(self._connect, self._subscribe)
        return self._client is not None

    def _subscribe(self, client: WaylandClient) -> str:
        """Bind the toplevel manager and read the current windows; else why not."""
        if MANAGER not in client.globals:
            return NOT_OFFERED
        client.on(client.bind(MANAGER, MANAGER_VERSION), self._manager_event(client))
        client.roundtrip()
        return ""

    def _manager_event(self, client: WaylandClient) -> Callable[[int, Args], None]:
        def on_manager(opcode: int, args: Args) -> None:
            if opcode == MANAGER_TOPLEVEL:
                handle = args.uint()
                client.on(handle, lambda op, a: self._handle_event(client, handle, op, a))

        return on_manager

    def _handle_event(self, client: WaylandClient, handle: int, opcode: int, args: Args) -> None:
        if opcode == HANDLE_STATE:
            self._pending[handle] = frozenset(args.uints())
        elif opcode == HANDLE_DONE and handle in self._pending:
            self._states[handle] = self._pending.pop(handle)
        elif opcode == HANDLE_CLOSED:
            self._pending.pop(handle, None)
            self._states.pop(handle, None)
            client.forget(handle)
            client.send(handle, HANDLE_DESTROY)

    def is_busy(self) -> bool:
        if self._client is None or not self._client.dispatch_pending():
            return False
        return any({STATE_ACTIVATED, STATE_FULLSCREEN} <= state for state in self._states.values())
