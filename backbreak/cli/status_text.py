"""``backbreak status`` for people: the running app's status dict as a few lines."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any


def status_text(status: Mapping[str, Any]) -> str:
    """``backbreak status`` for people."""
    lines = [f"backbreak {status.get('version', '')} is running (pid {status.get('pid')})."]
    cur = status.get("current_break")
    if cur:
        lines.append(f"Due now: {cur['title']}")
    if status.get("session_open"):
        lines.append("A session is open.")
    if status.get("paused_until"):
        lines.append(f"Paused until {clock_text(status['paused_until'])}.")
    elif status.get("paused"):
        lines.append("Paused until you resume.")
    nxt = status.get("next_break")
    if nxt and not cur:
        lines.append(f"Next: {nxt['title']} at {clock_text(nxt['due'])}.")
    elif not nxt and not cur:
        lines.append("No break planned.")
    for source, backend in status.get("presence", {}).items():
        if source == "held break":
            if backend and not status["presence"].get("held"):
                lines.append("A due break waits until you are free (busy or full screen).")
        else:
            lines.append(f"{source.capitalize()}: {backend}")
    return "\n".join(lines)


def clock_text(iso: str) -> str:
    """An ISO time as the weekday and clock time ("Tue 14:05"); unreadable text as is."""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    return moment.strftime("%a %H:%M")
