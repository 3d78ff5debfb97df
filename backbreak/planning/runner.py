"""The engine on an APScheduler scheduler: one job per cadence, and one for the break.

APScheduler decides when the app wakes; the engine decides what to offer. Each cadence
(``prone``, ``block``, ``daily:<exercise>``, ``evening``) is a job whose trigger is the
cadence's rule (``planning.triggers``), built from the engine's state; the job fires
when its occurrence falls due and tells the engine (``tick``). The break job fires when
the composed break is to be offered, if that is not a cadence's due time: after the
rest that follows a break, at the re-offer, when a snooze or a timed pause ends.

After every change (a fire, an answer, new settings) ``sync`` gives each job the
trigger of the engine's current state: that is ``reschedule_job`` when an item is done,
skipped or snoozed. "Pause reminders" pauses every cadence job (``pause_job``) and
resuming resumes them (``resume_job``), so what fell due meanwhile fires once,
coalesced, and comes as one catch-up break. Used by the Qt driver (live) and by
``planning.dayplan`` (simulated): the same code on two clocks.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_MISSED
from apscheduler.triggers.date import DateTrigger

from backbreak.clock import ClockJump
from backbreak.domain.settings import Settings
from backbreak.planning.engine import Engine
from backbreak.planning.model import Break
from backbreak.planning.scheduler import ClockedScheduler

log = logging.getLogger(__name__)

BREAK_JOB = "break"
CADENCE_PREFIX = "cadence:"


class Runner:
    """Keeps the scheduler's jobs in step with the engine and announces breaks."""

    def __init__(
        self,
        engine: Engine,
        scheduler: ClockedScheduler,
        announce: Callable[[Break], None],
    ) -> None:
        self.engine = engine
        self.scheduler = scheduler
        self._announce = announce
        self._keys: dict[str, tuple[object, ...]] = {}
        self._paused_jobs = False

    def start(self) -> None:
        """Add the jobs and start the scheduler; anything already due fires at once."""
        self.scheduler.add_listener(self._on_event, EVENT_JOB_MISSED | EVENT_JOB_ERROR)
        self.sync()
        self.scheduler.start()

    def shutdown(self) -> None:
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)

    # --- jobs -----------------------------------------------------------------------------

    def fire(self, slot: str) -> None:
        """A job fired: its cadence fell due (or the break's time came). Ask the engine."""
        log.info("job %s fired", slot)
        # APScheduler has just moved the job to its trigger's next time: forget what was
        # set, so ``sync`` sets it from the engine's state again.
        self._keys.pop(BREAK_JOB if slot == BREAK_JOB else CADENCE_PREFIX + slot, None)
        brk = self.engine.tick()
        if brk is not None:
            self._announce(brk)
        self.sync()

    def sync(self) -> None:
        """Give each job the trigger and next run time of the engine's current state."""
        engine = self.engine
        triggers = engine.triggers()
        for slot, trigger in triggers.items():
            job_id = CADENCE_PREFIX + slot
            known = self._keys.get(job_id)
            waiting = engine.awaits_answer(slot)
            if known is not None and known[:3] == (trigger.key(), engine.settings, waiting):
                continue  # same rule, same state: same run time
            when = engine.job_time(slot, trigger)
            key = (trigger.key(), engine.settings, waiting, when)
            self._keys[job_id] = key
            if self.scheduler.get_job(job_id) is None:
                self.scheduler.add_job(
                    self.fire, trigger, args=(slot,), id=job_id, name=slot, next_run_time=when
                )
            else:
                self.scheduler.modify_job(job_id, trigger=trigger, next_run_time=when)
        for job in self.scheduler.get_jobs():
            if job.id.startswith(CADENCE_PREFIX) and job.id[len(CADENCE_PREFIX) :] not in triggers:
                self.scheduler.remove_job(job.id)
                self._keys.pop(job.id, None)
        self._sync_pause()
        self._sync_break_job(engine.next_wakeup())

    def _sync_pause(self) -> None:
        cadence_jobs = [j.id for j in self.scheduler.get_jobs() if j.id.startswith(CADENCE_PREFIX)]
        if self.engine.is_paused and not self._paused_jobs:
            for job_id in cadence_jobs:
                self.scheduler.pause_job(job_id)
            self._paused_jobs = True
        elif not self.engine.is_paused and self._paused_jobs:
            self._paused_jobs = False
            for job_id in cadence_jobs:
                self._keys.pop(job_id, None)
                self.scheduler.resume_job(job_id)

    def _sync_break_job(self, when: datetime | None) -> None:
        key = (when,)
        if self._keys.get(BREAK_JOB) == key:
            return
        self._keys[BREAK_JOB] = key
        job = self.scheduler.get_job(BREAK_JOB)
        if when is None:
            if job is not None:
                self.scheduler.pause_job(BREAK_JOB)
            return
        trigger = DateTrigger(run_date=when)
        if job is None:
            self.scheduler.add_job(
                self.fire,
                trigger,
                args=(BREAK_JOB,),
                id=BREAK_JOB,
                name="break",
                next_run_time=when,
            )
        else:
            self.scheduler.modify_job(BREAK_JOB, trigger=trigger, next_run_time=when)

    def jobs(self) -> list[dict[str, Any]]:
        """The jobs and their next run times, for ``backbreak status --json``."""
        out = []
        for job in self.scheduler.get_jobs():
            nxt = job.next_run_time
            out.append(
                {
                    "id": job.id,
                    "trigger": type(job.trigger).__name__,
                    "next_run_time": nxt.isoformat() if nxt is not None else None,
                }
            )
        return out

    def _on_event(self, event: Any) -> None:
        if event.code == EVENT_JOB_MISSED:
            log.warning("job %s missed its run time %s", event.job_id, event.scheduled_run_time)
        else:
            log.error("job %s failed: %s", event.job_id, event.exception)

    # --- the engine's actions, then the jobs follow ------------------------------------

    def start_break(self, brk: Break) -> None:
        self.engine.start_break(brk)
        self.sync()

    def complete(self, brk: Break, done: Iterable[str]) -> None:
        self.engine.complete(brk, done)
        self.sync()

    def skip(self) -> None:
        self.engine.skip()
        self.sync()

    def snooze(self, minutes: int | None = None) -> None:
        self.engine.snooze(minutes)
        self.sync()

    def start_manual(self, routine_id: str | None = None) -> Break:
        return self.engine.start_manual(routine_id)

    def pause(self, minutes: int | None = None, *, until_tomorrow: bool = False) -> None:
        self.engine.pause(minutes, until_tomorrow=until_tomorrow)
        self.sync()

    def resume(self) -> None:
        self.engine.resume()
        self.fire(BREAK_JOB)

    def update_settings(self, settings: Settings) -> None:
        self.engine.update_settings(settings)
        self.sync()

    def note_idle(self, idle_seconds: float) -> None:
        self.engine.note_idle(idle_seconds)
        self.sync()

    def note_clock_jump(self, jump: ClockJump = ClockJump.FORWARD) -> None:
        """After a resume or a clock change: what is due fires now (``wakeup``)."""
        self.engine.note_clock_jump(jump)
        self.fire(BREAK_JOB)
        self.scheduler.wakeup()
