"""The one interface every notification backend implements.

A backend shows a :class:`Reminder` for a due break and, if it can, reports what the
user did with it. Backends differ in what they can report: the freedesktop backend
(D-Bus, with action buttons) reports clicks and buttons; Qt's tray messages and plyer
cannot: ``QSystemTrayIcon.showMessage`` attaches a click action only to critical
messages on Linux and its ``messageClicked`` also fires for other apps'
notifications, and plyer sends and forgets on every platform. For those the app also
shows its own reminder card. ``reports_clicks`` is how a backend says which kind it is.

Every backend keeps the OS-edge contract of ``backbreak.desktop.backend``: ``name``,
``available()``, and a ``reason`` and ``install_hint`` when it says no.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QObject, Signal


class ReminderAction(str, Enum):
    """What the user chose on a reminder. The notification's default action is START."""

    START = "start"
    SNOOZE = "snooze"
    SKIP = "skip"


@dataclass(frozen=True)
class Reminder:
    """What a reminder says. ``key`` is the break id; answers come back with it."""

    key: str
    title: str
    body: str
    again: bool = False
    """True when an unanswered break is offered again (a gentler wording, no sound)."""
    quiet: bool = False
    """True for a break a long call held past its limit: low urgency, no sound."""


class Notifier(QObject):
    """Base class of the notification backends.

    Signals:
        action_invoked(str key, str action): the user clicked the notification
            (action ``"start"``) or one of its buttons (``ReminderAction`` values).
        closed(str key): the notification went away without an action.
    """

    action_invoked = Signal(str, str)
    closed = Signal(str)

    name = "none"
    reports_clicks = False
    """True when clicks and buttons on the notification reach ``action_invoked``."""
    reason = ""
    """Why :meth:`available` said no, or what limits the backend; empty otherwise."""
    install_hint = ""
    """What the user could install or turn on to make it work; empty when nothing would."""
    is_null = False
    """True for the backend that shows nothing (the reminder card does the work)."""

    def available(self) -> bool:
        """Whether this backend can show anything here and now."""
        return False

    def notify(self, reminder: Reminder) -> bool:
        """Show the reminder (replacing an earlier one for the same key); False on failure."""
        return False

    def withdraw(self, key: str) -> None:
        """Take the reminder for ``key`` down, if it is still shown."""

    def shutdown(self) -> None:
        """Release what the backend holds (a bus connection)."""


class NullNotifier(Notifier):
    """Shows nothing: the app's own reminder card does the work.

    Named "card", so ``notifications=card`` in ``BACKBREAK_BACKENDS`` forces the card alone.
    """

    name = "card"
    is_null = True

    def available(self) -> bool:
        return True
