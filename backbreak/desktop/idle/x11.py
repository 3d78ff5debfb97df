"""Idle time from the X server's MIT-SCREEN-SAVER extension (libX11 + libXss via ctypes)."""

from __future__ import annotations

from backbreak.desktop.reason import Reason, install_package
from backbreak.desktop.xlib import X11Backend, connect_x11, x11_hint
from backbreak.i18n import QT_TRANSLATE_NOOP

ON_WAYLAND = Reason(QT_TRANSLATE_NOOP("backend", "X11 idle time would miss native Wayland input"))


class X11IdleMonitor(X11Backend):
    """``XScreenSaverQueryInfo`` on the default root window; the display stays open."""

    name = "x11-xss"

    def available(self) -> bool:
        if self._display is not None:
            return True
        display, self.reason = connect_x11(self._display_name, self._opener, ON_WAYLAND)
        if display is None:
            self.install_hint = x11_hint(self.reason)
            return False
        if display.idle_ms() is None:
            display.close()
            self.reason = Reason(
                QT_TRANSLATE_NOOP("backend", "{library} or the {extension} extension is missing"),
                library="libXss",
                extension="MIT-SCREEN-SAVER",
            )
            self.install_hint = install_package("libxss1")
            return False
        self._display = display
        self.reason = self.install_hint = ""
        return True

    def idle_seconds(self) -> float | None:
        if self._display is None:
            return None
        ms = self._display.idle_ms()
        return None if ms is None else ms / 1000.0
