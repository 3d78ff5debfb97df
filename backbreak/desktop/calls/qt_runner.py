"""Keeping the snapshots fresh without blocking the GUI thread: ``QProcess`` only.

- :class:`CommandRefresher` runs each snapshot's commands, one process at a time, each
  with a timeout, and feeds their output to the snapshot.
- :class:`ChangeWatch` keeps a snapshot's watch command (``pw-mon``, ``pactl
  subscribe``) running; an event line asks for a refresh after ``settle_ms``, so a
  burst of events (pw-mon prints thousands of lines when a stream starts) costs one
  refresh. When the watcher can't start or ends, it polls every ``poll_ms`` instead.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, QProcess, QTimer, Signal

from backbreak.desktop.calls.snapshot import Snapshot

RUN_TIMEOUT_MS = 5000
SETTLE_MS = 1000
POLL_MS = 30_000


def _process(parent: QObject, argv: Sequence[str]) -> QProcess:
    process = QProcess(parent)
    process.setProgram(argv[0])
    process.setArguments(list(argv[1:]))
    process.setStandardErrorFile(QProcess.nullDevice())
    return process


class CommandRefresher(QObject):
    """Runs snapshots' commands through ``QProcess``; ``refreshed`` when the queue empties."""

    refreshed = Signal()

    def __init__(
        self,
        snapshots: Sequence[Snapshot[Any]],
        timeout_ms: int = RUN_TIMEOUT_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._snapshots = list(snapshots)
        self._queue: list[Snapshot[Any]] = []
        self._current: Snapshot[Any] | None = None
        self._outputs: list[str] = []
        self._process: QProcess | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(timeout_ms)
        self._timer.timeout.connect(self._timed_out)

    @property
    def busy(self) -> bool:
        return self._current is not None

    def refresh(self, snapshot: Snapshot[Any] | None = None) -> None:
        """Queue ``snapshot`` (or every snapshot) for a run; one already queued stays once."""
        for target in [snapshot] if snapshot is not None else self._snapshots:
            if target not in self._queue:
                self._queue.append(target)
        if self._current is None:
            self._next()

    def stop(self) -> None:
        """Drop the queue and kill a running command (at shutdown: none is left behind)."""
        self._queue.clear()
        self._current = None
        process = self._drop_process()
        if process is not None:
            process.kill()
            process.waitForFinished(1000)

    def _next(self) -> None:
        if not self._queue:
            self._current = None
            self.refreshed.emit()
            return
        self._current = self._queue.pop(0)
        self._outputs = []
        self._start(self._current.commands[0])

    def _start(self, argv: Sequence[str]) -> None:
        process = _process(self, argv)
        process.finished.connect(self._finished)
        process.errorOccurred.connect(self._errored)
        self._process = process
        self._timer.start()
        process.start()

    def _drop_process(self) -> QProcess | None:
        self._timer.stop()
        process, self._process = self._process, None
        if process is not None:
            process.finished.disconnect(self._finished)
            process.errorOccurred.disconnect(self._errored)
            process.deleteLater()
        return process

    def _fail(self, error: str) -> None:
        if self._current is not None:
            self._current.fail(error)
        self._next()

    def _finished(self, code: int, status: QProcess.ExitStatus) -> None:
        process = self._drop_process()
        current = self._current
        if process is None or current is None:
            return
        argv = " ".join([process.program(), *process.arguments()])
        if status != QProcess.ExitStatus.NormalExit or code != 0:
            self._fail(f"{argv} failed (exit {code})")
            return
        self._outputs.append(
            bytes(process.readAllStandardOutput().data()).decode("utf-8", "replace")
        )
        if len(self._outputs) < len(current.commands):
            self._start(current.commands[len(self._outputs)])
            return
        current.feed(self._outputs)
        self._next()

    def _errored(self, error: QProcess.ProcessError) -> None:
        if error != QProcess.ProcessError.FailedToStart:
            return  # the other errors arrive with ``finished`` too
        process = self._drop_process()
        program = process.program() if process is not None else "?"
        self._fail(f"{program} could not start")

    def _timed_out(self) -> None:
        process = self._drop_process()
        if process is not None:
            process.kill()
            process.waitForFinished(1000)
            self._fail(f"{process.program()} did not answer within {self._timer.interval()} ms")


class ChangeWatch(QObject):
    """Calls ``on_change`` when the snapshot's watch command reports a change (see the
    module docstring); ``polling`` is True once it fell back to the timer."""

    def __init__(
        self,
        snapshot: Snapshot[Any],
        on_change: Callable[[], None],
        settle_ms: int = SETTLE_MS,
        poll_ms: int = POLL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._snapshot = snapshot
        self._on_change = on_change
        self._process: QProcess | None = None
        self._settle = self._timer(settle_ms, single=True)
        self._poll = self._timer(poll_ms, single=False)

    def _timer(self, interval_ms: int, *, single: bool) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(single)
        timer.setInterval(interval_ms)
        timer.timeout.connect(self._on_change)
        return timer

    @property
    def polling(self) -> bool:
        return self._poll.isActive()

    def start(self) -> None:
        """Start watching (or polling when there is no watch command), and ask once now."""
        self._on_change()
        if not self._snapshot.watch:
            self._poll.start()
            return
        process = _process(self, self._snapshot.watch)
        process.readyReadStandardOutput.connect(self._read)
        process.finished.connect(self._ended)
        process.errorOccurred.connect(self._errored)
        self._process = process
        process.start()

    def stop(self) -> None:
        """Stop the watcher and the timers (the process is killed, not left behind)."""
        self._settle.stop()
        self._poll.stop()
        process, self._process = self._process, None
        if process is not None:
            process.finished.disconnect(self._ended)
            process.errorOccurred.disconnect(self._errored)
            process.kill()
            process.waitForFinished(1000)
            process.deleteLater()

    def _read(self) -> None:
        process = self._process
        if process is None:
            return
        while process.canReadLine():
            line = bytes(process.readLine().data()).decode("utf-8", "replace")
            if not self._settle.isActive() and self._snapshot.is_event(line):
                self._settle.start()

    def _ended(self, *_: object) -> None:
        self._fall_back()

    def _errored(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self._fall_back()

    def _fall_back(self) -> None:
        process, self._process = self._process, None
        if process is not None:
            process.deleteLater()
        if not self._poll.isActive():
            self._poll.start()
