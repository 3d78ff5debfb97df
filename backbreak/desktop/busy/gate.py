"""The hold rule: how long a due reminder may wait for a busy user.

:func:`gate_decision` holds a due reminder while the user is busy, for at most
:data:`DEFAULT_HOLD_LIMIT_S` (30 min): a presentation or a video call rarely runs longer
in one piece, a 30-minute delay still lands inside the sources' cadence windows (prone
holds are due at 2 h and overdue at 3 h; routine blocks come every 1-2 h), and sitting
longer than that is the very thing backbreak exists to interrupt. After the limit the
reminder is shown anyway, as quietly as ever. A call is a hold of its own kind, with
its own limit; both are decided by :class:`~backbreak.desktop.busy.hold.HoldPolicy`.
"""

from __future__ import annotations

from enum import Enum

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
