"""EngineDriver: runs the engine on the Qt event loop with one persistent timer.

Why not APScheduler's ``QtScheduler``: in APScheduler 3.11 it keeps the return value of
``QTimer.singleShot``, which is ``None``, so its timer can't be stopped and every
reschedule starts another timer chain (see notes in DESIGN.md). Here one ``QTimer``
(single-shot, re-armed after every fire) is all there is.

Suspend and wall-clock jumps. ``QTimer`` counts monotonic time, which on Linux stops
while the machine sleeps, and Qt timers may fire early. So a gap check runs about once
a minute: it compares how far the wall clock moved with how far the monotonic clock
moved since the last check; if the wall clock moved more than ``JUMP_TOLERANCE``
further (a suspend, or the user set the clock), the engine is told
(``note_resumed_from_sleep``), so what fell due comes as one catch-up break. Then the
engine re-reads the wall clock in ``tick()``. The check runs on every timer fire (the
timer waits at most ``GAP_CHECK_MS``, 60 s) and on every idle sample of the presence
monitor (about one a minute, through ``note_idle``); after a sample the timer may wait
up to ``SAMPLED_GAP_CHECK_MS``, so that an idle app wakes once a minute, not twice. A
suspend watcher (logind ``PrepareForSleep``) can call ``note_resumed_from_sleep``
directly; the check is the backstop when no such signal exists.

Signals:
    break_due(Break): a break to announce (a re-offer carries the same break id).
    state_changed(): the next break or the pause state changed (update the tray).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from datetime import timedelta

from PySide6.QtCore import QObject, QTimer, Signal

from backbreak.domain.settings import Settings
from backbreak.planning.engine import Engine
from backbreak.planning.model import Break

GAP_CHECK_MS = 60_000
"""The timer's longest wait when no idle sample came since its last fire."""

SAMPLED_GAP_CHECK_MS = 2 * GAP_CHECK_MS
"""The timer's longest wait after an idle sample ran the gap check: the next sample is due
within a minute; if samples stop (no idle source, a failing one), the timer's own check
takes over after this."""

IDLE_FIRE_MIN_MS = 1_000
"""After a fire that announced nothing, wait at least this long: never a busy loop."""

JUMP_TOLERANCE = timedelta(seconds=90)
"""Wall time moving this much more than monotonic time means the machine slept."""


class EngineDriver(QObject):
    """The engine's timer and the Qt face of its actions (signals in the module docstring)."""

    break_due = Signal(object)
    state_changed = Signal()

    def __init__(
        self,
        engine: Engine,
        parent: QObject | None = None,
        *,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.engine = engine
        self._monotonic = monotonic
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timeout)
        self._last_wall = engine.clock()
        self._last_mono = monotonic()

    @property
    def timer(self) -> QTimer:
        """The one timer (tests read its interval and fire its slot by hand)."""
        return self._timer

    def start(self) -> None:
        """Announce anything already due, then arm the timer."""
        self._on_timeout()

    def _on_timeout(self) -> None:
        self._check_gap()
        brk = self.engine.tick()
        if brk is not None:
            self.break_due.emit(brk)
            self.state_changed.emit()
        self._arm(IDLE_FIRE_MIN_MS if brk is None else 0)

    def _check_gap(self) -> bool:
        """Tell the engine if the machine slept since the last check; True if it did."""
        wall, mono = self.engine.clock(), self._monotonic()
        moved_wall = wall - self._last_wall
        moved_mono = timedelta(seconds=mono - self._last_mono)
        self._last_wall, self._last_mono = wall, mono
        if abs(moved_wall - moved_mono) > JUMP_TOLERANCE:
            self.engine.note_resumed_from_sleep()
            return True
        return False

    def _arm(self, floor_ms: int = 0, cap_ms: int = GAP_CHECK_MS) -> None:
        wake = self.engine.next_wakeup()
        wait_ms = cap_ms
        if wake is not None:
            seconds = (wake - self.engine.clock()).total_seconds()
            wait_ms = max(floor_ms, min(cap_ms, int(seconds * 1000) + 1))
        self._timer.start(wait_ms)

    def _changed(self) -> None:
        self.state_changed.emit()
        self._arm()

    # --- forwarders: act, re-arm, tell the tray -----------------------------------------

    def snooze(self, minutes: int | None = None) -> None:
        self.engine.snooze(minutes)
        self._changed()

    def skip(self) -> None:
        self.engine.skip()
        self._changed()

    def complete(self, brk: Break, done: Iterable[str]) -> None:
        self.engine.complete(brk, done)
        self._changed()

    def start_manual(self, routine_id: str | None = None) -> Break:
        brk = self.engine.start_manual(routine_id)
        self._changed()
        return brk

    def pause(self, minutes: int | None = None, *, until_tomorrow: bool = False) -> None:
        self.engine.pause(minutes, until_tomorrow=until_tomorrow)
        self._changed()

    def resume(self) -> None:
        self.engine.resume()
        self._on_timeout()
        self.state_changed.emit()

    def update_settings(self, settings: Settings) -> None:
        self.engine.update_settings(settings)
        self._changed()

    def note_idle(self, idle_seconds: float) -> None:
        """An idle sample: the engine moves its block timer; the sample is also the gap
        check's tick (see the module docstring)."""
        self.engine.note_idle(idle_seconds)
        if self._check_gap():
            self._on_timeout()
        else:
            self._arm(cap_ms=SAMPLED_GAP_CHECK_MS)

    def note_resumed_from_sleep(self) -> None:
        """Connect ``SleepWatcher.resumed`` here: offer what fell due, now."""
        self.engine.note_resumed_from_sleep()
        self._on_timeout()
