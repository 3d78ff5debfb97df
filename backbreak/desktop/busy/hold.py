"""The one hold policy: may a due break be shown now, and if not, why and until when?

A break is held for one of two reasons, checked in this order:

- **call**: the user is in a call (microphone captured, camera open, screen shared),
  or one ended less than ``grace_s`` ago. A call holds the break until
  :attr:`HoldPolicy.release_by` (the break's overdue moment plus ``call_max_minutes``,
  so the prone holds are never held past overdue plus that), or, for a break that
  doesn't say when it is overdue, for ``limit_s`` from the moment the hold began; past
  it the break is released *quietly*: a notification that makes no sound and pops no
  card.
- **busy**: a busy detector says busy (full screen, do-not-disturb, screen locked), for
  at most ``busy_limit_s`` (:data:`~backbreak.desktop.busy.gate.DEFAULT_HOLD_LIMIT_S`),
  then the break is shown as usual.

All waits are counted on the injected clock's monotonic time from the first time the
break was held; :meth:`HoldPolicy.reset` forgets them once the break was shown or
answered. A break already running is never the policy's business: only due breaks
are offered to it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum

from backbreak.clock import Clock, SystemClock
from backbreak.desktop.busy.gate import DEFAULT_HOLD_LIMIT_S, GateDecision, gate_decision

DEFAULT_CALL_GRACE_S = 2 * 60.0
DEFAULT_CALL_LIMIT_S = (60 + 90) * 60.0
"""The prone holds' default window (due at 2 h, overdue at 3 h) plus the 90-min maximum."""


class Release(str, Enum):
    SHOW = "show"
    SHOW_QUIET = "show-quiet"
    HOLD = "hold"


class HoldReason(str, Enum):
    NONE = ""
    CALL = "call"
    CALL_ENDED = "call-ended"
    BUSY = "busy"


@dataclass(frozen=True)
class Verdict:
    """What to do with the held break; ``ask_again_s``: the latest moment to decide
    again (the grace ending), None when only a change of state can alter the answer."""

    release: Release
    reason: HoldReason = HoldReason.NONE
    ask_again_s: float | None = None


@dataclass
class CallRules:
    grace_s: float = DEFAULT_CALL_GRACE_S
    limit_s: float = DEFAULT_CALL_LIMIT_S


@dataclass
class HoldPolicy:
    """The rules of the module docstring for the one break held at a time."""

    clock: Clock = field(default_factory=SystemClock)
    """Waits are counted in its monotonic time; ``release_by`` is read on its wall."""
    busy_limit_s: float = DEFAULT_HOLD_LIMIT_S
    calls: CallRules = field(default_factory=CallRules)
    release_by: datetime | None = None
    """The wall-clock moment past which a call no longer holds the held break."""
    _since: float | None = None
    _call_ended_at: float | None = None
    _in_call: bool = False

    def decide(self, *, busy: bool, in_call: bool) -> Verdict:
        """Called each time the state is asked again while a break waits."""
        now = self.clock.monotonic()
        since = self._since if self._since is not None else now
        waited = now - since
        verdict = self._for_call(now, waited, in_call) or self._for_busy(waited, busy)
        if verdict.release is Release.HOLD:
            self._since = since
        else:
            self.reset()
        return verdict

    def _for_call(self, now: float, waited: float, in_call: bool) -> Verdict | None:
        if in_call:
            self._in_call, self._call_ended_at = True, None
        elif self._in_call:
            self._in_call, self._call_ended_at = False, now
        if not in_call and self._call_ended_at is None:
            return None
        if self._call_hold_over(waited):
            return Verdict(Release.SHOW_QUIET)
        if in_call:
            return Verdict(Release.HOLD, HoldReason.CALL)
        assert self._call_ended_at is not None
        left = self._call_ended_at + self.calls.grace_s - now
        if left > 0:
            return Verdict(Release.HOLD, HoldReason.CALL_ENDED, left)
        return None

    def _call_hold_over(self, waited: float) -> bool:
        if self.release_by is not None:
            return self.clock.now() >= self.release_by
        return waited >= self.calls.limit_s

    def _for_busy(self, waited: float, busy: bool) -> Verdict:
        if gate_decision(busy, waited, self.busy_limit_s) is GateDecision.HOLD:
            return Verdict(Release.HOLD, HoldReason.BUSY)
        return Verdict(Release.SHOW)

    def reset(self) -> None:
        """Forget the held break's waits (it was shown, answered or dropped)."""
        self._since = self._call_ended_at = None
        self._in_call = False
        self.release_by = None
