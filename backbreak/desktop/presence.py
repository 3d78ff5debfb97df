"""Presence: polls the idle monitor, watches sleep/lock, and holds reminders for busy users.

This is the one object the app connects to the engine. It keeps wakeups low (the
idle-footprint target is at most 5 a minute with nothing due):

- idle time is polled every :data:`IDLE_POLL_S` (60 s), sooner only when the idle
  threshold could be crossed before then, never more often than every
  :data:`MIN_POLL_S`; a failing backend backs off (60 s, 120 s, ... up to 10 min);
  with no idle source there is no idle timer at all. Each sample also serves as the
  engine driver's wall-clock gap check (``EngineDriver.note_idle``), so the driver's
  timer doesn't wake for that as well: one wakeup a minute in all;
- the busy detectors and the call watch are asked only while a due reminder is held
  (:class:`~backbreak.desktop.busy.holder.BreakHolder`, by the one hold policy of
  :mod:`backbreak.desktop.busy.hold`);
- :class:`~backbreak.desktop.sleep_watch.SleepWatcher` adds one coarse wakeup a minute
  for its own gap check, unless it is built without one (the app: see above).

No poll blocks the GUI thread: a backend answered over D-Bus describes its call
(``bus_query()``), which is sent on the one session-bus connection of
:class:`~backbreak.desktop.bus_watch.BusWatches` and answered when the reply arrives, or
with "can't tell" once :data:`~backbreak.desktop.dbus_util.CALL_TIMEOUT_S` has passed.
The other backends (X11, Windows, macOS) answer at once from local calls.

Signals:
    idle_sampled(float): idle seconds, after every successful poll (-> Engine.note_idle).
    away_started(float): idle time reached the threshold (seconds idle so far).
    away_ended(float): input again after being away; the length of the absence in seconds.
    about_to_sleep(): forwarded from the sleep watcher.
    resumed(): the system woke from suspend, once per resume
        (-> Engine.note_resumed_from_sleep).
    clock_jumped(str): forwarded from the sleep watcher's gap check (a ``ClockJump``
        value: the wall clock was set, or the machine slept).
    locked_changed(bool): the screen was locked (True) or unlocked.
    reminder_held(object, str): a due break waits; the str is the busy detector's name,
        or "call" / "call-ended" (:meth:`hold_text` says it in words); emitted again
        whenever the reason changes.
    reminder_ready(object): show this break now (at once if the user is free, else when
        they are free or the hold limit passed).
    reminder_ready_quiet(object): show this break now, without sound or card: a call
        held it past its limit (:mod:`backbreak.desktop.busy.hold`).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from backbreak.clock import Clock, SystemClock
from backbreak.desktop.backend import Choice, Choices
from backbreak.desktop.bus_watch import BusWatches
from backbreak.desktop.busy import BusyDetector, busy_reason
from backbreak.desktop.busy.gate import DEFAULT_HOLD_LIMIT_S
from backbreak.desktop.busy.holder import LOCKED_BUSY, BreakHolder, ask
from backbreak.desktop.calls.watch import CallWatch
from backbreak.desktop.idle import IdleMonitor, NullIdleMonitor
from backbreak.desktop.sleep_watch import SleepWatcher
from backbreak.domain.settings import Settings

log = logging.getLogger(__name__)

IDLE_POLL_S = 60.0
"""How often idle time is sampled while nothing is near the threshold. A minute is
precise enough: the sample holds the idle time itself, so when the user left and came
back is known to the second; only noticing it waits up to a minute."""
MIN_POLL_S = 5.0
MAX_BACKOFF_S = 600.0
DEFAULT_IDLE_THRESHOLD_S = 60.0 * Settings.model_fields["idle_threshold_minutes"].default
"""Away this long counts as a natural break: the default of the
``idle_threshold_minutes`` setting (5 min), which the app passes in. Five minutes is
longer than reading a page or a short phone call at the desk, and short enough that a
coffee break counts."""


def next_idle_poll_s(idle_s: float, threshold_s: float, away: bool) -> float:
    """Seconds until the next idle poll.

    While present, wake when the threshold could first be crossed (idle time grows
    one second a second at most), but at least every :data:`IDLE_POLL_S`; while away,
    the regular interval notices the return soon enough.
    """
    if away:
        return IDLE_POLL_S
    until_threshold = threshold_s - idle_s + 1.0
    return max(MIN_POLL_S, min(IDLE_POLL_S, until_threshold))


def failure_backoff_s(failures: int) -> float:
    """Poll interval after ``failures`` failed polls in a row (60, 120, 240, ... 600 s)."""
    return float(min(MAX_BACKOFF_S, IDLE_POLL_S * 2 ** max(0, failures - 1)))


class PresenceMonitor(QObject):
    """Knows when the user is away, asleep or busy. Signals are listed in the module doc."""

    idle_sampled = Signal(float)
    away_started = Signal(float)
    away_ended = Signal(float)
    about_to_sleep = Signal()
    resumed = Signal()
    clock_jumped = Signal(str)
    locked_changed = Signal(bool)
    reminder_held = Signal(object, str)
    reminder_ready = Signal(object)
    reminder_ready_quiet = Signal(object)

    def __init__(
        self,
        idle_monitor: IdleMonitor,
        busy_detectors: Sequence[BusyDetector],
        sleep_watcher: SleepWatcher | None,
        *,
        threshold_s: float = DEFAULT_IDLE_THRESHOLD_S,
        hold_limit_s: float = DEFAULT_HOLD_LIMIT_S,
        clock: Clock | None = None,
        buses: BusWatches | None = None,
        calls: CallWatch | None = None,
        parent: QObject | None = None,
    ) -> None:
        """``clock``: the app's clock (only its monotonic time is read here); the
        system's by default. ``buses``: where D-Bus polls are sent (a new one if None).
        ``calls``: the call watch (None: calls never hold a break)."""
        super().__init__(parent)
        clock = clock if clock is not None else SystemClock()
        self.idle_monitor = idle_monitor
        self.sleep_watcher = sleep_watcher
        self.threshold_s = threshold_s
        # how the backends were chosen, for status (set by create_presence)
        self.idle_choice: Choice[IdleMonitor] | None = None
        self.busy_choice: Choices[BusyDetector] | None = None
        self._buses = buses if buses is not None else BusWatches(clock=clock)
        self._buses.setParent(self)
        self._stopped = False  # after stop(): answers still on their way are dropped
        self._idle_asking = False
        self._clock = clock
        self.holder = BreakHolder(
            busy_detectors, clock, self._buses, hold_limit_s=hold_limit_s, calls=calls, parent=self
        )
        self.holder.reminder_held.connect(self.reminder_held)
        self.holder.reminder_ready.connect(self.reminder_ready)
        self.holder.reminder_ready_quiet.connect(self.reminder_ready_quiet)
        self._failures = 0
        self._away = False
        self._last_input_at: float | None = None

        self._idle_timer = QTimer(self)
        self._idle_timer.setSingleShot(True)
        self._idle_timer.setTimerType(Qt.TimerType.CoarseTimer)
        self._idle_timer.timeout.connect(self.poll_idle)
        if sleep_watcher is not None:
            self._follow(sleep_watcher)

    def _follow(self, watcher: SleepWatcher) -> None:
        watcher.setParent(self)
        watcher.about_to_sleep.connect(self.about_to_sleep)
        watcher.resumed.connect(self._on_resumed)
        watcher.clock_jumped.connect(self.clock_jumped)
        watcher.locked_changed.connect(self._on_locked_changed)

    # -- lifecycle -----------------------------------------------------------------
    def start(self) -> None:
        self._stopped = self.holder.stopped = False
        if self.sleep_watcher is not None:
            self.sleep_watcher.start()
        if self.tracks_idle:
            self._idle_timer.start(0)

    def stop(self) -> None:
        self._stopped = True
        self._idle_timer.stop()
        self.holder.stop()
        if self.sleep_watcher is not None:
            self.sleep_watcher.stop()
        self._buses.close()
        self._idle_asking = False

    @property
    def busy_detectors(self) -> list[BusyDetector]:
        return self.holder.detectors

    @property
    def calls(self) -> CallWatch | None:
        return self.holder.calls

    @property
    def tracks_idle(self) -> bool:
        return not isinstance(self.idle_monitor, NullIdleMonitor)

    @property
    def away(self) -> bool:
        return self._away

    @property
    def next_poll_ms(self) -> int | None:
        """When the idle timer fires next (ms), ``None`` if it is not running."""
        return self._idle_timer.interval() if self._idle_timer.isActive() else None

    def set_threshold_minutes(self, minutes: float) -> None:
        """Follow ``Settings.idle_threshold_minutes`` (re-plans the next poll)."""
        self.threshold_s = minutes * 60.0
        if self.tracks_idle and self._idle_timer.isActive():
            self._idle_timer.start(0)

    # -- idle ----------------------------------------------------------------------
    def poll_idle(self) -> None:
        """Ask for idle time; :meth:`_on_idle` handles the answer when it comes.

        A poll still waiting for its reply is not asked again: the timer is re-armed
        by the answer (or by its timeout, which counts as a failed poll).
        """
        if self._idle_asking:
            return
        self._idle_asking = True
        ask(self.idle_monitor, self.idle_monitor.idle_seconds, self._on_idle, self._buses)

    def _on_idle(self, idle: float | None) -> None:
        """Emit what changed since the last sample, and schedule the next one."""
        self._idle_asking = False
        if self._stopped:
            return
        now = self._clock.monotonic()
        if idle is None:
            self._failures += 1
            if self._failures == 1:
                log.info("idle monitor %s did not answer; backing off", self.idle_monitor.name)
            self._schedule(failure_backoff_s(self._failures))
            return
        self._failures = 0
        self.idle_sampled.emit(idle)
        if not self._away and idle >= self.threshold_s:
            self._away = True
            self._last_input_at = now - idle
            self.away_started.emit(idle)
        elif self._away and idle < self.threshold_s:
            self._away = False
            back_at = now - idle
            left_at = self._last_input_at if self._last_input_at is not None else back_at
            self.away_ended.emit(max(0.0, back_at - left_at))
        self._schedule(next_idle_poll_s(idle, self.threshold_s, self._away))

    def _schedule(self, seconds: float) -> None:
        self._idle_timer.start(int(seconds * 1000))

    # -- sleep and lock --------------------------------------------------------------
    def _on_resumed(self) -> None:
        self.resumed.emit()
        if self.tracks_idle:
            self._idle_timer.start(0)
        self.holder.poll()

    def _on_locked_changed(self, locked: bool) -> None:
        self.holder.locked = locked
        self.locked_changed.emit(locked)
        if not locked:
            self.holder.poll()

    # -- busy / held reminders -------------------------------------------------------
    def busy_reason(self) -> str | None:
        """Why the user should not be interrupted now, or ``None`` (asks blocking)."""
        if self.holder.locked:
            return LOCKED_BUSY
        return busy_reason(self.busy_detectors)

    def held(self) -> object | None:
        """The break waiting for the user to be free, if any."""
        return self.holder.held()

    def offer_reminder(self, brk: object, release_by: datetime | None = None) -> None:
        """A break is due: pass it on now, or hold it (:meth:`BreakHolder.offer`)."""
        self.holder.offer(brk, release_by)

    def cancel_held(self) -> None:
        """Drop the held break (the user started or skipped a break some other way)."""
        self.holder.cancel()

    def poll_busy(self) -> None:
        """Ask again whether the held break may be shown."""
        self.holder.poll()

    def set_call_rules(self, sources: Sequence[str], grace_s: float, limit_s: float) -> None:
        """Follow the settings: which call sources count, the grace, the longest hold."""
        self.holder.set_call_rules(sources, grace_s, limit_s)

    def hold_reason(self) -> str:
        """Why the held break waits ("you're in a call"); "" when none is held."""
        return self.holder.hold_reason()

    def hold_text(self) -> str:
        """The reason with what says so ("... (microphone in use by parecord)")."""
        return self.holder.hold_text()


def create_presence(
    threshold_minutes: float,
    *,
    clock: Clock | None = None,
    gap_check: bool = True,
    calls: CallWatch | None = None,
    parent: QObject | None = None,
) -> PresenceMonitor:
    """The presence monitor for this desktop: chosen backends, system buses, defaults.

    ``gap_check=False`` where the engine's driver already compares the wall clock with
    the monotonic one (the app): the same check on a second timer is a wasted wakeup.
    """
    from backbreak.desktop.busy import choose_busy_detectors
    from backbreak.desktop.dbus_util import close_shared_clients
    from backbreak.desktop.idle import choose_idle_monitor

    idle = choose_idle_monitor()
    busy = choose_busy_detectors()
    close_shared_clients()
    buses = BusWatches(clock=clock)
    presence = PresenceMonitor(
        idle.backend,
        busy.backends,
        SleepWatcher(gap_check=gap_check, clock=clock, buses=buses),
        threshold_s=threshold_minutes * 60.0,
        clock=clock,
        buses=buses,
        calls=calls,
        parent=parent,
    )
    presence.idle_choice, presence.busy_choice = idle, busy
    return presence
