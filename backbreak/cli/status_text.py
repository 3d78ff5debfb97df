"""``backbreak status`` for people: the running app's status dict as a few lines.

The ``presence`` part's keys are protocol words ("notifications", "held"); they are
shown by :data:`KIND_LABELS` in the installed language, and a key it doesn't know as
is, capitalized. The descriptions come translated from the app.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from backbreak.i18n import QT_TRANSLATE_NOOP, formats
from backbreak.i18n.tables import Translated

KIND_LABELS = Translated(
    "status_text",
    {
        "notifications": QT_TRANSLATE_NOOP("status_text", "Notifications"),
        #: What tells how long the keyboard and mouse have been untouched.
        "idle": QT_TRANSLATE_NOOP("status_text", "Idle"),
        #: What tells that the user is busy (full screen, do-not-disturb).
        "busy": QT_TRANSLATE_NOOP("status_text", "Busy"),
        "calls": QT_TRANSLATE_NOOP("status_text", "Calls"),
        #: What tells of suspend, resume and the screen lock.
        "sleep": QT_TRANSLATE_NOOP("status_text", "Sleep"),
        #: Start at login.
        "autostart": QT_TRANSLATE_NOOP("status_text", "Autostart"),
        "sound": QT_TRANSLATE_NOOP("status_text", "Sound"),
        #: Why a due break waits, as in the tray's "held: you're in a call".
        "held": QT_TRANSLATE_NOOP("status_text", "Held"),
    },
)
"""The labels of the ``presence`` lines, by key."""


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
        until = clock_text(status["paused_until"], status.get("now"))
        lines.append(
            QCoreApplication.translate("status_text", "Paused until {time}.").format(time=until)
        )
    elif status.get("paused"):
        lines.append(QCoreApplication.translate("status_text", "Paused until you resume."))
    nxt = status.get("next_break")
    if nxt and not cur:
        due = clock_text(nxt["due"], status.get("now"))
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
            label = KIND_LABELS.get(source, source.capitalize())
            lines.append(f"{label}: {backend}")
    return "\n".join(lines)


def clock_text(iso: str, now_iso: str | None = None) -> str:
    """An ISO time as the clock time ("14:05") on the running app's day (``now_iso``),
    with the weekday ("Tue 14:05") on another day or when the day is unknown;
    unreadable text as is."""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    try:
        today = (
            datetime.fromisoformat(now_iso).astimezone(moment.tzinfo).date() if now_iso else None
        )
    except ValueError:
        today = None
    return formats.day_and_clock(moment, today)
