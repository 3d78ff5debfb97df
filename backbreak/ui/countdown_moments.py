"""When a countdown is worth telling a screen-reader user about (pure; no Qt).

A countdown read aloud every second drowns everything else, so only four moments
are announced: its start, halfway (when that is more than ten seconds out), the
last ten seconds, and done. A countdown is one step of the session (prepare, a
hold, a hold's optional overtime, rest, switching sides): a new key starts a new
countdown. "Done" is said when the remaining time reaches zero within the step, or
when the step ends on its own (its last seen remaining time was within
:data:`DONE_SLACK` of zero) — not when the user skips ahead.

If a late wake-up jumps over several moments at once, only the latest is told.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass
from enum import Enum

from backbreak.session.view import Phase, SessionView

LAST_SECONDS = 10.0
DONE_SLACK = 1.0
"""The window redraws at least once a second: a step ending on its own was last seen
with less than this left."""


class Moment(Enum):
    START = "start"
    HALFWAY = "halfway"
    LAST_SECONDS = "last-seconds"
    DONE = "done"


@dataclass(frozen=True)
class Countdown:
    """One countdown as read now: which one (``key``), its length and what is left."""

    key: Hashable
    total: float
    remaining: float | None
    """None: not timed (paced reps); only its start is told."""


class CountdownMoments:
    """Follows the countdowns one after another and says which moments were passed."""

    def __init__(self) -> None:
        self._key: Hashable = None
        self._remaining: float | None = None
        self._done_told = False

    def observe(self, countdown: Countdown | None) -> list[Moment]:
        """The moments passed since the last call (at most: done, then start or one other)."""
        if countdown is None:
            moments = self._finish()
            self._key, self._remaining = None, None
            return moments
        if countdown.key != self._key:
            moments = self._finish()
            self._key, self._remaining, self._done_told = countdown.key, countdown.remaining, False
            return [*moments, Moment.START]
        before, now = self._remaining, countdown.remaining
        self._remaining = now
        if before is None or now is None or now >= before:
            return []
        return self._crossed(before, now, countdown.total)

    def _crossed(self, before: float, now: float, total: float) -> list[Moment]:
        if now <= 0 < before and not self._done_told:
            self._done_told = True
            return [Moment.DONE]
        if now <= LAST_SECONDS < before and total > LAST_SECONDS:
            return [Moment.LAST_SECONDS]
        half = total / 2
        if now <= half < before and half > LAST_SECONDS:
            return [Moment.HALFWAY]
        return []

    def _finish(self) -> list[Moment]:
        """Done for the countdown being left, if it ran out on its own."""
        ran_out = self._remaining is not None and self._remaining <= DONE_SLACK
        if self._key is not None and ran_out and not self._done_told:
            self._done_told = True
            return [Moment.DONE]
        return []


def countdown_of(view: SessionView) -> Countdown | None:
    """The countdown the session shows now; None outside the running steps."""
    step = view.step
    timed = (Phase.PREPARE, Phase.WORK, Phase.REST, Phase.SWITCH_SIDE)
    if view.exercise is None or step is None or view.phase not in timed:
        return None
    work = view.work
    if view.phase is Phase.WORK and work is not None:
        if work.is_reps:
            return Countdown((view.index, step, False), 0.0, None)
        overtime_part = work.limit_seconds - work.target_seconds
        total = overtime_part if view.overtime else work.target_seconds
        return Countdown((view.index, step, view.overtime), total, view.remaining)
    return Countdown((view.index, step, False), step.seconds, view.remaining)
