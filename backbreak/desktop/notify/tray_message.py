"""Reminders as Qt tray messages: what Windows and macOS offer a Qt app.

``QSystemTrayIcon.showMessage`` has no buttons, and its ``messageClicked`` is not a
reliable click path (on Linux it fires for other apps' notifications too, and only
critical messages carry a click action). A click is still taken as
"start" where it comes, but the backend does not claim to report clicks, so the app
shows its reminder card as well.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QSystemTrayIcon

from backbreak.desktop.notify.base import Notifier, Reminder, ReminderAction
from backbreak.desktop.reason import Reason
from backbreak.i18n import QT_TRANSLATE_NOOP

SHOW_MS = 30_000


class TrayMessageNotifier(Notifier):
    """Shows reminders as balloon / banner messages of the tray icon.

    ``tray`` returns the current tray icon, or None while there is none (the icon
    appears and disappears with the tray host). Signals: see :class:`Notifier`.
    """

    name = "tray-message"
    reports_clicks = False

    def __init__(self, tray: Callable[[], QSystemTrayIcon | None]) -> None:
        super().__init__()
        self._tray = tray
        self._last_key: str | None = None
        self._hooked: QSystemTrayIcon | None = None

    def available(self) -> bool:
        icon = self._tray()
        if icon is None or not icon.isVisible():
            self.reason = Reason(
                QT_TRANSLATE_NOOP("backend", "no tray icon is shown (no system tray)")
            )
            return False
        if not QSystemTrayIcon.supportsMessages():
            self.reason = Reason(
                QT_TRANSLATE_NOOP("backend", "the system tray does not show messages")
            )
            return False
        self.reason = ""
        return True

    def notify(self, reminder: Reminder) -> bool:
        icon = self._tray()
        if icon is None or not icon.isVisible():
            return False
        if self._hooked is not icon:
            icon.messageClicked.connect(self._clicked)
            self._hooked = icon
        self._last_key = reminder.key
        icon.showMessage(
            reminder.title, reminder.body, QSystemTrayIcon.MessageIcon.Information, SHOW_MS
        )
        return True

    def _clicked(self) -> None:
        if self._last_key is not None:
            self.action_invoked.emit(self._last_key, ReminderAction.START.value)

    def withdraw(self, key: str) -> None:
        if key == self._last_key:
            self._last_key = None
