"""Notice when a system tray appears or goes away.

A ``QSystemTrayIcon`` created before the tray host is up never registers with it, so
the app starts without an icon when ``QSystemTrayIcon.isSystemTrayAvailable()`` says
no, and creates one when ``org.kde.StatusNotifierWatcher`` (the D-Bus tray Qt uses on
Linux) shows up on the session bus. Watching a *name* works with QtDBus; only sending
Notify does not (see ``backbreak.desktop.notify.freedesktop``).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

log = logging.getLogger(__name__)

WATCHER_NAME = "org.kde.StatusNotifierWatcher"
SETTLE_MS = 500
"""A new watcher needs a moment before its host registers (xfce4-panel's systray)."""
RECHECKS = 6


def tray_available() -> bool:
    from PySide6.QtWidgets import QSystemTrayIcon

    return bool(QSystemTrayIcon.isSystemTrayAvailable())


class TrayWatch(QObject):
    """Reports whether a tray host is there, now and when that changes.

    Signals:
        changed(bool available): a tray host appeared (True) or went away (False).
    """

    changed = Signal(bool)

    def __init__(
        self,
        probe: Callable[[], bool] = tray_available,
        parent: QObject | None = None,
        watch_bus: bool = sys.platform.startswith("linux"),
    ) -> None:
        super().__init__(parent)
        self._probe = probe
        self._available = probe()
        self._watcher: QObject | None = None
        if watch_bus:
            self._watch_session_bus()

    def available(self) -> bool:
        return self._available

    def _watch_session_bus(self) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection, QDBusServiceWatcher
        except ImportError:
            return
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return
        modes = (
            QDBusServiceWatcher.WatchModeFlag.WatchForRegistration
            | QDBusServiceWatcher.WatchModeFlag.WatchForUnregistration
        )
        watcher = QDBusServiceWatcher(WATCHER_NAME, bus, modes, self)
        watcher.serviceRegistered.connect(lambda _name: self.recheck(RECHECKS))
        watcher.serviceUnregistered.connect(lambda _name: self.set_available(False))
        self._watcher = watcher

    def recheck(self, tries: int = 1) -> None:
        """Ask the probe again, a few times SETTLE_MS apart until the tray answers."""
        if self._probe():
            self.set_available(True)
        elif tries > 1:
            QTimer.singleShot(SETTLE_MS, lambda: self.recheck(tries - 1))

    def set_available(self, available: bool) -> None:
        if available != self._available:
            log.info("system tray %s", "appeared" if available else "went away")
            self._available = available
            self.changed.emit(available)
