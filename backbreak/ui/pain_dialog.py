"""After "This hurts": ask how it feels, then advise (the easier way, or stop and see someone).

Shown inside the session window rather than as a separate modal dialog, so the big
buttons stay where the user is already looking and nothing pops up behind the window.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from backbreak.domain.history import Feeling
from backbreak.i18n import QT_TRANSLATE_NOOP
from backbreak.session.view import PainAdvice
from backbreak.ui import theme
from backbreak.ui.session_text import FEELING_TEXT

SEE_SOMEONE = QT_TRANSLATE_NOOP(
    "PainPanel",
    "If it keeps getting worse, stop these exercises and see a physiotherapist or doctor. "
    "They are general advice, not a prescription written for you.",
)


class PainPanel(QWidget):
    """Two steps: the question (better / same / worse), then the advice.

    Signals: ``answered(Feeling)``; after the advice: ``retry()`` (try the easier way),
    ``proceed()`` (next exercise), ``end()`` (end the break), ``disable_requested()``
    (turn this exercise off).
    """

    answered = Signal(object)
    retry = Signal()
    proceed = Signal()
    end = Signal()
    disable_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 24)
        layout.setSpacing(18)
        self.title = QLabel()
        self.title.setWordWrap(True)
        theme.set_font(self.title, theme.HEADING_PX, bold=True)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        theme.set_font(self.body, theme.BODY_PX + 4)
        layout.addWidget(self.title)
        layout.addWidget(self.body)

        self.feeling_buttons: dict[Feeling, QPushButton] = {}
        self._question = QWidget()
        row = QHBoxLayout(self._question)
        row.setContentsMargins(0, 0, 0, 0)
        for n, feeling in enumerate(Feeling, start=1):
            button = QPushButton(f"&{n}  {FEELING_TEXT[feeling]}")
            feels = self.tr("It feels {feeling}").format(feeling=FEELING_TEXT[feeling].lower())
            theme.big_button(button, feels, px=24)
            button.clicked.connect(lambda _=False, f=feeling: self.answered.emit(f))
            row.addWidget(button)
            self.feeling_buttons[feeling] = button
        layout.addWidget(self._question)

        self._advice = QWidget()
        arow = QHBoxLayout(self._advice)
        arow.setContentsMargins(0, 0, 0, 0)
        self.retry_button = QPushButton(self.tr("Try the easier way"))
        self.proceed_button = QPushButton(self.tr("Next exercise"))
        self.end_button = QPushButton(self.tr("End the break"))
        self.disable_button = QPushButton(self.tr("Turn this exercise off"))
        for button, name, signal in (
            (self.disable_button, self.tr("Turn this exercise off"), self.disable_requested),
            (self.retry_button, self.tr("Try this exercise again the easier way"), self.retry),
            (self.proceed_button, self.tr("Go on to the next exercise"), self.proceed),
            (self.end_button, self.tr("End the break"), self.end),
        ):
            theme.big_button(button, name)
            button.clicked.connect(signal.emit)
            arow.addWidget(button)
        layout.addWidget(self._advice)
        layout.addStretch(1)

    def ask(self, exercise_name: str) -> None:
        self.title.setText(self.tr("Stopped “{name}”.").format(name=exercise_name))
        self.body.setText(
            self.tr("How does your back feel now, compared with before this exercise?")
            + "\n\n"
            + self.tr(SEE_SOMEONE)
        )
        self._question.show()
        self._advice.hide()
        self.feeling_buttons[Feeling.SAME].setFocus()

    def advise(self, advice: PainAdvice, *, last: bool) -> None:
        """Show what to do next; ``last``: no exercise follows, so "next" means finishing."""
        name = advice.exercise.name
        parts: list[str] = []
        if advice.suggest_stop:
            self.title.setText(self.tr("Please pause “{name}”.").format(name=name))
            #: %n is how many times the user said the exercise made things worse (2 or more).
            said = self.tr(
                "You have now said %n times that it made things worse. That is a sign to stop: "
                "leave this exercise out and see a physiotherapist or doctor before you do it "
                "again.",
                "",
                advice.worse_reports,
            )
            parts.append(said)
            if advice.modifications:
                parts.append(
                    self.tr(
                        "Later, if a professional agrees, there is an easier way: {how}"
                    ).format(how=" ".join(advice.modifications))
                )
        else:
            self.title.setText(self.tr("Thanks — that's noted."))
            if advice.modifications:
                parts.append(
                    self.tr("An easier way: {how}").format(how=" ".join(advice.modifications))
                )
        parts.append(self.tr(SEE_SOMEONE))
        self.body.setText("\n\n".join(parts))
        self.disable_button.setVisible(advice.suggest_stop)
        self.retry_button.setVisible(bool(advice.modifications) and not advice.suggest_stop)
        self.proceed_button.setText(self.tr("Finish") if last else self.tr("Next exercise"))
        self.end_button.setVisible(not last)
        self._question.hide()
        self._advice.show()
        self.proceed_button.setFocus()
