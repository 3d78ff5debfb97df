"""Idle time from the X server's MIT-SCREEN-SAVER extension (libX11 + libXss via ctypes)."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from backbreak.desktop.xlib import XDisplay, open_display


def wayland_session() -> bool:
    """True in a Wayland session, where an X11 answer would cover XWayland windows only."""
    return bool(os.environ.get("WAYLAND_DISPLAY")) or (
        os.environ.get("XDG_SESSION_TYPE", "").lower() == "wayland"
    )


class X11IdleMonitor:
    """``XScreenSaverQueryInfo`` on the default root window; the display stays open."""

    name = "x11-xss"

    def __init__(
        self,
        display_name: str | None = None,
        *,
        opener: Callable[[str | None], XDisplay | None] = open_display,
    ) -> None:
        self._display_name = display_name
        self._opener = opener
        self._display: XDisplay | None = None
        self.reason = ""

    def available(self) -> bool:
        if self._display is not None:
            return True
        if sys.platform in ("win32", "darwin"):
            self.reason = "not an X11 platform"
            return False
        if self._display_name is None and wayland_session():
            self.reason = "Wayland session (X11 idle time would miss native Wayland input)"
            return False
        if not (self._display_name or os.environ.get("DISPLAY")):
            self.reason = "no DISPLAY"
            return False
        display = self._opener(self._display_name)
        if display is None:
            self.reason = "cannot open the X display or libX11 is missing"
            return False
        if display.idle_ms() is None:
            display.close()
            self.reason = "libXss or the MIT-SCREEN-SAVER extension is missing"
            return False
        self._display = display
        self.reason = ""
        return True

    def idle_seconds(self) -> float | None:
        if self._display is None:
            return None
        ms = self._display.idle_ms()
        return None if ms is None else ms / 1000.0

    def close(self) -> None:
        if self._display is not None:
            self._display.close()
            self._display = None
