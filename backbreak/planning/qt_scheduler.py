"""APScheduler on the Qt event loop: one persistent, cancellable ``QTimer``.

Upstream's ``QtScheduler`` (APScheduler 3.11) keeps what ``QTimer.singleShot`` returns,
which is ``None``, so its timer can never be stopped: every reschedule starts another
timer chain, and a shut-down scheduler still fires. Here one ``QTimer`` is armed by
``_start_timer`` and stopped by ``_stop_timer``; jobs run in the GUI thread
(``InlineExecutor``), and the clock is the injected one (``ClockedScheduler``).

The timer never waits longer than ``max_wait`` seconds: ``QTimer`` counts monotonic
time, which stops while a Linux machine sleeps, so a wait of hours would end hours
late after a suspend. Each fire first calls ``before_jobs`` - the driver's clock-jump
check - then processes what is due. See the README, Design notes, ADR-4.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer

from backbreak.planning.scheduler import ClockedScheduler

MAX_TIMER_MS = 2**31 - 1


class QtScheduler(ClockedScheduler):
    """A ``ClockedScheduler`` whose timer is one ``QTimer`` owned by ``parent``."""

    def __init__(
        self,
        clock: Callable[[], datetime],
        parent: QObject | None = None,
        *,
        max_wait: float = 120.0,
        before_jobs: Callable[[], None] | None = None,
        **options: Any,
    ) -> None:
        self.timer = QTimer(parent)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._on_timeout)
        self.max_wait = max_wait
        self._before_jobs = before_jobs
        super().__init__(clock, **options)

    def shutdown(self, wait: bool = True) -> None:
        super().shutdown(wait)
        self._stop_timer()

    def wakeup(self) -> None:
        self._start_timer(0)

    def _start_timer(self, wait_seconds: float | None) -> None:
        wait = self.max_wait if wait_seconds is None else min(wait_seconds, self.max_wait)
        self.timer.start(min(MAX_TIMER_MS, max(0, int(wait * 1000) + (1 if wait else 0))))

    def _stop_timer(self) -> None:
        self.timer.stop()

    def _on_timeout(self) -> None:
        if self._before_jobs is not None:
            self._before_jobs()
        if self.running:
            self._start_timer(self._process_jobs())
