"""The engine's rules, each checked with a clock the test moves by hand."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from backbreak.domain.settings import Settings
from backbreak.planning.engine import Engine
from backbreak.planning.model import Break, BreakKind

EngineFactory = Callable[..., tuple[Engine, Any]]

BERLIN = ZoneInfo("Europe/Berlin")
PRONE = ("prone-lying", "prone-on-elbows")


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=BERLIN)


def run_until_break(engine: Engine, clock: Any) -> Break:
    """Jump to the next wake-up until a break is announced."""
    for _ in range(50):
        wake = engine.next_wakeup()
        assert wake is not None
        clock.set(max(clock.now, wake))
        brk = engine.tick()
        if brk is not None:
            return brk
    raise AssertionError("no break came")


def test_the_first_break_of_a_day_and_nothing_before_it(make_engine: EngineFactory) -> None:
    """Fresh Monday: the first break is the 10:20 cat-camel with the foot & calf block."""
    engine, clock = make_engine("2026-03-30 08:00")
    assert engine.tick() is None
    brk = run_until_break(engine, clock)
    assert brk.due == at("2026-03-30 10:20")
    assert "cat-camel" in brk.exercises and "calf-stretch-lunge" in brk.exercises
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
    assert set(brk.exercises) <= set(again.exercises)


def test_an_unanswered_break_is_reoffered_not_duplicated(make_engine: EngineFactory) -> None:
    """After reoffer_minutes the same break is offered again: same id, one break."""
    engine, clock = make_engine("2026-03-30 10:20", Settings(reoffer_minutes=10))
    brk = engine.tick()
    assert brk is not None
    clock.advance(minutes=10)
    again = engine.tick()
    assert again is not None and again.id == brk.id
    engine.complete(again, again.exercises)
    assert engine.current_break() is None
    nxt = engine.next_break()
    assert nxt is not None and nxt.id != brk.id


def test_reoffer_zero_means_never(make_engine: EngineFactory) -> None:
    """reoffer_minutes = 0: one announcement, then it waits for an answer."""
    engine, clock = make_engine("2026-03-30 10:20", Settings(reoffer_minutes=0))
    assert engine.tick() is not None
    assert engine.next_wakeup() == at("2026-03-30 17:00"), "only to withdraw it after work"
    clock.advance(minutes=90)
    assert engine.tick() is None


def test_after_a_suspend_what_fell_due_comes_once(make_engine: EngineFactory) -> None:
    """Asleep from 10:00 to 15:00: the block, prone holds and cat-camel come as ONE
    catch-up break, and after it nothing that fell due during sleep comes again."""
    engine, clock = make_engine("2026-03-30 09:00")
    clock.set(at("2026-03-30 15:00"))
    engine.note_resumed_from_sleep()
    brk = engine.tick()
    assert brk is not None and brk.kind is BreakKind.CATCH_UP
    assert set(PRONE) <= set(brk.exercises) and "cat-camel" in brk.exercises
    assert brk.estimated_minutes <= 15
    clock.advance(minutes=brk.estimated_minutes)
    engine.complete(brk, brk.exercises)
    nxt = engine.next_break()
    assert nxt is not None and nxt.due >= clock.now + timedelta(minutes=25)


def test_a_catch_up_is_found_even_without_the_suspend_signal(make_engine: EngineFactory) -> None:
    """The wall clock alone tells: a break planned hours ago is a catch-up now."""
    engine, clock = make_engine("2026-03-30 09:00")
    clock.set(at("2026-03-30 15:00"))
    brk = engine.tick()
    assert brk is not None and brk.kind is BreakKind.CATCH_UP
    assert engine.tick() is None


def test_nothing_outside_work_hours_but_the_evening(make_engine: EngineFactory) -> None:
    """After 17:00 the next break is the evening session; on Saturday it is the only one."""
    engine, clock = make_engine("2026-03-30 17:30")
    brk = run_until_break(engine, clock)
    assert brk.kind is BreakKind.EVENING and brk.due == at("2026-03-30 20:30")
    engine, clock = make_engine("2026-03-28 07:00")
    brk = run_until_break(engine, clock)
    assert brk.kind is BreakKind.EVENING and brk.due == at("2026-03-28 20:30")


def test_idle_resets_the_block_timer_but_is_no_exercise(make_engine: EngineFactory) -> None:
    """Away from 09:30 to 10:00: the block is due 90 minutes after coming back (11:30,
    merged with the holds then), while the prone holds stay due at 11:00."""
    engine, clock = make_engine("2026-03-30 09:00", Settings(daily_enabled=False))
    clock.set(at("2026-03-30 10:00"))
    engine.note_idle(30 * 60)
    pending = {it.slot: it for it in engine.pending()}
    assert pending["block"].due == at("2026-03-30 11:30")
    assert pending["prone"].due == at("2026-03-30 11:00")


def test_a_short_idle_is_not_a_break(make_engine: EngineFactory) -> None:
    """Below the idle threshold nothing changes."""
    engine, clock = make_engine("2026-03-30 09:00")
    clock.set(at("2026-03-30 10:00"))
    before = {it.slot: it.due for it in engine.pending()}
    engine.note_idle(60)
    assert {it.slot: it.due for it in engine.pending()} == before


def test_what_a_full_break_left_out_comes_later(make_engine: EngineFactory) -> None:
    """A 5-minute cap: the second prone hold is deferred to the next break, not dropped."""
    settings = Settings(max_break_minutes=5, blocks_enabled=False, daily_enabled=False)
    engine, clock = make_engine("2026-03-30 09:00", settings)
    brk = run_until_break(engine, clock)
    assert brk.exercises == ("prone-lying",)
    clock.advance(minutes=4)
    engine.complete(brk, brk.exercises)
    nxt = run_until_break(engine, clock)
    assert nxt.exercises == ("prone-on-elbows",)
    assert nxt.due <= brk.due + timedelta(minutes=35)


def test_skip_moves_the_cadence_on(make_engine: EngineFactory) -> None:
    """Skipped holds are not re-offered at once: next due two hours after the skip."""
    settings = Settings(blocks_enabled=False, daily_enabled=False)
    engine, clock = make_engine("2026-03-30 09:00", settings)
    clock.set(at("2026-03-30 11:00"))
    assert engine.tick() is not None
    engine.skip()
    nxt = engine.next_break()
    assert nxt is not None and nxt.due == at("2026-03-30 13:00")


def test_pause_until_tomorrow_and_resume(make_engine: EngineFactory) -> None:
    """Paused: no reminders; resume brings what fell due as one break."""
    engine, clock = make_engine("2026-03-30 09:00")
    engine.pause(until_tomorrow=True)
    assert engine.paused_until == at("2026-03-31 00:00")
    clock.set(at("2026-03-30 12:00"))
    assert engine.tick() is None
    engine.resume()
    assert not engine.is_paused
    brk = engine.tick()
    assert brk is not None and brk.kind is BreakKind.CATCH_UP
    assert engine.tick() is None


def test_history_rebuilds_the_anchors(make_engine: EngineFactory, fake_history: Any) -> None:
    """Prone holds done at 10:00 (before a restart): next due at 12:00, not at 11:00."""
    fake_history.done["prone-lying"] = [at("2026-03-30 10:00")]
    fake_history.break_end = at("2026-03-30 10:05")
    engine, _ = make_engine("2026-03-30 10:30", history=fake_history)
    pending = {it.slot: it for it in engine.pending()}
    assert pending["prone"].due == at("2026-03-30 12:00")
    assert pending["block"].due == at("2026-03-30 11:35")


def test_daily_counts_come_from_history(make_engine: EngineFactory, fake_history: Any) -> None:
    """Cat-camel already done twice today: the next one is the third slot."""
    fake_history.done["cat-camel"] = [at("2026-03-30 09:10"), at("2026-03-30 11:00")]
    engine, _ = make_engine("2026-03-30 11:30", history=fake_history)
    pending = {it.slot: it for it in engine.pending()}
    assert pending["daily:cat-camel"].due == at("2026-03-30 15:40")


def test_a_manual_session_counts(make_engine: EngineFactory) -> None:
    """Doing the prone holds by hand moves their anchor: due two hours later."""
    engine, clock = make_engine("2026-03-30 09:30")
    brk = engine.start_manual("prone-holds")
    assert brk.kind is BreakKind.MANUAL and brk.exercises == PRONE
    clock.advance(minutes=7)
    engine.complete(brk, brk.exercises)
    pending = {it.slot: it for it in engine.pending()}
    assert pending["prone"].due == clock.now + timedelta(hours=2)


def test_settings_changes_replan(make_engine: EngineFactory) -> None:
    """Turning the evening session off removes it from the plan."""
    engine, _ = make_engine("2026-03-28 07:00")
    assert engine.next_break() is not None
    engine.update_settings(Settings(evening_enabled=False))
    nxt = engine.next_break()
    assert nxt is None or nxt.kind is not BreakKind.EVENING


def test_an_unanswered_break_is_withdrawn_after_work(
    make_engine: EngineFactory, fake_history: Any
) -> None:
    """Prone holds offered at 16:40 and ignored: withdrawn at 17:00 so the evening isn't
    held up; they are still owed and come first thing next morning."""
    fake_history.done["prone-lying"] = [at("2026-03-30 14:40")]
    settings = Settings(reoffer_minutes=0, daily_enabled=False, blocks_enabled=False)
    engine, clock = make_engine("2026-03-30 16:40", settings, fake_history)
    brk = engine.tick()
    assert brk is not None
    clock.set(at("2026-03-30 20:30"))
    evening = engine.tick()
    assert evening is not None and evening.kind is BreakKind.EVENING
    engine.complete(evening, evening.exercises)
    morning = run_until_break(engine, clock)
    assert morning.due == at("2026-03-31 09:00")
    assert set(brk.exercises) & set(morning.exercises)


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


def test_the_clock_must_be_aware(make_engine: EngineFactory) -> None:
    """A naive clock would make every DST rule wrong: refused at once."""
    with pytest.raises(ValueError, match="aware"):
        make_engine(datetime(2026, 3, 30, 9, 0))
