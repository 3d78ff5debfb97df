"""The small window that stands in for the tray when there is no tray host.

It shows the state (the tray's tooltip text) and offers the same actions as the tray
menu, as buttons and the full menu. Closing it keeps backbreak running; "Quit" ends it.
"""

from __future__ import annotations

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from backbreak.i18n import QT_TRANSLATE_NOOP
from backbreak.ui.palettes import Tone, tint_label
from backbreak.ui.tray import AppActions, MenuState, state_icon

NO_TRAY_HINT = QT_TRANSLATE_NOOP(
    "MainWindow", "No system tray was found. Closing this window keeps reminders running."
)
TRAY_HINT = QT_TRANSLATE_NOOP(
    "MainWindow", "backbreak also lives in the system tray. Closing this window keeps it running."
)


class MainWindow(QWidget):
    """Status and actions without a tray. Signals: none (the actions carry them)."""

    def __init__(self, actions: AppActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main-window")
        self.setWindowTitle("backbreak")
        self.app_actions = actions
        layout = QVBoxLayout(self)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleDescription(self.tr("Status"))
        layout.addWidget(self.status_label)

        row = QHBoxLayout()
        self.start_button = QPushButton(self.tr("Start a break now"))
        self.start_button.setMenu(actions.start_menu)
        row.addWidget(self.start_button)
        self.snooze_button = self._button(self.tr("Snooze"), actions.snooze_action.trigger)
        row.addWidget(self.snooze_button)
        self.skip_button = self._button(self.tr("Skip"), actions.skip_action.trigger)
        row.addWidget(self.skip_button)
        layout.addLayout(row)

        row = QHBoxLayout()
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.setMenu(actions.pause_menu)
        row.addWidget(self.pause_button)
        self.resume_button = self._button(self.tr("Resume"), actions.resume_action.trigger)
        row.addWidget(self.resume_button)
        self.menu_button = QPushButton(self.tr("More"))
        self.menu_button.setMenu(actions.menu)
        self.menu_button.setAccessibleName(self.tr("More actions"))
        row.addWidget(self.menu_button)
        layout.addLayout(row)

        self.hint = QLabel(self.tr(NO_TRAY_HINT))
        self.hint.setWordWrap(True)
        tint_label(self.hint, Tone.NOTE)  # faint but readable: disabled text is not
        layout.addWidget(self.hint)
        self.update_state(MenuState())

    def _button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda _=False: slot())  # type: ignore[operator]
        return button

    def update_state(self, state: MenuState) -> None:
        self.setWindowIcon(state_icon(state.icon_state))
        self.status_label.setText(state.tooltip().split("\n", 1)[-1])
        due = state.due_title is not None
        self.snooze_button.setEnabled(due)
        self.skip_button.setEnabled(due)
        paused = state.paused
        self.pause_button.setVisible(not paused)
        self.resume_button.setVisible(paused)

    def set_tray_present(self, present: bool) -> None:
        self.hint.setText(self.tr(TRAY_HINT) if present else self.tr(NO_TRAY_HINT))

    def closeEvent(self, event: QCloseEvent) -> None:
        """Hide instead of closing: the app keeps reminding."""
        event.ignore()
        self.hide()
