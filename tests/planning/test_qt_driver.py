"""EngineDriver: one persistent QTimer, fired by hand here - no sleeping, no real clock.

The driver must announce a due break once, re-arm its single timer (never longer than
the 60 s gap check), notice when the wall clock jumped further than monotonic time
(suspend), and re-arm after every forwarded action.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from backbreak.planning.engine import Engine
from backbreak.planning.model import Break, BreakKind
from backbreak.planning.qt_driver import GAP_CHECK_MS, SAMPLED_GAP_CHECK_MS, EngineDriver

BERLIN = ZoneInfo("Europe/Berlin")
EngineFactory = Callable[..., tuple[Engine, Any]]


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=BERLIN)


class Mono:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def build(
    qtbot: QtBot, make_engine: EngineFactory, start: str
) -> tuple[EngineDriver, Any, Mono, list[Break]]:
    engine, clock = make_engine(start)
    mono = Mono()
    driver = EngineDriver(engine, monotonic=mono)
    seen: list[Break] = []
    driver.break_due.connect(seen.append)
    return driver, clock, mono, seen


def advance(clock: Any, mono: Mono, minutes: float) -> None:
    """Both clocks move together, as when the machine is awake."""
    clock.advance(minutes=minutes)
    mono.now += minutes * 60


def test_one_persistent_timer_armed_for_the_next_wakeup(
    qtbot: QtBot, make_engine: EngineFactory
) -> None:
    """After start the one timer runs, capped at the gap-check interval."""
    driver, clock, _mono, seen = build(qtbot, make_engine, "2026-03-30 10:19:30")
    driver.start()
    assert seen == []
    assert driver.timer.isActive() and driver.timer.isSingleShot()
    assert driver.timer.interval() == 30_001, "due at 10:20"
    clock.set(at("2026-03-30 09:00"))
    driver.timer.timeout.emit()
    assert driver.timer.interval() == GAP_CHECK_MS, "never longer than the gap check"
    assert len(driver.findChildren(QTimer)) == 1


def test_a_due_break_is_announced_once(qtbot: QtBot, make_engine: EngineFactory) -> None:
    """Firing the timer's slot at 10:20 emits break_due once; firing again does not."""
    driver, clock, mono, seen = build(qtbot, make_engine, "2026-03-30 10:19")
    driver.start()
    advance(clock, mono, 1)
    with qtbot.waitSignal(driver.state_changed, timeout=100):
        driver.timer.timeout.emit()
    assert len(seen) == 1 and seen[0].due == at("2026-03-30 10:20")
    advance(clock, mono, 1)
    driver.timer.timeout.emit()
    assert len(seen) == 1
    assert driver.timer.interval() <= GAP_CHECK_MS


def test_forwarded_actions_rearm_and_notify(qtbot: QtBot, make_engine: EngineFactory) -> None:
    """Snooze through the driver: state_changed, and the same break comes back later."""
    driver, clock, mono, seen = build(qtbot, make_engine, "2026-03-30 10:20")
    driver.start()
    assert len(seen) == 1
    with qtbot.waitSignal(driver.state_changed, timeout=100):
        driver.snooze(5)
    assert driver.timer.isActive()
    advance(clock, mono, 5)
    driver.timer.timeout.emit()
    assert len(seen) == 2 and seen[1].id == seen[0].id
    with qtbot.waitSignal(driver.state_changed, timeout=100):
        driver.complete(seen[1], seen[1].exercises)
    assert driver.engine.current_break() is None


def test_a_wall_clock_jump_is_treated_as_a_resume(qtbot: QtBot, make_engine: EngineFactory) -> None:
    """Monotonic time stood still while the wall clock moved 5 hours: one catch-up."""
    driver, clock, mono, seen = build(qtbot, make_engine, "2026-03-30 09:00")
    driver.start()
    clock.advance(hours=5)
    mono.now += 1
    driver.timer.timeout.emit()
    assert len(seen) == 1 and seen[0].kind is BreakKind.CATCH_UP
    driver.timer.timeout.emit()
    assert len(seen) == 1


def test_the_suspend_watcher_can_report_directly(qtbot: QtBot, make_engine: EngineFactory) -> None:
    """SleepWatcher.resumed -> note_resumed_from_sleep: the catch-up comes at once."""
    driver, clock, _mono, seen = build(qtbot, make_engine, "2026-03-30 09:00")
    driver.start()
    clock.advance(hours=3)
    driver.note_resumed_from_sleep()
    assert len(seen) == 1 and seen[0].kind is BreakKind.CATCH_UP


def test_pause_and_resume(qtbot: QtBot, make_engine: EngineFactory) -> None:
    """Paused for an hour: the timer waits (capped), nothing is announced meanwhile."""
    driver, clock, mono, seen = build(qtbot, make_engine, "2026-03-30 10:10")
    driver.start()
    driver.pause(60)
    assert driver.engine.paused_until == at("2026-03-30 11:10")
    advance(clock, mono, 30)
    driver.timer.timeout.emit()
    assert seen == []
    driver.resume()
    assert len(seen) == 1


def test_an_idle_sample_is_the_gap_checks_tick(qtbot: QtBot, make_engine: EngineFactory) -> None:
    """Presence samples idle time once a minute: each sample runs the gap check, so the
    timer may wait longer than a minute and the idle app wakes once a minute, not twice."""
    driver, clock, mono, seen = build(qtbot, make_engine, "2026-03-30 10:10")
    driver.start()
    driver.pause(120)
    advance(clock, mono, 1)
    driver.note_idle(3.0)
    assert driver.timer.interval() == SAMPLED_GAP_CHECK_MS > GAP_CHECK_MS
    assert seen == []


def test_an_idle_sample_after_a_suspend_brings_the_catch_up(
    qtbot: QtBot, make_engine: EngineFactory
) -> None:
    """No logind signal, no timer fire: the first idle sample after the wall clock jumped
    five hours notices the sleep and offers one catch-up break at once."""
    driver, clock, mono, seen = build(qtbot, make_engine, "2026-03-30 09:00")
    driver.start()
    clock.advance(hours=5)
    mono.now += 1
    driver.note_idle(2.0)
    assert len(seen) == 1 and seen[0].kind is BreakKind.CATCH_UP
    advance(clock, mono, 1)
    driver.note_idle(3.0)
    assert len(seen) == 1
