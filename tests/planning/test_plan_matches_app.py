"""``backbreak plan`` is what the running app does.

The app's engine, under the Qt driver and its APScheduler jobs, is driven minute by
minute for ten days (the timer fired by hand on a fake clock); a simulated user starts
each break the moment it is offered and finishes it when its estimate says. Every day's
breaks must equal what ``plan`` said for that day before the ten days began - same
times, same exercises, same doses - and a plan asked of the running engine halfway
(``plan_ahead``, as ``backbreak plan`` does through the control socket) must agree too.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from helpers.fakes import FakeClock
from pytestqt.qtbot import QtBot

from backbreak.domain.catalog import Catalog
from backbreak.domain.settings import Settings
from backbreak.planning.dayplan import EmptyHistory, plan_ahead, plan_day
from backbreak.planning.engine import Engine
from backbreak.planning.model import Break
from backbreak.planning.qt_driver import EngineDriver

BERLIN = ZoneInfo("Europe/Berlin")
START = datetime(2026, 11, 23, 7, 0, tzinfo=BERLIN)
DAYS = 10


def row(brk: Break) -> tuple[str, tuple[str, ...], tuple[tuple[str, str], ...]]:
    return (brk.due.isoformat(timespec="seconds"), brk.exercises, brk.notes)


def test_ten_days_of_the_running_app_match_the_plan(qtbot: QtBot, catalog: Catalog) -> None:
    settings = Settings()
    days = [START.date() + timedelta(days=i) for i in range(DAYS)]
    planned = {d: plan_day(catalog, settings, d, BERLIN, now=START) for d in days}

    clocks = FakeClock(START)
    engine = Engine(catalog, settings, EmptyHistory(), clocks)
    driver = EngineDriver(engine, clocks)
    offered: list[Break] = []
    driver.break_due.connect(offered.append)
    driver.start()
    live: list[Break] = []
    ending: tuple[datetime, Break] | None = None
    halfway: dict[date, list[Break]] = {}
    end = START + timedelta(days=DAYS)
    minute = START
    while minute < end:
        # The clock moves a minute at a time, or less when the scheduler's timer is armed
        # to run out sooner (it fires at its jobs' exact run times, as in the app).
        if offered and ending is None:
            brk = offered.pop(0)
            live.append(brk)
            driver.start_break(brk)
            ending = (clocks.now() + timedelta(minutes=brk.estimated_minutes), brk)
        offered.clear()
        armed = driver.scheduler.next_run_time()
        minute = min(minute + timedelta(minutes=1), max(armed, clocks.now()) if armed else end)
        if armed is not None and armed <= clocks.now():
            minute = clocks.now() + timedelta(minutes=1)
        if ending is not None and ending[0] <= minute:
            clocks.set(max(ending[0], clocks.now()))
            driver.complete(ending[1], ending[1].exercises)
            ending = None
            continue
        clocks.set(minute)
        if not halfway and minute >= START + timedelta(days=5):
            halfway = {d: plan_ahead(engine, d) for d in days[5:]}
        driver.timer.timeout.emit()

    for day in days:
        mine = [row(b) for b in live if b.due.date() == day]
        assert mine == [row(b) for b in planned[day]], f"{day}: the app and the plan differ"
    for day, breaks in halfway.items():
        mine = [row(b) for b in live if b.due.date() == day]
        assert mine == [row(b) for b in breaks], f"{day}: plan from the running app differs"
    assert sum(1 for b in live if b.due.date() == days[0]) >= 8
