"""WindowFactory: builds the app's windows, each on first use.

Every window module (session, settings, history, about, charts and stats behind them)
is imported only when its window is first opened, so the tray app starts light.
Tests pass a subclass that returns plain widgets.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

if TYPE_CHECKING:
    from backbreak.app.seams import Services, SessionView, SettingsView, Window
    from backbreak.domain.settings import Settings
    from backbreak.planning.model import Break
    from backbreak.ui.main_window import MainWindow
    from backbreak.ui.tray import AppActions


class WindowFactory:
    """Builds the app's windows from its parts and the current settings."""

    def __init__(self, services: Services, settings: Callable[[], Settings]) -> None:
        self.s = services
        self._settings = settings
        self._messages: list[QMessageBox] = []

    def session(self, brk: Break) -> SessionView:
        """The guided session for a break; it emits ``finished(list[ExerciseRecord])``."""
        from backbreak.planning.dosing import with_doses
        from backbreak.ui.session_window import SessionWindow

        return SessionWindow(
            with_doses(self.s.catalog, brk.doses),
            brk.exercises,
            title=brk.title,
            break_id=brk.id,
            recorder=self.s.recorder,
            settings=self._settings(),
            worse_counts=self._worse_counts(brk.exercises),
            break_kind=brk.kind.value,
            dose_notes=dict(brk.notes),
            clock=self.s.clock,
        )

    def _worse_counts(self, exercise_ids: Sequence[str]) -> Mapping[str, int] | None:
        history = self.s.history
        if history is None:
            return None
        return {e: history.worse_reports(e) for e in exercise_ids}

    def settings_dialog(self) -> SettingsView | None:
        """The settings dialog (emits ``applied(Settings)``)."""
        from backbreak.ui.settings_dialog import SettingsDialog

        return SettingsDialog(self._settings(), self.s.catalog)

    def history_window(self) -> Window | None:
        if self.s.history is None:
            return None
        from backbreak.ui.history_window import HistoryWindow

        return HistoryWindow(self.s.history, self.s.catalog, self._settings(), self.s.clock.now)

    def about(self) -> Window:
        from backbreak.ui.about import AboutDialog

        return AboutDialog(self.s.catalog)

    def safety_notice(self) -> bool:
        """Show the first-run safety notice (modal); True once it was shown."""
        from backbreak.ui.safety_notice import show_safety_notice

        show_safety_notice(None)
        return True

    def main_window(self, actions: AppActions) -> MainWindow:
        from backbreak.ui.main_window import MainWindow

        return MainWindow(actions)

    def message(self, title: str, text: str) -> None:
        """A non-blocking message box (problems with the user's files, missing parts)."""
        box = QMessageBox(QMessageBox.Icon.Information, title, text)
        box.setModal(False)
        box.finished.connect(lambda _code, b=box: self._messages.remove(b))
        self._messages.append(box)  # a Python-owned widget lives as long as its wrapper
        box.show()
