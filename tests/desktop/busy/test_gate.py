"""The hold rule for due reminders: busy users see them late, never later than the limit."""

from __future__ import annotations

import pytest
from helpers.fakes import FakeClock
from hypothesis import given
from hypothesis import strategies as st

from backbreak.desktop.busy.gate import (
    DEFAULT_HOLD_LIMIT_S,
    GateDecision,
    gate_decision,
)
from backbreak.desktop.busy.hold import HoldPolicy, Release


@pytest.mark.parametrize(
    ("busy", "waited", "decision"),
    [
        (False, 0, GateDecision.SHOW),
        (True, 0, GateDecision.HOLD),
        (True, DEFAULT_HOLD_LIMIT_S - 1, GateDecision.HOLD),
        (True, DEFAULT_HOLD_LIMIT_S, GateDecision.SHOW),
        (False, 10_000, GateDecision.SHOW),
    ],
)
def test_gate_decision(busy: bool, waited: float, decision: GateDecision) -> None:
    assert gate_decision(busy, waited) is decision


@given(
    busy_pattern=st.lists(st.booleans(), min_size=1, max_size=60),
    step=st.floats(min_value=1, max_value=600),
)
def test_a_held_reminder_is_never_held_past_the_limit(
    busy_pattern: list[bool], step: float
) -> None:
    """Whatever the busy pattern, a reminder comes out by the limit (plus one poll step)."""
    clock = FakeClock(mono=0.0)
    policy = HoldPolicy(clock=clock, busy_limit_s=1800)
    for busy in busy_pattern:
        if policy.decide(busy=busy, in_call=False).release is Release.SHOW:
            assert not busy or clock.mono >= 1800
            return
        assert clock.mono < 1800
        clock.advance(step)


def test_the_wait_counts_from_the_first_hold() -> None:
    clock = FakeClock(mono=100.0)
    policy = HoldPolicy(clock=clock, busy_limit_s=60)
    assert policy.decide(busy=True, in_call=False).release is Release.HOLD
    clock.advance(30)
    assert policy.decide(busy=True, in_call=False).release is Release.HOLD
    clock.advance(30)
    assert policy.decide(busy=True, in_call=False).release is Release.SHOW
    clock.advance(30)
    held = policy.decide(busy=True, in_call=False).release
    assert held is Release.HOLD, "released: a later hold starts afresh"
