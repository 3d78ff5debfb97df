"""The hold policy: one rule for busy users and for calls (grace, maximum, quiet release)."""

from __future__ import annotations

from datetime import timedelta

from helpers.fakes import FakeClock

from backbreak.desktop.busy.hold import CallRules, HoldPolicy, HoldReason, Release

GRACE = 120.0
LIMIT = 150 * 60.0


def policy(clock: FakeClock) -> HoldPolicy:
    return HoldPolicy(clock=clock, busy_limit_s=1800, calls=CallRules(GRACE, LIMIT))


def test_a_free_user_sees_the_break_at_once() -> None:
    assert policy(FakeClock()).decide(busy=False, in_call=False).release is Release.SHOW


def test_a_call_holds_the_break_until_the_grace_after_it_ends() -> None:
    clock = FakeClock()
    rule = policy(clock)
    held = rule.decide(busy=False, in_call=True)
    assert (held.release, held.reason) == (Release.HOLD, HoldReason.CALL)
    clock.advance(minutes=40)  # longer than the busy limit: a call has its own
    assert rule.decide(busy=False, in_call=True).reason is HoldReason.CALL
    ended = rule.decide(busy=False, in_call=False)
    assert (ended.release, ended.reason) == (Release.HOLD, HoldReason.CALL_ENDED)
    assert ended.ask_again_s == GRACE, "presence asks again when the grace is over"
    clock.advance(GRACE - 1)
    assert rule.decide(busy=False, in_call=False).ask_again_s == 1
    clock.advance(1)
    assert rule.decide(busy=False, in_call=False).release is Release.SHOW


def test_a_new_call_in_the_grace_holds_again() -> None:
    clock = FakeClock()
    rule = policy(clock)
    rule.decide(busy=False, in_call=True)
    rule.decide(busy=False, in_call=False)
    clock.advance(60)
    assert rule.decide(busy=False, in_call=True).reason is HoldReason.CALL
    clock.advance(60)
    assert rule.decide(busy=False, in_call=False).ask_again_s == GRACE


def test_a_call_past_the_maximum_releases_the_break_quietly() -> None:
    clock = FakeClock()
    rule = policy(clock)
    rule.decide(busy=False, in_call=True)
    clock.advance(LIMIT - 1)
    assert rule.decide(busy=False, in_call=True).release is Release.HOLD
    clock.advance(1)
    assert rule.decide(busy=False, in_call=True).release is Release.SHOW_QUIET


def test_the_grace_does_not_outlast_the_maximum() -> None:
    clock = FakeClock()
    rule = policy(clock)
    rule.decide(busy=False, in_call=True)
    clock.advance(LIMIT - 30)
    rule.decide(busy=False, in_call=False)
    clock.advance(30)
    assert rule.decide(busy=False, in_call=False).release is Release.SHOW_QUIET


def test_busy_holds_up_to_its_own_limit_and_then_shows_as_usual() -> None:
    clock = FakeClock()
    rule = policy(clock)
    assert rule.decide(busy=True, in_call=False).reason is HoldReason.BUSY
    clock.advance(1799)
    assert rule.decide(busy=True, in_call=False).release is Release.HOLD
    clock.advance(1)
    assert rule.decide(busy=True, in_call=False).release is Release.SHOW


def test_a_call_outranks_busy_and_busy_follows_after_the_grace() -> None:
    clock = FakeClock()
    rule = policy(clock)
    assert rule.decide(busy=True, in_call=True).reason is HoldReason.CALL
    clock.advance(60)
    assert rule.decide(busy=True, in_call=False).reason is HoldReason.CALL_ENDED
    clock.advance(GRACE)
    assert rule.decide(busy=True, in_call=False).reason is HoldReason.BUSY


def test_reset_forgets_the_waits() -> None:
    clock = FakeClock()
    rule = policy(clock)
    rule.decide(busy=False, in_call=True)
    clock.advance(LIMIT)
    rule.reset()
    assert rule.decide(busy=False, in_call=True).release is Release.HOLD
    rule.reset()
    assert rule.decide(busy=False, in_call=False).release is Release.SHOW, "no grace left over"


def test_a_call_holds_a_break_until_its_overdue_moment_plus_the_maximum() -> None:
    """The prone holds are never held past overdue plus the call maximum, however late
    the break was offered: the policy goes by the break's own moment, not the wait."""
    clock = FakeClock()
    rule = policy(clock)
    rule.release_by = clock.now() + timedelta(minutes=30)  # offered late: overdue soon
    assert rule.decide(busy=False, in_call=True).release is Release.HOLD
    clock.advance(minutes=29)
    assert rule.decide(busy=False, in_call=True).release is Release.HOLD
    clock.advance(minutes=1)
    assert rule.decide(busy=False, in_call=True).release is Release.SHOW_QUIET
    assert rule.release_by is None, "forgotten once the break was shown"


def test_a_known_overdue_moment_outranks_the_fallback_limit() -> None:
    clock = FakeClock()
    rule = policy(clock)
    rule.release_by = clock.now() + timedelta(seconds=LIMIT + 3600)
    rule.decide(busy=False, in_call=True)
    clock.advance(LIMIT + 60)  # past the fallback, before the break's own moment
    assert rule.decide(busy=False, in_call=True).release is Release.HOLD
