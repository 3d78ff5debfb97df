"""The session window's button bar, and which buttons each phase shows.

The buttons are big (hit from the floor) and never take the keyboard focus: the
window's keys (Space, arrows, Enter) must act the same whatever was clicked last.
No signals: the window passes what each command does, as for its keys.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from backbreak.i18n import QT_TRANSLATE_NOOP
from backbreak.session.machine import Phase
from backbreak.ui import theme
from backbreak.ui.session_keys import Command

RUNNING = (Phase.PREPARE, Phase.WORK, Phase.REST, Phase.SWITCH_SIDE)
"""The phases with a countdown or a rep count: the window's timer runs only in these."""

BUTTONS: tuple[tuple[str, Command, str, str], ...] = (
    (
        "back",
        Command.BACK,
        QT_TRANSLATE_NOOP("ControlBar", "◀  Back"),
        QT_TRANSLATE_NOOP("ControlBar", "Back: restart this exercise or go to the previous one"),
    ),
    (
        "pause",
        Command.PAUSE,
        QT_TRANSLATE_NOOP("ControlBar", "Pause (Space)"),
        QT_TRANSLATE_NOOP("ControlBar", "Pause or resume"),
    ),
    (
        "rep",
        Command.REP,
        QT_TRANSLATE_NOOP("ControlBar", "+1 rep (Enter)"),
        QT_TRANSLATE_NOOP("ControlBar", "Count a rep"),
    ),
    (
        "next",
        Command.NEXT,
        QT_TRANSLATE_NOOP("ControlBar", "Next  ▶"),
        QT_TRANSLATE_NOOP("ControlBar", "Next: go on to the next step"),
    ),
    (
        "skip",
        Command.SKIP,
        QT_TRANSLATE_NOOP("ControlBar", "Skip exercise"),
        QT_TRANSLATE_NOOP("ControlBar", "Skip this exercise"),
    ),
    (
        "hurts",
        Command.HURTS,
        QT_TRANSLATE_NOOP("ControlBar", "This hurts (H)"),
        QT_TRANSLATE_NOOP("ControlBar", "This hurts: stop this exercise"),
    ),
    (
        "end",
        Command.ESCAPE,
        QT_TRANSLATE_NOOP("ControlBar", "End break (Esc)"),
        QT_TRANSLATE_NOOP("ControlBar", "End the break"),
    ),
    (
        "confirm",
        Command.CONFIRM_END,
        QT_TRANSLATE_NOOP("ControlBar", "Yes, end the break"),
        QT_TRANSLATE_NOOP("ControlBar", "Confirm: end the break"),
    ),
    (
        "cancel",
        Command.CANCEL_END,
        QT_TRANSLATE_NOOP("ControlBar", "Keep going"),
        QT_TRANSLATE_NOOP("ControlBar", "Cancel: keep going"),
    ),
    (
        "close",
        Command.CLOSE,
        QT_TRANSLATE_NOOP("ControlBar", "Close"),
        QT_TRANSLATE_NOOP("ControlBar", "Close the window"),
    ),
)
"""(key, command, text, accessible name), left to right; a stretch follows "skip"."""

KEYS: dict[str, str] = {
    "back": str(QT_TRANSLATE_NOOP("ControlBar", "Left arrow")),
    "pause": str(QT_TRANSLATE_NOOP("ControlBar", "Space")),
    "rep": str(QT_TRANSLATE_NOOP("ControlBar", "Enter")),
    "next": str(QT_TRANSLATE_NOOP("ControlBar", "Right arrow")),
    "skip": str(QT_TRANSLATE_NOOP("ControlBar", "Alt+S")),
    "hurts": str(QT_TRANSLATE_NOOP("ControlBar", "H")),
    "end": str(QT_TRANSLATE_NOOP("ControlBar", "Esc")),
    "confirm": str(QT_TRANSLATE_NOOP("ControlBar", "Enter")),
    "cancel": str(QT_TRANSLATE_NOOP("ControlBar", "N")),
    "close": str(QT_TRANSLATE_NOOP("ControlBar", "Enter")),
}
"""The key that does what each button does (its accessible description says it): the
buttons never take the focus, so every one of them needs a key. Skip has only the
deliberate Alt+S, so that no stray key skips an exercise."""

SKIP_SHORTCUT = "Alt+S"

SMALLEST_PX = 14
"""At the window's narrowest, the buttons' text shrinks down to this rather than be cut."""


class ControlBar(QWidget):
    """The row of big buttons under the page, with the "End the break?" prompt."""

    def __init__(
        self, actions: Mapping[Command, Callable[[], None]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        bar = self._bar = QHBoxLayout(self)
        bar.setContentsMargins(24, 8, 24, 16)
        bar.setSpacing(12)
        self.buttons: dict[str, QPushButton] = {}
        for key, command, text, name in BUTTONS:
            button = QPushButton(self.tr(text))
            theme.big_button(button, self.tr(name))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(actions[command])
            button.setAccessibleDescription(self.tr("Key: {key}").format(key=self.tr(KEYS[key])))
            bar.addWidget(button)
            self.buttons[key] = button
            if key == "skip":
                bar.addStretch(1)
        skip = QShortcut(QKeySequence(SKIP_SHORTCUT), self)
        skip.activated.connect(self._skip_if_shown)
        self.end_prompt = QLabel(self.tr("End the break? What you did is saved."))
        theme.set_font(self.end_prompt, theme.BODY_PX, bold=True)
        bar.insertWidget(0, self.end_prompt)
        self._text_px = theme.BODY_PX

    def _skip_if_shown(self) -> None:
        if self.buttons["skip"].isVisible():
            self.buttons["skip"].click()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """The largest text (up to the normal size) with which the shown buttons fit whole."""
        shown: list[QWidget] = [b for b in self.buttons.values() if not b.isHidden()]
        if not self.end_prompt.isHidden():
            shown.append(self.end_prompt)
        margins = self._bar.contentsMargins()
        room = self.width() - margins.left() - margins.right()
        room -= self._bar.spacing() * max(0, len(shown) - 1)
        px = theme.BODY_PX
        while px > SMALLEST_PX and sum(_width_at(w, px) for w in shown) > room:
            px -= 1
        if px != self._text_px:
            self._text_px = px
            for widget in (*self.buttons.values(), self.end_prompt):
                theme.set_font(widget, px, bold=True)

    def show_for(self, phase: Phase, *, paused: bool, reps: bool, confirming: bool) -> None:
        """Show the buttons that make sense now; ``confirming``: asking "End the break?"."""
        running = phase in RUNNING and not confirming
        visible = {
            "back": running,
            "pause": running,
            "rep": running and phase is Phase.WORK and reps,
            "next": (phase in RUNNING or phase is Phase.INTRO) and not confirming,
            "skip": running,
            "hurts": running,
            "end": phase not in (Phase.SUMMARY, Phase.PAIN) and not confirming,
            "confirm": confirming,
            "cancel": confirming,
            "close": phase is Phase.SUMMARY,
        }
        for key, button in self.buttons.items():
            button.setVisible(visible[key])
        self.end_prompt.setVisible(confirming)
        self.buttons["pause"].setText(
            self.tr("Resume (Space)") if paused else self.tr("Pause (Space)")
        )
        intro = phase is Phase.INTRO
        self.buttons["next"].setText(self.tr("Start  ▶") if intro else self.tr("Next  ▶"))
        self.buttons["end"].setText(
            self.tr("Not now (Esc)") if intro else self.tr("End break (Esc)")
        )
        self._fit()


def _width_at(widget: QWidget, px: int) -> int:
    """The width ``widget`` asks for with its text at ``px`` (bold), not below its minimum."""
    metrics = QFontMetrics(theme.font(widget, px, bold=True))
    text = widget.text() if isinstance(widget, (QPushButton, QLabel)) else ""
    current = QFontMetrics(widget.font()).horizontalAdvance(text)
    padding = widget.sizeHint().width() - current
    return max(widget.minimumWidth(), metrics.horizontalAdvance(text) + padding)
