"""The hold rule: how long a due reminder may wait for a busy user.

:class:`ReminderGate` holds a due reminder while the user is busy, for at most
:data:`DEFAULT_HOLD_LIMIT_S` (30 min): a presentation or a video call rarely runs longer
in one piece, a 30-minute delay still lands inside the sources' cadence windows (prone
holds are due at 2 h and overdue at 3 h; routine blocks come every 1-2 h), and sitting
longer than that is the very thing backbreak exists to interrupt. After the limit the
reminder is shown anyway, as quietly as ever.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from backbreak.clock import Clock, SystemClock

DEFAULT_HOLD_LIMIT_S = 30 * 60.0
"""Longest a due reminder waits for a busy user; see the module docstring for why."""


class GateDecision(str, Enum):
    SHOW = "show"
    HOLD = "hold"


def gate_decision(
    busy: bool, waited_s: float, limit_s: float = DEFAULT_HOLD_LIMIT_S
) -> GateDecision:
    """Show a due reminder now, or hold it a little longer?

    Free users see it at once; busy users see it once it has waited ``limit_s``.
    """
    if not busy or waited_s >= limit_s:
        return GateDecision.SHOW
    return GateDecision.HOLD


@dataclass
class ReminderGate:
    """Remembers since when a reminder has been held, on a monotonic clock.

    ``offer(key, busy)`` is asked again each time the busy state is polled; the wait is
    counted from the first time that key was held. ``forget(key)`` once it was shown or
    answered.
    """

    limit_s: float = DEFAULT_HOLD_LIMIT_S
    clock: Clock = field(default_factory=SystemClock)
    """Only its monotonic time is read."""
    _held_since: dict[str, float] = field(default_factory=dict)

    def offer(self, key: str, busy: bool) -> GateDecision:
        now = self.clock.monotonic()
        started = self._held_since.get(key, now)
        decision = gate_decision(busy, now - started, self.limit_s)
        if decision is GateDecision.HOLD:
            self._held_since[key] = started
        else:
            self._held_since.pop(key, None)
        return decision

    def forget(self, key: str) -> None:
        self._held_since.pop(key, None)
