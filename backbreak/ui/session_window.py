"""The guided-session window: one break, followed from the floor.

Keys: Space pause/resume (start, on the intro), → next / finish this set, ← back,
Enter count a rep, H "This hurts" (then 1 better, 2 same, 3 worse), Alt+S skip the
exercise, Esc end the break (press again, or Enter, to confirm).
Buttons do the same. A single precise timer wakes the window when something happens
(the next beat, cue, deadline, or change of the displayed second); everything shown
is read from the session's deadlines, so a late timer never makes the countdown drift.

Run ``python -m backbreak.ui.session_window [EXERCISE_ID ...]`` for a demo (no history
is written).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from backbreak.clock import Clock, SystemClock
from backbreak.domain.catalog import Catalog
from backbreak.domain.history import BreakRecord, ExerciseRecord, Feeling, OutcomeRecorder
from backbreak.domain.settings import Settings
from backbreak.qt_guard import guard_singleton_refcounts
from backbreak.session.events import Cue, Event, EventKind
from backbreak.session.machine import Phase, Session
from backbreak.session.plan import PREPARE_SECONDS
from backbreak.ui import theme
from backbreak.ui.announcer import CountdownAnnouncer
from backbreak.ui.pain_dialog import PainPanel
from backbreak.ui.session_controls import RUNNING, ControlBar
from backbreak.ui.session_header import SessionHeader
from backbreak.ui.session_keys import Command, command_for
from backbreak.ui.session_pages import ExercisePage, IntroPage, SummaryPage
from backbreak.ui.session_pain import PainPath
from backbreak.ui.session_timing import wake_delay_ms
from backbreak.ui.sound import CuePlayer, CueSink, SilentPlayer

guard_singleton_refcounts()  # PySide6 6.12.0 + CPython < 3.12; see backbreak/qt_guard.py

log = logging.getLogger(__name__)


class SessionWindow(QMainWindow):
    """Walks the user through one break.

    Signals: ``finished(list[ExerciseRecord])`` once, when the window closes (the
    session's records; each was already written to the recorder as it ended);
    ``exercise_disabled(str)`` when the user turns an exercise off after pain reports.
    """

    finished = Signal(list)
    exercise_disabled = Signal(str)

    def __init__(
        self,
        catalog: Catalog,
        exercise_ids: Sequence[str],
        *,
        title: str,
        break_id: str | None,
        recorder: OutcomeRecorder,
        settings: Settings,
        worse_counts: Mapping[str, int] | None = None,
        parent: QWidget | None = None,
        clock: Clock | None = None,
        sound: CueSink | None = None,
        break_kind: str = "",
        prepare_seconds: float = PREPARE_SECONDS,
        dose_notes: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        exercises = [catalog.exercises[i] for i in exercise_ids if i in catalog.exercises]
        if not exercises:
            raise ValueError(
                f"none of these exercises is in the catalog: {', '.join(exercise_ids) or '-'}"
            )
        clock = clock if clock is not None else SystemClock()
        self._clock = clock.monotonic
        self._title = title
        if sound is None and settings.sounds_enabled:
            sound = CuePlayer(settings.sounds_enabled, self)
        self._sound: CueSink = sound or SilentPlayer()
        self.session = Session(
            exercises,
            recorder,
            clock=clock,
            break_id=break_id,
            break_kind=break_kind,
            worse_counts=worse_counts,
            prepare_seconds=prepare_seconds,
        )
        self.session.subscribe(self._on_event)
        self._problems: list[str] = []
        self._confirming_end = False
        self._finished_emitted = False

        self._build(dict(dose_notes or {}))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.poll)
        self._refresh()

    # ---- building ----------------------------------------------------------------

    def _build(self, dose_notes: dict[str, str]) -> None:
        self.setWindowTitle(self.tr("{title} — backbreak").format(title=self._title))
        self.setAccessibleName(self.tr("Guided exercise session"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(900, 600)
        self.resize(1280, 800)
        # A main window, so screen readers meet it as a window ("frame"), not a "filler".
        body = QWidget()
        self.setCentralWidget(body)
        outer = QVBoxLayout(body)
        outer.setContentsMargins(0, 0, 0, 0)
        self.header = SessionHeader(self._title)
        outer.addWidget(self.header)

        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setContentsMargins(24, 4, 24, 4)
        theme.set_font(self.notice, theme.BODY_PX, bold=True)
        self.notice.hide()
        outer.addWidget(self.notice)

        self.pages = QStackedWidget()
        self.intro_page, self.exercise_page = IntroPage(), ExercisePage()
        self.pain_page, self.summary_page = PainPanel(), SummaryPage()
        for page in (self.intro_page, self.exercise_page, self.pain_page, self.summary_page):
            self.pages.addWidget(page)
        outer.addWidget(self.pages, 1)
        self.announcer = CountdownAnnouncer(self.exercise_page.big, self)
        self.intro_page.show_break(self._title, self.session.exercises, dose_notes)

        self.pain = PainPath(self.session, self.pain_page, self.exercise_disabled.emit)
        self.pain_page.answered.connect(self._answer_pain)
        self.pain_page.retry.connect(self._act(self.session.back))
        self.pain_page.proceed.connect(self._act(self.session.next))
        self.pain_page.end.connect(self._act(self.session.end_early))
        self.pain_page.disable_requested.connect(self.pain.disable_current)

        self._commands = self._command_table()
        self.controls = ControlBar(self._commands)
        self.buttons = self.controls.buttons
        self.end_prompt = self.controls.end_prompt
        outer.addWidget(self.controls)

    def _command_table(self) -> dict[Command, Callable[[], None]]:
        """What each command does, from a key or a button (``session_keys`` maps the keys)."""
        return {
            Command.ESCAPE: self._escape,
            Command.CONFIRM_END: self._confirm_end,
            Command.CANCEL_END: self._cancel_end,
            Command.NEXT: self._next,
            Command.BACK: self._back,
            Command.PAUSE: self._toggle_pause,
            Command.REP: self._act(self.session.count_rep),
            Command.HURTS: self._hurts,
            Command.SKIP: self._act(self.session.skip_exercise),
            Command.CLOSE: self._close,
            Command.FEEL_BETTER: lambda: self._answer_pain(Feeling.BETTER),
            Command.FEEL_SAME: lambda: self._answer_pain(Feeling.SAME),
            Command.FEEL_WORSE: lambda: self._answer_pain(Feeling.WORSE),
        }

    # ---- driving -----------------------------------------------------------------

    def _on_event(self, event: Event) -> None:
        if event.kind is EventKind.CUE and event.cue is not None:
            if event.cue is Cue.SET_DONE:
                view = self.session.view()
                if view.overtime and (view.remaining or 0.0) > 0:  # a ranged hold's minimum
                    log.info("session: hold target reached (%s)", self._title)
            self._sound.play(event.cue)
        elif event.kind is EventKind.RECORD_FAILED:
            self._problems.append(event.message)

    def poll(self) -> None:
        """Catch up with the clock and redraw (the timer calls this; tests may too)."""
        self.session.update()
        self._refresh()

    def _schedule(self) -> None:
        self._timer.stop()
        if self.session.paused or self.session.phase not in RUNNING:
            return
        remaining = self.session.view().remaining
        delay = wake_delay_ms(self._clock(), self.session.next_wakeup(), remaining)
        self._timer.start(delay)

    def _act(self, action: Callable[[], None]) -> Callable[[], None]:
        def run() -> None:
            self._confirming_end = False
            action()
            self._refresh()

        return run

    def _next(self) -> None:
        self._act(self.session.next)()

    def _back(self) -> None:
        self._act(self.session.back)()

    def _toggle_pause(self) -> None:
        self._act(self.session.toggle_pause)()

    def _hurts(self) -> None:
        self._act(self.session.report_pain)()

    def _answer_pain(self, feeling: Feeling) -> None:
        self.pain.answer(feeling)
        self._refresh()

    def _close(self) -> None:
        self.close()

    def _escape(self) -> None:
        if self.session.phase is Phase.SUMMARY:
            self.close()
        elif self._confirming_end:
            self._confirm_end()
        else:
            self.session.pause()
            self._confirming_end = True
            self._refresh()

    def _confirm_end(self) -> None:
        self._confirming_end = False
        self.session.end_early()
        self._refresh()

    def _cancel_end(self) -> None:
        self._confirming_end = False
        self.session.resume()
        self._refresh()

    # ---- keys ------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        command = command_for(event.key(), self.session.phase, confirming=self._confirming_end)
        if command is None:
            super().keyPressEvent(event)
        else:
            self._commands[command]()

    # ---- drawing -----------------------------------------------------------------

    def _refresh(self) -> None:
        view = self.session.view()
        phase = view.phase
        self.header.show_view(view)
        self.announcer.observe(view)
        if phase is Phase.INTRO:
            self.pages.setCurrentWidget(self.intro_page)
        elif phase is Phase.SUMMARY:
            if self.pages.currentWidget() is not self.summary_page:
                log.info("session: summary (%s)", self._title)
            self.summary_page.show_summary(
                self.session.exercises,
                self.session.records,
                ended_early=view.ended_early,
                problems=self._problems,
            )
            self.pages.setCurrentWidget(self.summary_page)
        elif phase is Phase.PAIN:
            self.pages.setCurrentWidget(self.pain_page)
        self.pain.show_view(view)
        if phase in RUNNING:
            self.exercise_page.show_view(view)
            self.pages.setCurrentWidget(self.exercise_page)
        self.notice.setText("\n".join(self._problems))
        self.notice.setVisible(bool(self._problems) and phase is not Phase.SUMMARY)
        self.controls.show_for(
            phase,
            paused=view.paused,
            reps=bool(view.work and view.work.is_reps),
            confirming=self._confirming_end,
        )
        self._schedule()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing mid-break ends it: the exercise in progress is recorded as it stands."""
        self._timer.stop()
        if self.session.phase is not Phase.SUMMARY:
            self.session.end_early()
        if not self._finished_emitted:
            self._finished_emitted = True
            self.finished.emit(list(self.session.records))
        super().closeEvent(event)


class _PrintingRecorder:
    """The demo's recorder: prints what a real one would store."""

    def record_exercise(self, record: ExerciseRecord) -> None:
        print(f"recorded: {record.exercise_id} {record.outcome.value} {record.fraction:.2f}")

    def record_break(self, record: BreakRecord) -> None:
        print(f"break: {record.event.value}")


def main(argv: Sequence[str] | None = None) -> int:
    """Open a session window for the given exercise ids (default: the prone holds)."""
    from PySide6.QtWidgets import QApplication

    from backbreak.domain.catalog import load_catalog

    args = list(sys.argv[1:] if argv is None else argv)
    from backbreak.i18n import pick_language

    catalog = load_catalog(language=pick_language()).catalog
    ids = args or list(catalog.routine("prone-holds").exercises)
    unknown = [i for i in ids if i not in catalog.exercises]
    if unknown:
        print(f"unknown exercise id(s): {', '.join(unknown)}", file=sys.stderr)
        return 2
    from backbreak.ui.palettes import apply_from_env

    app = QApplication.instance() or QApplication([])
    if isinstance(app, QApplication):
        apply_from_env(app)
    window = SessionWindow(
        catalog,
        ids,
        title="Demo break",
        break_id=None,
        recorder=_PrintingRecorder(),
        settings=Settings(),
    )
    window.show()
    return int(app.exec())


if __name__ == "__main__":
    raise SystemExit(main())
