"""The Qt driver: APScheduler jobs per cadence on one persistent QTimer, fired by hand.

No sleeping and no real clock: the tests move a fake clock (wall and monotonic) and
emit the scheduler's timer themselves. They check what upstream's QtScheduler gets
wrong (a timer that can't be stopped), that jobs run in the GUI thread, that the
cadence jobs' next run times are the cadences' due times, that pause/resume pause and
resume the jobs, and that a suspend or a clock change yields one catch-up break.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from apscheduler.events import EVENT_JOB_MISSED
from helpers.fakes import FakeClock
from PySide6.QtCore import QObject, QTimer
from pytestqt.qtbot import QtBot

from backbreak.planning.engine import Engine
from backbreak.planning.model import Break, BreakKind
from backbreak.planning.qt_driver import MAX_WAIT_SECONDS, EngineDriver
from backbreak.planning.qt_scheduler import QtScheduler
from backbreak.planning.triggers import AnchoredTrigger

BERLIN = ZoneInfo("Europe/Berlin")
EngineFactory = Callable[..., tuple[Engine, Any]]


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=BERLIN)


def build(
    qtbot: QtBot, make_engine: EngineFactory, start: str, **settings: Any
) -> tuple[EngineDriver, FakeClock, list[Break]]:
    """The engine's driver on a fake clock (wall and monotonic; ``advance`` moves both,
    as when the machine is awake; ``jump`` moves them apart)."""
    from backbreak.domain.settings import Settings

    engine, clocks = make_engine(start, Settings(**settings))
    driver = EngineDriver(engine, clocks)
    seen: list[Break] = []
    driver.break_due.connect(seen.append)
    return driver, clocks, seen


def fire(driver: EngineDriver) -> None:
    """What the event loop does when the scheduler's timer runs out."""
    driver.timer.timeout.emit()


def at_the_first_break(
    qtbot: QtBot, make_engine: EngineFactory
) -> tuple[EngineDriver, FakeClock, list[Break]]:
    """Monday 10:19: started, then a minute on, when the day's first break falls due."""
    driver, clocks, seen = build(qtbot, make_engine, "2026-03-30 10:19")
    driver.start()
    clocks.advance(minutes=1)
    fire(driver)
    return driver, clocks, seen


def job_times(driver: EngineDriver) -> dict[str, datetime | None]:
    return {job.id: job.next_run_time for job in driver.scheduler.get_jobs()}


def test_one_cadence_job_each_and_their_times_are_the_cadences(
    qtbot: QtBot, make_engine: EngineFactory
) -> None:
    """Each cadence is an APScheduler job whose next run time is its own due time."""
    driver, _clocks, seen = build(qtbot, make_engine, "2026-03-30 08:00")
    driver.start()
    times = job_times(driver)
    assert set(times) == {
        "cadence:prone",
        "cadence:block",
        "cadence:daily:cat-camel",
        "cadence:daily:supine-ankle-pumps",
        "cadence:evening",
        "break",
    }
    assert times["cadence:prone"] == at("2026-03-30 11:00")
    assert times["cadence:block"] == at("2026-03-30 10:30")
    assert times["cadence:daily:cat-camel"] == at("2026-03-30 10:20")
    assert times["cadence:evening"] == at("2026-03-30 20:30")
    assert times["break"] == at("2026-03-30 10:20"), "cat-camel and the block as one break"
    assert seen == []
    listed = {j["id"]: j for j in driver.jobs()}
    assert listed["cadence:prone"]["trigger"] == "AnchoredTrigger"
    assert listed["cadence:prone"]["next_run_time"].startswith("2026-03-30T11:00:00")


def test_the_timer_is_one_and_can_be_stopped(qtbot: QtBot, make_engine: EngineFactory) -> None:
    """Upstream keeps QTimer.singleShot's None and can't stop its timer; ours is one
    QTimer, re-armed, never waiting past the clock-jump check, and stopped at shutdown."""
    driver, clocks, _seen = build(qtbot, make_engine, "2026-03-30 08:00")
    timer = driver.timer
    driver.start()
    assert timer.isActive() and timer.isSingleShot()
    assert timer.interval() <= MAX_WAIT_SECONDS * 1000 + 1
    clocks.advance(minutes=2)
    fire(driver)
    clocks.advance(minutes=2)
    fire(driver)
    assert driver.timer is timer
    assert len(driver.findChildren(QTimer)) == 1
    driver.stop()
    assert not timer.isActive()


def test_a_due_break_is_announced_once_by_its_jobs(
    qtbot: QtBot, make_engine: EngineFactory
) -> None:
    """At 10:20 the jobs fire and the break comes once; firing again adds nothing."""
    driver, clocks, seen = at_the_first_break(qtbot, make_engine)
    assert len(seen) == 1 and seen[0].due == at("2026-03-30 10:20")
    clocks.advance(minutes=1)
    fire(driver)
    assert len(seen) == 1
    assert job_times(driver)["cadence:daily:cat-camel"] is None, "held by the offered break"


def test_jobs_run_in_the_gui_thread(qtbot: QtBot, make_engine: EngineFactory) -> None:
    """No thread pool: the job runs in the thread that runs the Qt event loop."""
    driver, clocks, _seen = build(qtbot, make_engine, "2026-03-30 10:19")
    threads: list[int] = []
    driver.break_due.connect(lambda _b: threads.append(threading.get_ident()))
    driver.start()
    clocks.advance(minutes=1)
    fire(driver)
    assert threads == [threading.get_ident()]


def test_pause_pauses_the_jobs_and_resume_brings_one_catch_up(
    qtbot: QtBot, make_engine: EngineFactory
) -> None:
    """pause_job on every cadence job; resume_job after: one catch-up, not a flood."""
    driver, clocks, seen = build(qtbot, make_engine, "2026-03-30 09:30")
    driver.start()
    driver.pause(None)
    assert all(t is None for k, t in job_times(driver).items() if k.startswith("cadence:"))
    clocks.advance(minutes=4 * 60)
    fire(driver)
    assert seen == []
    driver.resume()
    assert len(seen) == 1
    assert seen[0].kind is BreakKind.CATCH_UP
    assert {"prone-lying", "cat-camel"} <= set(seen[0].exercises)


def test_a_suspend_yields_one_catch_up_break(qtbot: QtBot, make_engine: EngineFactory) -> None:
    """Wall clock +5 h, monotonic +1 min (Linux stops it in sleep): one catch-up now."""
    driver, clocks, seen = build(qtbot, make_engine, "2026-03-30 09:30")
    driver.start()
    clocks.jump(wall=5 * 3600, mono=60)
    fire(driver)
    assert len(seen) == 1 and seen[0].kind is BreakKind.CATCH_UP
    fire(driver)
    assert len(seen) == 1


def test_a_clock_set_back_loses_nothing_and_floods_nothing(
    qtbot: QtBot, make_engine: EngineFactory
) -> None:
    """The clock goes back an hour after a break: no reminder twice, the next one comes."""
    driver, clocks, seen = at_the_first_break(qtbot, make_engine)
    (first,) = seen
    driver.start_break(first)
    clocks.advance(minutes=10)
    driver.complete(first, first.exercises)
    clocks.jump(wall=-3600, mono=60)
    fire(driver)
    assert len(seen) == 1
    nxt = driver.engine.next_break()
    assert nxt is not None and nxt.due >= clocks.now()


def test_a_running_session_is_never_re_offered(qtbot: QtBot, make_engine: EngineFactory) -> None:
    """A break started from its notification runs: no re-offer after reoffer_minutes."""
    driver, clocks, seen = at_the_first_break(qtbot, make_engine)
    driver.start_break(seen[0])
    for _ in range(15):
        clocks.advance(minutes=1)
        fire(driver)
    assert len(seen) == 1
    assert driver.engine.running_break() == seen[0]


def test_a_job_late_past_its_grace_is_reported_missed(qtbot: QtBot) -> None:
    """APScheduler's listener reports a run missed by more than its grace time; a
    coalesced job runs once however many run times it missed."""
    now = {"t": at("2026-03-30 09:00")}
    parent = QObject()
    scheduler = QtScheduler(lambda: now["t"], parent)
    runs: list[datetime] = []
    missed: list[Any] = []
    scheduler.add_listener(missed.append, EVENT_JOB_MISSED)
    from backbreak.domain.settings import Settings
    from backbreak.planning.hours import ActiveHours

    hours = ActiveHours(Settings(work_days=list(range(7))), BERLIN)
    every_2h = AnchoredTrigger(hours, at("2026-03-30 09:00"), due_after=timedelta(hours=2))
    scheduler.add_job(lambda: runs.append(now["t"]), every_2h, id="late", misfire_grace_time=3600)
    scheduler.start()
    now["t"] = at("2026-03-30 15:30")  # 11:00, 13:00 and 15:00 all passed
    scheduler.timer.timeout.emit()
    assert runs == [at("2026-03-30 15:30")], "coalesced: once"
    now["t"] = at("2026-03-31 12:30")  # the next run (17:00 -> next day 11:00): 1.5 h late
    scheduler.timer.timeout.emit()
    assert len(runs) == 1 and len(missed) == 1
    scheduler.shutdown()
    assert not scheduler.timer.isActive()
