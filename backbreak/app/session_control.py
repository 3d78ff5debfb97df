"""SessionController: the one guided session at a time, from open to what was done.

Used by the tray app and by ``backbreak start`` with no app running: both open the
session window for a break, tell the engine (or its driver) that it runs, and, when
the window closes, count the exercises done or partly done (:func:`done_exercises`).

Signals:
    opened(str break_id), closed(str break_id)
    exercise_disabled(str exercise_id): the user turned an exercise off in the session.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QTimer, Signal

from backbreak.app.seams import BreakTracker, SessionView
from backbreak.domain.history import ExerciseRecord, Outcome
from backbreak.planning.model import Break

COUNTED = (Outcome.DONE, Outcome.PARTIAL)


def done_exercises(records: Sequence[ExerciseRecord]) -> list[str]:
    """The exercises that count as done for the engine (done, or partly done)."""
    return [r.exercise_id for r in records if r.outcome in COUNTED]


def show_raised(window: SessionView) -> None:
    window.show()
    window.raise_()
    window.activateWindow()


class SessionController(QObject):
    """Opens at most one session window and completes its break (signals above)."""

    opened = Signal(str)
    closed = Signal(str)
    exercise_disabled = Signal(str)

    def __init__(
        self,
        tracker: BreakTracker,
        make_window: Callable[[Break], SessionView],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._tracker = tracker
        self._make_window = make_window
        self._window: SessionView | None = None
        self._break: Break | None = None

    @property
    def current(self) -> Break | None:
        """The break whose session is open, if one is."""
        return self._break

    @property
    def is_open(self) -> bool:
        return self._window is not None

    def raise_open(self) -> bool:
        """Bring the open session forward; False when none is open."""
        if self._window is None:
            return False
        show_raised(self._window)
        return True

    def open(self, brk: Break) -> None:
        """Open the session for ``brk`` (or raise the one already open)."""
        if self.raise_open():
            return
        window = self._make_window(brk)
        window.finished.connect(lambda records, b=brk: self._done(b, records))
        window.exercise_disabled.connect(self.exercise_disabled)
        self._window, self._break = window, brk
        self._tracker.start_break(brk)
        show_raised(window)
        self.opened.emit(brk.id)

    def hide(self) -> None:
        if self._window is not None:
            self._window.hide()

    def _done(self, brk: Break, records: Sequence[ExerciseRecord]) -> None:
        window, self._window, self._break = self._window, None, None
        if window is not None:
            # ``finished`` comes from inside the window's closeEvent: dropping the last
            # reference now would delete the widget under its own feet. Let it go once
            # the event loop is back.
            QTimer.singleShot(0, window.deleteLater)
        self._tracker.complete(brk, done_exercises(records))
        self.closed.emit(brk.id)
