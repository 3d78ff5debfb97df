"""The "This hurts" path of a session window: ask once, advise once, turn off once.

The session decides what to advise (``Session.pain_advice``); this keeps the panel in
step with it without asking twice when the window redraws, and reports an exercise
the user turned off through ``on_disable``. No signals.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from backbreak.domain.history import Feeling
from backbreak.session.machine import Phase, Session, SessionView
from backbreak.ui.pain_dialog import PainPanel


class PainPath:
    """Drives ``panel`` from ``session`` while the session is in its pain phase."""

    def __init__(
        self, session: Session, panel: PainPanel, on_disable: Callable[[str], None]
    ) -> None:
        self._session = session
        self.panel = panel
        self._on_disable = on_disable
        self._shown: str | None = None
        """None, "asked" or "advised": what the panel shows for the current report."""
        self._disabled: set[str] = set()

    def answer(self, feeling: Feeling) -> None:
        """Pass the answer on; a double click answers once."""
        if self._session.phase is Phase.PAIN and self._session.pain_advice is None:
            self._session.answer_pain(feeling)

    def disable_current(self) -> None:
        """Turn off the exercise that hurt (reported once), and say so on the button."""
        advice = self._session.pain_advice
        if advice is None:
            return
        exercise_id = advice.exercise.id
        if exercise_id not in self._disabled:
            self._disabled.add(exercise_id)
            self._on_disable(exercise_id)
        self.panel.disable_button.setEnabled(False)
        self.panel.disable_button.setText(QCoreApplication.translate("PainPath", "Turned off ✓"))

    def show_view(self, view: SessionView) -> None:
        """Ask when a report starts, advise once the answer is in; forget it afterwards."""
        if view.phase is not Phase.PAIN:
            self._shown = None
            return
        if self._shown is None:
            self.panel.ask(view.exercise.name if view.exercise else "")
            self._shown = "asked"
        advice = self._session.pain_advice
        if advice is not None and self._shown == "asked":
            self.panel.advise(advice, last=view.index + 1 >= len(self._session.exercises))
            self._shown = "advised"
