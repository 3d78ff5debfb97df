"""The engine's rules, each checked with a clock the test moves by hand.

The engine is driven the way the app drives it (``tick``, ``next_wakeup``, the user's
answers) and checked through what the user would see: the break offered, when, and
what it holds. ``engine.triggers()`` (the scheduler's job triggers) says when each
cadence falls due next. All times are Europe/Berlin, built explicitly.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from helpers.fakes import FakeHistory

from backbreak.clock import ClockJump
from backbreak.domain.catalog import Catalog
from backbreak.domain.exercise import Equipment, Group
from backbreak.domain.settings import DisabledReason, Settings
from backbreak.planning.dayplan import EmptyHistory, SimClock, simulate
from backbreak.planning.engine import Engine
from backbreak.planning.model import Break, BreakKind

EngineFactory = Callable[..., tuple[Engine, Any]]
"""conftest's ``make_engine(start, settings=..., history=...)`` -> (engine, its clock)."""

BERLIN = ZoneInfo("Europe/Berlin")
PRONE = ("prone-lying", "prone-on-elbows")
FOOT_CALF = ("foot-ball-release", "calf-stretch-lunge")
BLOCK_GROUPS = (Group.FOOT_CALF, Group.HIP_PELVIS, Group.UPPER_BACK, Group.CORE)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=BERLIN)


def run_until_break(engine: Engine, clock: Any) -> Break:
    """Jump to the next wake-up until a break is announced."""
    for _ in range(50):
        wake = engine.next_wakeup()
        assert wake is not None
        clock.set(max(clock.wall, wake))
        brk = engine.tick()
        if brk is not None:
            return brk
    raise AssertionError("no break came")


def do(engine: Engine, clock: Any, brk: Break, done: tuple[str, ...] | None = None) -> None:
    """Start the break now, spend its estimated minutes on it, finish it."""
    engine.start_break(brk)
    clock.advance(minutes=brk.estimated_minutes)
    engine.complete(brk, brk.exercises if done is None else done)


def due(engine: Engine, slot: str) -> datetime:
    """When the cadence's job fires next (the engine's item for it falls due)."""
    window = engine.triggers()[slot].window()
    assert window is not None
    return window.due


def history_of_yesterday() -> FakeHistory:
    """Someone who used backbreak yesterday: not a first run."""
    return FakeHistory(
        done={"prone-lying": [at("2026-03-29 16:00")]}, break_end=at("2026-03-29 16:05")
    )


# --- offering ------------------------------------------------------------------------


def test_the_first_break_of_a_day_and_nothing_before_it(make_engine: EngineFactory) -> None:
    """Fresh Monday: nothing at 08:00; the first break is the 10:20 cat-camel with the
    foot & calf block riding along (its window is open), as one break, announced once."""
    engine, clock = make_engine("2026-03-30 08:00")
    assert engine.tick() is None
    brk = run_until_break(engine, clock)
    assert brk.due == at("2026-03-30 10:20")
    assert "cat-camel" in brk.exercises and set(FOOT_CALF) <= set(brk.exercises)
    assert engine.current_break() == brk
    assert engine.tick() is None, "announced once"


def test_snooze_never_drops_the_break(make_engine: EngineFactory) -> None:
    """Snoozed for 10 minutes: silent meanwhile, then the same break (same id) again."""
    engine, clock = make_engine("2026-03-30 10:20")
    brk = engine.tick()
    assert brk is not None
    engine.snooze(10)
    clock.advance(minutes=9)
    assert engine.tick() is None
    assert engine.next_wakeup() == at("2026-03-30 10:30")
    clock.advance(minutes=1)
    again = engine.tick()
    assert again is not None and again.id == brk.id
    assert again.exercises == brk.exercises


def test_an_unanswered_break_is_reoffered_not_duplicated(make_engine: EngineFactory) -> None:
    """After reoffer_minutes the same break is offered again: same id, one break; once
    done, the next one is a different break."""
    engine, clock = make_engine("2026-03-30 10:20", Settings(reoffer_minutes=10))
    brk = engine.tick()
    assert brk is not None
    assert engine.next_wakeup() == at("2026-03-30 10:30")
    clock.advance(minutes=10)
    again = engine.tick()
    assert again is not None and again.id == brk.id
    engine.complete(again, again.exercises)
    assert engine.current_break() is None
    nxt = engine.next_break()
    assert nxt is not None and nxt.id != brk.id


def test_reoffer_zero_means_never(make_engine: EngineFactory) -> None:
    """reoffer_minutes = 0: one announcement, then it waits for an answer (the only
    wake-up left is the end of work, to withdraw it)."""
    engine, clock = make_engine("2026-03-30 10:20", Settings(reoffer_minutes=0))
    assert engine.tick() is not None
    assert engine.next_wakeup() == at("2026-03-30 17:00")
    clock.advance(minutes=90)
    assert engine.tick() is None


# --- a session running -------------------------------------------------------------------


def test_nothing_is_offered_while_a_session_runs(make_engine: EngineFactory) -> None:
    """Once the session is open the break is no longer "offered": no re-offer, no other
    break, no wake-up until it ends - a reminder over an open session is noise."""
    engine, clock = make_engine("2026-03-30 10:20", Settings(reoffer_minutes=5))
    brk = engine.tick()
    assert brk is not None
    engine.start_break(brk)
    assert engine.current_break() is None
    assert engine.running_break() == brk
    assert engine.next_wakeup() is None
    for _ in range(6):
        clock.advance(minutes=5)
        assert engine.tick() is None
    engine.complete(brk, brk.exercises)
    assert engine.running_break() is None
    nxt = engine.next_break()
    assert nxt is not None and nxt.id != brk.id
    assert nxt.due >= clock.wall + timedelta(minutes=Settings().min_rest_minutes)


def test_what_falls_due_during_a_session_comes_after_it_and_the_rest(
    make_engine: EngineFactory,
) -> None:
    """(#15) The third cat-camel is due 15:40, during a session 15:30-15:45 that doesn't
    hold it: it comes at 16:05 (end + 20 min rest), keeping its own due time - not 30
    minutes later as a leftover, and not on top of the session."""
    history = FakeHistory(
        done={
            "cat-camel": [at("2026-03-30 10:20"), at("2026-03-30 13:00")],
            "supine-ankle-pumps": [at("2026-03-30 11:00"), at("2026-03-30 15:00")],
        }
    )
    settings = Settings(prone_enabled=False, blocks_enabled=False, evening_enabled=False)
    engine, clock = make_engine("2026-03-30 15:30", settings, history)
    assert due(engine, "daily:cat-camel") == at("2026-03-30 15:40")
    session = engine.start_manual("block-hip-pelvis")
    engine.start_break(session)
    clock.set(at("2026-03-30 15:41"))
    assert engine.tick() is None, "not during the session"
    clock.set(at("2026-03-30 15:45"))
    engine.complete(session, session.exercises)
    nxt = engine.next_break()
    assert nxt is not None and nxt.exercises == ("cat-camel",)
    assert nxt.due == at("2026-03-30 16:05")
    assert due(engine, "daily:cat-camel") == at("2026-03-30 15:40"), "its own due is kept"
    assert run_until_break(engine, clock).due == at("2026-03-30 16:05")


def test_an_item_none_of_whose_exercises_were_done_comes_again(
    make_engine: EngineFactory,
) -> None:
    """The 10:20 break holds the cat-camel and the foot & calf block; the user skips
    both block exercises inside the session. The cat-camel counts, the block does not:
    its anchor is not restarted and it comes again after the rest."""
    engine, clock = make_engine("2026-03-30 09:00")
    brk = run_until_break(engine, clock)
    assert brk.due == at("2026-03-30 10:20") and set(FOOT_CALF) <= set(brk.exercises)
    block = engine.triggers()["block"].window()
    assert block is not None
    do(engine, clock, brk, done=("cat-camel",))
    assert due(engine, "block") == block.due, "the block clock did not restart"
    assert due(engine, "daily:cat-camel") == at("2026-03-30 13:00"), "the cat-camel counted"
    again = run_until_break(engine, clock)
    assert set(FOOT_CALF) <= set(again.exercises)
    assert "cat-camel" not in again.exercises
    assert again.due <= block.latest, "within its 1-2 hours, not dropped to the next one"


def test_what_does_not_fit_keeps_its_own_time_and_comes_after_the_rest(
    make_engine: EngineFactory,
) -> None:
    """A 5-minute cap: the 11:00 holds fill the break, so the ankle pumps due at 11:00
    don't fit; they are not cut or dropped, they come whole right after the rest."""
    settings = Settings(
        max_break_minutes=5,
        blocks_enabled=False,
        disabled_exercises={"cat-camel": DisabledReason.OTHER},
    )
    engine, clock = make_engine("2026-03-30 09:00", settings)
    pumps_due = due(engine, "daily:supine-ankle-pumps")
    assert pumps_due == at("2026-03-30 11:00")
    clock.set(at("2026-03-30 11:00"))
    brk = engine.tick()
    assert brk is not None and "supine-ankle-pumps" not in brk.exercises
    assert set(brk.exercises) <= set(PRONE)
    do(engine, clock, brk)
    ended = clock.wall
    nxt = run_until_break(engine, clock)
    assert "supine-ankle-pumps" in nxt.exercises
    assert nxt.due == ended + timedelta(minutes=20)
    assert due(engine, "daily:supine-ankle-pumps") == pumps_due


def test_a_tight_cap_still_offers_both_prone_holds_every_day(catalog: Catalog) -> None:
    """The low-back sheet prescribes both holds every 2-3 hours (6.7 minutes): a lower
    cap must not cut the sheet's own dose - dropping prone-on-elbows all day would halve
    the prescription without telling the user. Every break with holds has both."""
    settings = Settings(max_break_minutes=5)
    clock = SimClock(at("2026-03-30 00:00"))
    engine = Engine(catalog, settings, EmptyHistory(), clock)
    breaks = simulate(engine, clock, at("2026-03-31 00:00"))
    with_holds = [b for b in breaks if set(PRONE) & set(b.exercises)]
    assert len(with_holds) >= 3
    assert all(set(PRONE) <= set(b.exercises) for b in with_holds)


# --- missed time ---------------------------------------------------------------------------


def test_after_a_suspend_what_fell_due_comes_once(make_engine: EngineFactory) -> None:
    """Asleep from 09:00 to 15:00: the holds, the cat-camels and the pumps come as ONE
    catch-up break now, within the 15-minute cap, and the next comes only after the rest."""
    engine, clock = make_engine("2026-03-30 09:00")
    clock.set(at("2026-03-30 15:00"))
    engine.note_clock_jump(ClockJump.FORWARD)
    brk = engine.tick()
    assert brk is not None and brk.kind is BreakKind.CATCH_UP
    assert brk.due == at("2026-03-30 15:00")
    assert set(PRONE) <= set(brk.exercises) and "cat-camel" in brk.exercises
    assert brk.estimated_minutes <= 15
    assert engine.tick() is None, "once"
    do(engine, clock, brk)
    nxt = engine.next_break()
    assert nxt is not None and nxt.due >= clock.wall + timedelta(minutes=20)
    assert nxt.kind is not BreakKind.CATCH_UP


def test_a_catch_up_is_found_even_without_the_suspend_signal(make_engine: EngineFactory) -> None:
    """The wall clock alone tells: a break planned hours ago is a catch-up now."""
    engine, clock = make_engine("2026-03-30 09:00", history=history_of_yesterday())
    clock.set(at("2026-03-30 15:00"))
    brk = engine.tick()
    assert brk is not None and brk.kind is BreakKind.CATCH_UP
    assert brk.due == at("2026-03-30 15:00")
    assert engine.tick() is None


def test_after_the_first_break_a_missed_one_is_a_catch_up(make_engine: EngineFactory) -> None:
    """First day ever: the first-run exemption covers only what fell due before the
    first start. Once a break has been offered, what falls due while the laptop sleeps
    (the watcher missed it) is something the user missed, and the card says so."""
    engine, clock = make_engine("2026-03-30 09:00")
    do(engine, clock, run_until_break(engine, clock))
    clock.set(at("2026-03-30 15:00"))
    brk = engine.tick()
    assert brk is not None and brk.kind is BreakKind.CATCH_UP


def test_first_run_offers_tonights_evening_as_due(make_engine: EngineFactory) -> None:
    """Installed and started for the first time at 21:00: tonight's session (20:30) is
    offered now as an ordinary evening - the user didn't miss anything."""
    engine, _ = make_engine("2026-03-30 21:00")
    brk = engine.tick()
    assert brk is not None and brk.kind is BreakKind.EVENING
    assert not brk.title.startswith("Catch-up")
    assert brk.due == at("2026-03-30 21:00")


EVENING_ONLY = Settings(prone_enabled=False, blocks_enabled=False, daily_enabled=False)


def test_with_history_a_missed_evening_is_a_catch_up(make_engine: EngineFactory) -> None:
    """The app wasn't running at 20:30 and starts at 21:00 for someone who used it
    before: tonight's session is offered now, as a catch-up."""
    engine, _ = make_engine("2026-03-30 21:00", EVENING_ONLY, history_of_yesterday())
    brk = engine.tick()
    assert brk is not None and brk.kind is BreakKind.CATCH_UP
    assert brk.title.startswith("Catch-up")
    assert brk.due == at("2026-03-30 21:00")


def test_a_clock_set_back_brings_anchors_to_now_and_loses_nothing(
    make_engine: EngineFactory,
) -> None:
    """Holds done at 11:00, then the clock is set back an hour. Anchors in the future
    would push the next holds to 3 h away and the block past the guide's 2 h; they come
    back to now. Nothing owed disappears, and today's cat-camel isn't owed twice."""
    engine, clock = make_engine("2026-03-30 09:00")
    while "prone-lying" not in (brk := run_until_break(engine, clock)).exercises:
        do(engine, clock, brk)
    do(engine, clock, brk)
    slots = set(engine.triggers())
    cat_due = due(engine, "daily:cat-camel")
    clock.set(clock.wall - timedelta(hours=1))
    engine.note_clock_jump(ClockJump.BACK)
    now = clock.wall
    assert set(engine.triggers()) == slots
    assert due(engine, "prone") == now + timedelta(hours=2)
    assert now + timedelta(hours=1) <= due(engine, "block") <= now + timedelta(hours=2)
    assert due(engine, "daily:cat-camel") == cat_due == at("2026-03-30 13:00")
    nxt = run_until_break(engine, clock)
    assert nxt.due <= now + timedelta(hours=2)


# --- hours -----------------------------------------------------------------------------------


def test_nothing_outside_work_hours_but_the_evening(make_engine: EngineFactory) -> None:
    """After 17:00 the next break is the evening session; on Saturday it is the only one."""
    engine, clock = make_engine("2026-03-30 17:30")
    brk = run_until_break(engine, clock)
    assert brk.kind is BreakKind.EVENING and brk.due == at("2026-03-30 20:30")
    engine, clock = make_engine("2026-03-28 07:00")
    brk = run_until_break(engine, clock)
    assert brk.kind is BreakKind.EVENING and brk.due == at("2026-03-28 20:30")


def test_an_unanswered_break_is_withdrawn_after_work(make_engine: EngineFactory) -> None:
    """Holds offered at 16:40 and ignored: withdrawn at 17:00, not consumed. Tonight's
    session is not held up behind them (20:30), and they come first thing next morning."""
    history = FakeHistory(
        done={"prone-lying": [at("2026-03-30 14:40")]}, break_end=at("2026-03-30 14:47")
    )
    settings = Settings(reoffer_minutes=0, daily_enabled=False, blocks_enabled=False)
    engine, clock = make_engine("2026-03-30 16:40", settings, history)
    brk = engine.tick()
    assert brk is not None and set(PRONE) <= set(brk.exercises)
    clock.set(at("2026-03-30 17:00"))
    assert engine.tick() is None
    assert engine.current_break() is None, "withdrawn"
    evening = run_until_break(engine, clock)
    assert evening.kind is BreakKind.EVENING and evening.due == at("2026-03-30 20:30")
    do(engine, clock, evening)
    morning = run_until_break(engine, clock)
    assert morning.due == at("2026-03-31 09:00")
    assert set(PRONE) <= set(morning.exercises)


def test_a_withdrawn_break_is_not_announced_again_after_work(
    make_engine: EngineFactory,
) -> None:
    """A block due 16:57 is offered at 16:53:54 (so it ends by 17:00) and ignored. At
    17:00 it is withdrawn; it must not be announced again after work, let alone on
    every tick (a wake-up of "now" would spin the scheduler) - it comes with tomorrow's
    first break."""
    settings = Settings(
        prone_enabled=False, daily_enabled=False, evening_enabled=False, reoffer_minutes=0
    )
    engine, clock = make_engine("2026-03-30 15:27", settings)
    brk = run_until_break(engine, clock)
    assert brk.due < at("2026-03-30 17:00") - timedelta(minutes=brk.estimated_minutes - 0.1)
    assert engine.next_wakeup() == at("2026-03-30 17:00")
    clock.set(at("2026-03-30 17:00"))
    announced = []
    for _ in range(4):
        announced.append(engine.tick())
        clock.advance(seconds=30)
    assert announced == [None] * 4
    assert engine.next_wakeup() == at("2026-03-31 09:00")


def test_a_break_moved_to_the_next_morning_is_not_a_catch_up(
    make_engine: EngineFactory,
) -> None:
    """Holds due 16:55 can't end by 17:00, so they are planned for 09:00 the next day.
    At 09:00 they come as planned - the same kind and title the plan showed - not as a
    catch-up: the user missed nothing."""
    history = FakeHistory(
        done={"prone-lying": [at("2026-03-30 14:55")]}, break_end=at("2026-03-30 15:02")
    )
    settings = Settings(blocks_enabled=False, daily_enabled=False, evening_enabled=False)
    engine, clock = make_engine("2026-03-30 16:00", settings, history)
    planned = engine.next_break()
    assert planned is not None and planned.due == at("2026-03-31 09:00")
    assert planned.kind is BreakKind.PRONE_HOLDS
    brk = run_until_break(engine, clock)
    assert brk.due == at("2026-03-31 09:00")
    assert (brk.kind, brk.title) == (planned.kind, planned.title)


@pytest.mark.parametrize("case", ["withdrawn", "restarted"])
def test_owed_work_items_do_not_hold_up_the_evening(make_engine: EngineFactory, case: str) -> None:
    """Holds ignored at 16:40 (withdrawn at 17:00), or the app started at 20:30 with
    today's work owed: the work items wait for tomorrow's work hours, and tonight's
    session still comes at 20:30 ("the evening session is not held up")."""
    history = FakeHistory(
        done={"prone-lying": [at("2026-03-30 14:40")]}, break_end=at("2026-03-30 14:47")
    )
    start = "2026-03-30 16:40" if case == "withdrawn" else "2026-03-30 20:30"
    engine, clock = make_engine(start, Settings(reoffer_minutes=0), history)
    if case == "withdrawn":
        assert engine.tick() is not None
        clock.set(at("2026-03-30 17:00"))
        engine.tick()
        clock.set(at("2026-03-30 20:30"))
    evening = engine.tick()
    assert evening is not None and evening.kind in (BreakKind.EVENING, BreakKind.CATCH_UP)
    assert set(evening.exercises) <= set(engine.catalog.routine("evening-stretch").exercises)


# --- the cadences' clocks ---------------------------------------------------------------------


def test_the_block_clock_runs_start_to_start(make_engine: EngineFactory) -> None:
    """The guide's "every 1-2 hours" is from the start of one block to the start of the
    next: a 9-minute break started at 10:20 makes the next block due at 11:50."""
    engine, clock = make_engine("2026-03-30 09:00")
    brk = run_until_break(engine, clock)
    assert set(FOOT_CALF) <= set(brk.exercises)
    started = clock.wall
    do(engine, clock, brk)
    assert due(engine, "block") == started + timedelta(minutes=90)


def test_a_prone_only_break_does_not_restart_the_block_clock(make_engine: EngineFactory) -> None:
    """Holds every hour, a block every two: the 10:00 break holds only the prone holds,
    so the block stays due at 11:00 (two hours into the day), not two hours later."""
    settings = Settings(prone_due_minutes=60, daily_enabled=False, block_interval_minutes=120)
    engine, clock = make_engine("2026-03-30 09:00", settings)
    assert due(engine, "block") == at("2026-03-30 11:00")
    brk = run_until_break(engine, clock)
    assert brk.due == at("2026-03-30 10:00") and brk.exercises == PRONE
    do(engine, clock, brk)
    assert due(engine, "block") == at("2026-03-30 11:00")
    assert due(engine, "prone") == clock.wall + timedelta(hours=1)


def test_skip_moves_the_cadence_on(make_engine: EngineFactory) -> None:
    """Skipped holds are not re-offered at once: next due two hours after the skip."""
    settings = Settings(blocks_enabled=False, daily_enabled=False)
    engine, clock = make_engine("2026-03-30 09:00", settings)
    clock.set(at("2026-03-30 11:00"))
    assert engine.tick() is not None
    engine.skip()
    assert engine.current_break() is None
    nxt = engine.next_break()
    assert nxt is not None and nxt.due == at("2026-03-30 13:00")


def test_idle_resets_the_block_timer_but_is_no_exercise(make_engine: EngineFactory) -> None:
    """Away from 09:30 to 10:00: a walk from the desk is a natural break, so the block
    is due 90 minutes after coming back (11:30), while the prone holds - which a walk
    doesn't replace - stay due at 11:00."""
    engine, clock = make_engine("2026-03-30 09:00", Settings(daily_enabled=False))
    clock.set(at("2026-03-30 10:00"))
    engine.note_idle(30 * 60)
    assert due(engine, "block") == at("2026-03-30 11:30")
    assert due(engine, "prone") == at("2026-03-30 11:00")


def test_a_short_idle_is_not_a_break(make_engine: EngineFactory) -> None:
    """Below the idle threshold nothing changes."""
    engine, clock = make_engine("2026-03-30 09:00")
    clock.set(at("2026-03-30 10:00"))
    before = {slot: t.window() for slot, t in engine.triggers().items()}
    engine.note_idle(60)
    assert {slot: t.window() for slot, t in engine.triggers().items()} == before


def test_a_manual_session_counts(make_engine: EngineFactory) -> None:
    """Doing the prone holds by hand moves their anchor: due two hours later."""
    engine, clock = make_engine("2026-03-30 09:30")
    brk = engine.start_manual("prone-holds")
    assert brk.kind is BreakKind.MANUAL and brk.exercises == PRONE
    clock.advance(minutes=7)
    engine.complete(brk, brk.exercises)
    assert due(engine, "prone") == clock.wall + timedelta(hours=2)


# --- block rotation ---------------------------------------------------------------------


def block_groups_of(breaks: list[Break], catalog: Catalog) -> list[set[Group]]:
    out = []
    for brk in breaks:
        if brk.kind is BreakKind.EVENING:
            continue
        groups = {catalog.exercise(e).group for e in brk.exercises} & set(BLOCK_GROUPS)
        if groups:
            out.append(groups)
    return out


def forty_blocks(catalog: Catalog, settings: Settings) -> list[set[Group]]:
    clock = SimClock(at("2026-03-30 00:00"))
    engine = Engine(catalog, settings, EmptyHistory(), clock)
    blocks = block_groups_of(simulate(engine, clock, at("2026-04-13 00:00")), catalog)
    assert len(blocks) >= 40
    return blocks[:40]


NO_FLOOR = Settings(equipment_at_hand=[e for e in Equipment if e is not Equipment.FLOOR_SPACE])


@pytest.mark.parametrize("settings", [Settings(), NO_FLOOR], ids=["defaults", "no-floor"])
def test_blocks_rotate_through_every_usable_group_evenly(
    catalog: Catalog, settings: Settings
) -> None:
    """Over 40 blocks each usable group comes as often as the others (within one), and
    never twice in a row: every muscle group gets its turn. Without floor space the core
    group has nothing usable; it is skipped without giving its turn to one group."""
    blocks = forty_blocks(catalog, settings)
    counts = Counter(g for groups in blocks for g in groups)
    usable = set(BLOCK_GROUPS) if settings == Settings() else set(BLOCK_GROUPS) - {Group.CORE}
    assert set(counts) == usable
    assert max(counts.values()) - min(counts.values()) <= 1, counts
    for prev, nxt in itertools.pairwise(blocks):
        assert not prev & nxt, f"{prev} twice in a row"


def test_a_single_usable_group_repeats(catalog: Catalog) -> None:
    """Only the foot & calf group chosen: every block is that group (nothing else to
    rotate to), and blocks still come."""
    blocks = forty_blocks(catalog, Settings(block_groups=[Group.FOOT_CALF]))
    assert all(groups == {Group.FOOT_CALF} for groups in blocks)


# --- history --------------------------------------------------------------------------------


def test_history_rebuilds_the_prone_anchor(make_engine: EngineFactory) -> None:
    """Holds done at 10:00 (before a restart): next due at 12:00, not two hours after
    the restart."""
    history = FakeHistory(
        done={"prone-lying": [at("2026-03-30 10:00")]}, break_end=at("2026-03-30 10:05")
    )
    engine, _ = make_engine("2026-03-30 10:30", history=history)
    assert due(engine, "prone") == at("2026-03-30 12:00")


def test_history_rebuilds_the_block_anchor_from_the_last_block(
    make_engine: EngineFactory,
) -> None:
    """A hip block done 09:00-09:06, then prone holds ending 10:05, then a restart: the
    next block is due within the guide's 1-2 hours of the last block (by 11:00), as it
    would have been without the restart - a prone-only break doesn't restart the block
    clock, before a restart or after it."""
    history = FakeHistory(
        done={
            "standing-quad-stretch": [at("2026-03-30 09:02")],
            "kneeling-hip-flexor-stretch": [at("2026-03-30 09:04")],
            "side-lying-leg-raise": [at("2026-03-30 09:06")],
            "prone-lying": [at("2026-03-30 10:01")],
            "prone-on-elbows": [at("2026-03-30 10:05")],
        },
        break_end=at("2026-03-30 10:05"),
    )
    engine, _ = make_engine("2026-03-30 10:30", Settings(daily_enabled=False), history)
    assert due(engine, "block") <= at("2026-03-30 11:00")


def test_history_rebuilds_the_daily_counts(make_engine: EngineFactory) -> None:
    """Cat-camel already done twice today: the next one is the third slot (15:40), not
    the first again; yesterday's count doesn't carry over."""
    history = FakeHistory(
        done={"cat-camel": [at("2026-03-29 15:40"), at("2026-03-30 09:10"), at("2026-03-30 11:00")]}
    )
    engine, _ = make_engine("2026-03-30 11:30", history=history)
    assert due(engine, "daily:cat-camel") == at("2026-03-30 15:40")
    fresh = FakeHistory(done={"cat-camel": [at("2026-03-29 15:40")]})
    engine, _ = make_engine("2026-03-30 08:00", history=fresh)
    assert due(engine, "daily:cat-camel") == at("2026-03-30 10:20")


def test_history_rebuilds_the_block_rotation(make_engine: EngineFactory, catalog: Catalog) -> None:
    """The last block was hip & pelvis: after a restart the next is upper back, so a
    restart doesn't send the user back to the first group every time."""
    history = FakeHistory(
        done={
            "foot-ball-release": [at("2026-03-30 09:05")],
            "standing-quad-stretch": [at("2026-03-30 10:35")],
        },
        break_end=at("2026-03-30 10:40"),
    )
    engine, clock = make_engine("2026-03-30 11:00", Settings(daily_enabled=False), history)
    brk = run_until_break(engine, clock)
    while not set(brk.exercises) - set(PRONE):
        do(engine, clock, brk)
        brk = run_until_break(engine, clock)
    groups = {catalog.exercise(e).group for e in brk.exercises} - {Group.LOW_BACK}
    assert groups == {Group.UPPER_BACK}


def test_history_rebuilds_tonights_evening(make_engine: EngineFactory) -> None:
    """The evening stretches done at 20:40 before a restart at 21:00: tonight is done,
    the next one is tomorrow's."""
    history = FakeHistory(
        done={"standing-quad-stretch": [at("2026-03-30 20:40")]}, break_end=at("2026-03-30 20:45")
    )
    engine, _ = make_engine("2026-03-30 21:00", history=history)
    assert engine.tick() is None
    assert due(engine, "evening") == at("2026-03-31 20:30")


# --- settings ---------------------------------------------------------------------------------


def test_settings_changes_replan(make_engine: EngineFactory) -> None:
    """Turning the evening session off removes it from the plan."""
    engine, _ = make_engine("2026-03-28 07:00")
    nxt = engine.next_break()
    assert nxt is not None and nxt.kind is BreakKind.EVENING
    engine.update_settings(Settings(evening_enabled=False))
    nxt = engine.next_break()
    assert nxt is None or nxt.kind is not BreakKind.EVENING
    assert "evening" not in engine.triggers()


def test_a_break_whose_cadence_was_turned_off_goes_away(make_engine: EngineFactory) -> None:
    """Prone holds offered, then turned off in settings: the re-offer doesn't come back
    empty or spin; the break is withdrawn."""
    settings = Settings(blocks_enabled=False, daily_enabled=False, evening_enabled=False)
    engine, clock = make_engine("2026-03-30 09:00", settings)
    clock.set(at("2026-03-30 11:00"))
    assert engine.tick() is not None
    engine.update_settings(settings.model_copy(update={"prone_enabled": False}))
    engine.snooze(1)
    clock.advance(minutes=1)
    assert engine.tick() is None
    assert engine.current_break() is None
    assert engine.next_wakeup() is None


def test_a_disabled_exercise_is_never_offered(make_engine: EngineFactory) -> None:
    """Turned off after pain: a whole day passes without it."""
    settings = Settings(disabled_exercises={"cat-camel": DisabledReason.PAIN})
    engine, clock = make_engine("2026-03-30 08:00", settings)
    assert "daily:cat-camel" not in engine.triggers()
    for _ in range(6):
        brk = run_until_break(engine, clock)
        assert "cat-camel" not in brk.exercises
        do(engine, clock, brk)


def test_the_clock_must_be_aware(make_engine: EngineFactory) -> None:
    """A naive clock would make every DST rule wrong: refused at once."""
    with pytest.raises(ValueError, match="aware"):
        make_engine(datetime(2026, 3, 30, 9, 0))
