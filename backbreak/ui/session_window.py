"""The guided-session window: one break, followed from the floor.

Keys: Space pause/resume (start, on the intro), → next / finish this set, ← back,
Enter count a rep, H "This hurts" (then 1 better, 2 same, 3 worse), Esc end the break
(press again, or Enter, to confirm).
Buttons do the same. A single precise timer wakes the window when something happens
(the next beat, cue, deadline, or change of the displayed second); everything shown
is read from the session's deadlines, so a late timer never makes the countdown drift.

Run ``python -m backbreak.ui.session_window [EXERCISE_ID ...]`` for a demo (no history
is written).
"""

from __future__ import annotations

import logging
import math
import sys
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from backbreak.clock import Clock, SystemClock
from backbreak.domain.catalog import Catalog
from backbreak.domain.exercise import Exercise
from backbreak.domain.history import BreakRecord, ExerciseRecord, Feeling, OutcomeRecorder
from backbreak.domain.settings import Settings
from backbreak.qt_guard import guard_singleton_refcounts
from backbreak.session.events import Cue, Event, EventKind
from backbreak.session.machine import Phase, Session
from backbreak.session.plan import PREPARE_SECONDS
from backbreak.ui import theme
from backbreak.ui.pain_dialog import PainPanel
from backbreak.ui.session_pages import ExercisePage, IntroPage, SummaryPage
from backbreak.ui.sound import CuePlayer, CueSink, SilentPlayer

guard_singleton_refcounts()  # PySide6 6.12.0 + CPython < 3.12; see backbreak/qt_guard.py

log = logging.getLogger(__name__)

_RUNNING = (Phase.PREPARE, Phase.WORK, Phase.REST, Phase.SWITCH_SIDE)


class SessionWindow(QWidget):
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
        self._dose_notes = dict(dose_notes or {})
        exercises = [catalog.exercises[i] for i in exercise_ids if i in catalog.exercises]
        if not exercises:
            raise ValueError(
                f"none of these exercises is in the catalog: {', '.join(exercise_ids) or '-'}"
            )
        clock = clock if clock is not None else SystemClock()
        self._clock = clock.monotonic
        self._title = title
        if sound is None:
            sound = CuePlayer(settings.sounds_enabled, self) if settings.sounds_enabled else None
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
        self._disabled: set[str] = set()
        self._pain_shown: str | None = None

        self.setWindowTitle(f"{title} — backbreak")
        self.setAccessibleName("Guided exercise session")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(900, 600)
        self.resize(1280, 800)
        self._build()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.poll)
        self._refresh()

    # ---- building ----------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        header.setContentsMargins(24, 12, 24, 0)
        self.title_label = QLabel(self._title)
        theme.set_font(self.title_label, theme.CAPTION_PX + 2, bold=True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName("Progress through the break")
        self.progress.setMaximumHeight(14)
        self.position_label = QLabel()
        theme.set_font(self.position_label, theme.CAPTION_PX + 2, bold=True)
        self.next_label = QLabel()
        theme.set_font(self.next_label, theme.CAPTION_PX + 2)
        header.addWidget(self.title_label)
        header.addWidget(self.progress, 1)
        header.addWidget(self.position_label)
        header.addWidget(self.next_label)
        outer.addLayout(header)

        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setContentsMargins(24, 4, 24, 4)
        theme.set_font(self.notice, theme.BODY_PX, bold=True)
        self.notice.hide()
        outer.addWidget(self.notice)

        self.pages = QStackedWidget()
        self.intro_page = IntroPage()
        self.exercise_page = ExercisePage()
        self.pain_page = PainPanel()
        self.summary_page = SummaryPage()
        for page in (self.intro_page, self.exercise_page, self.pain_page, self.summary_page):
            self.pages.addWidget(page)
        outer.addWidget(self.pages, 1)
        self.intro_page.show_break(self._title, self.session.exercises, self._dose_notes)

        self.pain_page.answered.connect(self._answer_pain)
        self.pain_page.retry.connect(self._act(self.session.back))
        self.pain_page.proceed.connect(self._act(self.session.next))
        self.pain_page.end.connect(self._act(self.session.end_early))
        self.pain_page.disable_requested.connect(self._disable_current)

        bar = QHBoxLayout()
        bar.setContentsMargins(24, 8, 24, 16)
        bar.setSpacing(12)
        self.buttons: dict[str, QPushButton] = {}
        spec: list[tuple[str, str, str, Callable[[], None]]] = [
            (
                "back",
                "◀  Back",
                "Back: restart this exercise or go to the previous one",
                self._back,
            ),
            ("pause", "Pause (Space)", "Pause or resume", self._toggle_pause),
            ("rep", "+1 rep (Enter)", "Count a rep", self._act(self.session.count_rep)),
            ("next", "Next  ▶", "Next: go on to the next step", self._next),
            ("skip", "Skip exercise", "Skip this exercise", self._act(self.session.skip_exercise)),
            ("hurts", "This hurts (H)", "This hurts: stop this exercise", self._hurts),
            ("end", "End break (Esc)", "End the break", self._escape),
            ("confirm", "Yes, end the break", "Confirm: end the break", self._confirm_end),
            ("cancel", "Keep going", "Cancel: keep going", self._cancel_end),
            ("close", "Close", "Close the window", self._close),
        ]
        for key, text, name, slot in spec:
            button = QPushButton(text)
            theme.big_button(button, name)
            # The window's keys (Space, arrows, Enter) must act the same whatever was
            # clicked last, so the bar's buttons never take keyboard focus.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(slot)
            bar.addWidget(button)
            self.buttons[key] = button
            if key == "skip":
                bar.addStretch(1)
        self.end_prompt = QLabel("End the break? What you did is saved.")
        theme.set_font(self.end_prompt, theme.BODY_PX, bold=True)
        bar.insertWidget(0, self.end_prompt)
        outer.addLayout(bar)

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
        if self.session.paused or self.session.phase not in _RUNNING:
            return
        now = self._clock()
        wake = self.session.next_wakeup()
        candidates = [now + 1.0]
        if wake is not None:
            candidates.append(wake)
        remaining = self.session.view().remaining
        if remaining is not None and remaining > 0:
            frac = remaining - math.floor(remaining)
            candidates.append(now + (frac if frac > 1e-3 else 1.0))
        delay_ms = math.ceil((min(candidates) - now) * 1000)
        self._timer.start(max(5, min(1000, delay_ms)))

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
        if self.session.phase is Phase.PAIN and self.session.pain_advice is None:
            self.session.answer_pain(feeling)  # a double click answers once
        self._refresh()

    def _disable_current(self) -> None:
        advice = self.session.pain_advice
        if advice is None:
            return
        exercise_id = advice.exercise.id
        if exercise_id not in self._disabled:
            self._disabled.add(exercise_id)
            self.exercise_disabled.emit(exercise_id)
        self.pain_page.disable_button.setEnabled(False)
        self.pain_page.disable_button.setText("Turned off ✓")

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
        key = event.key()
        phase = self.session.phase
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if key == Qt.Key.Key_Escape:
            self._escape()
        elif self._confirming_end:
            if enter or key == Qt.Key.Key_Y:
                self._confirm_end()
            elif key in (Qt.Key.Key_Space, Qt.Key.Key_N, Qt.Key.Key_Left, Qt.Key.Key_Right):
                self._cancel_end()
        elif phase is Phase.INTRO and (enter or key in (Qt.Key.Key_Space, Qt.Key.Key_Right)):
            self._next()
        elif phase is Phase.SUMMARY and (enter or key == Qt.Key.Key_Space):
            self.close()
        elif phase is Phase.PAIN:
            feelings = {Qt.Key.Key_1: Feeling.BETTER, Qt.Key.Key_2: Feeling.SAME}
            feelings[Qt.Key.Key_3] = Feeling.WORSE
            if Qt.Key(key) in feelings:
                self._answer_pain(feelings[Qt.Key(key)])
            else:
                super().keyPressEvent(event)
        elif key == Qt.Key.Key_Space:
            self._toggle_pause()
        elif key == Qt.Key.Key_Right:
            self._next()
        elif key == Qt.Key.Key_Left:
            self._back()
        elif enter or key == Qt.Key.Key_Plus:
            self._act(self.session.count_rep)()
        elif key == Qt.Key.Key_H:
            self._hurts()
        else:
            super().keyPressEvent(event)

    # ---- drawing -----------------------------------------------------------------

    def _refresh(self) -> None:
        view = self.session.view()
        phase = view.phase
        self.progress.setValue(int(view.progress * 1000))
        if phase in (Phase.INTRO, Phase.SUMMARY):
            self.position_label.setText("")
            self.next_label.setText("")
        else:
            self.position_label.setText(f"{view.index + 1} of {view.count}")
            nxt = view.next_exercise
            self.next_label.setText(f"·  Next: {nxt.name}" if nxt else "·  Last one")
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
            self._show_pain(view.exercise)
        if phase is not Phase.PAIN:
            self._pain_shown = None
        if phase in _RUNNING:
            self.exercise_page.show_view(view)
            self.pages.setCurrentWidget(self.exercise_page)
        self.notice.setText("\n".join(self._problems))
        self.notice.setVisible(bool(self._problems) and phase is not Phase.SUMMARY)
        self._show_buttons(view.phase, view.paused, bool(view.work and view.work.is_reps))
        self._schedule()

    def _show_pain(self, exercise: Exercise | None) -> None:
        advice = self.session.pain_advice
        if self._pain_shown is None:
            self.pages.setCurrentWidget(self.pain_page)
            self.pain_page.ask(exercise.name if exercise else "")
            self._pain_shown = "asked"
        if advice is not None and self._pain_shown == "asked":
            last = self.session.view().index + 1 >= len(self.session.exercises)
            self.pain_page.advise(advice, last=last)
            self._pain_shown = "advised"

    def _show_buttons(self, phase: Phase, paused: bool, reps: bool) -> None:
        running = phase in _RUNNING
        visible = {
            "back": running and not self._confirming_end,
            "pause": running and not self._confirming_end,
            "rep": running and phase is Phase.WORK and reps and not self._confirming_end,
            "next": (running or phase is Phase.INTRO) and not self._confirming_end,
            "skip": running and not self._confirming_end,
            "hurts": running and not self._confirming_end,
            "end": phase not in (Phase.SUMMARY, Phase.PAIN) and not self._confirming_end,
            "confirm": self._confirming_end,
            "cancel": self._confirming_end,
            "close": phase is Phase.SUMMARY,
        }
        for key, button in self.buttons.items():
            button.setVisible(visible[key])
        self.end_prompt.setVisible(self._confirming_end)
        self.buttons["pause"].setText("Resume (Space)" if paused else "Pause (Space)")
        self.buttons["next"].setText("Start  ▶" if phase is Phase.INTRO else "Next  ▶")
        self.buttons["end"].setText("Not now (Esc)" if phase is Phase.INTRO else "End break (Esc)")

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
    catalog = load_catalog().catalog
    ids = args or list(catalog.routine("prone-holds").exercises)
    unknown = [i for i in ids if i not in catalog.exercises]
    if unknown:
        print(f"unknown exercise id(s): {', '.join(unknown)}", file=sys.stderr)
        return 2
    app = QApplication.instance() or QApplication([])
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
