"""Notice suspend/resume and screen lock, with a wall-clock gap check as the backstop.

Sources, each optional:

- logind's ``PrepareForSleep(b)`` on the system bus: ``True`` just before suspend,
  ``False`` on resume.
- ``ActiveChanged(b)`` from ``org.gnome.ScreenSaver`` / ``org.freedesktop.ScreenSaver``
  on the session bus: the screen was locked / unlocked.
- A gap check on a slow, very coarse ``QTimer`` (one wakeup a minute), judged by
  :func:`backbreak.clock.clock_jump`, the one clock-jump rule: ``QTimer`` counts
  monotonic time, which stops during suspend on Linux and macOS, so a wall-clock
  step much larger than the monotonic one means the machine slept (``FORWARD``).
  Where monotonic time runs on through sleep, the timer itself fires late (``LATE``).
  Both are reported as a resume. A wall clock set back (``BACK``) is reported as a
  jump but not as a resume. It works with no D-Bus at all (Windows, macOS,
  containers). A user setting the clock forward by more than the threshold also looks
  like a resume; the engine then offers one catch-up break, which is harmless.

Each source is a backend (:mod:`backbreak.desktop.sleep_sources`), so ``sleep=NAME``
in ``BACKBREAK_BACKENDS`` forces one and ``backbreak status`` says why one is missing.
The signals arrive on the one jeepney connection per bus of
:class:`~backbreak.desktop.bus_watch.BusWatches` (shared with the presence polls),
whose socket a ``QSocketNotifier`` watches, so nothing blocks and everything runs in
the GUI thread. ``resumed`` fires once per resume even when logind and the gap check
both notice it.

Signals:
    about_to_sleep(): the system is about to suspend (logind only).
    resumed(): the system woke up (logind or the gap check, deduplicated).
    clock_jumped(str): the gap check saw the clocks disagree; the ``ClockJump`` value
        ("forward", "back" or "late"). Forward and late jumps also report ``resumed``.
    locked_changed(bool): the screen saver / lock screen became active (True) or not.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from backbreak.clock import Clock, ClockJump, ClockReading, SystemClock
from backbreak.desktop.backend import Choices, forced_names
from backbreak.desktop.bus_watch import BusWatches
from backbreak.desktop.sleep_sources import (
    LOGIND,
    SCREENSAVER_INTERFACES,
    HasOwner,
    SleepSource,
    choose_sleep_sources,
    unreachable,
)

log = logging.getLogger(__name__)

GAP_CHECK_INTERVAL_S = 60.0
GAP_THRESHOLD_S = 90.0
"""A clock step this much beyond the timer interval counts as a suspend."""
RESUME_DEDUPE_S = 120.0
"""A second resume report within this much monotonic time is the same resume."""

__all__ = ["LOGIND", "SCREENSAVER_INTERFACES", "SleepWatcher"]

LABELS = {
    "logind": "logind PrepareForSleep",
    "screensaver": "screensaver ActiveChanged",
    "clock-gap": "clock gap check",
}


class SleepWatcher(QObject):
    """Reports suspend, resume and screen lock. See the module docstring for sources."""

    about_to_sleep = Signal()
    resumed = Signal()
    locked_changed = Signal(bool)
    clock_jumped = Signal(str)

    def __init__(
        self,
        *,
        system_bus: str | None = "SYSTEM",
        session_bus: str | None = "SESSION",
        gap_interval_s: float = GAP_CHECK_INTERVAL_S,
        gap_threshold_s: float = GAP_THRESHOLD_S,
        gap_check: bool = True,
        clock: Clock | None = None,
        buses: BusWatches | None = None,
        parent: QObject | None = None,
    ) -> None:
        """``clock``: the app's clock (wall and monotonic); the system's by default.
        ``buses``: the connections to listen on, shared with the presence polls (the
        watcher opens its own, and closes them on :meth:`stop`, when None)."""
        super().__init__(parent)
        self._own_buses = buses is None
        self._buses = buses if buses is not None else BusWatches(clock=clock, parent=self)
        self._handlers: list[tuple[str, Callable[[Any], None]]] = []
        self.choice: Choices[SleepSource] | None = None
        self._system_bus = system_bus
        self._session_bus = session_bus
        self._interval = gap_interval_s
        self._threshold = gap_threshold_s
        self._gap_check = gap_check
        """False where another timer already runs the same check (the engine's driver):
        one wakeup a minute fewer."""
        self._clock: Clock = clock if clock is not None else SystemClock()
        self._last = ClockReading.take(self._clock)
        self._last_resume: float | None = None
        self.sources: list[str] = []
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self._timer.setInterval(int(gap_interval_s * 1000))
        self._timer.timeout.connect(self.check_gap)

    def start(self) -> None:
        """Subscribe to what is there and start the gap check.

        The subscriptions stay even when the service is not running yet (logind and
        screen savers can start later); ``sources`` names only those that are there.
        Subscribing and probing wait for their replies (start-up only, short timeout).
        """
        self.stop()
        forced = forced_names().get("sleep")

        def wanted(name: str) -> bool:
            return forced is None or forced == name

        system = session = None
        if self._system_bus is not None and wanted("logind"):
            system = self._listen(
                self._system_bus,
                self._on_system_message,
                [{"interface": f"{LOGIND}.Manager", "member": "PrepareForSleep"}],
            )
        if self._session_bus is not None and wanted("screensaver"):
            session = self._listen(
                self._session_bus,
                self._on_session_message,
                [
                    {"interface": iface, "member": "ActiveChanged"}
                    for iface in SCREENSAVER_INTERFACES
                ],
            )
        self.choice = choose_sleep_sources(system, session, engine_gap_check=not self._gap_check)
        self._rebase()
        if self._gap_check and wanted("clock-gap"):
            self._timer.start()
        self.sources = [self._label(source.name) for source in self.choice.backends]

    def _label(self, name: str) -> str:
        if name == "clock-gap" and not self._gap_check:
            return "the engine's clock gap check"
        return LABELS.get(name, name)

    def stop(self) -> None:
        self._timer.stop()
        for bus, handler in self._handlers:
            watch = self._buses.current(bus)
            if watch is not None:
                watch.remove_handler(handler)
        self._handlers = []
        if self._own_buses:
            self._buses.close()

    def describe(self) -> str:
        if self.choice is None:
            return self.tr("not started")
        return self.choice.describe()

    def _listen(
        self, bus: str, handler: Callable[[Any], None], rules: list[dict[str, str]]
    ) -> HasOwner:
        """Subscribe to ``rules`` on ``bus``; how to ask that bus for a name."""
        watch = self._buses.watch(bus)
        if watch is None:
            return unreachable
        if not all(self._buses.add_match(bus, **rule) for rule in rules):
            return unreachable
        watch.add_handler(handler)
        self._handlers.append((bus, handler))
        return lambda name: self._buses.has_owner(bus, name)

    def _on_system_message(self, msg: Any) -> None:
        fields = msg.header.fields
        from jeepney import HeaderFields

        if fields.get(HeaderFields.member) != "PrepareForSleep" or not msg.body:
            return
        if msg.body[0]:
            log.info("logind: about to sleep")
            self._last_resume = None  # a new sleep: its resume is news again
            self.about_to_sleep.emit()
        else:
            log.info("logind: resumed")
            self._report_resume()

    def _on_session_message(self, msg: Any) -> None:
        from jeepney import HeaderFields

        fields = msg.header.fields
        if fields.get(HeaderFields.member) != "ActiveChanged" or not msg.body:
            return
        if fields.get(HeaderFields.interface) in SCREENSAVER_INTERFACES:
            self.locked_changed.emit(bool(msg.body[0]))

    def _rebase(self) -> None:
        self._last = ClockReading.take(self._clock)

    def check_gap(self) -> ClockJump:
        """Compare wall and monotonic steps since the last check (:func:`clock_jump`).

        The timer, when it runs, was set to the gap interval: a step much longer than
        that is a late timer. A forward or late jump is reported as a resume (once).
        """
        reading = ClockReading.take(self._clock)
        expected = timedelta(seconds=self._interval) if self._timer.isActive() else None
        previous, self._last = self._last, reading
        jump = previous.jump_to(reading, expected, timedelta(seconds=self._threshold))
        if not jump.is_jump:
            return jump
        log.info(
            "clock jump (%s): the wall clock moved %.0f s, the monotonic one %.0f s",
            jump.value,
            (reading.wall - previous.wall).total_seconds(),
            reading.mono - previous.mono,
        )
        self.clock_jumped.emit(jump.value)
        if jump in (ClockJump.FORWARD, ClockJump.LATE):
            self._report_resume()
        return jump

    def _report_resume(self) -> bool:
        now = self._clock.monotonic()
        if self._last_resume is not None and now - self._last_resume < RESUME_DEDUPE_S:
            self._rebase()
            return False
        self._last_resume = now
        self._rebase()
        self.resumed.emit()
        return True
