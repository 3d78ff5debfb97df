"""Idle time on Windows: ``GetLastInputInfo`` against ``GetTickCount`` (user32/kernel32)."""

from __future__ import annotations

import ctypes
from typing import Any, Protocol

from backbreak.desktop.reason import Reason
from backbreak.i18n import QT_TRANSLATE_NOOP


class LastInputApi(Protocol):
    """The two Win32 calls, so tests can fake them."""

    def last_input_tick(self) -> int | None: ...

    def tick_count(self) -> int: ...


class _LastInputInfo(ctypes.Structure):
    _fields_ = (("cbSize", ctypes.c_uint), ("dwTime", ctypes.c_uint))


class Win32LastInputApi:
    """The real calls, through ``ctypes.WinDLL`` (only constructible on Windows)."""

    def __init__(self) -> None:
        win_dll: Any = getattr(ctypes, "WinDLL")  # noqa: B009 - absent off Windows
        self._user32 = win_dll("user32")
        self._kernel32 = win_dll("kernel32")
        self._kernel32.GetTickCount.restype = ctypes.c_uint

    def last_input_tick(self) -> int | None:
        info = _LastInputInfo()
        info.cbSize = ctypes.sizeof(info)
        if not self._user32.GetLastInputInfo(ctypes.byref(info)):
            return None
        return int(info.dwTime)

    def tick_count(self) -> int:
        return int(self._kernel32.GetTickCount())


class WindowsIdleMonitor:
    """Milliseconds between the last input event and now; 32-bit tick wrap handled."""

    name = "windows"
    install_hint = ""

    def __init__(self, api: LastInputApi | None = None) -> None:
        self._api = api
        self.reason = ""

    def available(self) -> bool:
        if self._api is None:
            if not hasattr(ctypes, "WinDLL"):
                self.reason = Reason(QT_TRANSLATE_NOOP("backend", "not Windows"))
                return False
            try:
                self._api = Win32LastInputApi()
            except OSError as err:
                self.reason = Reason(
                    #: {libraries} are Windows' DLLs; {error} is the system's own message.
                    QT_TRANSLATE_NOOP("backend", "{libraries} not loadable: {error}"),
                    libraries="user32/kernel32",
                    error=err,
                )
                return False
        if self.idle_seconds() is None:
            self.reason = Reason(
                QT_TRANSLATE_NOOP("backend", "{call} failed"), call="GetLastInputInfo"
            )
            return False
        self.reason = ""
        return True

    def idle_seconds(self) -> float | None:
        if self._api is None:
            return None
        last = self._api.last_input_tick()
        if last is None:
            return None
        # GetTickCount wraps every 49.7 days; unsigned subtraction stays right across it
        return ((self._api.tick_count() - last) & 0xFFFFFFFF) / 1000.0
