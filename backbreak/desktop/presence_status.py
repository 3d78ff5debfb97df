"""What ``backbreak status`` shows about the OS edges: the backend chosen for each kind.

It needs no event loop, so the status command can call it without starting one. The
lines are in the language installed when they are made; the backends' names are not
translated.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from backbreak.desktop.backend import Choice, Choices
from backbreak.desktop.reason import shown
from backbreak.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from backbreak.desktop.notify.base import Notifier
    from backbreak.desktop.presence import PresenceMonitor

NO_BUSY = QT_TRANSLATE_NOOP("presence_status", "none (reminders are never held)")
#: The app's own reminder window, shown when notifications can't report a click.
CARD = QT_TRANSLATE_NOOP("presence_status", "reminder card")
NO_CALLS = QT_TRANSLATE_NOOP("presence_status", "off (calls never hold a break)")
NO_SLEEP = QT_TRANSLATE_NOOP("presence_status", "off")
"""The status texts, in English; :func:`tr` shows them in the installed language."""


def tr(text: str) -> str:
    """One of this module's texts in the installed language."""
    return QCoreApplication.translate("presence_status", text)


def describe_backends(
    presence: PresenceMonitor | None = None, notifier_choice: Choice[Notifier] | None = None
) -> dict[str, str]:
    """One ``Choice.describe()``-style line per kind, keyed by kind.

    Keys: "notifications", "idle", "busy", "sleep", "autostart". Without a running
    ``presence`` every backend is probed afresh (a few short D-Bus calls and an X
    connection), which is what the status command wants when no app runs. With one
    but no ``notifier_choice``, the "notifications" line is left out rather than
    probed: the running app's own choice is the one worth showing.
    """
    from backbreak.desktop.autostart import choose_autostart

    lines: dict[str, str] = {}
    if notifier_choice is None and presence is None:
        from backbreak.desktop.notify import default_candidates
        from backbreak.desktop.notify import notifier_choice as choose_notifier

        notifier_choice = choose_notifier(default_candidates())
        notifier_choice.backend.shutdown()
    if notifier_choice is not None:
        lines["notifications"] = describe_notifications(notifier_choice)
    return {**lines, **describe_presence(presence), "autostart": choose_autostart().describe()}


def describe_presence(presence: PresenceMonitor | None) -> dict[str, str]:
    """The "idle", "busy", "calls" and "sleep" lines, from a running monitor or probed
    afresh; with a running monitor that holds a break, "held" says why."""
    if presence is None:
        from backbreak.clock import SystemClock
        from backbreak.desktop.busy import choose_busy_detectors
        from backbreak.desktop.calls.monitor import CallMonitor, default_call_backends
        from backbreak.desktop.idle import choose_idle_monitor
        from backbreak.desktop.sleep_sources import probe_sleep_sources

        return {
            "idle": choose_idle_monitor().describe(),
            "busy": choose_busy_detectors().describe(tr(NO_BUSY)),
            "calls": CallMonitor(default_call_backends(SystemClock())).describe(),
            "sleep": probe_sleep_sources().describe(),
        }
    idle = presence.idle_monitor
    if presence.idle_choice is not None:
        idle_text = presence.idle_choice.describe()
    else:
        idle_text = idle.name if not idle.reason else f"{idle.name} ({shown(idle.reason)})"
    busy_choice = presence.busy_choice or Choices("busy", tuple(presence.busy_detectors))
    watcher = presence.sleep_watcher
    lines = {"idle": idle_text, "busy": busy_choice.describe(tr(NO_BUSY))}
    lines["calls"] = presence.calls.describe() if presence.calls is not None else tr(NO_CALLS)
    lines["sleep"] = watcher.describe() if watcher is not None else tr(NO_SLEEP)
    held = presence.hold_text()
    if held:
        lines["held"] = held
    return lines


def describe_notifications(choice: Choice[Notifier]) -> str:
    """The notifier's line; "+ reminder card" where the app adds its card.

    The card is added when the backend can't report clicks (no server, or a server
    without the "actions" capability), so a click always has somewhere to land.
    """
    notifier = choice.backend
    name: str = notifier.name
    text = str(choice.describe())
    card = tr(CARD)
    if notifier.is_null:
        return card + text[len(name) :]
    if not notifier.reports_clicks:
        return f"{name} + {card}{text[len(name) :]}"
    return text
