"""A plain list of a break's exercises: the stand-in while the guided session window
(``backbreak.ui.session_window``) is not available.

Same ``finished`` signal as the session window, so the app treats both alike.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from backbreak.domain.catalog import Catalog
from backbreak.domain.describe import dose_text
from backbreak.domain.history import ExerciseRecord, Outcome, OutcomeRecorder


class BreakListWindow(QWidget):
    """Lists the exercises with their doses; "I did these" records them as done.

    Signals:
        finished(list): the ExerciseRecords written, when the window closes.
    """

    finished = Signal(list)

    def __init__(
        self,
        catalog: Catalog,
        exercise_ids: Sequence[str],
        *,
        title: str,
        break_id: str | None,
        recorder: OutcomeRecorder,
        clock: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("session-window")
        self.setWindowTitle(f"backbreak — {title}")
        self._ids = [e for e in exercise_ids if e in catalog.exercises]
        self._break_id = break_id
        self._recorder = recorder
        self._clock = clock
        self._records: list[ExerciseRecord] = []
        self._done = False
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<b>{title}</b>"))
        self.list = QListWidget()
        for ex_id in self._ids:
            ex = catalog.exercises[ex_id]
            self.list.addItem(f"{ex.name} — {dose_text(ex.dose)}")
        layout.addWidget(self.list)
        row = QHBoxLayout()
        done = QPushButton("I did these")
        done.clicked.connect(self.mark_done)
        row.addWidget(done)
        close = QPushButton("Close")
        close.clicked.connect(self.close)
        row.addWidget(close)
        layout.addLayout(row)
        self.resize(420, 360)

    def mark_done(self) -> None:
        now = self._clock()
        for ex_id in self._ids:
            record = ExerciseRecord(ex_id, Outcome.DONE, now, break_id=self._break_id)
            self._recorder.record_exercise(record)
            self._records.append(record)
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._done:
            self._done = True
            self.finished.emit(list(self._records))
        super().closeEvent(event)
