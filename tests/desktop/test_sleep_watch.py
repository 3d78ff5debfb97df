"""Suspend/resume and lock detection: logind and screensaver fakes, and the clock gap check."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any

import pytest
from helpers.fakes import BERLIN, FakeClock
from pytestqt.qtbot import QtBot

from backbreak.clock import ClockJump
from backbreak.desktop.sleep_watch import SleepWatcher

LOGIND = "org.freedesktop.login1"
MANAGER = "org.freedesktop.login1.Manager"


@pytest.fixture
def make_watcher() -> Iterator[Callable[..., SleepWatcher]]:
    """Started watchers on hand-moved clocks; stopped after the test even when it fails."""
    made: list[SleepWatcher] = []

    def make(clock: FakeClock, **kwargs: Any) -> SleepWatcher:
        kwargs.setdefault("system_bus", None)
        kwargs.setdefault("session_bus", None)
        watcher = SleepWatcher(clock=clock, **kwargs)
        made.append(watcher)
        watcher.start()
        return watcher

    yield make
    for watcher in made:
        watcher.stop()


def test_gap_check_sees_a_suspend_once(make_watcher: Any, qtbot: QtBot) -> None:
    """Linux: monotonic time stops in suspend, the wall clock doesn't: one resume, not two."""
    clock = FakeClock()
    watcher = make_watcher(clock)
    resumes: list[None] = []
    watcher.resumed.connect(lambda: resumes.append(None))
    clock.advance(60)
    assert watcher.check_gap() is ClockJump.NONE
    clock.jump(wall=3600 + 60, mono=60)  # an hour asleep
    assert watcher.check_gap() is ClockJump.FORWARD
    clock.advance(60)
    assert watcher.check_gap() is ClockJump.NONE
    assert len(resumes) == 1


def test_gap_check_sees_a_late_timer(make_watcher: Any, qtbot: QtBot) -> None:
    """Where monotonic time runs on in sleep, the minute timer fires an hour late instead."""
    clock = FakeClock()
    watcher = make_watcher(clock)
    resumes: list[None] = []
    watcher.resumed.connect(lambda: resumes.append(None))
    clock.advance(3660)
    assert watcher.check_gap() is ClockJump.LATE
    assert resumes == [None]


def test_small_jitter_is_no_jump(make_watcher: Any, qtbot: QtBot) -> None:
    clock = FakeClock()
    watcher = make_watcher(clock)
    jumps: list[str] = []
    watcher.clock_jumped.connect(jumps.append)
    clock.advance(75)  # a busy machine fires the timer late
    assert watcher.check_gap() is ClockJump.NONE
    clock.jump(wall=100, mono=60)  # NTP slews a little
    assert watcher.check_gap() is ClockJump.NONE
    assert jumps == []


def test_clock_set_back_is_a_jump_but_not_a_resume(make_watcher: Any, qtbot: QtBot) -> None:
    """The user (or NTP) sets the clock back an hour: reported, so the tray redraws its
    times, but nothing slept and no catch-up break is due."""
    clock = FakeClock()
    watcher = make_watcher(clock)
    jumps: list[str] = []
    resumes: list[None] = []
    watcher.clock_jumped.connect(jumps.append)
    watcher.resumed.connect(lambda: resumes.append(None))
    clock.jump(wall=60 - 3600, mono=60)
    assert watcher.check_gap() is ClockJump.BACK
    assert jumps == ["back"] and resumes == []
    clock.advance(60)
    assert watcher.check_gap() is ClockJump.NONE


def test_dst_change_is_no_jump(make_watcher: Any, qtbot: QtBot) -> None:
    """Berlin leaves summer time: the hands go back an hour, UTC runs on; no jump."""
    clock = FakeClock(datetime(2026, 10, 25, 2, 59, 30, tzinfo=BERLIN))
    watcher = make_watcher(clock)
    before = clock.now()
    clock.advance(60)
    assert clock.now().hour == 2 and clock.now().utcoffset() != before.utcoffset()
    assert watcher.check_gap() is ClockJump.NONE


def test_gap_check_is_the_only_source_without_dbus(make_watcher: Any, qtbot: QtBot) -> None:
    watcher = make_watcher(FakeClock())
    assert watcher.sources == ["clock gap check"]


def test_gap_check_can_be_left_to_the_engine(make_watcher: Any, qtbot: QtBot) -> None:
    """In the app the engine's driver runs the same check; a second timer would only add
    a wakeup a minute to an app that should sleep while nothing is due."""
    watcher = make_watcher(FakeClock(), gap_check=False)
    assert watcher.sources == ["the engine's clock gap check"]
    assert not watcher._timer.isActive()


def test_unreachable_buses_still_start(make_watcher: Any, qtbot: QtBot, tmp_path: Any) -> None:
    """A stale bus address must leave the gap check running, not crash start-up."""
    missing = f"unix:path={tmp_path}/no-bus"
    watcher = make_watcher(FakeClock(), system_bus=missing, session_bus=missing)
    assert watcher.sources == ["clock gap check"]
    assert watcher.describe() == (
        "clock-gap (logind: its bus is not reachable; screensaver: its bus is not reachable)"
    )


def test_logind_prepare_for_sleep(
    make_watcher: Any, qtbot: QtBot, private_bus: str, fake_service: Any
) -> None:
    """PrepareForSleep(true) announces sleep; (false) is the resume, reported exactly once
    even when the gap check notices the same suspend right after."""
    clock = FakeClock()
    logind = fake_service(LOGIND)
    watcher = make_watcher(clock, system_bus=private_bus)
    assert "logind PrepareForSleep" in watcher.sources
    resumes: list[None] = []
    watcher.resumed.connect(lambda: resumes.append(None))

    with qtbot.waitSignal(watcher.about_to_sleep, timeout=3000):
        logind.emit("/org/freedesktop/login1", MANAGER, "PrepareForSleep", "b", (True,))
    clock.jump(wall=7200, mono=1)
    with qtbot.waitSignal(watcher.resumed, timeout=3000):
        logind.emit("/org/freedesktop/login1", MANAGER, "PrepareForSleep", "b", (False,))
    clock.advance(60)
    assert watcher.check_gap() is ClockJump.NONE
    assert len(resumes) == 1


def test_gap_first_then_logind_is_still_one_resume(
    make_watcher: Any, qtbot: QtBot, private_bus: str, fake_service: Any
) -> None:
    """After resume the overdue timer may run before logind's signal arrives.

    logind also starts after backbreak here: the subscription made at start still works.
    """
    clock = FakeClock()
    watcher = make_watcher(clock, system_bus=private_bus)
    assert watcher.sources == ["clock gap check"]
    logind = fake_service(LOGIND)
    resumes: list[None] = []
    watcher.resumed.connect(lambda: resumes.append(None))
    with qtbot.waitSignal(watcher.about_to_sleep, timeout=3000):
        logind.emit("/org/freedesktop/login1", MANAGER, "PrepareForSleep", "b", (True,))
    clock.jump(wall=7200, mono=60)
    assert watcher.check_gap() is ClockJump.FORWARD
    logind.emit("/org/freedesktop/login1", MANAGER, "PrepareForSleep", "b", (False,))
    # the duplicate is swallowed: wait for a later, distinct signal to be sure it was read
    with qtbot.waitSignal(watcher.about_to_sleep, timeout=3000):
        logind.emit("/org/freedesktop/login1", MANAGER, "PrepareForSleep", "b", (True,))
    assert len(resumes) == 1


def test_screen_lock_from_either_screensaver_interface(
    make_watcher: Any, qtbot: QtBot, private_bus: str, fake_service: Any
) -> None:
    saver = fake_service("org.gnome.ScreenSaver")
    watcher = make_watcher(FakeClock(), session_bus=private_bus)
    assert "screensaver ActiveChanged" in watcher.sources
    path = "/org/gnome/ScreenSaver"
    with qtbot.waitSignal(watcher.locked_changed, timeout=3000) as locked:
        saver.emit(path, "org.gnome.ScreenSaver", "ActiveChanged", "b", (True,))
    assert locked.args == [True]
    with qtbot.waitSignal(watcher.locked_changed, timeout=3000) as unlocked:
        saver.emit(path, "org.freedesktop.ScreenSaver", "ActiveChanged", "b", (False,))
    assert unlocked.args == [False]


def test_unrelated_signals_are_ignored(
    make_watcher: Any, qtbot: QtBot, private_bus: str, fake_service: Any
) -> None:
    watcher = make_watcher(FakeClock(), session_bus=private_bus)
    other = fake_service("org.example.Other")
    seen: list[bool] = []
    watcher.locked_changed.connect(seen.append)
    other.emit("/x", "org.example.Other", "ActiveChanged", "b", (True,))
    with qtbot.waitSignal(watcher.locked_changed, timeout=3000):
        other.emit("/x", "org.freedesktop.ScreenSaver", "ActiveChanged", "b", (True,))
    assert seen == [True]
