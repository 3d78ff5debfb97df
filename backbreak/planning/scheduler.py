"""APScheduler schedulers that read backbreak's injected clock and run jobs inline.

APScheduler 3.11's ``BaseScheduler`` keeps the jobs, their triggers, coalescing,
misfire grace, pausing and listeners - the machinery backbreak uses. It reads the time
itself, though (``datetime.now()`` in ``_process_jobs``, ``reschedule_job``,
``resume_job``, ``_real_add_job`` and in its executors' misfire check), and its default
executor is a thread pool. :class:`ClockedScheduler` overrides exactly those places to
ask an injected clock, and runs due jobs inline, in the thread that processes them (the
Qt GUI thread in the app), through :class:`InlineExecutor`. So the app's live scheduler
(``planning.qt_scheduler.QtScheduler``) and ``backbreak plan``'s simulated one
(:class:`SimScheduler`) are the same code on two clocks. See the README, Design notes, ADR-4.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from typing import Any

from apscheduler.events import (
    EVENT_JOB_ERROR,
    EVENT_JOB_EXECUTED,
    EVENT_JOB_MISSED,
    JobExecutionEvent,
)
from apscheduler.executors.base import BaseExecutor
from apscheduler.schedulers.base import STATE_PAUSED, BaseScheduler

log = logging.getLogger(__name__)

CATCH_UP_GRACE = timedelta(hours=12)
"""A job whose run time passed this long ago (a long suspend) still runs, once: what fell
due while the machine slept is offered, never silently dropped (APScheduler's default
grace is 1 s). Past it the run is reported as missed; the engine still owes the item and
the runner sets the job again."""

JOB_DEFAULTS = {
    "coalesce": True,
    "misfire_grace_time": int(CATCH_UP_GRACE.total_seconds()),
    "max_instances": 1,
}
"""Coalesce: many missed run times of one job make one run."""


class InlineExecutor(BaseExecutor):  # type: ignore[misc]  # apscheduler ships no type hints
    """Runs a job at once in the calling thread; no thread pool for a tray app."""

    def _do_submit_job(self, job: Any, run_times: list[datetime]) -> None:
        scheduler: ClockedScheduler = self._scheduler
        now = scheduler.now()
        events = []
        for run_time in run_times:
            late = now - run_time
            grace = job.misfire_grace_time
            if grace is not None and late > timedelta(seconds=grace):
                log.warning("job %s missed its run time by %s", job.id, late)
                events.append(JobExecutionEvent(EVENT_JOB_MISSED, job.id, "default", run_time))
                continue
            try:
                value = job.func(*job.args, **job.kwargs)
            except Exception:  # a job's error must not stop the scheduler
                exc, tb = sys.exc_info()[1:]
                log.exception("job %s failed", job.id)
                events.append(
                    JobExecutionEvent(
                        EVENT_JOB_ERROR, job.id, "default", run_time, exception=exc, traceback=tb
                    )
                )
                continue
            events.append(
                JobExecutionEvent(EVENT_JOB_EXECUTED, job.id, "default", run_time, retval=value)
            )
        self._run_job_success(job.id, events)


class ClockedScheduler(BaseScheduler):  # type: ignore[misc]  # apscheduler ships no type hints
    """A ``BaseScheduler`` on an injected clock, running its jobs inline.

    Subclasses arm a timer in ``_start_timer`` (the Qt one) or let a loop drive
    ``process_due`` (the simulation).
    """

    def __init__(self, clock: Callable[[], datetime], **options: Any) -> None:
        self._clock = clock
        options.setdefault("timezone", clock().tzinfo)
        options.setdefault("job_defaults", JOB_DEFAULTS)
        super().__init__(**options)

    def now(self) -> datetime:
        """Now, in UTC: Python compares aware datetimes of one zone by their wall time,
        ignoring ``fold``, so in the hour a fall-back repeats, a run time at 02:00 (the
        second one) would look due at 02:59 (the first). Against UTC it compares right."""
        return self._clock().astimezone(timezone.utc)

    # --- APScheduler's places that read the real clock --------------------------------

    def _create_default_executor(self) -> InlineExecutor:
        return InlineExecutor()

    def reschedule_job(
        self, job_id: str, jobstore: str | None = None, trigger: Any = None, **trigger_args: Any
    ) -> Any:
        trigger = self._create_trigger(trigger, trigger_args)
        nxt = trigger.get_next_fire_time(None, self.now())
        return self.modify_job(job_id, jobstore, trigger=trigger, next_run_time=nxt)

    def resume_job(self, job_id: str, jobstore: str | None = None) -> Any:
        job = self.get_job(job_id, jobstore)
        if job is None:
            return None
        nxt = job.trigger.get_next_fire_time(None, self.now())
        return self.modify_job(job_id, jobstore, next_run_time=nxt)

    def add_job(self, func: Callable[..., Any], trigger: Any = None, **kwargs: Any) -> Any:
        if "next_run_time" not in kwargs and trigger is not None and not isinstance(trigger, str):
            kwargs["next_run_time"] = trigger.get_next_fire_time(None, self.now())
        return super().add_job(func, trigger, **kwargs)

    def _process_jobs(self) -> float | None:
        """Run what is due (once per job however many run times it missed, inline), move
        each job to its trigger's next fire time, and return the seconds to the next."""
        if self.state == STATE_PAUSED:
            return None
        now = self.now()
        runs: list[tuple[Any, list[datetime]]] = []
        with self._jobstores_lock:
            for store in self._jobstores.values():
                for job in store.get_due_jobs(now):
                    run_times = job._get_run_times(now)  # APScheduler's own rule for missed runs
                    if run_times and job.coalesce:
                        run_times = run_times[-1:]
                    if not run_times:
                        continue
                    runs.append((job, run_times))
                    nxt = job.trigger.get_next_fire_time(run_times[-1], now)
                    # A trigger with nothing more to fire is kept paused, not removed: the
                    # runner gives it a fresh trigger when its cadence owes again.
                    job._modify(next_run_time=nxt)
                    store.update_job(job)
        for job, run_times in runs:
            executor = self._lookup_executor(job.executor)
            try:
                executor.submit_job(job, run_times)
            except Exception:
                log.exception("could not run job %s", job.id)
        return self.seconds_to_next()

    def next_run_time(self) -> datetime | None:
        times = [t for store in self._jobstores.values() if (t := store.get_next_run_time())]
        return min(times, default=None)

    def seconds_to_next(self) -> float | None:
        if self.state == STATE_PAUSED:
            return None
        nxt = self.next_run_time()
        if nxt is None:
            return None
        return max(0.0, (nxt - self.now()).total_seconds())


class SimScheduler(ClockedScheduler):
    """A scheduler with no timer of its own: a simulation loop calls ``process_due``."""

    def shutdown(self, wait: bool = True) -> None:
        super().shutdown(wait)

    def _start_timer(self, wait_seconds: float | None) -> None:
        """Nothing to arm: the loop asks ``next_run_time``."""

    def wakeup(self) -> None:
        """Nothing to wake: the loop processes after every step."""

    def process_due(self) -> float | None:
        return self._process_jobs()
