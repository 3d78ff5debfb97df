"""What ``backbreak status`` shows about the OS edges: the backend chosen for each kind.

Qt-free at import, so the status command can call it without starting an event loop.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from backbreak.desktop.backend import Choice, Choices

if TYPE_CHECKING:
    from backbreak.desktop.notify.base import Notifier
    from backbreak.desktop.presence import PresenceMonitor

NO_BUSY = "none (reminders are never held)"
CARD = "reminder card"
NO_CALLS = "off (calls never hold a break)"


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
            "busy": choose_busy_detectors().describe(NO_BUSY),
            "calls": CallMonitor(default_call_backends(SystemClock())).describe(),
            "sleep": probe_sleep_sources().describe(),
        }
    idle = presence.idle_monitor
    if presence.idle_choice is not None:
        idle_text = presence.idle_choice.describe()
    else:
        idle_text = idle.name if not idle.reason else f"{idle.name} ({idle.reason})"
    busy_choice = presence.busy_choice or Choices("busy", tuple(presence.busy_detectors))
    watcher = presence.sleep_watcher
    lines = {"idle": idle_text, "busy": busy_choice.describe(NO_BUSY)}
    lines["calls"] = presence.calls.describe() if presence.calls is not None else NO_CALLS
    lines["sleep"] = watcher.describe() if watcher is not None else "off"
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
    if notifier.is_null:
        return CARD + text[len(name) :]
    if not notifier.reports_clicks:
        return f"{name} + {CARD}{text[len(name) :]}"
    return text
