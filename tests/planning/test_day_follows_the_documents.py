"""Whole days against the documents: two weeks in three zones across both DST changes,
and a property test over random settings (rules in ``day_rules``).

These walk the app's engine and scheduler (``planning.dayplan.simulate``) from a fresh
start, each break taken when offered, and measure the result against the sheet's and
the guide's cadences, never against the planner's own numbers.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from helpers.day_rules import check_breaks
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from backbreak.domain.catalog import Catalog, load_catalog
from backbreak.domain.exercise import Equipment, Group
from backbreak.domain.settings import EveningMode, Settings
from backbreak.planning.dayplan import EmptyHistory, SimClock, simulate
from backbreak.planning.engine import Engine
from backbreak.planning.hours import ActiveHours

CATALOG = load_catalog().catalog
"""Module-level, not the fixture: hypothesis prints its arguments on failure."""

ZONES = ("Europe/Berlin", "America/New_York", "Asia/Kolkata")


def walk(catalog: Catalog, settings: Settings, start: datetime, days: int) -> list:
    clock = SimClock(start)
    engine = Engine(catalog, settings, EmptyHistory(), clock)
    return simulate(engine, clock, start + timedelta(days=days))


@pytest.mark.parametrize("zone", ZONES)
@pytest.mark.parametrize("first_day", ["2026-03-23", "2026-10-19", "2026-11-23"])
def test_two_weeks_with_defaults_follow_the_documents(
    catalog: Catalog, zone: str, first_day: str
) -> None:
    """Two weeks from a Monday: the March and October weeks hold the DST changes of
    Europe and (a week earlier or later) New York; Kolkata has none."""
    tz = ZoneInfo(zone)
    start = datetime.fromisoformat(first_day).replace(tzinfo=tz)
    settings = Settings()
    breaks = walk(catalog, settings, start, 14)
    assert check_breaks(breaks, catalog, settings, ActiveHours(settings, tz)) == []
    weekdays = {b.due.date() for b in breaks if b.kind.value != "evening"}
    assert len(weekdays) == 10, "work breaks on the ten weekdays, none at the weekend"


def test_a_night_shift_follows_the_documents(catalog: Catalog) -> None:
    """Work 22:00-06:00: the shift's plan belongs to the day it starts on."""
    tz = ZoneInfo("Europe/Berlin")
    settings = Settings(work_start=time(22, 0), work_end=time(6, 0), evening_time=time(12, 0))
    breaks = walk(catalog, settings, datetime(2026, 11, 23, tzinfo=tz), 7)
    assert check_breaks(breaks, catalog, settings, ActiveHours(settings, tz)) == []
    assert any(b.due.hour < 6 for b in breaks) and any(b.due.hour >= 22 for b in breaks)


def test_the_fall_back_night_keeps_two_real_hours(catalog: Catalog) -> None:
    """Work 01:00-06:00 on the night the clocks go back: the hour 02:00-03:00 comes
    twice, and the prone holds still come 2-3 real hours apart."""
    tz = ZoneInfo("Europe/Berlin")
    settings = Settings(work_start=time(1, 0), work_end=time(6, 0), work_days=list(range(7)))
    breaks = walk(catalog, settings, datetime(2026, 10, 24, 12, tzinfo=tz), 2)
    assert check_breaks(breaks, catalog, settings, ActiveHours(settings, tz)) == []


times = st.integers(min_value=5 * 4, max_value=11 * 4).map(lambda q: time(q // 4, q % 4 * 15))


@st.composite
def random_settings(draw: st.DrawFn) -> Settings:
    start = draw(times)
    length = draw(st.integers(min_value=6, max_value=10))
    end = time((start.hour + length) % 24, start.minute)
    due = draw(st.integers(min_value=120, max_value=150))
    equipment = draw(st.lists(st.sampled_from(list(Equipment)), unique=True))
    groups = draw(
        st.lists(
            st.sampled_from([Group.FOOT_CALF, Group.HIP_PELVIS, Group.UPPER_BACK, Group.CORE]),
            unique=True,
            min_size=1,
        )
    )
    return Settings(
        work_start=start,
        work_end=end,
        work_days=draw(st.lists(st.integers(0, 6), unique=True, min_size=1)),
        block_interval_minutes=draw(st.integers(min_value=60, max_value=120)),
        block_groups=groups,
        prone_due_minutes=due,
        prone_overdue_minutes=draw(st.integers(min_value=due + 30, max_value=180)),
        merge_window_minutes=draw(st.integers(min_value=0, max_value=30)),
        max_break_minutes=draw(st.integers(min_value=15, max_value=30)),
        min_rest_minutes=draw(st.integers(min_value=5, max_value=30)),
        equipment_at_hand=equipment,
        evening_mode=draw(st.sampled_from(list(EveningMode))),
        evening_time=time(21, 0),
    )


@hsettings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(settings=random_settings(), zone=st.sampled_from(ZONES))
def test_random_settings_keep_the_documents_rules(settings: Settings, zone: str) -> None:
    """Any sensible settings (within the documents' ranges): the same rules hold."""
    tz = ZoneInfo(zone)
    breaks = walk(CATALOG, settings, datetime(2026, 3, 23, tzinfo=tz), 8)
    assert check_breaks(breaks, CATALOG, settings, ActiveHours(settings, tz)) == []


@pytest.mark.parametrize("interval", [63, 87])
def test_prone_holds_join_a_full_break_rather_than_pass_overdue(interval: int) -> None:
    """Found by the random-settings test: prone holds due a minute after a break that the
    cap can't stretch to hold everything came only after that break and the rest, past
    their overdue time (07:42 for 07:37). They join the break instead, and what the cap
    leaves out keeps its own time, still inside its window."""
    tz = ZoneInfo("Europe/Berlin")
    settings = Settings(
        work_start=time(5, 0),
        work_end=time(14, 0),
        work_days=[0],
        block_interval_minutes=interval,
        block_groups=[Group.FOOT_CALF, Group.HIP_PELVIS],
        prone_due_minutes=127,
        prone_overdue_minutes=157,
        min_rest_minutes=27,
        merge_window_minutes=9,
        max_break_minutes=15,
    )
    breaks = walk(CATALOG, settings, datetime(2026, 3, 23, tzinfo=tz), 1)
    assert check_breaks(breaks, CATALOG, settings, ActiveHours(settings, tz)) == []


def test_prone_holds_join_the_break_whose_rest_would_push_them_past_overdue() -> None:
    """Found by the random-settings test (merge window 0): the prone holds, due 07:01 and
    overdue 07:31, came at 07:33 - after a block break just before they opened and its
    rest. The documents' overdue limit binds whatever the merge window: they join that
    break (or it moves so they fit) within the cap."""
    tz = ZoneInfo("Europe/Berlin")
    settings = Settings(
        work_start=time(5, 0),
        work_end=time(11, 0),
        work_days=[0],
        block_interval_minutes=116,
        block_groups=[Group.FOOT_CALF, Group.HIP_PELVIS],
        prone_due_minutes=121,
        prone_overdue_minutes=151,
        evening_mode=EveningMode.ROTATE,
        evening_time=time(21, 0),
        merge_window_minutes=0,
        max_break_minutes=15,
        min_rest_minutes=30,
        equipment_at_hand=[Equipment.FLOOR_SPACE, Equipment.MAT, Equipment.WALL],
    )
    breaks = walk(CATALOG, settings, datetime(2026, 3, 23, tzinfo=tz), 8)
    assert check_breaks(breaks, CATALOG, settings, ActiveHours(settings, tz)) == []
