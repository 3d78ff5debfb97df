"""A :class:`~backbreak.desktop.calls.monitor.CallMonitor` kept fresh while it matters.

Presence starts the watch when a break falls due and stops it once the break was shown
or answered: nobody needs to know about calls in between, so no ``pw-mon`` runs and
no poll wakes the app then. While it runs, each snapshot's commands are refreshed by
one :class:`~backbreak.desktop.calls.qt_runner.CommandRefresher`, asked by one
:class:`~backbreak.desktop.calls.qt_runner.ChangeWatch` per snapshot; ``changed`` is
emitted after every refresh, the first one included.
"""

from __future__ import annotations

import functools
from collections.abc import Collection

from PySide6.QtCore import QObject, Signal

from backbreak.desktop.calls.monitor import CallMonitor, CallStatus
from backbreak.desktop.calls.qt_runner import ChangeWatch, CommandRefresher


class CallWatch(QObject):
    """``start``/``stop`` the monitor's refreshes; ``status`` answers from the last one.

    Signals:
        changed(): fresh answers arrived (after ``start``, and on every change).
    """

    changed = Signal()

    def __init__(self, monitor: CallMonitor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.monitor = monitor
        snapshots = monitor.snapshots()
        self._refresher = CommandRefresher(snapshots, parent=self)
        self._refresher.refreshed.connect(self.changed)
        self._watches = [
            ChangeWatch(s, functools.partial(self._refresher.refresh, s), parent=self)
            for s in snapshots
        ]
        self.running = False

    @property
    def refreshes(self) -> bool:
        """True when answers come from commands: the first one arrives with ``changed``."""
        return bool(self._watches)

    def set_sources(self, sources: Collection[str]) -> None:
        """Follow the settings: only these sources count."""
        self.monitor.enabled = frozenset(sources)

    def start(self) -> None:
        if self.running:
            return
        self.running = True
        for watch in self._watches:
            watch.start()

    def stop(self) -> None:
        if not self.running:
            return
        self.running = False
        for watch in self._watches:
            watch.stop()
        self._refresher.stop()

    def status(self) -> CallStatus:
        """In a call now (the first enabled source in use), from the last answers."""
        if not self.monitor.enabled:
            return CallStatus(False)
        return self.monitor.check()

    def describe(self) -> str:
        """The ``calls`` line of ``backbreak status``."""
        if not self.monitor.enabled:
            return self.tr("off (every source turned off in settings)")
        return self.monitor.describe()
