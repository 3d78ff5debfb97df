"""The one clock: local wall time, monotonic time, the local zone, and the clock-jump rule.

Product code never calls ``datetime.now()``, ``time.time()`` or ``time.monotonic()``
itself: it is handed a :class:`Clock` (``SystemClock`` in the app, a fake in tests), so
no behaviour depends on the machine's real hour or zone except through this module.

Planning needs a real IANA zone (``zoneinfo``), not a fixed UTC offset, to stay right
across daylight-saving changes: a fixed offset taken in winter is an hour off in summer.
``local_zone()`` looks for the zone's name the way tzlocal does on Unix, without the
dependency: the ``TZ`` variable, then the ``/etc/localtime`` symlink (its path ends in
the zone name), then ``/etc/timezone`` (Debian). Where none of these names a zone
(Windows, odd containers) it falls back to ``datetime.now().astimezone().tzinfo``, a
fixed offset: right today, possibly an hour off after the next DST change until the app
restarts. Every call looks again, so a changed system zone is picked up on the next tick.

The decision and its reasons: README, Design notes, ADR-5.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone, tzinfo
from enum import Enum
from pathlib import Path
from typing import Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def _zone(name: str | None) -> ZoneInfo | None:
    if not name:
        return None
    name = name.strip().lstrip(":")
    if not name or name.startswith("/"):
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def _zone_from_localtime(path: Path) -> ZoneInfo | None:
    try:
        target = os.path.realpath(path)
    except OSError:
        return None
    marker = "zoneinfo/"
    if marker not in target:
        return None
    return _zone(target.split(marker, 1)[1])


def _zone_from_file(path: Path) -> ZoneInfo | None:
    try:
        return _zone(path.read_text(encoding="utf-8").split("\n", 1)[0])
    except (OSError, UnicodeDecodeError):
        return None


def local_zone() -> tzinfo:
    """The system's local zone as a ``ZoneInfo`` when it can be named, else a fixed offset."""
    zone = (
        _zone(os.environ.get("TZ"))
        or _zone_from_localtime(Path("/etc/localtime"))
        or _zone_from_file(Path("/etc/timezone"))
    )
    if zone is not None:
        return zone
    fallback = datetime.now().astimezone().tzinfo
    return fallback if fallback is not None else timezone.utc


def system_clock() -> datetime:
    """Now, aware, in the local zone (``SystemClock().now``)."""
    return datetime.now(local_zone())


class Clock(Protocol):
    """Where every part of backbreak reads the time."""

    def now(self) -> datetime:
        """Now, aware, in the local zone."""
        ...

    def monotonic(self) -> float:
        """Seconds on a clock that never goes back (it may stop while the machine sleeps)."""
        ...


class SystemClock:
    """The real clock: the system's wall time in :func:`local_zone`, and ``time.monotonic``."""

    def now(self) -> datetime:
        return system_clock()

    def monotonic(self) -> float:
        return time.monotonic()


class ClockJump(str, Enum):
    """What happened between two readings of the clock (see :func:`clock_jump`)."""

    NONE = "none"
    """Time passed as expected (a DST change is no jump: steps are measured in UTC)."""
    FORWARD = "forward"
    """The wall clock moved further than the monotonic one: a suspend (the monotonic
    clock stops during sleep on Linux and macOS) or the clock set ahead."""
    BACK = "back"
    """The wall clock moved back, or much less than the monotonic one: the clock set back."""
    LATE = "late"
    """Both clocks moved far past what the timer asked for: a sleep where the monotonic
    clock runs on (Windows, ``CLOCK_BOOTTIME``), or the process was stopped."""

    @property
    def is_jump(self) -> bool:
        return self is not ClockJump.NONE


JUMP_TOLERANCE = timedelta(seconds=90)
"""Steps that differ by more than this are a jump; Qt timers and a busy machine stay inside."""


def clock_jump(
    wall_step: timedelta,
    mono_step: timedelta,
    expected_step: timedelta | None = None,
    tolerance: timedelta = JUMP_TOLERANCE,
) -> ClockJump:
    """The one clock-jump rule, used by the scheduler's driver and the sleep watcher.

    ``wall_step`` is how far the wall clock moved between two readings, measured in UTC
    (subtract aware datetimes converted to UTC, or POSIX seconds): a DST change moves the
    local hands, not UTC, and is no jump. ``mono_step`` is how far the monotonic clock
    moved. ``expected_step`` is how long the caller's timer was set to wait, when a timer
    woke it; without it, a late wake-up can't be told from a normal one.
    """
    drift = wall_step - mono_step
    if drift > tolerance:
        return ClockJump.FORWARD
    if drift < -tolerance:
        return ClockJump.BACK
    if expected_step is not None and mono_step - expected_step > tolerance:
        return ClockJump.LATE
    return ClockJump.NONE


@dataclass(frozen=True)
class ClockReading:
    """One reading of both clocks, to compare with the next (:meth:`jump_to`)."""

    wall: datetime
    mono: float

    @classmethod
    def take(cls, clock: Clock) -> ClockReading:
        return cls(clock.now().astimezone(timezone.utc), clock.monotonic())

    def jump_to(
        self,
        later: ClockReading,
        expected: timedelta | None = None,
        tolerance: timedelta = JUMP_TOLERANCE,
    ) -> ClockJump:
        """What happened between this reading and ``later`` (see :func:`clock_jump`)."""
        return clock_jump(
            later.wall - self.wall, timedelta(seconds=later.mono - self.mono), expected, tolerance
        )
