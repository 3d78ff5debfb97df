"""Holding a due break: :class:`BreakHolder` asks the busy detectors and the call watch
while a break waits, and decides by the one hold policy (:mod:`.hold`).

Nothing is asked while no break waits: the busy detectors are polled every
:data:`BUSY_POLL_S` (60 s) only while one is held, sooner when a call's grace ends
before then, and the call watch runs only from the moment a break is offered until it
is shown or answered (the first decision waits for the watch's first answer). A
detector answered over D-Bus is asked without blocking (:func:`ask`).

Signals:
    reminder_held(object, str): a due break waits; the str is the busy detector's name,
        or "call" / "call-ended" (:meth:`BreakHolder.hold_text` says it in words);
        emitted again whenever the reason changes.
    reminder_ready(object): show this break now.
    reminder_ready_quiet(object): show this break now, without sound or card: a call
        held it past its limit.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal

from backbreak.clock import Clock
from backbreak.desktop.bus_watch import BusWatches
from backbreak.desktop.busy.gate import DEFAULT_HOLD_LIMIT_S
from backbreak.desktop.busy.hold import CallRules, HoldPolicy, HoldReason, Release, Verdict
from backbreak.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from backbreak.desktop.busy import BusyDetector
    from backbreak.desktop.calls.watch import CallWatch

log = logging.getLogger(__name__)

BUSY_POLL_S = 60.0
LOCKED_BUSY = "screen-locked"
"""The busy reason reported while the screen is locked."""

T = TypeVar("T")

_REASON_WORDS = {
    HoldReason.CALL: QT_TRANSLATE_NOOP("BreakHolder", "you're in a call"),
    HoldReason.CALL_ENDED: QT_TRANSLATE_NOOP("BreakHolder", "a call just ended"),
    HoldReason.BUSY: QT_TRANSLATE_NOOP("BreakHolder", "you're busy"),
}


def ask(
    backend: Any,
    blocking: Callable[[], T | None],
    done: Callable[[T | None], None],
    buses: BusWatches | None,
) -> None:
    """Ask ``backend`` without blocking when it is answered over D-Bus, else at once.

    A backend with ``bus_query()`` has its call sent through ``buses`` and ``done``
    gets the answer later; any other backend answers through ``blocking`` now.
    """
    query = getattr(backend, "bus_query", None)
    if query is not None and buses is not None:
        buses.ask(query(), done)
    else:
        done(blocking())


class BreakHolder(QObject):
    """The one break held at a time, and why (signals in the module docstring)."""

    reminder_held = Signal(object, str)
    reminder_ready = Signal(object)
    reminder_ready_quiet = Signal(object)

    def __init__(
        self,
        detectors: Sequence[BusyDetector],
        clock: Clock,
        buses: BusWatches,
        *,
        hold_limit_s: float = DEFAULT_HOLD_LIMIT_S,
        calls: CallWatch | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.detectors = list(detectors)
        self.locked = False
        """The screen is locked: busy, whatever the detectors say."""
        self.stopped = False
        """After stop(): answers still on their way are dropped."""
        self._buses = buses
        self._policy = HoldPolicy(clock=clock, busy_limit_s=hold_limit_s)
        self._verdict = Verdict(Release.SHOW)
        self._busy_name = ""
        self._busy_asking = False
        self._awaiting_calls = False
        self._held: object | None = None
        self.calls = calls
        if calls is not None:
            calls.setParent(self)
            calls.changed.connect(self._on_calls_changed)
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self._timer.timeout.connect(self.poll)

    def held(self) -> object | None:
        return self._held

    def offer(self, brk: object, release_by: datetime | None = None) -> None:
        """A break is due: pass it on now, or hold it. A newer break replaces a held one
        and inherits its waiting time (it includes what is still due). ``release_by``:
        past this moment a call no longer holds it (see the hold policy)."""
        self._held = brk
        self._policy.release_by = release_by
        calls = self.calls
        if calls is not None and not calls.running:
            calls.start()
            if calls.refreshes:
                self._awaiting_calls = True  # decided by the first answer
                return
        self.poll()

    def cancel(self) -> None:
        """Drop the held break (the user started or skipped a break some other way)."""
        self._held = None
        self._release()

    def stop(self) -> None:
        self.stopped = True
        self._release()
        self._busy_asking = False

    def set_call_rules(self, sources: Sequence[str], grace_s: float, limit_s: float) -> None:
        """Follow the settings: which call sources count, the grace, the longest hold."""
        self._policy.calls = CallRules(grace_s=grace_s, limit_s=limit_s)
        if self.calls is not None:
            self.calls.set_sources(sources)
        if self._held is not None:
            self.poll()

    def hold_reason(self) -> str:
        """Why the held break waits, in a few words ("you're in a call"); "" when none."""
        if self._held is None or self._verdict.release is not Release.HOLD:
            return ""
        words = _REASON_WORDS.get(self._verdict.reason, "")
        return QCoreApplication.translate("BreakHolder", words) if words else ""

    def hold_text(self) -> str:
        """:meth:`hold_reason` with what says so: "you're in a call (microphone in use
        by parecord)", "you're busy (x11-fullscreen)", in the installed language (the
        busy detector's name as is)."""
        short = self.hold_reason()
        reason = self._verdict.reason
        detail = ""
        if reason is HoldReason.CALL and self.calls is not None:
            detail = self.calls.status().what
        elif reason is HoldReason.BUSY:
            detail = self._busy_name
            if detail == LOCKED_BUSY:
                detail = QCoreApplication.translate("BreakHolder", "screen locked")
        return f"{short} ({detail})" if short and detail else short

    def poll(self) -> None:
        """Ask the detectors about the held break; :meth:`_decide` handles the answers."""
        if self._held is None:
            self._timer.stop()
            return
        if self._awaiting_calls:
            return
        if self.locked:
            self._decide(LOCKED_BUSY)
            return
        if self._busy_asking:
            return
        detectors = list(self.detectors)
        if not detectors:
            self._decide(None)
            return
        self._busy_asking = True
        answers: dict[int, bool | None] = {}

        def answered(index: int, busy: bool | None) -> None:
            answers[index] = busy
            if len(answers) == len(detectors) and not self.stopped:
                self._busy_asking = False
                said_busy = (d.name for i, d in enumerate(detectors) if answers[i])
                self._decide(next(said_busy, None))

        for index, detector in enumerate(detectors):
            ask(detector, detector.is_busy, functools.partial(answered, index), self._buses)

    def _release(self) -> None:
        self._policy.reset()
        self._verdict = Verdict(Release.SHOW)
        self._awaiting_calls = False
        self._timer.stop()
        if self.calls is not None:
            self.calls.stop()

    def _on_calls_changed(self) -> None:
        self._awaiting_calls = False
        if self._held is not None:
            self.poll()

    def _decide(self, reason: str | None) -> None:
        """Release the held break, or keep it, by the hold policy (one for every reason)."""
        brk = self._held
        if brk is None:
            self._timer.stop()
            return
        in_call = self.calls is not None and self.calls.status().in_call is True
        before = self._verdict.reason
        self._busy_name = reason or ""
        verdict = self._policy.decide(busy=reason is not None, in_call=in_call)
        if verdict.release is not Release.HOLD:
            self._held = None
            self._release()
            quiet = verdict.release is Release.SHOW_QUIET
            (self.reminder_ready_quiet if quiet else self.reminder_ready).emit(brk)
            return
        self._verdict = verdict
        wait_s = min(BUSY_POLL_S, verdict.ask_again_s or BUSY_POLL_S)
        self._timer.start(max(1, int(wait_s * 1000)))
        if verdict.reason is not before:
            busy = verdict.reason is HoldReason.BUSY
            if busy:
                log.info("reminder held: the user is busy (%s)", self._busy_name or "?")
            else:
                log.info("reminder held: %s", self.hold_text())
            self.reminder_held.emit(brk, self._busy_name if busy else verdict.reason.value)
