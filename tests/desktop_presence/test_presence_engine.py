"""The seam between presence and the scheduling engine, with the real Engine.

These are the three behaviours the end-to-end tests check on the running app, here
with the app's wiring reproduced in two lines each (see the report / README):
idle past the threshold restarts the routine-block timer; a resume after a long gap
yields exactly one catch-up break; a full-screen window holds a due reminder until it
leaves full screen (real Xvfb).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from pytestqt.qtbot import QtBot

from backbreak.desktop.busy import X11FullscreenDetector
from backbreak.desktop.presence import PresenceMonitor
from backbreak.desktop.sleep_watch import SleepWatcher
from backbreak.domain.catalog import load_catalog
from backbreak.domain.settings import Settings
from backbreak.planning.dayplan import EmptyHistory, SimClock
from backbreak.planning.engine import Engine

BERLIN = ZoneInfo("Europe/Berlin")
MONDAY_9 = datetime(2026, 3, 30, 9, 0, tzinfo=BERLIN)


class FakeIdle:
    name, reason = "fake", ""

    def __init__(self) -> None:
        self.value = 0.0

    def available(self) -> bool:
        return True

    def idle_seconds(self) -> float | None:
        return self.value


def _engine(settings: Settings, clock: SimClock) -> Engine:
    return Engine(load_catalog().catalog, settings, EmptyHistory(), clock)


def _presence(idle: Any, busy: Any = (), watcher: Any = None) -> PresenceMonitor:
    """The monitor as create_presence builds it, with the given backends (qtbot: QApplication)."""
    return PresenceMonitor(idle, list(busy), watcher, threshold_s=5 * 60)


def test_idle_past_threshold_restarts_the_block_timer(qtbot: QtBot) -> None:
    """Walking away for 6 minutes is a natural break: the next block moves out."""
    settings = Settings(prone_enabled=False, daily_enabled=False, evening_enabled=False)
    clock = SimClock(MONDAY_9)
    engine = _engine(settings, clock)
    idle = FakeIdle()
    presence = _presence(idle)
    presence.idle_sampled.connect(engine.note_idle)

    first = engine.next_break()
    assert first is not None
    clock.now = MONDAY_9 + timedelta(minutes=60)
    idle.value = 4 * 60  # under the threshold: nothing changes
    presence.poll_idle()
    assert engine.next_break().due == first.due
    idle.value = 6 * 60
    presence.poll_idle()
    moved = engine.next_break()
    assert moved is not None and moved.due > first.due
    assert moved.due - clock.now == timedelta(minutes=settings.block_interval_minutes)
    presence.stop()


def test_resume_after_a_long_gap_yields_one_catch_up_break(qtbot: QtBot) -> None:
    """The engine hears of the suspend once and offers one break for everything that
    fell due meanwhile, not a flood (logind + gap-check dedupe: test_sleep_watch)."""
    wall = {"t": 1_000_000.0, "m": 50.0}
    watcher = SleepWatcher(
        system_bus=None, session_bus=None, wall=lambda: wall["t"], mono=lambda: wall["m"]
    )
    clock = SimClock(MONDAY_9)
    engine = _engine(Settings(), clock)
    presence = _presence(FakeIdle(), watcher=watcher)
    notes: list[None] = []
    presence.resumed.connect(lambda: notes.append(None))
    presence.resumed.connect(lambda: engine.note_clock_jump())
    presence.start()
    if engine.tick() is not None:  # what is due at the start of the day is not the point
        engine.skip()

    clock.now = MONDAY_9 + timedelta(hours=5)  # the lid was closed over lunch and beyond
    wall["t"] += 5 * 3600
    wall["m"] += 60
    assert watcher.check_gap()
    announced = [engine.tick() for _ in range(3)]
    breaks = [b for b in announced if b is not None]
    assert len(notes) == 1
    assert len(breaks) == 1
    presence.stop()


def test_fullscreen_window_holds_the_due_reminder(qtbot: QtBot, x_window: Any) -> None:
    """A due break waits while the active window is full screen and shows when it leaves."""
    settings = Settings(prone_enabled=False, daily_enabled=False, evening_enabled=False)
    clock = SimClock(MONDAY_9)
    engine = _engine(settings, clock)
    detector = X11FullscreenDetector()
    assert detector.available(), detector.reason
    presence = _presence(FakeIdle(), busy=[detector])
    ready: list[Any] = []
    presence.reminder_ready.connect(ready.append)
    x_window.activate()
    x_window.set_state("_NET_WM_STATE_FULLSCREEN")

    clock.now = engine.next_break().due + timedelta(minutes=1)
    brk = engine.tick()
    assert brk is not None
    presence.offer_reminder(brk)
    assert ready == [] and presence.held() is brk

    x_window.set_state("_NET_WM_STATE_ABOVE")
    presence.poll_busy()
    assert ready == [brk]
    presence.stop()
