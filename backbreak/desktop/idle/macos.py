"""Idle time on macOS: ``CGEventSourceSecondsSinceLastEventType`` (CoreGraphics via ctypes)."""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from collections.abc import Callable

from backbreak.desktop.reason import Reason
from backbreak.i18n import QT_TRANSLATE_NOOP

HID_SYSTEM_STATE = 1
"""kCGEventSourceStateHIDSystemState: hardware input only, not synthetic events."""
ANY_INPUT_EVENT = 0xFFFFFFFF
"""kCGAnyInputEventType (~0)."""

_FRAMEWORK = "/System/Library/Frameworks/CoreGraphics.framework/CoreGraphics"


def core_graphics_idle() -> Callable[[], float] | None:
    """A function answering seconds since the last input, or ``None`` off macOS."""
    if sys.platform != "darwin":
        return None
    path = ctypes.util.find_library("CoreGraphics") or _FRAMEWORK
    try:
        lib = ctypes.CDLL(path)
    except OSError:
        return None
    func = lib.CGEventSourceSecondsSinceLastEventType
    func.restype = ctypes.c_double
    func.argtypes = (ctypes.c_int32, ctypes.c_uint32)

    def seconds() -> float:
        return float(func(HID_SYSTEM_STATE, ANY_INPUT_EVENT))

    return seconds


class MacIdleMonitor:
    """Asks CoreGraphics; ``seconds_since_input`` is injectable for tests."""

    name = "macos"
    install_hint = ""

    def __init__(self, seconds_since_input: Callable[[], float] | None = None) -> None:
        self._seconds = seconds_since_input
        self.reason = ""

    def available(self) -> bool:
        if self._seconds is None:
            self._seconds = core_graphics_idle()
        if self._seconds is None:
            self.reason = Reason(
                QT_TRANSLATE_NOOP("backend", "not macOS or {framework} not loadable"),
                framework="CoreGraphics",
            )
            return False
        self.reason = ""
        return True

    def idle_seconds(self) -> float | None:
        if self._seconds is None:
            return None
        value = self._seconds()
        return value if value >= 0 else None
