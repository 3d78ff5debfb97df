"""``backbreak status`` for people: the running app's status dict as a few lines."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from backbreak.i18n import formats


def status_text(status: Mapping[str, Any]) -> str:
    """``backbreak status`` for people."""
    running = QCoreApplication.translate(
        "status_text", "backbreak {version} is running (pid {pid})."
    )
    lines = [running.format(version=status.get("version", ""), pid=status.get("pid"))]
    cur = status.get("current_break")
    if cur:
        lines.append(
            QCoreApplication.translate("status_text", "Due now: {title}").format(title=cur["title"])
        )
    if status.get("session_open"):
        lines.append(QCoreApplication.translate("status_text", "A session is open."))
    if status.get("paused_until"):
        until = clock_text(status["paused_until"])
        lines.append(
            QCoreApplication.translate("status_text", "Paused until {time}.").format(time=until)
        )
    elif status.get("paused"):
        lines.append(QCoreApplication.translate("status_text", "Paused until you resume."))
    nxt = status.get("next_break")
    if nxt and not cur:
        due = clock_text(nxt["due"])
        lines.append(
            QCoreApplication.translate("status_text", "Next: {title} at {time}.").format(
                title=nxt["title"], time=due
            )
        )
    elif not nxt and not cur:
        lines.append(QCoreApplication.translate("status_text", "No break planned."))
    for source, backend in status.get("presence", {}).items():
        if source == "held break":
            if backend and not status["presence"].get("held"):
                lines.append(
                    QCoreApplication.translate(
                        "status_text", "A due break waits until you are free (busy or full screen)."
                    )
                )
        else:
            lines.append(f"{source.capitalize()}: {backend}")
    return "\n".join(lines)


def clock_text(iso: str) -> str:
    """An ISO time as the weekday and clock time ("Tue 14:05"); unreadable text as is."""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    return formats.day_and_clock(moment)
