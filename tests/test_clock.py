"""The one clock-jump rule (``backbreak.clock.clock_jump``) and ``ClockReading``.

The scheduler's driver and the sleep watcher both ask this rule whether the machine
slept or the clock was set between two readings. Steps are measured in UTC, so a
daylight-saving change, which moves only the hands, is never a jump.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from helpers.fakes import FakeClock

from backbreak.clock import (
    JUMP_TOLERANCE,
    ClockJump,
    ClockReading,
    SystemClock,
    clock_jump,
    local_zone,
)

BERLIN = ZoneInfo("Europe/Berlin")
S = timedelta(seconds=1)
MIN = timedelta(minutes=1)
H = timedelta(hours=1)


@pytest.mark.parametrize(
    ("wall", "mono", "expected", "jump"),
    [
        pytest.param(MIN, MIN, MIN, ClockJump.NONE, id="normal tick"),
        pytest.param(75 * S, 75 * S, MIN, ClockJump.NONE, id="busy machine, timer 15 s late"),
        pytest.param(MIN, MIN, None, ClockJump.NONE, id="no timer, time passed"),
        pytest.param(5 * H, MIN, MIN, ClockJump.FORWARD, id="suspend: monotonic stopped"),
        pytest.param(H + MIN, MIN, MIN, ClockJump.FORWARD, id="clock set forward 1 h"),
        pytest.param(MIN - H, MIN, MIN, ClockJump.BACK, id="clock set back 1 h"),
        pytest.param(MIN - 10 * MIN, MIN, None, ClockJump.BACK, id="clock set back, no timer"),
        pytest.param(2 * H, 2 * H, MIN, ClockJump.LATE, id="late timer: monotonic ran on"),
        pytest.param(2 * H, 2 * H, None, ClockJump.NONE, id="long wait, no timer to be late"),
        pytest.param(MIN + JUMP_TOLERANCE, MIN, MIN, ClockJump.NONE, id="drift at the tolerance"),
        pytest.param(
            MIN + JUMP_TOLERANCE + S, MIN, MIN, ClockJump.FORWARD, id="drift past the tolerance"
        ),
    ],
)
def test_clock_jump(
    wall: timedelta, mono: timedelta, expected: timedelta | None, jump: ClockJump
) -> None:
    assert clock_jump(wall, mono, expected) is jump
    assert clock_jump(wall, mono, expected).is_jump is (jump is not ClockJump.NONE)


def test_a_dst_change_is_no_jump() -> None:
    """Berlin, 25 Oct 2026: at 03:00 summer time the hands go back to 02:00. A minute's
    timer straddling it sees the local hands move back 59 min, but UTC one minute."""
    before = datetime(2026, 10, 25, 2, 59, 30, tzinfo=BERLIN)  # fold=0: still summer time
    after = datetime(2026, 10, 25, 2, 0, 30, fold=1, tzinfo=BERLIN)  # winter time
    assert after.replace(tzinfo=None) - before.replace(tzinfo=None) == -59 * MIN  # the hands
    step = after.astimezone(timezone.utc) - before.astimezone(timezone.utc)
    assert step == MIN
    assert clock_jump(step, MIN, MIN) is ClockJump.NONE


def test_a_reading_across_the_fall_back_in_berlin_is_no_jump() -> None:
    """``ClockReading`` converts to UTC itself: a FakeClock in Berlin walked across the
    change, reading every minute, never sees a jump, though its hour repeats."""
    clock = FakeClock(datetime(2026, 10, 25, 2, 0, tzinfo=BERLIN), mono=0.0)  # summer time
    last = ClockReading.take(clock)
    hours = [clock.now().hour]
    for _ in range(120):
        clock.advance(60)
        reading = ClockReading.take(clock)
        assert last.jump_to(reading, MIN) is ClockJump.NONE
        last = reading
        hours.append(clock.now().hour)
    assert hours.count(2) == 120 and clock.now().hour == 3, "02:xx is lived twice"
    assert clock.now().utcoffset() == H  # winter time now


def test_a_reading_sees_a_suspend_and_a_clock_set_back() -> None:
    clock = FakeClock(mono=0.0)
    start = ClockReading.take(clock)
    clock.jump(wall=5 * 3600, mono=60)
    asleep = ClockReading.take(clock)
    assert start.jump_to(asleep, MIN) is ClockJump.FORWARD
    clock.jump(wall=60 - 3600, mono=60)
    assert asleep.jump_to(ClockReading.take(clock), MIN) is ClockJump.BACK


def test_a_reading_takes_a_custom_tolerance() -> None:
    clock = FakeClock(mono=0.0)
    start = ClockReading.take(clock)
    clock.jump(wall=120, mono=60)
    later = ClockReading.take(clock)
    assert start.jump_to(later) is ClockJump.NONE
    assert start.jump_to(later, tolerance=30 * S) is ClockJump.FORWARD


def test_the_test_zone_is_pinned() -> None:
    """tests/conftest.py pins TZ, so no test sees the machine's /etc/localtime."""
    assert local_zone() == BERLIN
    now = SystemClock().now()
    assert now.tzinfo == BERLIN


def test_fake_clock_keeps_elapsed_time_across_dst() -> None:
    """Adding a timedelta to a zoned datetime moves its hands; the fake moves time."""
    clock = FakeClock(datetime(2026, 3, 29, 1, 30, tzinfo=BERLIN))  # spring forward at 02:00
    clock.advance(3600)
    assert clock.now() == datetime(2026, 3, 29, 3, 30, tzinfo=BERLIN)
    assert clock.now().utcoffset() == 2 * H
