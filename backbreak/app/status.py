"""The running app's status: what ``backbreak status`` (and ``--json``) reports.

The keys are the control protocol's (see the README); :func:`backends` is the one place
that collects which backend serves each OS edge, ``{kind: description}``. The
descriptions are made here, in the running app, in its language; the keys and the
backends' names stay English.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from backbreak import __version__
from backbreak.desktop.presence_status import describe_notifications
from backbreak.desktop.sound import describe_sound
from backbreak.planning.model import Break

if TYPE_CHECKING:
    from backbreak.app.core import BackbreakApp


def break_json(brk: Break | None) -> dict[str, Any] | None:
    if brk is None:
        return None
    return {
        "id": brk.id,
        "title": brk.title,
        "due": brk.due.isoformat(),
        "kind": brk.kind.value,
        "exercises": list(brk.exercises),
        "estimated_minutes": brk.estimated_minutes,
    }


def backends(app: BackbreakApp) -> dict[str, Any]:
    """The status's ``presence`` part: ``{kind: description}`` of the backends in use
    (the notifier the app chose, ``Services.describe_backends`` filled by the
    composition root, the sound player a session would use), and the break presence
    holds back, if presence runs."""
    described: dict[str, Any] = {}
    choice = app.reminders.notifier_choice
    if choice is not None:
        described["notifications"] = describe_notifications(choice)
    described.update(app.s.describe_backends())
    described["sound"] = (
        describe_sound()
        if app.settings.current.sounds_enabled
        else QCoreApplication.translate("status", "off (turned off in settings)")
    )
    if app.s.presence is not None:
        described["held break"] = app.reminders.held_id()
    return described


def app_status(app: BackbreakApp) -> dict[str, Any]:
    engine = app.engine
    paused = engine.paused_until
    session = app.session.current
    return {
        "running": True,
        "version": __version__,
        "pid": os.getpid(),
        "now": app.s.clock.now().isoformat(),
        "next_break": break_json(engine.next_break()),
        "current_break": break_json(engine.current_break()),
        "paused": engine.is_paused,
        "paused_until": paused.isoformat() if paused is not None else None,
        "session_open": app.session.is_open,
        "session_break": session.id if session is not None else None,
        "reminder_card_visible": app.reminders.card_visible(),
        "tray": app.shell.tray is not None,
        "notifier": app.reminders.notifier.name,
        "notification_style": app.settings.current.notification_style.value,
        "presence": backends(app),
        "jobs": app.s.driver.jobs(),
    }
