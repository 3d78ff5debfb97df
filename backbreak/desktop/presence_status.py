"""What ``backbreak status`` shows about presence: the backend chosen for each job.

Qt-free, so the status command can call it without starting an event loop.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from backbreak.desktop.presence import PresenceMonitor


def describe_backends(presence: PresenceMonitor | None = None) -> dict[str, str]:
    """What ``backbreak status`` shows: the backend chosen for each job, and why.

    Without a running ``presence`` the backends are probed afresh (a few short D-Bus
    calls and an X connection), which is what the status command wants.
    """
    if presence is None:
        from backbreak.desktop.busy import choose_busy_detectors
        from backbreak.desktop.idle import choose_idle_monitor

        idle = choose_idle_monitor()
        busy = choose_busy_detectors()
        sleep = describe_sleep_sources()
    else:
        idle, busy = presence.idle_monitor, presence.busy_detectors
        watcher = presence.sleep_watcher
        sleep = watcher.describe() if watcher is not None else "off"
    idle_text = idle.name if not idle.reason else f"{idle.name} ({idle.reason})"
    busy_text = ", ".join(d.name for d in busy) if busy else "none (reminders are never held)"
    return {"idle time": idle_text, "sleep and lock": sleep, "do not disturb": busy_text}


def describe_sleep_sources() -> str:
    """Which suspend/lock sources would be subscribed to, without a Qt event loop."""
    from backbreak.desktop.dbus_util import BusClient
    from backbreak.desktop.sleep_watch import LOGIND, SCREENSAVER_INTERFACES

    sources = []
    system = BusClient("SYSTEM")
    if system.has_owner(LOGIND):
        sources.append("logind PrepareForSleep")
    system.close()
    session = BusClient("SESSION")
    if any(session.has_owner(name) for name in SCREENSAVER_INTERFACES):
        sources.append("screensaver ActiveChanged")
    session.close()
    sources.append("clock gap check")
    return " + ".join(sources)
