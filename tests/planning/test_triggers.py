"""The cadences as APScheduler triggers, asked "when next?" directly with aware datetimes.

Each is a BaseTrigger, so each cadence can be checked on its own, including across the
two DST changes of the year (Europe/Berlin: 29 March and 25 October 2026).
"""

from __future__ import annotations

from datetime import datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from apscheduler.triggers.base import BaseTrigger

from backbreak.domain.settings import Settings
from backbreak.planning.hours import ActiveHours
from backbreak.planning.triggers import AnchoredTrigger, DailySlotsTrigger, EveningTrigger

BERLIN = ZoneInfo("Europe/Berlin")
UTC = timezone.utc
DEFAULT_HOURS = ActiveHours(Settings(), BERLIN)
ALL_DAY = ActiveHours(
    Settings(work_start=time(0, 0), work_end=time(23, 59), work_days=list(range(7))), BERLIN
)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=BERLIN)


def prone(hours: ActiveHours = DEFAULT_HOURS) -> AnchoredTrigger:
    return AnchoredTrigger(hours, due_after=timedelta(hours=2), latest_after=timedelta(hours=3))


def test_every_cadence_is_an_apscheduler_trigger() -> None:
    """The issue asks for BaseTrigger subclasses, usable by any APScheduler scheduler."""
    assert isinstance(prone(), BaseTrigger)
    assert isinstance(DailySlotsTrigger(DEFAULT_HOURS, 3), BaseTrigger)
    assert isinstance(EveningTrigger(time(20, 30), frozenset(range(7)), BERLIN), BaseTrigger)


def test_prone_holds_are_due_two_hours_after_the_last_time() -> None:
    """Anchored on the last completion: done at 10:15, due again at 12:15."""
    now = at("2026-03-30 10:20")
    assert prone().get_next_fire_time(at("2026-03-30 10:15"), now) == at("2026-03-30 12:15")


def test_the_window_runs_from_due_to_overdue() -> None:
    """ "Every 2-3 hours" is a window: due at 2 h, overdue at 3 h."""
    window = prone().window(at("2026-03-30 10:00"))
    assert window is not None
    assert window.due == at("2026-03-30 12:00")
    assert window.latest == at("2026-03-30 13:00")


def test_an_anchor_before_work_starts_counts_from_the_start_of_work() -> None:
    """The first prone holds of a day come two hours into it, whatever happened last night."""
    fire = prone().get_next_fire_time(at("2026-03-29 21:00"), at("2026-03-30 08:00"))
    assert fire == at("2026-03-30 11:00")


def test_a_due_time_after_work_moves_to_the_next_work_day() -> None:
    """Nothing outside work hours: Friday 16:00 + 2 h becomes Monday 11:00."""
    fire = prone().get_next_fire_time(at("2026-03-27 16:00"), at("2026-03-27 16:00"))
    assert fire == at("2026-03-30 11:00")


def test_two_hours_stay_two_real_hours_across_spring_forward() -> None:
    """01:30 CET + 2 h is 04:30 CEST (wall clock jumps from 02:00 to 03:00)."""
    fire = prone(ALL_DAY).get_next_fire_time(at("2026-03-29 01:30"), at("2026-03-29 01:30"))
    assert fire == datetime(2026, 3, 29, 4, 30, tzinfo=BERLIN)
    assert fire.utcoffset() == timedelta(hours=2)


def test_two_hours_stay_two_real_hours_across_fall_back() -> None:
    """01:30 CEST + 2 h is 02:30 CET (the 02:00-03:00 hour is lived twice)."""
    start = datetime(2026, 10, 25, 1, 30, tzinfo=BERLIN)
    fire = prone(ALL_DAY).get_next_fire_time(start, start)
    assert fire is not None
    assert fire.astimezone(UTC) - start.astimezone(UTC) == timedelta(hours=2)
    assert fire.utcoffset() == timedelta(hours=1)


def test_block_window_allows_one_to_two_hours() -> None:
    """The guide's block every 1-2 hours: due at the setting (90 min) inside that window."""
    block = AnchoredTrigger(
        DEFAULT_HOURS,
        due_after=timedelta(minutes=90),
        earliest_after=timedelta(hours=1),
        latest_after=timedelta(hours=2),
    )
    window = block.window(at("2026-03-30 10:00"))
    assert window is not None
    assert (window.earliest, window.due, window.latest) == (
        at("2026-03-30 11:00"),
        at("2026-03-30 11:30"),
        at("2026-03-30 12:00"),
    )


def test_times_a_day_are_spread_over_the_work_day() -> None:
    """Cat-camel 3x: 10:20, 13:00, 15:40; ankle pumps 2x: 11:00, 15:00 (09:00-17:00)."""
    day = at("2026-03-30 00:00").date()
    assert DailySlotsTrigger(DEFAULT_HOURS, 3).slots(day) == [
        at("2026-03-30 10:20"),
        at("2026-03-30 13:00"),
        at("2026-03-30 15:40"),
    ]
    assert DailySlotsTrigger(DEFAULT_HOURS, 2).slots(day) == [
        at("2026-03-30 11:00"),
        at("2026-03-30 15:00"),
    ]


def test_daily_slots_skip_the_weekend() -> None:
    """Saturday has no work period, so the next cat-camel after Friday's last is Monday's."""
    trigger = DailySlotsTrigger(DEFAULT_HOURS, 3)
    assert trigger.slots(at("2026-03-28 00:00").date()) == []
    fire = trigger.get_next_fire_time(at("2026-03-27 15:40"), at("2026-03-27 15:41"))
    assert fire == at("2026-03-30 10:20")


def test_a_late_repetition_is_not_followed_at_once_by_the_next() -> None:
    """Done late at 12:50, the second cat-camel waits half a spacing (80 min): 14:10."""
    day = at("2026-03-30 00:00").date()
    window = DailySlotsTrigger(DEFAULT_HOURS, 3).item_window(day, 1, at("2026-03-30 12:50"))
    assert window is not None
    assert window.due == at("2026-03-30 14:10")


def test_what_no_longer_fits_in_the_day_is_not_owed() -> None:
    """A third cat-camel that would fall after 17:00 is not carried into the evening."""
    day = at("2026-03-30 00:00").date()
    trigger = DailySlotsTrigger(DEFAULT_HOURS, 3)
    assert trigger.item_window(day, 2, at("2026-03-30 16:00")) is None
    assert trigger.item_window(day, 3, None) is None


def test_the_evening_session_keeps_its_wall_clock_time_across_dst() -> None:
    """20:30 is 20:30 the evening before and after the clocks change."""
    evening = EveningTrigger(time(20, 30), frozenset(range(7)), BERLIN)
    first = evening.get_next_fire_time(None, at("2026-03-28 12:00"))
    assert first == at("2026-03-28 20:30")
    second = evening.get_next_fire_time(first, first)
    assert second == at("2026-03-29 20:30")
    assert second is not None and first is not None
    assert second.astimezone(UTC) - first.astimezone(UTC) == timedelta(hours=23)


def test_the_evening_session_only_on_its_days() -> None:
    """With the evening on work days only, Friday's session is followed by Monday's."""
    evening = EveningTrigger(time(20, 30), frozenset(range(5)), BERLIN)
    fire = evening.get_next_fire_time(at("2026-03-27 20:30"), at("2026-03-27 20:31"))
    assert fire == at("2026-03-30 20:30")
