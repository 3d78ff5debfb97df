"""The session window's pages: the intro, the exercise (every step), and the summary.

Pages only draw what they are given; the window owns the session and the keys.
No signals.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from backbreak.domain.describe import dose_text
from backbreak.domain.duration import total_seconds
from backbreak.domain.exercise import Exercise
from backbreak.domain.history import ExerciseRecord, Outcome
from backbreak.i18n import QT_TRANSLATE_NOOP
from backbreak.session.machine import Phase, SessionView
from backbreak.session.plan import StepKind
from backbreak.ui import theme
from backbreak.ui.illustration import pose_for_phase
from backbreak.ui.session_illustration import IllustrationView
from backbreak.ui.session_text import (
    POSITION_IN_SENTENCE,
    POSITION_TEXT,
    clock_text,
    equipment_needed,
    minutes_text,
    outcome_text,
    side_text,
)

SAFETY_LINE = QT_TRANSLATE_NOOP(
    "IntroPage",
    "General exercises, not a prescription for you. If anything hurts or gets worse, "
    "press “This hurts” (H) to stop, and see a physiotherapist or doctor.",
)


def _label(px: int, *, bold: bool = False, wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    theme.set_font(label, px, bold=bold)
    return label


def _scrolling(content: QWidget) -> QScrollArea:
    """``content`` at the top of a frameless, see-through area that scrolls (wheel only)
    when the window is too short for all of it, instead of squeezing it behind its
    neighbours. It never takes the focus: the arrow keys belong to the session window."""
    if isinstance(content, QLabel):
        content.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    area = QScrollArea()
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.viewport().setAutoFillBackground(False)
    content.setAutoFillBackground(False)
    return area


class IntroPage(QWidget):
    """What's coming: the exercises, their doses, the total time, what to have at hand."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 24)
        layout.setSpacing(14)
        self.title = _label(theme.HEADING_PX + 6, bold=True)
        self.summary = _label(theme.BODY_PX + 4)
        self.needs = _label(theme.BODY_PX + 2)
        self.plan = _label(theme.BODY_PX + 2)
        self.plan.setTextFormat(Qt.TextFormat.PlainText)
        self.safety = _label(theme.BODY_PX)
        self.safety.setText(self.tr(SAFETY_LINE))
        self.hint = _label(theme.BODY_PX, bold=True)
        self.hint.setText(self.tr("Space or → to start · Esc for not now"))
        for w in (self.title, self.summary, self.needs):
            layout.addWidget(w)
        body = QWidget()
        body_col = QVBoxLayout(body)
        body_col.setContentsMargins(0, 0, 0, 0)
        body_col.setSpacing(14)
        body_col.addWidget(self.plan)
        body_col.addWidget(self.safety)
        body_col.addStretch(1)
        layout.addWidget(_scrolling(body), 1)
        layout.addWidget(self.hint)

    def show_break(
        self,
        title: str,
        exercises: Sequence[Exercise],
        notes: Mapping[str, str] | None = None,
    ) -> None:
        """The plan of the break; ``notes`` say why a dose is above its minimum."""
        n = len(exercises)
        self.title.setText(title)
        self.summary.setText(
            self.tr("%n exercise(s), {duration}.", "", n).format(
                duration=minutes_text(total_seconds(exercises))
            )
        )
        needs = equipment_needed(exercises)
        self.needs.setText(
            self.tr("You'll need: {things}.").format(things=", ".join(needs)) if needs else ""
        )
        self.needs.setVisible(bool(needs))
        lines = []
        for i, e in enumerate(exercises, start=1):
            position = POSITION_TEXT[e.position]
            shown = POSITION_IN_SENTENCE[e.position]
            where = "" if position.lower() in e.name.lower() else f"  ({shown})"
            lines.append(f"{i}.  {e.name} — {dose_text(e.dose)}{where}")
            note = (notes or {}).get(e.id)
            if note:
                lines.append(f"      {note[0].upper()}{note[1:]}.")
        self.plan.setText("\n".join(lines))


class ExercisePage(QWidget):
    """One exercise: picture, name, dose, the big countdown or rep count, the steps."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(24, 12, 24, 12)
        row.setSpacing(24)
        self.picture = IllustrationView()
        row.addWidget(self.picture, 5)
        col = QVBoxLayout()
        col.setSpacing(6)
        row.addLayout(col, 6)
        self.name = _label(theme.HEADING_PX, bold=True)
        self.dose = _label(theme.BODY_PX)
        self.phase = _label(theme.HEADING_PX - 4, bold=True)
        self.big = _label(120, bold=True, wrap=False)
        self.big.setAccessibleName(self.tr("Time left"))
        self.big.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.cue = _label(theme.HEADING_PX, bold=True)
        self.steps = _label(theme.BODY_PX)
        for w in (self.name, self.dose, self.phase, self.big, self.cue):
            col.addWidget(w)
        self.steps_area = _scrolling(self.steps)
        col.addWidget(self.steps_area, 1)
        self._describe()
        self._big_px = 120
        self._scale = 1.0
        self._shown_exercise: str | None = None

    def _describe(self) -> None:
        """What each part is, for screen readers (their text is their name)."""
        self.name.setAccessibleDescription(self.tr("Exercise"))
        self.dose.setAccessibleDescription(self.tr("Dose, set and side"))
        self.phase.setAccessibleDescription(self.tr("Current step"))
        self.big.setAccessibleDescription(self.tr("Countdown"))
        self.cue.setAccessibleDescription(self.tr("What to do now"))
        self.steps.setAccessibleName(self.tr("How to do it"))
        self.steps.setAccessibleDescription(self.tr("The exercise's steps, one per line"))
        self.picture.setAccessibleDescription(self.tr("Illustration of the exercise"))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._big_px = max(72, int(self.height() * 0.3))
        self.big.setFixedHeight(int(self._big_px * 1.15))
        # Text grows with the window (a maximised window on a big screen is read from
        # further away); 1.0 at the 1280×800 design size.
        self._scale = max(1.0, self.height() / 680)
        theme.set_font(self.name, int(theme.HEADING_PX * self._scale), bold=True)
        theme.set_font(self.dose, int(theme.BODY_PX * self._scale))
        theme.set_font(self.phase, int((theme.HEADING_PX - 4) * self._scale), bold=True)
        theme.set_font(self.steps, int(theme.BODY_PX * self._scale))
        self._fit_big()

    def _fit_big(self) -> None:
        """As large as the height allows, shrunk so that e.g. "15 / 20" still fits the column."""
        width = max(100, self.big.width())
        px = self._big_px
        probe = theme.font(self.big, px, bold=True)
        text_width = QFontMetrics(probe).horizontalAdvance(self.big.text() or "0")
        if text_width > width:
            px = max(40, int(px * width / text_width))
        theme.set_font(self.big, px, bold=True)

    def show_view(self, view: SessionView) -> None:
        exercise = view.exercise
        if exercise is None:
            return
        if exercise.id != self._shown_exercise:
            self._shown_exercise = exercise.id
            self.picture.set_exercise(exercise)
            self.name.setText(exercise.name)
            self.steps_area.verticalScrollBar().setValue(0)
        reps = view.phase is Phase.WORK and view.work is not None and view.work.is_reps
        pose = (
            pose_for_phase(exercise.dose.pace, view.beat_index, self.picture.pose_count)
            if reps and view.beat_index >= 0
            else 0
        )
        self.picture.show_pose(pose, view.second_side)
        step = view.step
        dose = dose_text(exercise.dose)
        if step is not None and step.kind is not StepKind.PREPARE and view.sets_total > 1:
            dose += self.tr("  ·  set {number} of {total}").format(
                number=step.set_no, total=view.sets_total
            )
        if view.side_label and not (view.work and view.work.alternating):
            dose += f"  ·  {side_text(view.side_label, in_sentence=True)}"
        self.dose.setText(dose)
        phase, big, cue = self._texts(view)
        if view.paused:
            phase = self.tr("Paused — Space to go on")
        self.phase.setText(phase)
        if big != self.big.text():
            self.big.setText(big)
            self._fit_big()
        self.big.setAccessibleName(self.tr("Reps done") if "/" in big else self.tr("Time left"))
        cue_px = theme.HEADING_PX * self._scale * (1.6 if reps else 1.0)
        theme.set_font(self.cue, int(cue_px), bold=True)
        self.cue.setText(cue)
        self.cue.setVisible(bool(cue))
        self.steps.setText(self._steps_text(exercise, view.phase))

    @staticmethod
    def _texts(view: SessionView) -> tuple[str, str, str]:
        """(phase line, big number, cue line) for the current step."""
        assert view.exercise is not None
        remaining = clock_text(view.remaining or 0.0)
        if view.phase is Phase.PREPARE:
            position = POSITION_IN_SENTENCE[view.exercise.position]
            return (
                QCoreApplication.translate("ExercisePage", "Get ready — starts in"),
                remaining,
                QCoreApplication.translate("ExercisePage", "Get into position: {position}").format(
                    position=position
                ),
            )
        if view.phase is Phase.REST:
            next_set = (view.step.set_no if view.step else 0) + 1
            return (
                QCoreApplication.translate("ExercisePage", "Rest"),
                remaining,
                QCoreApplication.translate("ExercisePage", "Then set {number}").format(
                    number=next_set
                ),
            )
        if view.phase is Phase.SWITCH_SIDE:
            return (
                QCoreApplication.translate("ExercisePage", "Switch sides"),
                remaining,
                QCoreApplication.translate("ExercisePage", "Now the {side}").format(
                    side=side_text(view.side_label, in_sentence=True)
                ),
            )
        return ExercisePage._work_texts(view, remaining)

    @staticmethod
    def _work_texts(view: SessionView, remaining: str) -> tuple[str, str, str]:
        """(phase line, big number, cue line) while the exercise itself runs."""
        work = view.work
        if work is not None and work.is_reps:
            side = f"{side_text(view.side_label)}: " if work.alternating else ""
            counted = f"{view.reps_done} / {work.reps}"
            return (
                QCoreApplication.translate("ExercisePage", "Reps — Enter counts one"),
                counted,
                side + view.beat,
            )
        if view.overtime and work is not None:
            return (
                QCoreApplication.translate(
                    "ExercisePage", "{time} done ✓ — stay on if you like"
                ).format(time=clock_text(work.target_seconds)),
                remaining,
                QCoreApplication.translate(
                    "ExercisePage", "Ends by itself at {time} · → to finish now"
                ).format(time=clock_text(work.limit_seconds)),
            )
        if work is not None and work.limit_seconds > work.target_seconds:
            cue = QCoreApplication.translate(
                "ExercisePage", "Hold at least {least}, or up to {most}"
            ).format(least=clock_text(work.target_seconds), most=clock_text(work.limit_seconds))
            return QCoreApplication.translate("ExercisePage", "Hold"), remaining, cue
        return QCoreApplication.translate("ExercisePage", "Hold"), remaining, ""

    @staticmethod
    def _steps_text(exercise: Exercise, phase: Phase) -> str:
        lines = [f"• {s}" for s in exercise.steps]
        if phase is Phase.PREPARE:
            careful = QCoreApplication.translate("ExercisePage", "Careful: {text}")
            easier = QCoreApplication.translate("ExercisePage", "Easier: {text}")
            lines += [careful.format(text=c) for c in exercise.cautions]
            lines += [easier.format(text=m) for m in exercise.modifications]
        return "\n".join(lines)


class SummaryPage(QWidget):
    """How the break went, exercise by exercise."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 24)
        layout.setSpacing(14)
        self.title = _label(theme.HEADING_PX + 6, bold=True)
        self.lines = _label(theme.BODY_PX + 4)
        self.problems = _label(theme.BODY_PX, bold=True)
        self.hint = _label(theme.BODY_PX, bold=True)
        self.hint.setText(self.tr("Enter or Esc to close"))
        for w in (self.title, self.lines, self.problems):
            layout.addWidget(w)
        layout.addStretch(1)
        layout.addWidget(self.hint)

    def show_summary(
        self,
        exercises: Sequence[Exercise],
        records: Sequence[ExerciseRecord],
        *,
        ended_early: bool,
        problems: Sequence[str],
    ) -> None:
        all_done = len(records) == len(exercises) and all(
            r.outcome is Outcome.DONE for r in records
        )
        if ended_early:
            self.title.setText(self.tr("Break ended early"))
        else:
            self.title.setText(
                self.tr("Break done — well done!") if all_done else self.tr("Break done")
            )
        names = {e.id: e.name for e in exercises}
        latest = {r.exercise_id: r for r in records}
        lines = []
        for e in exercises:
            record = latest.get(e.id)
            outcome = outcome_text(record) if record else self.tr("not reached")
            lines.append(self.tr("{name}: {outcome}").format(name=names[e.id], outcome=outcome))
        self.lines.setText("\n".join(lines))
        self.problems.setText("\n".join(problems))
        self.problems.setVisible(bool(problems))
