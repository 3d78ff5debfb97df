"""The cadences as stateful APScheduler triggers, asked "when next?" directly.

Each trigger is built from its cadence's state (an anchor, today's count, the last
evening done) and gives the window owed now (``window()``), the one after an occurrence
done at some time (``after(done)``), and APScheduler's ``get_next_fire_time`` derived
from those. Times are built with an explicit zone, so the checks hold on any machine,
including across the two DST changes of the year (Europe/Berlin: 29 March and 25
October 2026).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from backbreak.domain.settings import Settings
from backbreak.planning.dayplan import SimClock
from backbreak.planning.engine import Engine
from backbreak.planning.hours import ActiveHours, Period
from backbreak.planning.scheduler import SimScheduler
from backbreak.planning.triggers import (
    AnchoredTrigger,
    CadenceTrigger,
    DailySlotsTrigger,
    EveningTrigger,
)

BERLIN = ZoneInfo("Europe/Berlin")
UTC = timezone.utc
DEFAULT_HOURS = ActiveHours(Settings(), BERLIN)
ALL_DAY = ActiveHours(
    Settings(work_start=time(0, 0), work_end=time(23, 59), work_days=list(range(7))), BERLIN
)
NIGHT_SHIFT = Settings(work_start=time(22, 0), work_end=time(6, 0), evening_time=time(12, 0))
NIGHT = ActiveHours(NIGHT_SHIFT, BERLIN)
EVERY_DAY = frozenset(range(7))
WEEKDAYS = frozenset(range(5))

EngineFactory = Callable[..., tuple[Engine, Any]]


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=BERLIN)


def day(text: str) -> date:
    return date.fromisoformat(text)


def prone(anchor: datetime, hours: ActiveHours = DEFAULT_HOURS) -> AnchoredTrigger:
    return AnchoredTrigger(
        hours, anchor, due_after=timedelta(hours=2), latest_after=timedelta(hours=3)
    )


def block(anchor: datetime, hours: ActiveHours = DEFAULT_HOURS) -> AnchoredTrigger:
    return AnchoredTrigger(
        hours,
        anchor,
        due_after=timedelta(minutes=90),
        earliest_after=timedelta(hours=1),
        latest_after=timedelta(hours=2),
    )


def due_of(trigger: CadenceTrigger) -> datetime | None:
    window = trigger.window()
    return None if window is None else window.due


# --- the anchored cadences (prone holds, routine blocks) -------------------------------


def test_prone_holds_are_due_two_hours_after_the_last_time() -> None:
    """The low-back sheet: prone holds every 2-3 hours, counted from the last time they
    were done - done at 10:15, due again at 12:15, and the same rule for the next one."""
    trigger = prone(at("2026-03-30 10:15"))
    assert due_of(trigger) == at("2026-03-30 12:15")
    nxt = trigger.after(at("2026-03-30 12:20"))
    assert nxt is not None and nxt.due == at("2026-03-30 14:20")


def test_the_window_runs_from_due_to_overdue() -> None:
    """ "Every 2-3 hours" is a window: due at 2 h, overdue at 3 h, and not earlier than
    due (the holds have no early margin of their own)."""
    window = prone(at("2026-03-30 10:00")).window()
    assert window is not None
    assert (window.earliest, window.due, window.latest) == (
        at("2026-03-30 12:00"),
        at("2026-03-30 12:00"),
        at("2026-03-30 13:00"),
    )


def test_an_anchor_before_work_starts_counts_from_the_start_of_work() -> None:
    """The first prone holds of a day come two hours into it, whatever happened last
    night: a Sunday-evening anchor gives Monday 11:00, not a reminder at 09:00."""
    assert due_of(prone(at("2026-03-29 21:00"))) == at("2026-03-30 11:00")


def test_a_due_time_after_work_moves_to_the_next_work_day() -> None:
    """Nothing outside work hours: Friday 16:00 + 2 h is after 17:00, so it becomes
    Monday 11:00 (two hours into the next work period, past the weekend)."""
    assert due_of(prone(at("2026-03-27 16:00"))) == at("2026-03-30 11:00")


def test_two_hours_stay_two_real_hours_across_spring_forward() -> None:
    """01:30 CET + 2 h is 04:30 CEST (the wall clock jumps from 02:00 to 03:00): a rule
    counted on the wall clock would give 03:30, an hour too soon for the back."""
    due = due_of(prone(at("2026-03-29 01:30"), ALL_DAY))
    assert due == datetime(2026, 3, 29, 4, 30, tzinfo=BERLIN)
    assert due is not None and due.astimezone(BERLIN).utcoffset() == timedelta(hours=2)


def test_two_hours_stay_two_real_hours_across_fall_back() -> None:
    """01:30 CEST + 2 h is 02:30 CET (the 02:00-03:00 hour is lived twice)."""
    start = datetime(2026, 10, 25, 1, 30, tzinfo=BERLIN)
    due = due_of(prone(start, ALL_DAY))
    assert due is not None
    assert due - start.astimezone(UTC) == timedelta(hours=2)
    assert due.astimezone(BERLIN).utcoffset() == timedelta(hours=1)
    assert due.astimezone(BERLIN).strftime("%H:%M") == "02:30"


def test_block_window_allows_one_to_two_hours() -> None:
    """The guide's block every 1-2 hours (start to start): due at the setting (90 min),
    with a window from 1 h (it may ride along with another break) to 2 h."""
    window = block(at("2026-03-30 10:00")).window()
    assert window is not None
    assert (window.earliest, window.due, window.latest) == (
        at("2026-03-30 11:00"),
        at("2026-03-30 11:30"),
        at("2026-03-30 12:00"),
    )


def test_a_window_in_the_next_period_opens_no_earlier_than_work() -> None:
    """A block owed from yesterday has its window inside today's work hours: it may
    not be pulled before 09:00 by its 1-hour margin."""
    window = block(at("2026-03-30 16:30")).window()
    assert window is not None
    assert window.earliest >= at("2026-03-31 09:00")
    assert window.due == at("2026-03-31 10:30")


# --- N times a day (cat-camel 3x, ankle pumps 2x) ---------------------------------------


def test_times_a_day_are_spread_over_the_work_day() -> None:
    """Cat-camel 3x: 10:20, 13:00, 15:40; ankle pumps 2x: 11:00, 15:00 (09:00-17:00).
    Spread evenly, so the repetitions break up the whole day, not its first hours."""
    monday = day("2026-03-30")
    three = [due_of(DailySlotsTrigger(DEFAULT_HOURS, 3, monday, taken=n)) for n in range(3)]
    assert three == [at("2026-03-30 10:20"), at("2026-03-30 13:00"), at("2026-03-30 15:40")]
    two = [due_of(DailySlotsTrigger(DEFAULT_HOURS, 2, monday, taken=n)) for n in range(2)]
    assert two == [at("2026-03-30 11:00"), at("2026-03-30 15:00")]


def test_after_follows_the_slots_through_the_day() -> None:
    """Done on time, each repetition leads to the next slot; the window spans half a
    spacing either side of the slot (within work hours)."""
    trigger = DailySlotsTrigger(DEFAULT_HOURS, 3, day("2026-03-30"))
    second = trigger.after(at("2026-03-30 10:20"))
    assert second is not None
    assert (second.earliest, second.due, second.latest) == (
        at("2026-03-30 11:40"),
        at("2026-03-30 13:00"),
        at("2026-03-30 14:20"),
    )
    first = trigger.window()
    assert first is not None and first.earliest == at("2026-03-30 09:00")


def test_daily_slots_skip_the_weekend() -> None:
    """Saturday has no work period, so after Friday's last cat-camel (or from a
    Saturday) the next one is Monday's first."""
    friday = DailySlotsTrigger(DEFAULT_HOURS, 3, day("2026-03-27"), taken=2)
    nxt = friday.after(at("2026-03-27 15:40"))
    assert nxt is not None and nxt.due == at("2026-03-30 10:20")
    saturday = DailySlotsTrigger(DEFAULT_HOURS, 3, day("2026-03-28"))
    assert due_of(saturday) == at("2026-03-30 10:20")


def test_a_late_repetition_is_not_followed_at_once_by_the_next() -> None:
    """Done late at 12:50 (the first slot was 10:20), the second cat-camel waits half a
    spacing (80 min): 14:10, not the 13:00 slot ten minutes later."""
    trigger = DailySlotsTrigger(DEFAULT_HOURS, 3, day("2026-03-30"), taken=1)
    late = DailySlotsTrigger(DEFAULT_HOURS, 3, day("2026-03-30"), 1, at("2026-03-30 12:50"))
    assert due_of(late) == at("2026-03-30 14:10")
    assert due_of(trigger) == at("2026-03-30 13:00"), "without a late one, the slot"


def test_what_no_longer_fits_in_the_day_is_not_owed() -> None:
    """A third cat-camel that would fall after 17:00 is not carried into the evening or
    piled onto tomorrow: the next one owed is tomorrow's first slot."""
    late = DailySlotsTrigger(DEFAULT_HOURS, 3, day("2026-03-30"), 2, at("2026-03-30 16:00"))
    assert due_of(late) == at("2026-03-31 10:20")
    done = DailySlotsTrigger(DEFAULT_HOURS, 3, day("2026-03-30"), 3, at("2026-03-30 15:40"))
    assert due_of(done) == at("2026-03-31 10:20")


# --- the evening session ---------------------------------------------------------------


def test_the_evening_session_keeps_its_wall_clock_time_across_dst() -> None:
    """20:30 is 20:30 the evening before and after the clocks change (23 real hours
    apart), since it is a time of day the user chose, not an interval."""
    evening = EveningTrigger(time(20, 30), EVERY_DAY, BERLIN, day("2026-03-28"))
    first = due_of(evening)
    assert first == at("2026-03-28 20:30")
    assert first is not None
    second = evening.after(first)
    assert second is not None and second.due == at("2026-03-29 20:30")
    assert second.due - first == timedelta(hours=23)


def test_the_evening_session_only_on_its_days() -> None:
    """With the evening on work days only, Friday's session is followed by Monday's."""
    evening = EveningTrigger(time(20, 30), WEEKDAYS, BERLIN, day("2026-03-27"))
    nxt = evening.after(at("2026-03-27 20:30"))
    assert nxt is not None and nxt.due == at("2026-03-30 20:30")
    saturday = EveningTrigger(time(20, 30), WEEKDAYS, BERLIN, day("2026-03-28"))
    assert due_of(saturday) == at("2026-03-30 20:30")


def test_an_evening_done_is_not_owed_again_that_day() -> None:
    """Tonight's session done (even early): the one owed is tomorrow's."""
    evening = EveningTrigger(
        time(20, 30), EVERY_DAY, BERLIN, day("2026-03-30"), done_day=day("2026-03-30")
    )
    assert due_of(evening) == at("2026-03-31 20:30")


# --- night shifts -----------------------------------------------------------------------


def test_a_night_shift_belongs_to_the_day_it_starts_on() -> None:
    """Work 22:00-06:00: Monday's period runs to Tuesday 06:00, and work_days name the
    days a shift starts on, so Friday night's shift is worked and Saturday's is not."""
    monday = NIGHT.period_on(day("2026-03-30"))
    assert monday == Period(at("2026-03-30 22:00"), at("2026-03-31 06:00"))
    friday = NIGHT.period_on(day("2026-03-27"))
    assert friday is not None and friday.end == at("2026-03-28 06:00")
    assert NIGHT.period_on(day("2026-03-28")) is None


def test_at_three_in_the_morning_the_shift_started_the_evening_before() -> None:
    """At Tuesday 03:00 the worker is mid-shift: the period found is Monday's, and it
    counts as Monday's day (so 3x-a-day counts don't restart at midnight)."""
    period = NIGHT.period_at_or_after(at("2026-03-31 03:00"))
    assert period == Period(at("2026-03-30 22:00"), at("2026-03-31 06:00"))
    assert NIGHT.day_of(period) == day("2026-03-30")
    assert NIGHT.contains(at("2026-03-31 03:00"))
    assert not NIGHT.contains(at("2026-03-31 07:00"))
    after = NIGHT.period_at_or_after(at("2026-03-31 07:00"))
    assert after is not None and after.start == at("2026-03-31 22:00")


def test_night_shift_cadences_run_across_midnight() -> None:
    """Prone holds anchored at 23:30 are due at 01:30 in the same shift, and the three
    cat-camels are spread over the shift: 23:20, 02:00, 04:40."""
    assert due_of(prone(at("2026-03-30 23:30"), NIGHT)) == at("2026-03-31 01:30")
    monday = day("2026-03-30")
    slots = [due_of(DailySlotsTrigger(NIGHT, 3, monday, taken=n)) for n in range(3)]
    assert slots == [at("2026-03-30 23:20"), at("2026-03-31 02:00"), at("2026-03-31 04:40")]


# --- APScheduler's view -------------------------------------------------------------------


def triggers_to_check() -> list[tuple[str, CadenceTrigger]]:
    return [
        ("prone", prone(at("2026-03-30 10:15"))),
        ("block", block(at("2026-03-30 16:30"))),
        (
            "daily",
            DailySlotsTrigger(DEFAULT_HOURS, 3, day("2026-03-30"), 1, at("2026-03-30 12:50")),
        ),
        ("evening", EveningTrigger(time(20, 30), WEEKDAYS, BERLIN, day("2026-03-28"))),
        ("night", prone(at("2026-03-30 23:30"), NIGHT)),
    ]


@pytest.mark.parametrize(("name", "trigger"), triggers_to_check())
def test_next_fire_times_are_derived_from_the_window(name: str, trigger: CadenceTrigger) -> None:
    """APScheduler's two questions read the cadence's one rule: with no previous fire,
    the window owed now; after a fire, the occurrence after it. The answer is in the
    local zone, as APScheduler expects."""
    now = at("2026-03-30 10:20")
    window = trigger.window()
    assert window is not None
    fire = trigger.get_next_fire_time(None, now)
    assert fire == window.due
    assert fire is not None and fire.tzinfo == BERLIN
    nxt = trigger.after(window.due)
    assert nxt is not None
    assert trigger.get_next_fire_time(window.due, now) == nxt.due
    assert nxt.due > window.due, f"{name}: a fire must move the job forward"


def test_the_key_names_the_state_the_rule_was_built_from() -> None:
    """The runner skips rescheduling a job whose key is unchanged: equal state gives
    equal keys, and any change of state gives a different one."""
    anchor = at("2026-03-30 10:15")
    assert prone(anchor).key() == prone(anchor).key()
    assert prone(anchor).key() != prone(anchor + timedelta(minutes=1)).key()
    assert prone(anchor).key() != block(anchor).key()
    monday = day("2026-03-30")
    daily = DailySlotsTrigger(DEFAULT_HOURS, 3, monday)
    assert daily.key() == DailySlotsTrigger(DEFAULT_HOURS, 3, monday).key()
    assert daily.key() != DailySlotsTrigger(DEFAULT_HOURS, 3, monday, 1, anchor).key()
    evening = EveningTrigger(time(20, 30), EVERY_DAY, BERLIN, monday)
    done = EveningTrigger(time(20, 30), EVERY_DAY, BERLIN, monday, done_day=monday)
    assert evening.key() != done.key()


@pytest.mark.parametrize(("name", "trigger"), triggers_to_check())
def test_every_cadence_runs_as_a_job_of_a_real_scheduler(
    name: str, trigger: CadenceTrigger
) -> None:
    """Each trigger is a job trigger of an APScheduler scheduler: added, started, its
    job's next run is the window's due time; when it fires, the job moves on to the
    occurrence after it (the engine re-arms it once the break is answered)."""
    clock = SimClock(at("2026-03-30 08:00"))
    scheduler = SimScheduler(clock)
    fired: list[datetime] = []
    window = trigger.window()
    assert window is not None
    scheduler.add_job(lambda: fired.append(clock.now), trigger, id=name)
    scheduler.start()
    try:
        job = scheduler.get_job(name)
        assert job is not None and job.next_run_time == window.due
        clock.now = window.due.astimezone(BERLIN)
        scheduler.process_due()
        assert fired == [window.due]
        nxt = trigger.after(window.due)
        assert nxt is not None
        assert scheduler.get_job(name).next_run_time == nxt.due
    finally:
        scheduler.shutdown()


# --- the trigger and the engine can't disagree ----------------------------------------------


@pytest.mark.parametrize(
    ("start", "settings"),
    [
        ("2026-03-30 08:00", Settings()),
        ("2026-03-30 12:10", Settings()),
        ("2026-03-28 10:00", Settings()),
        ("2026-03-29 01:00", Settings()),
        ("2026-10-25 12:00", Settings(work_days=list(range(7)))),
        ("2026-03-31 03:00", NIGHT_SHIFT),
        ("2026-03-30 18:00", Settings(evening_on_all_days=False, block_interval_minutes=60)),
    ],
)
def test_the_trigger_and_the_engine_cannot_disagree(
    make_engine: EngineFactory, start: str, settings: Settings
) -> None:
    """The scheduler's job for a cadence fires exactly when the engine's item for that
    cadence falls due: both come from one rule, so a job can't wake the app for nothing
    or sleep through what the engine owes."""
    engine, clock = make_engine(start, settings)
    now = clock.wall
    items = {item.slot: item for item in engine._plan.cad.items(now)}
    triggers = engine.triggers()
    assert set(triggers) == set(items)
    for slot, trigger in triggers.items():
        assert trigger.get_next_fire_time(None, now) == items[slot].due, slot
        window = trigger.window()
        assert window is not None
        assert (window.earliest, window.latest) == (items[slot].earliest, items[slot].latest)
