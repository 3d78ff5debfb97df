"""Rotation (blocks, evening groups), the local zone, and the planner's import cost."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from backbreak.clock import local_zone, system_clock
from backbreak.domain.catalog import Catalog
from backbreak.domain.exercise import Group
from backbreak.domain.settings import EveningMode, Settings
from backbreak.planning.dayplan import plan_day, simulate
from backbreak.planning.model import BreakKind

BERLIN = ZoneInfo("Europe/Berlin")


def test_blocks_rotate_through_the_groups_in_order(catalog: Catalog) -> None:
    """Each block is the next group of Settings.block_groups, wrapping around."""
    start = datetime(2026, 3, 30, tzinfo=BERLIN)
    breaks = simulate(catalog, Settings(), start, start + timedelta(days=3))
    firsts = {
        "foot-ball-release": Group.FOOT_CALF,
        "standing-quad-stretch": Group.HIP_PELVIS,
        "doorway-pec-stretch": Group.UPPER_BACK,
        "dead-bug-heel-touch": Group.CORE,
    }
    order = [
        firsts[e]
        for b in breaks
        if b.kind is not BreakKind.EVENING
        for e in b.exercises
        if e in firsts
    ]
    expected = Settings().block_groups
    assert len(order) >= 6
    assert order == [expected[i % len(expected)] for i in range(len(order))]


def test_evening_rotates_one_group_per_night(catalog: Catalog) -> None:
    """Rotate mode: each night the stretches of one group, a different one the next night."""
    groups = []
    for offset in range(3):
        day = date(2026, 3, 28) + timedelta(days=offset)
        evening = [
            b for b in plan_day(catalog, Settings(), day, BERLIN) if b.kind is BreakKind.EVENING
        ]
        assert len(evening) == 1
        groups.append({catalog.exercise(e).group for e in evening[0].exercises})
    assert all(len(g) == 1 for g in groups)
    assert len({next(iter(g)) for g in groups}) == 3


def test_evening_all_mode_holds_every_stretch(catalog: Catalog) -> None:
    """All mode: the whole evening-stretch routine (usable exercises), in floor order."""
    settings = Settings(evening_mode=EveningMode.ALL)
    (evening,) = plan_day(catalog, settings, date(2026, 3, 28), BERLIN)
    assert set(evening.exercises) == set(catalog.routine("evening-stretch").exercises)
    assert evening.exercises[0] in {
        "foot-ball-release",
        "calf-stretch-lunge",
        "standing-quad-stretch",
        "doorway-pec-stretch",
    }


def test_local_zone_names_a_real_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    """With TZ set, the zone is a ZoneInfo (DST-aware), not a fixed offset."""
    monkeypatch.setenv("TZ", "Europe/Berlin")
    assert local_zone() == BERLIN
    now = system_clock()
    assert now.tzinfo == BERLIN


def test_a_bogus_tz_falls_back_to_the_system(monkeypatch: pytest.MonkeyPatch) -> None:
    """An unknown TZ name doesn't break the clock: another source or a fixed offset."""
    monkeypatch.setenv("TZ", "Not/AZone")
    assert system_clock().utcoffset() is not None


def test_the_planner_keeps_asyncio_off_the_start_path() -> None:
    """Only apscheduler.triggers.base is imported: not its util (asyncio, ssl), not a
    scheduler - a tray app lives all day, and memory is what it costs."""
    code = (
        "import sys, backbreak.planning.engine, backbreak.planning.qt_driver\n"
        "bad = [m for m in ('asyncio', 'ssl', 'apscheduler.util', 'apscheduler.schedulers')"
        " if m in sys.modules]\n"
        "print(','.join(bad))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
