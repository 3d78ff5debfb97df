"""The engine: what is due, what is offered, and what answering it changes. Pure Python.

State is small and rebuilt at start from settings and history (``HistoryReader``), never
pickled: the cadences' anchors, rotation and counts (``planning.cadences``), plus what is
offered now and what a full break deferred. Every question (``next_break``, ``tick``,
``next_wakeup``) derives the pending items from that state and hands them to the
composer, so the answer is the same whenever it is asked, and reading the clock again
is all a timer needs to do.

Rules, all testable with an injected clock (``clock`` returns aware datetimes; its zone
is the local zone, see ``backbreak.clock``):

- Work hours/days bound everything but the evening session (``planning.hours``).
- ``tick()`` announces a break when its time has come; answering it (``complete`` or
  ``skip``) consumes its items and moves the anchors; until then it stays the current
  break. Unanswered, it is re-offered every ``Settings.reoffer_minutes`` (0 = never) -
  the same break, same id, with anything that fell due meanwhile merged in.
- ``snooze()`` hides it for a while; it comes back, never dropped. At the end of work
  hours an unanswered work break is withdrawn (not consumed): what it held stays owed
  and comes with the first break of the next work period.
- Sleep, pause, a wall-clock jump: what fell due meanwhile is offered once, as a single
  catch-up break (composer docstring), not one reminder per missed occurrence - each
  cadence owes at most one occurrence at a time, anchored on its last completion.
- Idle for ``Settings.idle_threshold_minutes`` or more moves the routine-block anchor to
  now (a walk away from the desk is a natural break) but never counts as an exercise.
- Daily exercises and the evening session belong to their day: what is not done by
  midnight is not carried into the next day.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import datetime, timedelta, tzinfo

from backbreak.clock import system_clock
from backbreak.domain.catalog import Catalog
from backbreak.domain.duration import total_seconds
from backbreak.domain.history import HistoryReader
from backbreak.domain.settings import Settings
from backbreak.planning.cadences import Cadences
from backbreak.planning.composer import (
    DEFER_MINUTES,
    Cluster,
    Composition,
    compose,
    gather,
    order_by_position,
    pick_cluster,
    usable_exercises,
)
from backbreak.planning.hours import UTC, ActiveHours, next_midnight
from backbreak.planning.model import Break, BreakKind, Item


def _aware(now: datetime) -> datetime:
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("the engine's clock must return aware datetimes")
    return now


class Engine:
    """Plans and tracks breaks (API in notes/CONTRACTS.md; rules in the module docstring)."""

    def __init__(
        self,
        catalog: Catalog,
        settings: Settings,
        history: HistoryReader,
        clock: Callable[[], datetime] = system_clock,
    ) -> None:
        self._catalog = catalog
        self._settings = settings
        self._clock = clock
        self._tz: tzinfo = UTC
        self._offered: Break | None = None
        self._offered_comp: Composition | None = None
        self._reoffer_at: datetime | None = None
        self._reannounce = False
        self._quiet_until: datetime | None = None
        self._paused = False
        self._paused_until: datetime | None = None
        self._resumed = False
        self._deferred: dict[str, Item] = {}
        first = _aware(clock())
        self._tz = first.tzinfo or UTC
        now = first.astimezone(UTC)
        self._cad = Cadences(catalog, settings, self._tz, now)
        self._cad.rebuild(history, now)

    # --- public API -------------------------------------------------------------------

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
        return None if self._paused_until is None else self._local(self._paused_until)

    @property
    def is_paused(self) -> bool:
        return self._paused

    def next_break(self) -> Break | None:
        """The break offered now, else the next one planned (its ``due`` may have passed)."""
        if self._offered is not None:
            return self._offered
        now = self._now()
        comp = self._next_composition(now)
        return None if comp is None else comp.brk

    def current_break(self) -> Break | None:
        """The break offered and not yet answered."""
        return self._offered

    @property
    def current_composition(self) -> Composition | None:
        """What the current break holds per item, and what didn't fit (diagnostics, tests)."""
        return self._offered_comp

    def tick(self) -> Break | None:
        """Re-read the clock; return a break to announce now, else None.

        Each break is announced once; a re-offer (after ``reoffer_minutes``, a snooze,
        a pause or a resume) returns the same break again - same id, not a new break.
        """
        now = self._now()
        self._prune(now)
        if self._paused:
            if self._paused_until is None or now < self._paused_until:
                return None
            self._end_pause()
        self._withdraw_after_hours(now)
        if self._quiet_until is not None:
            if now < self._quiet_until:
                return None
            self._quiet_until = None
            self._reannounce = self._offered is not None
        if self._offered is not None:
            due_again = self._reoffer_at is not None and now >= self._reoffer_at
            if self._reannounce or due_again or self._resumed:
                return self._reoffer(now)
            return None
        if self._resumed:
            self._resumed = False
            cluster = self._gather(now, catch_up=True)
            if cluster is not None and cluster.at <= now:
                return self._offer(self._compose_cluster(cluster), now)
        comp = self._next_composition(now)
        if comp is None or comp.brk.due > now:
            return None
        return self._offer(comp, now)

    def next_wakeup(self) -> datetime | None:
        """When ``tick()`` should run next (may be in the past: run it now)."""
        now = self._now()
        if self._paused:
            return self.paused_until
        if self._quiet_until is not None:
            return self._local(self._quiet_until)
        if self._offered is not None:
            ends = self._work_ends(now)
            wake: datetime | None
            if self._reannounce or self._resumed:
                cluster = self._gather(now, catch_up=False)
                wake = now if cluster is None else cluster.at
            else:
                wake = self._reoffer_at or ends
            return None if wake is None else self._local(min(wake, ends or wake))
        if self._resumed:
            return self._local(now)
        comp = self._next_composition(now)
        return None if comp is None else comp.brk.due

    def snooze(self, minutes: int | None = None) -> None:
        """Hold reminders for a while; the current break comes back afterwards, never dropped."""
        now = self._now()
        span = minutes if minutes is not None else self._settings.snooze_minutes
        self._quiet_until = now + timedelta(minutes=max(1, span))

    def skip(self) -> None:
        """Answer the current (else the next planned) break without doing it."""
        now = self._now()
        comp = self._offered_comp or self._next_composition(now)
        if comp is not None:
            self._answer(comp, now)

    def complete(self, brk: Break, done: Iterable[str]) -> None:
        """A break ended: consume what it was for; ``done`` counts for manual sessions."""
        now = self._now()
        if self._offered_comp is not None and brk.id == self._offered_comp.brk.id:
            self._answer(self._offered_comp, now)
            return
        upcoming = self._next_composition(now)
        if upcoming is not None and brk.id == upcoming.brk.id:
            self._answer(upcoming, now)
            return
        for slot in self._cad.consume_exercises(set(done), now):
            self._deferred.pop(slot, None)
        self._cad.block_anchor = now

    def start_manual(self, routine_id: str | None = None) -> Break:
        """A break the user starts: the given routine, else the next routine block."""
        now = self._now()
        routine = (
            self._catalog.routine(routine_id)
            if routine_id is not None
            else self._cad.block_routine() or next(iter(self._catalog.routines.values()))
        )
        ids = usable_exercises(routine.exercises, self._catalog, self._settings)
        ids = ids or routine.exercises
        exercises = [self._catalog.exercise(e) for e in ids]
        return Break(
            id=f"manual-{self._local(now):%Y%m%dT%H%M%S}",
            due=self._local(now),
            kind=BreakKind.MANUAL,
            exercises=order_by_position(ids, self._catalog),
            estimated_minutes=round(total_seconds(exercises) / 60.0, 1),
            title=routine.name,
            routine_id=routine.id,
        )

    def pause(self, minutes: int | None = None, *, until_tomorrow: bool = False) -> None:
        """No reminders for ``minutes``, until local midnight, or (neither) until ``resume``."""
        now = self._now()
        self._paused = True
        if until_tomorrow:
            self._paused_until = next_midnight(now, self._tz)
        elif minutes is not None:
            self._paused_until = now + timedelta(minutes=max(1, minutes))
        else:
            self._paused_until = None

    def resume(self) -> None:
        """End a pause; what fell due meanwhile comes as one catch-up break."""
        if self._paused:
            self._end_pause()

    def update_settings(self, settings: Settings) -> None:
        """New settings replan everything not yet offered; anchors and counts are kept."""
        self._settings = settings
        self._cad.settings = settings

    def note_idle(self, idle_seconds: float) -> None:
        """Away this long: a natural break for the routine-block timer, not an exercise."""
        if idle_seconds < self._settings.idle_threshold_minutes * 60:
            return
        now = self._now()
        block = self._cad.block_item(now)
        if block is not None and block.due <= now:
            return
        self._cad.block_anchor = max(self._cad.block_anchor, now)

    def note_resumed_from_sleep(self) -> None:
        """The machine woke up (or the wall clock jumped): offer what fell due, once."""
        self._resumed = True

    def pending(self) -> list[Item]:
        """What each cadence owes now (diagnostics and tests)."""
        now = self._now()
        self._prune(now)
        return self._items(now)

    # --- time ------------------------------------------------------------------------

    def _now(self) -> datetime:
        now = _aware(self._clock())
        self._tz = self._cad.tz = now.tzinfo or UTC
        return now.astimezone(UTC)

    def _local(self, t: datetime) -> datetime:
        return t.astimezone(self._tz)

    def _hours(self) -> ActiveHours:
        return ActiveHours(self._settings, self._tz)

    def _merge(self) -> timedelta:
        return timedelta(minutes=self._settings.merge_window_minutes)

    def _items(self, now: datetime) -> list[Item]:
        """What the cadences owe, with what a full break deferred in place of its slot."""
        owed = [it for it in self._cad.items(now) if it.slot not in self._deferred]
        return owed + list(self._deferred.values())

    def _consume(self, item: Item, now: datetime) -> None:
        self._deferred.pop(item.slot, None)
        self._cad.consume(item, now)

    def _prune(self, now: datetime) -> None:
        for slot, item in list(self._deferred.items()):
            if item.expires is not None and item.expires <= now:
                del self._deferred[slot]

    # --- composing and answering ------------------------------------------------------------

    def _gather(self, now: datetime, *, catch_up: bool) -> Cluster | None:
        return gather(self._items(now), now, self._hours(), self._merge(), catch_up=catch_up)

    def _compose_cluster(self, cluster: Cluster) -> Composition:
        return compose(cluster, self._catalog, self._settings, self._tz)

    def _next_composition(self, now: datetime) -> Composition | None:
        cluster = pick_cluster(self._items(now), now, self._hours(), self._merge())
        if cluster is None:
            return None
        comp = self._compose_cluster(cluster)
        return comp if comp.brk.exercises else None

    def _offer(self, comp: Composition, now: datetime) -> Break:
        self._offered = comp.brk
        self._offered_comp = comp
        minutes = self._settings.reoffer_minutes
        self._reoffer_at = now + timedelta(minutes=minutes) if minutes > 0 else None
        self._reannounce = False
        self._resumed = False
        return comp.brk

    def _reoffer(self, now: datetime) -> Break | None:
        """The same break again (same id), with anything now due merged in."""
        assert self._offered_comp is not None
        shown = self._offered_comp.parts
        keep = frozenset(item.key for item, _ in shown)
        held = frozenset((item.key, ex_id) for item, ids in shown for ex_id in ids)
        cluster = gather(
            self._items(now), now, self._hours(), self._merge(), catch_up=False, keep=keep
        )
        if cluster is None:
            self._withdraw()  # nothing it held is owed any more (settings changed)
            return None
        if cluster.at > now:
            self._reannounce = True
            return None
        comp = compose(
            cluster,
            self._catalog,
            self._settings,
            self._tz,
            break_id=self._offered_comp.brk.id,
            catch_up=self._offered_comp.brk.kind is BreakKind.CATCH_UP,
            held=held,
        )
        return self._offer(comp, now)

    def _answer(self, comp: Composition, now: datetime) -> None:
        """Consume what the break held; defer what didn't fit; the block timer restarts."""
        hours = self._hours()
        waiting = {item.slot for item, _ in comp.leftovers}
        for item, _ in comp.parts:
            if item.slot not in waiting:
                self._consume(item, now)
        for item, rest in comp.leftovers:
            due = now + timedelta(minutes=DEFER_MINUTES)
            if not item.is_evening:
                due = hours.align(due) or due
            self._deferred[item.slot] = replace(
                item, exercises=rest, earliest=now, due=due, latest=due, deferred=True
            )
        self._cad.block_anchor = now
        self._offered = None
        self._offered_comp = None
        self._reoffer_at = None
        self._reannounce = False
        self._quiet_until = None

    def _holds_work(self) -> bool:
        comp = self._offered_comp
        return comp is not None and any(not it.is_evening for it, _ in comp.parts)

    def _work_ends(self, now: datetime) -> datetime | None:
        """When work hours end, if the current break holds work items and they are on."""
        if not self._holds_work():
            return None
        period = self._hours().period_at_or_after(now)
        return period.end if period is not None and now in period else now

    def _withdraw_after_hours(self, now: datetime) -> None:
        """At the end of work hours an unanswered work break is withdrawn, not consumed:
        what it held stays owed and comes with the next work period's first break, and
        the evening session is not held up behind it."""
        if self._holds_work() and not self._hours().contains(now):
            self._withdraw()

    def _withdraw(self) -> None:
        self._offered = None
        self._offered_comp = None
        self._reoffer_at = None
        self._reannounce = False
        self._quiet_until = None

    def _end_pause(self) -> None:
        self._paused = False
        self._paused_until = None
        self._resumed = True
