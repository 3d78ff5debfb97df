"""``windows-notification-state``: ``SHQueryUserNotificationState`` (full-screen app,
presentation mode, quiet hours)."""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from typing import Any

from backbreak.desktop.reason import Reason
from backbreak.i18n import QT_TRANSLATE_NOOP

QUNS_NOT_PRESENT = 1
QUNS_BUSY = 2
QUNS_RUNNING_D3D_FULL_SCREEN = 3
QUNS_PRESENTATION_MODE = 4
QUNS_ACCEPTS_NOTIFICATIONS = 5
QUNS_QUIET_TIME = 6
QUNS_APP = 7
BUSY_NOTIFICATION_STATES = frozenset(
    {
        QUNS_NOT_PRESENT,
        QUNS_BUSY,
        QUNS_RUNNING_D3D_FULL_SCREEN,
        QUNS_PRESENTATION_MODE,
        QUNS_QUIET_TIME,
        QUNS_APP,
    }
)
"""Every QUERY_USER_NOTIFICATION_STATE but "accepts notifications" holds a reminder."""


def win32_notification_state() -> Callable[[], int | None] | None:
    """``SHQueryUserNotificationState`` from shell32, or ``None`` off Windows."""
    win_dll: Any = getattr(ctypes, "WinDLL", None)
    if win_dll is None:
        return None
    try:
        shell32 = win_dll("shell32")
    except OSError:
        return None

    def query() -> int | None:
        state = ctypes.c_int()
        hresult = shell32.SHQueryUserNotificationState(ctypes.byref(state))
        return int(state.value) if hresult == 0 else None

    return query


class WindowsNotificationStateDetector:
    """Windows says the user is in a full-screen app, presenting or in quiet time."""

    name = "windows-notification-state"
    install_hint = ""

    def __init__(self, query: Callable[[], int | None] | None = None) -> None:
        self._query = query
        self.reason = ""

    def available(self) -> bool:
        if self._query is None:
            self._query = win32_notification_state()
        if self._query is None or self._query() is None:
            self.reason = Reason(
                QT_TRANSLATE_NOOP("backend", "not Windows or {call} failed"),
                call="SHQueryUserNotificationState",
            )
            return False
        self.reason = ""
        return True

    def is_busy(self) -> bool:
        return self._query is not None and self._query() in BUSY_NOTIFICATION_STATES
