"""The records a session writes: one per exercise the moment it ends, and the break's
start and end.

Each is written at once, so a crash loses at most the exercise in progress. A store
that fails never stops the session: the record is kept in memory and the failure
becomes an event the window shows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from backbreak.domain.exercise import Exercise
from backbreak.domain.history import (
    BreakEvent,
    BreakRecord,
    ExerciseRecord,
    Feeling,
    Outcome,
    OutcomeRecorder,
)
from backbreak.session.events import Event, EventKind
from backbreak.session.tally import Tally

Emit = Callable[[Event], None]


class OutcomeLog:
    """Writes a break's records to the recorder, keeps them, and reports each write."""

    def __init__(
        self,
        recorder: OutcomeRecorder,
        emit: Emit,
        wall: Callable[[], datetime],
        *,
        break_id: str | None,
        break_kind: str,
        exercises: Sequence[Exercise],
    ) -> None:
        self._recorder = recorder
        self._emit = emit
        self._wall = wall
        """Only stamps the records: the session itself runs on monotonic time."""
        self._break_id = break_id
        self._break_kind = break_kind
        self._exercise_ids = tuple(e.id for e in exercises)
        self.records: list[ExerciseRecord] = []

    def exercise(
        self,
        tally: Tally,
        *,
        outcome: Outcome | None = None,
        extra: tuple[float, int] = (0.0, 0),
        feeling: Feeling | None = None,
    ) -> None:
        """Write the record of ``tally``'s exercise; ``extra`` is the work step in
        progress (seconds, reps), cut short by a skip or the end of the break."""
        record = tally.record(
            self._wall(),
            self._break_id,
            outcome=outcome,
            extra_seconds=extra[0],
            extra_reps=extra[1],
            feeling=feeling,
        )
        self.records.append(record)
        try:
            self._recorder.record_exercise(record)
        except Exception as err:  # any store failure: keep the record, tell the user
            message = QCoreApplication.translate(
                "outcomes", "Couldn't save this exercise to your history: {reason}"
            ).format(reason=err)
            self._emit(Event(EventKind.RECORD_FAILED, record=record, message=message))
        else:
            self._emit(Event(EventKind.RECORDED, record=record))

    def break_event(self, event: BreakEvent) -> None:
        """Record that the break started, completed, ended early or was skipped."""
        if self._break_id is None:
            return
        record = BreakRecord(
            break_id=self._break_id,
            event=event,
            at=self._wall(),
            kind=self._break_kind,
            exercises=self._exercise_ids,
        )
        try:
            self._recorder.record_break(record)
        except Exception as err:  # the exercise records matter more; don't stop the session
            message = QCoreApplication.translate(
                "outcomes", "Couldn't save the break: {reason}"
            ).format(reason=err)
            self._emit(Event(EventKind.RECORD_FAILED, message=message))
