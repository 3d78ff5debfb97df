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

from helpers.fakes import FakeClock, FakeIdle
from pytestqt.qtbot import QtBot

from backbreak.clock import ClockJump
from backbreak.desktop.busy import X11FullscreenDetector
from backbreak.desktop.presence import PresenceMonitor
from backbreak.desktop.sleep_watch import SleepWatcher
from backbreak.domain.catalog import Catalog
from backbreak.domain.settings import Settings
from backbreak.planning.dayplan import EmptyHistory
from backbreak.planning.engine import Engine

BERLIN = ZoneInfo("Europe/Berlin")
MONDAY_9 = datetime(2026, 3, 30, 9, 0, tzinfo=BERLIN)


def _engine(catalog: Catalog, settings: Settings, clock: FakeClock) -> Engine:
    return Engine(catalog, settings, EmptyHistory(), clock.now)


def _presence(clock: FakeClock, idle: Any, busy: Any = (), watcher: Any = None) -> PresenceMonitor:
    """The monitor as create_presence builds it, with the given backends (qtbot: QApplication)."""
    return PresenceMonitor(idle, list(busy), watcher, threshold_s=5 * 60, clock=clock)


def test_idle_past_threshold_restarts_the_block_timer(qtbot: QtBot, catalog: Catalog) -> None:
    """Walking away for 6 minutes is a natural break: the next block moves out."""
    settings = Settings(prone_enabled=False, daily_enabled=False, evening_enabled=False)
    clock = FakeClock(MONDAY_9)
    engine = _engine(catalog, settings, clock)
    idle = FakeIdle()
    presence = _presence(clock, idle)
    presence.idle_sampled.connect(engine.note_idle)

    first = engine.next_break()
    assert first is not None
    clock.advance(60 * 60)
    idle.value = 4 * 60  # under the threshold: nothing changes
    presence.poll_idle()
    assert engine.next_break().due == first.due
    idle.value = 6 * 60
    presence.poll_idle()
    moved = engine.next_break()
    assert moved is not None and moved.due > first.due
    assert moved.due - clock.now() == timedelta(minutes=settings.block_interval_minutes)
    presence.stop()


def test_resume_after_a_long_gap_yields_one_catch_up_break(qtbot: QtBot, catalog: Catalog) -> None:
    """The engine hears of the suspend once and offers one break for everything that
    fell due meanwhile, not a flood (logind + gap-check dedupe: test_sleep_watch).
    Engine, presence and sleep watcher read one clock, as in the app."""
    clock = FakeClock(MONDAY_9)
    watcher = SleepWatcher(system_bus=None, session_bus=None, clock=clock)
    engine = _engine(catalog, Settings(), clock)
    presence = _presence(clock, FakeIdle(), watcher=watcher)
    notes: list[None] = []
    presence.resumed.connect(lambda: notes.append(None))
    presence.resumed.connect(lambda: engine.note_clock_jump())
    presence.start()
    if engine.tick() is not None:  # what is due at the start of the day is not the point
        engine.skip()

    clock.jump(wall=5 * 3600, mono=60)  # the lid was closed over lunch and beyond
    assert watcher.check_gap() is ClockJump.FORWARD
    announced = [engine.tick() for _ in range(3)]
    breaks = [b for b in announced if b is not None]
    assert len(notes) == 1
    assert len(breaks) == 1
    presence.stop()


def test_fullscreen_window_holds_the_due_reminder(
    qtbot: QtBot, x_window: Any, catalog: Catalog
) -> None:
    """A due break waits while the active window is full screen and shows when it leaves."""
    settings = Settings(prone_enabled=False, daily_enabled=False, evening_enabled=False)
    clock = FakeClock(MONDAY_9)
    engine = _engine(catalog, settings, clock)
    detector = X11FullscreenDetector()
    assert detector.available(), detector.reason
    presence = _presence(clock, FakeIdle(), busy=[detector])
    ready: list[Any] = []
    presence.reminder_ready.connect(ready.append)
    x_window.activate()
    x_window.set_state("_NET_WM_STATE_FULLSCREEN")

    clock.wall = engine.next_break().due + timedelta(minutes=1)
    brk = engine.tick()
    assert brk is not None
    presence.offer_reminder(brk)
    assert ready == [] and presence.held() is brk

    x_window.set_state("_NET_WM_STATE_ABOVE")
    presence.poll_busy()
    assert ready == [brk]
    presence.stop()
