"""The test doubles shared by the unit and widget tests: one of each.

- :class:`FakeClock`: the :class:`backbreak.clock.Clock` protocol on hand-moved time,
  wall and monotonic together (``advance``) or apart (``jump``: a suspend, the clock
  set back). Every part of the app that reads time takes it: the session and its
  window, presence, the reminder gate, the sleep watcher, ``Services.clock``; the
  engine takes its ``now``.
- :class:`FakeRecorder`: an ``OutcomeRecorder`` that keeps what was written, or fails.
- :class:`FakeHistory`: a ``HistoryReader`` that says what the test says was done.
- :class:`FakeIdle` and :class:`FakeBusy`: an idle monitor and a busy detector whose
  answers the test sets.

The engine takes a wall-clock callable: a :class:`FakeClock` is one too (calling it
gives ``wall``). ``backbreak plan``'s own ``SimClock`` is not a test double: it is the
clock the plan's simulation steps.
"""

from __future__ import annotations

import itertools
import socket
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

from backbreak.domain.history import BreakRecord, ExerciseRecord, LastDone, SkippedBreak

BERLIN = ZoneInfo("Europe/Berlin")
MONDAY_0830 = datetime(2026, 11, 23, 8, 30, tzinfo=BERLIN)
"""A Monday morning before work hours (09-17 by default): nothing is due yet."""


class FakeClock:
    """Wall and monotonic time that move only when the test says so (``Clock`` protocol).

    ``wall`` is kept in UTC and shown in the zone it was given, so ``advance`` is
    elapsed time across a DST change too (adding a timedelta to a zoned datetime
    would move its hands, not time). ``mono`` is the monotonic seconds.
    """

    def __init__(self, wall: datetime = MONDAY_0830, mono: float = 1000.0) -> None:
        if wall.tzinfo is None:
            raise ValueError("FakeClock needs an aware start time")
        self.zone = wall.tzinfo
        self._utc = wall.astimezone(timezone.utc)
        self.mono = mono

    @property
    def wall(self) -> datetime:
        """Now, in the clock's zone; set it to put the hands somewhere (mono stays)."""
        return self._utc.astimezone(self.zone)

    @wall.setter
    def wall(self, moment: datetime) -> None:
        if moment.tzinfo is None:
            raise ValueError("FakeClock needs an aware time")
        self._utc = moment.astimezone(timezone.utc)

    def now(self) -> datetime:
        return self.wall

    def __call__(self) -> datetime:
        """The engine's wall clock: ``Engine(..., clock)``."""
        return self.wall

    def monotonic(self) -> float:
        return self.mono

    def set(self, moment: datetime) -> None:
        """Put the hands at ``moment`` (the monotonic clock moves by the same time)."""
        step = (moment.astimezone(timezone.utc) - self._utc).total_seconds()
        self.wall = moment
        self.mono += step

    def advance(self, seconds: float = 0.0, **parts: float) -> datetime:
        """Time passes: both clocks move by ``seconds`` (or ``minutes=``, ``hours=`` …).
        Returns the new wall time."""
        step = seconds + timedelta(**parts).total_seconds()
        self._utc += timedelta(seconds=step)
        self.mono += step
        return self.wall

    def jump(self, *, wall: float = 0.0, mono: float = 0.0) -> None:
        """Move the clocks apart, in seconds: ``jump(wall=3600)`` is an hour's suspend on
        Linux (monotonic time stops), ``jump(wall=-3600)`` the clock set back an hour."""
        self._utc += timedelta(seconds=wall)
        self.mono += mono


class FakeRecorder:
    """Keeps what is written, in order; with ``fail`` set, every write raises
    ``OSError(failure)``, as a full disk or a locked database would."""

    def __init__(self, failure: str = "disk full") -> None:
        self.exercises: list[ExerciseRecord] = []
        self.breaks: list[BreakRecord] = []
        self.fail = False
        self.failure = failure

    def record_exercise(self, record: ExerciseRecord) -> None:
        if self.fail:
            raise OSError(self.failure)
        self.exercises.append(record)

    def record_break(self, record: BreakRecord) -> None:
        if self.fail:
            raise OSError(self.failure)
        self.breaks.append(record)


class FakeIdle:
    """An idle monitor answering ``value`` seconds (None: the backend failed)."""

    name = "fake"
    reason = ""

    def __init__(self, value: float | None = 0.0) -> None:
        self.value = value

    def available(self) -> bool:
        return True

    def idle_seconds(self) -> float | None:
        return self.value


class FakeBusy:
    """A busy detector (do-not-disturb, full screen) answering ``busy``."""

    name = "fake-fullscreen"
    reason = ""

    def __init__(self, busy: bool = False) -> None:
        self.busy = busy

    def available(self) -> bool:
        return True

    def is_busy(self) -> bool:
        return self.busy


@dataclass
class FakeHistory:
    """A ``HistoryReader`` with what a test says happened (aware times)."""

    done: dict[str, list[datetime]] = field(default_factory=dict)
    break_end: datetime | None = None
    skips: list[SkippedBreak] = field(default_factory=list)
    """Breaks skipped with the Skip button."""

    def last_done(self, exercise_id: str) -> datetime | None:
        return max(self.done.get(exercise_id, []), default=None)

    def last_done_in(self, exercise_ids: Sequence[str]) -> LastDone | None:
        """The last time done, as a break that took no time (start = end = then)."""
        at = max((t for e in exercise_ids for t in self.done.get(e, [])), default=None)
        return None if at is None else LastDone(at, at, at)

    def done_count(self, exercise_id: str, day: date) -> int:
        return sum(1 for t in self.done.get(exercise_id, []) if t.date() == day)

    def last_break_end(self) -> datetime | None:
        return self.break_end

    def worse_reports(self, exercise_id: str) -> int:
        return 0

    def skipped_breaks(self, since: datetime) -> list[SkippedBreak]:
        return sorted((s for s in self.skips if s.at >= since), key=lambda s: s.at)


class FakeBusConnection:
    """Stands in for a jeepney connection: records what is sent, replays what arrives
    only when the test queues it.

    ``receive`` never waits: with nothing queued it raises TimeoutError at once, as a
    non-blocking read of an empty socket does. ``fileno`` is a real socket, so a
    ``QSocketNotifier`` can watch it.
    """

    def __init__(self, first_serial: int = 1) -> None:
        self.outgoing_serial = itertools.count(first_serial)
        self.sent: list[Any] = []
        self.incoming: deque[Any] = deque()
        self._pair = socket.socketpair()
        self.closed = False

    def send(self, message: Any, serial: int | None = None) -> None:
        message.header.serial = serial or 0
        self.sent.append(message)

    def receive(self, *, timeout: float | None = None) -> Any:
        if not self.incoming:
            raise TimeoutError
        return self.incoming.popleft()

    def fileno(self) -> int:
        return self._pair[0].fileno()

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            for end in self._pair:
                end.close()

    def calls(self, member: str) -> list[Any]:
        """The method calls sent to ``member``, oldest first."""
        from jeepney import HeaderFields

        return [m for m in self.sent if m.header.fields.get(HeaderFields.member) == member]

    def reply(self, index: int, signature: str, body: tuple[Any, ...]) -> None:
        """The service answers the ``index``-th message sent."""
        from jeepney import new_method_return

        self.incoming.append(new_method_return(self.sent[index], signature, body))
