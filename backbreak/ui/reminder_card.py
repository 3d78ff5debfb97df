"""backbreak's own reminder: a small card in the screen corner with Start / Snooze / Skip.

It appears when the desktop notification can't report clicks (or there is none), or
when the user asked for it. It never takes the keyboard focus from what the user is
typing into: it is a frameless tool window that does not accept focus and is shown
without activation.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from backbreak.desktop.notify.base import Reminder, ReminderAction
from backbreak.ui.fit import fit_height
from backbreak.ui.palettes import Tone, tone

MARGIN = 16
WIDTH = 340


class ReminderCard(QWidget):
    """The in-app reminder for one break.

    Signals:
        action_invoked(str key, str action): Start / Snooze / Skip pressed
            (``ReminderAction`` values); the card hides itself.
        dismissed(str key): closed with ×, no answer (the engine re-offers later).
    """

    action_invoked = Signal(str, str)
    dismissed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminder-card")
        self.setWindowTitle(self.tr("backbreak reminder"))
        self.setWindowFlags(
            Qt.WindowType.Tool
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.WindowDoesNotAcceptFocus
        )
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFixedWidth(WIDTH)
        self.key: str | None = None

        frame = QFrame(self)
        frame.setObjectName("card")
        border = tone(self.palette(), Tone.ACCENT).name()
        frame.setStyleSheet(
            "#card { background: palette(window); border-radius: 8px;"
            f" border: 2px solid {border}; }}"
        )
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        layout = QVBoxLayout(frame)

        layout.addLayout(self._head())
        self.body_label = QLabel()
        self.body_label.setWordWrap(True)
        layout.addWidget(self.body_label)
        layout.addLayout(self._answers())

    def _head(self) -> QHBoxLayout:
        """The title in bold, and × to close without answering."""
        head = QHBoxLayout()
        self.title_label = QLabel()
        self.title_label.setWordWrap(True)
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title_label.setFont(font)
        head.addWidget(self.title_label, 1)
        close = QPushButton("×")
        close.setFlat(True)
        close.setFixedWidth(28)
        close.setToolTip(self.tr("Close; the break is offered again later"))
        close.setAccessibleName(self.tr("Close"))
        close.setAccessibleDescription(self.tr("The break is offered again later"))
        close.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        close.clicked.connect(self._dismiss)
        head.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        return head

    def _answers(self) -> QHBoxLayout:
        """Start / Snooze / Skip; none of them takes the focus."""
        buttons = QHBoxLayout()
        self.buttons: dict[ReminderAction, QPushButton] = {}
        for action, text in (
            (ReminderAction.START, self.tr("Start")),
            (ReminderAction.SNOOZE, self.tr("Snooze")),
            (ReminderAction.SKIP, self.tr("Skip")),
        ):
            button = QPushButton(text)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, a=action: self._answer(a))
            buttons.addWidget(button)
            self.buttons[action] = button
        self.buttons[ReminderAction.START].setAccessibleDescription(self.tr("Start the break now"))
        self.buttons[ReminderAction.SNOOZE].setAccessibleDescription(
            self.tr("Remind me again in a few minutes")
        )
        self.buttons[ReminderAction.SKIP].setAccessibleDescription(
            self.tr("Skip this break; it is recorded as skipped")
        )
        self.buttons[ReminderAction.START].setDefault(True)
        return buttons

    def show_reminder(self, reminder: Reminder) -> None:
        """Fill in the reminder and show the card in the top-right corner."""
        self.key = reminder.key
        self.title_label.setText(reminder.title)
        self.body_label.setText(reminder.body)
        self.setAccessibleName(reminder.title)
        self.setAccessibleDescription(reminder.body)
        fit_height(self, WIDTH)
        self.move(self._corner())
        self.show()
        self.raise_()

    def withdraw(self, key: str) -> None:
        if key == self.key:
            self.key = None
            self.hide()

    def _corner(self) -> QPoint:
        """Bottom right, out of the way of the notification bubbles most Linux and macOS
        desktops show top right; top right on Windows, whose toasts come bottom right."""
        screen = QGuiApplication.primaryScreen()
        if screen is None:
            return QPoint(MARGIN, MARGIN)
        area = screen.availableGeometry()
        x = area.right() - self.width() - MARGIN
        if sys.platform == "win32":
            return QPoint(x, area.top() + MARGIN)
        return QPoint(x, area.bottom() - self.sizeHint().height() - MARGIN)

    def _answer(self, action: ReminderAction) -> None:
        key = self.key
        self.key = None
        self.hide()
        if key is not None:
            self.action_invoked.emit(key, action.value)

    def _dismiss(self) -> None:
        key = self.key
        self.key = None
        self.hide()
        if key is not None:
            self.dismissed.emit(key)
