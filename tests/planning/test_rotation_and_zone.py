"""Rotation (blocks, evening groups), the local zone, and what the start path imports."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

import backbreak.clock
from backbreak.clock import local_zone, system_clock
from backbreak.domain.catalog import Catalog
from backbreak.domain.exercise import Group
from backbreak.domain.settings import EveningMode, Settings
from backbreak.planning.dayplan import EmptyHistory, SimClock, plan_day, simulate
from backbreak.planning.engine import Engine
from backbreak.planning.model import Break, BreakKind
from backbreak.planning.routines import usable_exercises

BERLIN = ZoneInfo("Europe/Berlin")
REPO = Path(__file__).resolve().parents[2]


def groups_of(brk: Break, catalog: Catalog) -> set[Group]:
    return {catalog.exercise(e).group for e in brk.exercises} - {Group.LOW_BACK}


def test_blocks_rotate_through_the_groups_in_order(catalog: Catalog) -> None:
    """Each block is the next group of Settings.block_groups, wrapping around; a group
    too small to fill the guide's 5 minutes (the core's one exercise) takes the next
    group along, and the rotation goes on after it."""
    start = datetime(2026, 3, 30, tzinfo=BERLIN)
    clock = SimClock(start)
    engine = Engine(catalog, Settings(), EmptyHistory(), clock)
    breaks = simulate(engine, clock, start + timedelta(days=3))
    blocks = [groups_of(b, catalog) for b in breaks if b.kind is not BreakKind.EVENING]
    blocks = [g for g in blocks if g]
    cycle = Settings().block_groups
    assert len(blocks) >= 12
    i = 0
    for groups in blocks:
        expected = {cycle[(i + k) % len(cycle)] for k in range(len(groups))}
        assert groups == expected, f"block {groups} where the rotation is at {cycle[i]}"
        i = (i + len(groups)) % len(cycle)


def evenings(catalog: Catalog, settings: Settings, first: date, nights: int) -> list[Break]:
    out = []
    for offset in range(nights):
        day = first + timedelta(days=offset)
        found = [b for b in plan_day(catalog, settings, day, BERLIN) if b.kind is BreakKind.EVENING]
        assert len(found) == 1, day
        out.append(found[0])
    return out


def test_evening_rotates_whole_groups_through_all_four(catalog: Catalog) -> None:
    """Rotate mode (the guide: pick one group each night): each night every usable
    stretch of one group, and four nights in a row cover all four groups."""
    settings = Settings()
    nights = evenings(catalog, settings, date(2026, 3, 27), 4)
    routine = catalog.routine("evening-stretch")
    usable = usable_exercises(routine.exercises, catalog, settings)
    seen = []
    for brk in nights:
        (group,) = groups_of(brk, catalog)
        seen.append(group)
        whole = {e for e in usable if catalog.exercise(e).group is group}
        assert set(brk.exercises) == whole, f"{group}: the whole group, not a part"
    assert set(seen) == set(settings.block_groups)


def test_evening_all_mode_holds_all_four_groups(catalog: Catalog) -> None:
    """All mode: the whole evening-stretch routine, all four groups, in floor order
    (standing first, so the user gets down to the floor once)."""
    settings = Settings(evening_mode=EveningMode.ALL)
    (evening,) = plan_day(catalog, settings, date(2026, 3, 28), BERLIN)
    assert evening.kind is BreakKind.EVENING
    assert set(evening.exercises) == set(catalog.routine("evening-stretch").exercises)
    assert groups_of(evening, catalog) == set(settings.block_groups)
    positions = [catalog.exercise(e).position.on_floor for e in evening.exercises]
    assert positions == sorted(positions), "standing work first, then the floor"


# --- the local zone -----------------------------------------------------------------------


def test_local_zone_names_a_real_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    """With TZ set, the zone is a ZoneInfo (DST-aware), not a fixed offset."""
    monkeypatch.setenv("TZ", "Europe/Berlin")
    assert local_zone() == BERLIN
    now = system_clock()
    assert now.tzinfo == BERLIN


def test_a_bogus_tz_falls_back_to_the_system_zone_files(monkeypatch: pytest.MonkeyPatch) -> None:
    """An unknown TZ name doesn't break the clock: the /etc/localtime link is used, then
    /etc/timezone - a named zone either way, so DST keeps working."""
    monkeypatch.setenv("TZ", "Nowhere/Bogus")
    new_york = ZoneInfo("America/New_York")
    monkeypatch.setattr(backbreak.clock, "_zone_from_localtime", lambda path: new_york)
    monkeypatch.setattr(backbreak.clock, "_zone_from_file", lambda path: None)
    assert local_zone() == new_york
    kolkata = ZoneInfo("Asia/Kolkata")
    monkeypatch.setattr(backbreak.clock, "_zone_from_localtime", lambda path: None)
    monkeypatch.setattr(backbreak.clock, "_zone_from_file", lambda path: kolkata)
    assert local_zone() == kolkata
    assert system_clock().tzinfo == kolkata


def test_with_no_named_zone_the_clock_still_has_an_offset(monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing names the zone (Windows, an odd container): a fixed offset, never a naive
    clock - the engine refuses naive times."""
    monkeypatch.setenv("TZ", "Nowhere/Bogus")
    monkeypatch.setattr(backbreak.clock, "_zone_from_localtime", lambda path: None)
    monkeypatch.setattr(backbreak.clock, "_zone_from_file", lambda path: None)
    zone = local_zone()
    assert isinstance(zone, timezone)
    assert system_clock().utcoffset() is not None


def test_zone_names_are_read_from_the_localtime_link(tmp_path: Path) -> None:
    """/etc/localtime is a link into a zoneinfo tree: its path names the zone; a plain
    file or an unknown name gives nothing (and the next source is asked)."""
    tree = tmp_path / "usr/share/zoneinfo/Europe"
    tree.mkdir(parents=True)
    (tree / "Berlin").write_bytes(b"TZif")
    link = tmp_path / "localtime"
    link.symlink_to(tree / "Berlin")
    assert backbreak.clock._zone_from_localtime(link) == BERLIN
    plain = tmp_path / "plain"
    plain.write_bytes(b"TZif")
    assert backbreak.clock._zone_from_localtime(plain) is None
    named = tmp_path / "timezone"
    named.write_text("Asia/Kolkata\n", encoding="utf-8")
    assert backbreak.clock._zone_from_file(named) == ZoneInfo("Asia/Kolkata")
    named.write_text("Nowhere/Bogus\n", encoding="utf-8")
    assert backbreak.clock._zone_from_file(named) is None


# --- the start path -------------------------------------------------------------------------


def test_the_icon_first_path_does_not_import_the_scheduler() -> None:
    """``backbreak.launch`` puts the tray icon up before anything heavy: APScheduler (and
    what it pulls in) is imported only after the icon, when the app is built."""
    code = (
        "import sys, backbreak.launch\n"
        "print(','.join(m for m in sys.modules if m.split('.')[0] == 'apscheduler'))"
    )
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH")) if p)
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env, cwd=REPO
    )
    assert out.stdout.strip() == ""
