"""The engine: what is owed, what is offered, and what answering it changes. Pure Python.

State is small and rebuilt at start from settings and history (``HistoryReader``), never
pickled: the planning half (``planning.planner``: the cadences' anchors, rotation and
counts, when the last break ended, whether a catch-up is due), the break offered now
with its re-offer and snooze and a pause (``planning.offer``), and the break running now
(a session is open). Every question (``tick``, ``next_wakeup``, ``job_time``)
derives the owed items from that state and hands them to the composer, so reading the
clock again is all a timer needs to do.

APScheduler decides *when* the app wakes: one job per cadence, whose trigger is the
cadence's rule (``triggers()`` and ``job_time()``), plus one job for the composed break
(``next_wakeup()``); see ``planning.runner``. The engine decides *what* to offer.

Rules, all testable with an injected clock (``clock`` returns aware datetimes in the
local zone, see ``backbreak.clock``):

- Work hours/days bound everything but the evening session (``planning.hours``).
- ``tick()`` offers a break when its time has come. Unanswered, it is re-offered every
  ``Settings.reoffer_minutes`` (0 = never): the same break, same id.
- ``start_break()`` says a session for it is open: nothing is offered or re-offered
  while it runs, and what falls due meanwhile keeps its own due time (after the rest).
- ``complete()`` consumes the items of which something was done (a partly done block is
  a block done); an item none of whose exercises were done (skipped inside the session,
  every exercise of a block skipped, the session ended before it or from its first
  screen) stays owed, and its cadence clock is not restarted: skipped prone holds come
  back in the next break, after the minimum rest. ``skip()`` (the Skip button) answers
  a whole break without doing it: every cadence it covers moves on as if done now, and
  the history records the skip with ``Break.covers`` so that ``Cadences.rebuild``
  replays it after a restart.
- ``snooze()`` hides the offered break for a while; it comes back, never dropped. At
  the end of work hours an unanswered work break is withdrawn (not consumed): its
  items stay owed and come with the next work period's first break.
- Sleep, pause, a clock change: what fell due meanwhile is offered once, as one
  catch-up break (composer docstring). What fell due before backbreak first ever ran
  is offered as due, not as a catch-up.
- Idle for ``Settings.idle_threshold_minutes`` or more moves the routine-block anchor
  to now (a walk away from the desk is a natural break) but never counts as an exercise.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable
from datetime import datetime, tzinfo

from backbreak.clock import ClockJump
from backbreak.domain.catalog import Catalog
from backbreak.domain.history import HistoryReader
from backbreak.domain.settings import Settings
from backbreak.planning.composer import (
    Composition,
)
from backbreak.planning.hours import UTC, ActiveHours
from backbreak.planning.manual import manual_break
from backbreak.planning.model import Break, Item
from backbreak.planning.offer import Offer, Pause
from backbreak.planning.planner import Planner
from backbreak.planning.triggers import CadenceTrigger


def _aware(now: datetime) -> datetime:
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("the engine's clock must return aware datetimes")
    return now


class Engine:
    """Plans and tracks breaks (rules in the module docstring)."""

    def __init__(
        self,
        catalog: Catalog,
        settings: Settings,
        history: HistoryReader,
        clock: Callable[[], datetime],
        *,
        first_run: bool | None = None,
    ) -> None:
        self._catalog = catalog
        self._settings = settings
        self._clock = clock
        first = _aware(clock())
        self._tz: tzinfo = first.tzinfo or UTC
        now = first.astimezone(UTC)
        self._offer = Offer()
        self._pause = Pause()
        self._running: Composition | None = None
        self._running_since: datetime | None = None
        self._plan = Planner.from_history(catalog, settings, self._tz, history, now, first_run)

    def fork(self, clock: Callable[[], datetime]) -> Engine:
        """A copy of this engine's state on another clock (``plan`` from the running app)."""
        twin = copy.copy(self)
        twin._plan = self._plan.fork()
        twin._offer, twin._pause = copy.copy(self._offer), copy.copy(self._pause)
        twin._clock = clock
        return twin

    # --- what the app reads -----------------------------------------------------------

    @property
    def clock(self) -> Callable[[], datetime]:
        return self._clock

    @property
    def settings(self) -> Settings:
        return self._settings

    @property
    def catalog(self) -> Catalog:
        return self._catalog

    @property
    def paused_until(self) -> datetime | None:
        """When a timed pause ends (local); None when not paused or paused until resumed."""
        until = self._pause.until
        return None if until is None else self._local(until)

    @property
    def is_paused(self) -> bool:
        return self._pause.on

    def current_break(self) -> Break | None:
        """The break offered and not yet answered."""
        return None if self._offer.comp is None else self._offer.comp.brk

    def running_break(self) -> Break | None:
        """The break whose session is open."""
        return None if self._running is None else self._running.brk

    def next_break(self) -> Break | None:
        """The break offered now, else the next one planned (its ``due`` may have passed)."""
        if self._offer.comp is not None:
            return self._offer.comp.brk
        comp = self._next(self._now())
        return None if comp is None else comp.brk

    def triggers(self) -> dict[str, CadenceTrigger]:
        """One trigger per enabled cadence: the scheduler's job triggers."""
        return self._plan.triggers(self._now(), self._running)

    def awaits_answer(self, slot: str) -> bool:
        """Whether the cadence's job waits: a break offered or running answers its item
        (or reminders are paused)."""
        return self._pause.on or any(item.slot == slot for item in self._items_in_play())

    def job_time(self, slot: str, trigger: CadenceTrigger) -> datetime | None:
        """When the cadence's job should fire: when its occurrence falls due, unless a
        break offered or running answers it (then it waits for the answer)."""
        if self.awaits_answer(slot):
            return None
        fire: datetime | None = trigger.get_next_fire_time(None, self._now())
        return fire

    # --- the clock's questions -----------------------------------------------------------

    def tick(self) -> Break | None:
        """Re-read the clock; return a break to announce now (or re-announce), else None."""
        now = self._now()
        if self._running is not None:
            return None
        if self._pause.on:
            if self._pause.active(now):
                return None
            self._end_pause()
        self._offer.withdraw_after_hours(now, self._hours())
        if self._offer.snoozed(now):
            return None
        if self._offer.comp is not None:
            if self._offer.due_again(now) or self._plan.missed:
                return self._reoffer(now)
            return None
        comp = self._next(now)
        if comp is None or comp.at > now:
            self._plan.missed = False
            return None
        return self._show(comp, now)

    def next_wakeup(self) -> datetime | None:
        """When ``tick()`` should run next (may be in the past: run it now)."""
        now = self._now()
        if self._running is not None:
            return None
        if self._pause.on:
            return self.paused_until
        offer = self._offer
        if offer.quiet_until is not None:
            return self._local(offer.quiet_until)
        if offer.comp is not None:
            if offer.reannounce or self._plan.missed:
                return self._local(now)
            ends = offer.work_ends(now, self._hours())
            wake = min((t for t in (offer.reoffer_at, ends) if t is not None), default=None)
            return None if wake is None else self._local(wake)
        comp = self._next(now)
        return None if comp is None else comp.brk.due

    # --- the user's answers ------------------------------------------------------------

    def start_break(self, brk: Break) -> None:
        """A session for ``brk`` opened: it runs until ``complete``."""
        now = self._now()
        comp = self._composition_for(brk, now) or Composition(brk, ())
        self._running, self._running_since = comp, now
        if self._offer.is_for(brk):
            self._offer.clear()

    def complete(self, brk: Break, done: Iterable[str]) -> None:
        """A break's session ended: consume the items of which something was done.

        An item counts when at least one of its exercises is in ``done``; one with none
        done stays owed with its clock where it was (the README's planning rules)."""
        now = self._now()
        done_ids = set(done)
        comp = self._composition_for(brk, now)
        started = self._running_since if self._running is not None else None
        started = started or now
        self._plan.done(comp, done_ids, started=started, ended=now)
        if done_ids or self._running is not None:
            self._plan.last_end = now
        if self._running is not None and self._running.brk.id == brk.id:
            self._running, self._running_since = None, None
        if self._offer.is_for(brk):
            self._offer.clear()

    def skip(self) -> None:
        """Answer the offered (else the next planned) break without doing it: every
        cadence it covers moves on as if done now (the Skip button; the app records
        ``skip_detail(brk.covers)`` so a restart does the same)."""
        now = self._now()
        comp = self._offer.comp or self._next(now)
        if comp is None:
            return
        self._plan.skipped(comp, now)
        self._offer.clear()

    def snooze(self, minutes: int | None = None) -> None:
        """No reminders for a while; the offered break comes back afterwards."""
        span = minutes if minutes is not None else self._settings.snooze_minutes
        self._offer.snooze(self._now(), span)

    def start_manual(self, routine_id: str | None = None) -> Break:
        """A break the user starts: the given routine, else the next routine block."""
        block, due = self._plan.cad.block_plan(), self._local(self._now())
        return manual_break(self._catalog, self._settings, block, due, routine_id)

    def pause(self, minutes: int | None = None, *, until_tomorrow: bool = False) -> None:
        """No reminders for ``minutes``, until local midnight, or (neither) until ``resume``."""
        self._pause.start(self._now(), self._tz, minutes, until_tomorrow=until_tomorrow)

    def resume(self) -> None:
        """End a pause; what fell due meanwhile comes as one catch-up break."""
        if self._pause.on:
            self._end_pause()

    def update_settings(self, settings: Settings) -> None:
        """New settings replan everything not yet offered; anchors and counts are kept."""
        self._settings = settings
        self._plan.cad.use_settings(settings)

    def note_idle(self, idle_seconds: float) -> None:
        """Away this long: a natural break for the routine-block timer, not an exercise."""
        if idle_seconds >= self._settings.idle_threshold_minutes * 60:
            self._plan.away(self._now())

    def note_clock_jump(self, jump: ClockJump = ClockJump.FORWARD) -> None:
        """The machine woke up, or the clock was changed: offer what fell due, once.

        A clock set back leaves anchors in the future; they are brought back to now.
        """
        self._plan.missed = True
        if jump is ClockJump.BACK:
            self._plan.clock_set_back(self._now())

    # --- internals ------------------------------------------------------------------------

    def _now(self) -> datetime:
        now = _aware(self._clock())
        self._tz = self._plan.cad.tz = now.tzinfo or UTC
        return now.astimezone(UTC)

    def _local(self, t: datetime) -> datetime:
        return t.astimezone(self._tz)

    def _hours(self) -> ActiveHours:
        return self._plan.hours()

    def _items_in_play(self) -> list[Item]:
        """The items of the break offered and of the break running."""
        in_play = [c for c in (self._offer.comp, self._running) if c is not None]
        return [item for comp in in_play for item in comp.items]

    def _next(self, now: datetime) -> Composition | None:
        return self._plan.next(now, self._running)

    def _composition_for(self, brk: Break, now: datetime) -> Composition | None:
        for comp in (self._running, self._offer.comp):
            if comp is not None and comp.brk.id == brk.id:
                return comp
        upcoming = self._next(now)
        return upcoming if upcoming is not None and upcoming.brk.id == brk.id else None

    def _show(self, comp: Composition, now: datetime) -> Break:
        self._plan.first_run = False  # from now on, a missed break was missed by the app
        self._plan.missed = False
        return self._offer.make(comp, now, self._settings.reoffer_minutes)

    def _reoffer(self, now: datetime) -> Break | None:
        """The same break again (same id), while all it answers is still owed."""
        offered = self._offer.still_owed(set(self._plan.cad.triggers(now)))
        return None if offered is None else self._show(offered, now)

    def _end_pause(self) -> None:
        self._pause.stop()
        self._plan.missed = True
