"""``x11-fullscreen``: the EWMH active window (``_NET_ACTIVE_WINDOW``) has
``_NET_WM_STATE_FULLSCREEN`` (libX11 via ctypes; not on Wayland)."""

from __future__ import annotations

from backbreak.desktop.reason import Reason
from backbreak.desktop.xlib import X11Backend, connect_x11, x11_hint
from backbreak.i18n import QT_TRANSLATE_NOOP

ON_WAYLAND = Reason(QT_TRANSLATE_NOOP("backend", "X11 sees XWayland windows only"))


class X11FullscreenDetector(X11Backend):
    """The active window is full screen (X11 with an EWMH window manager)."""

    name = "x11-fullscreen"

    def available(self) -> bool:
        if self._display is not None:
            return True
        self._display, self.reason = connect_x11(self._display_name, self._opener, ON_WAYLAND)
        self.install_hint = x11_hint(self.reason)
        return self._display is not None

    def is_busy(self) -> bool:
        return self._display is not None and self._display.active_window_fullscreen()
