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

The signals arrive on a jeepney connection per bus whose socket a ``QSocketNotifier``
watches, so nothing blocks and everything runs in the GUI thread. ``resumed`` fires
once per resume even when logind and the gap check both notice it.

Signals:
    about_to_sleep(): the system is about to suspend (logind only).
    resumed(): the system woke up (logind or the gap check, deduplicated).
    clock_jumped(str): the gap check saw the clocks disagree; the ``ClockJump`` value
        ("forward", "back" or "late"). Forward and late jumps also report ``resumed``.
    locked_changed(bool): the screen saver / lock screen became active (True) or not.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, Qt, QTimer, Signal

from backbreak.clock import Clock, ClockJump, ClockReading, SystemClock
from backbreak.desktop.dbus_util import add_match, name_has_owner, open_bus

log = logging.getLogger(__name__)

GAP_CHECK_INTERVAL_S = 60.0
GAP_THRESHOLD_S = 90.0
"""A clock step this much beyond the timer interval counts as a suspend."""
RESUME_DEDUPE_S = 120.0
"""A second resume report within this much monotonic time is the same resume."""

LOGIND = "org.freedesktop.login1"
SCREENSAVER_INTERFACES = ("org.gnome.ScreenSaver", "org.freedesktop.ScreenSaver")


class _SignalListener(QObject):
    """One jeepney connection whose incoming messages are handed to ``handler``."""

    def __init__(self, conn: Any, handler: Callable[[Any], None], parent: QObject) -> None:
        super().__init__(parent)
        self._conn = conn
        self._handler: Callable[[Any], None] | None = handler
        self._notifier = QSocketNotifier(conn.sock.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)

    def _drain(self, *_args: object) -> None:
        # one read may hold several messages: take all that are buffered
        while self._handler is not None:
            try:
                msg = self._conn.receive(timeout=0)
            except TimeoutError:
                return
            except OSError as err:
                log.info("D-Bus connection closed (%s); no more sleep/lock signals from it", err)
                self.close()
                return
            self._handler(msg)

    def close(self) -> None:
        """Stop listening. Drops the handler too, so no reference cycle keeps the owner
        alive until a garbage-collector pass deletes Qt objects at a random moment."""
        self._handler = None
        self._notifier.setEnabled(False)
        with contextlib.suppress(OSError):
            self._conn.close()


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
        parent: QObject | None = None,
    ) -> None:
        """``clock``: the app's clock (wall and monotonic); the system's by default."""
        super().__init__(parent)
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
        self._listeners: list[_SignalListener] = []
        self.sources: list[str] = []
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self._timer.setInterval(int(gap_interval_s * 1000))
        self._timer.timeout.connect(self.check_gap)

    def start(self) -> None:
        """Subscribe to what is there and start the gap check.

        The subscriptions stay even when the service is not running yet (logind and
        screen savers can start later); ``sources`` names only those that are there.
        """
        self.stop()
        self.sources = []
        if self._system_bus is not None:
            self._listen(
                self._system_bus,
                self._on_system_message,
                [{"interface": f"{LOGIND}.Manager", "member": "PrepareForSleep"}],
                "logind PrepareForSleep",
                (LOGIND,),
            )
        if self._session_bus is not None:
            self._listen(
                self._session_bus,
                self._on_session_message,
                [
                    {"interface": iface, "member": "ActiveChanged"}
                    for iface in SCREENSAVER_INTERFACES
                ],
                "screensaver ActiveChanged",
                SCREENSAVER_INTERFACES,
            )
        self._rebase()
        if self._gap_check:
            self._timer.start()
            self.sources.append("clock gap check")
        else:
            self.sources.append("the engine's clock gap check")

    def stop(self) -> None:
        self._timer.stop()
        for listener in self._listeners:
            listener.close()
            listener.setParent(None)  # owned by Python again: deleted with the last reference
        self._listeners = []

    def describe(self) -> str:
        return " + ".join(self.sources) if self.sources else "not started"

    def _listen(
        self,
        bus: str,
        handler: Callable[[Any], None],
        rules: list[dict[str, str]],
        label: str,
        services: tuple[str, ...],
    ) -> None:
        conn = open_bus(bus)
        if conn is None:
            return
        if not all(add_match(conn, **rule) for rule in rules):
            conn.close()
            return
        if any(name_has_owner(conn, name) for name in services):
            self.sources.append(label)
        self._listeners.append(_SignalListener(conn, handler, self))

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
