"""EngineDriver: the engine, its APScheduler jobs and the clock-jump check, in Qt.

It owns a :class:`~backbreak.planning.qt_scheduler.QtScheduler` and the
:class:`~backbreak.planning.runner.Runner` that keeps one job per cadence in step with
the engine. Suspend and clock changes: ``QTimer`` counts monotonic time, which on Linux
stops while the machine sleeps, and Qt timers may fire early, so every scheduler wake
and every idle sample of the presence monitor (about one a minute) compares how far the
wall and monotonic clocks moved since the last look, with the one rule in
``backbreak.clock.clock_jump``. A jump (a suspend, a timer that ran late, the clock set
either way) tells the engine and wakes the scheduler, so what fell due comes at once,
as one catch-up break. A suspend watcher (logind ``PrepareForSleep``) can call
``note_resumed_from_sleep`` directly; the check is the backstop.

Signals:
    break_due(Break): a break to announce (a re-offer carries the same break id).
    state_changed(): the next break or the pause state changed (update the tray).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta
from typing import Any

from PySide6.QtCore import QObject, Signal

from backbreak.clock import Clock, ClockJump, ClockReading
from backbreak.domain.settings import Settings
from backbreak.planning.engine import Engine
from backbreak.planning.model import Break
from backbreak.planning.qt_scheduler import QtScheduler
from backbreak.planning.runner import Runner

MAX_WAIT_SECONDS = 120.0
"""The scheduler's longest sleep: the clock-jump check runs at least this often."""


class EngineDriver(QObject):
    """The engine's scheduler and the Qt face of its actions (signals in the docstring)."""

    break_due = Signal(object)
    state_changed = Signal()

    def __init__(self, engine: Engine, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self._clock = clock
        self._last = ClockReading.take(clock)
        self.scheduler = QtScheduler(
            engine.clock, self, max_wait=MAX_WAIT_SECONDS, before_jobs=self._check_clock
        )
        self.runner = Runner(engine, self.scheduler, self._announce)

    @property
    def timer(self) -> Any:
        """The scheduler's one timer (tests read its interval)."""
        return self.scheduler.timer

    def start(self) -> None:
        """Start the scheduler: anything already due is announced at once."""
        self.runner.start()
        self.state_changed.emit()

    def stop(self) -> None:
        self.runner.shutdown()

    def jobs(self) -> list[dict[str, Any]]:
        return self.runner.jobs()

    def _announce(self, brk: Break) -> None:
        self.break_due.emit(brk)
        self.state_changed.emit()

    def _check_clock(self) -> None:
        """Compare both clocks with the last look; on a jump, offer what fell due now."""
        now = ClockReading.take(self._clock)
        expected = timedelta(milliseconds=self.scheduler.timer.interval())
        jump = self._last.jump_to(now, expected)
        self._last = now
        if jump.is_jump:
            self.runner.note_clock_jump(jump)
            self._changed()

    def _changed(self) -> None:
        self.state_changed.emit()

    # --- forwarders: act, re-sync the jobs, tell the tray ------------------------------

    def start_break(self, brk: Break) -> None:
        self.runner.start_break(brk)
        self._changed()

    def snooze(self, minutes: int | None = None) -> None:
        self.runner.snooze(minutes)
        self._changed()

    def skip(self) -> None:
        self.runner.skip()
        self._changed()

    def complete(self, brk: Break, done: Iterable[str]) -> None:
        self.runner.complete(brk, done)
        self._changed()

    def start_manual(self, routine_id: str | None = None) -> Break:
        return self.runner.start_manual(routine_id)

    def pause(self, minutes: int | None = None, *, until_tomorrow: bool = False) -> None:
        self.runner.pause(minutes, until_tomorrow=until_tomorrow)
        self._changed()

    def resume(self) -> None:
        self.runner.resume()
        self._changed()

    def update_settings(self, settings: Settings) -> None:
        self.runner.update_settings(settings)
        self._changed()

    def note_idle(self, idle_seconds: float) -> None:
        """An idle sample: the engine moves its block timer; the sample is also a look at
        the clocks (see the module docstring)."""
        self._check_clock()
        self.runner.note_idle(idle_seconds)
        self._changed()

    def note_resumed_from_sleep(self) -> None:
        """Connect ``SleepWatcher.resumed`` here: offer what fell due, now."""
        self._last = ClockReading.take(self._clock)
        self.runner.note_clock_jump(ClockJump.FORWARD)
        self._changed()
