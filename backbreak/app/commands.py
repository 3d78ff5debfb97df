"""ControlCommands: the running app's answers to ``backbreak <command>``.

Requests arrive through the single-instance socket and are checked with the command
line's own rules (``backbreak.desktop.control_requests.check_args``), which return the
arguments typed. :meth:`ControlCommands.table` maps each command name to its handler;
every handler takes its arguments by name and type and returns the protocol reply.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer

from backbreak.desktop.single_instance import reply
from backbreak.i18n import formats

if TYPE_CHECKING:
    from backbreak.app.core import BackbreakApp

log = logging.getLogger(__name__)

Reply = dict[str, Any]
Handler = Callable[[Mapping[str, Any]], Reply]


class ControlCommands:
    """One handler per control command, found in :meth:`table`, never by name lookup."""

    def __init__(self, app: BackbreakApp) -> None:
        self.app = app
        self._table = self.table()

    def table(self) -> dict[str, Handler]:
        """``{command: handler}``; the handler gets the arguments ``check_args`` typed."""
        return {
            "activate": lambda _a: self.activate(),
            "status": lambda _a: self.status(),
            "start": lambda a: self.start(a["routine"]),
            "remind": lambda _a: self.remind(),
            "snooze": lambda a: self.snooze(a["minutes"]),
            "skip": lambda _a: self.skip(),
            "pause": lambda a: self.pause(a["minutes"], a["tomorrow"]),
            "resume": lambda _a: self.resume(),
            "settings": lambda _a: self.settings(),
            "autostart": lambda a: self.autostart(a["enabled"]),
            "reload-settings": lambda _a: self.reload_settings(),
            "plan": lambda a: self.plan(a["date"]),
            "quit": lambda _a: self.quit(),
        }

    def handle(self, request: Mapping[str, Any]) -> Reply:
        """Answer one control command (``backbreak.desktop.single_instance`` protocol)."""
        from backbreak.desktop.control_requests import RequestError, check_args

        try:  # the same checks as the command line: known command, typed arguments
            checked = check_args(str(request.get("cmd", "")), request.get("args") or {})
        except RequestError as err:
            return reply(False, str(err), code=err.code)
        handler = self._table.get(checked.cmd)
        if handler is None:
            return reply(False, f"unknown command '{checked.cmd}'", code=2)
        return handler(checked.args)

    def activate(self) -> Reply:
        log.info("activated by another launch")
        self.app.shell.show_main_window()
        return reply(True, QCoreApplication.translate("commands", "backbreak is already running."))

    def status(self) -> Reply:
        from backbreak.cli.status_text import status_text

        status = self.app.status()
        return reply(True, status_text(status), **status)

    def start(self, routine: str | None) -> Reply:
        routines = self.app.s.catalog.routines
        if routine is not None and routine not in routines:
            known = ", ".join(routines)
            message = QCoreApplication.translate(
                "commands", "no routine '{routine}'. Known routines: {known}"
            )
            return reply(False, message.format(routine=routine, known=known), code=2)
        if self.app.session.raise_open():
            return reply(True, QCoreApplication.translate("commands", "A session is already open."))
        brk = self.app.start_now(routine)
        started = QCoreApplication.translate("commands", "Started: {title}.").format(
            title=brk.title
        )
        return reply(True, started, break_id=brk.id)

    def remind(self) -> Reply:
        brk = self.app.reminders.remind_now()
        if brk is None:
            return reply(
                False,
                QCoreApplication.translate(
                    "commands", "No break is planned (paused, or nothing enabled)."
                ),
            )
        shown = QCoreApplication.translate("commands", "Reminder shown: {title}.").format(
            title=brk.title
        )
        return reply(True, shown, break_id=brk.id)

    def snooze(self, minutes: int | None) -> Reply:
        if self.app.engine.current_break() is None:
            return reply(
                False,
                QCoreApplication.translate(
                    "commands", "No break is due right now; nothing to snooze."
                ),
            )
        self.app.reminders.snooze(minutes)
        snoozed = minutes or self.app.settings.current.snooze_minutes
        return reply(
            True, QCoreApplication.translate("commands", "Snoozed for %n min.", "", snoozed)
        )

    def skip(self) -> Reply:
        if self.app.engine.current_break() is None:
            return reply(
                False,
                QCoreApplication.translate(
                    "commands", "No break is due right now; nothing to skip."
                ),
            )
        self.app.reminders.skip()
        return reply(True, QCoreApplication.translate("commands", "Skipped."))

    def pause(self, minutes: int | None, tomorrow: bool) -> Reply:
        self.app.reminders.pause(minutes, until_tomorrow=tomorrow)
        until = self.app.engine.paused_until
        if until is None:
            return reply(
                True, QCoreApplication.translate("commands", "Paused until further notice.")
            )
        when = formats.day_and_clock(until)
        return reply(
            True, QCoreApplication.translate("commands", "Paused until {time}.").format(time=when)
        )

    def resume(self) -> Reply:
        self.app.s.driver.resume()
        return reply(True, QCoreApplication.translate("commands", "Reminders are on again."))

    def settings(self) -> Reply:
        self.app.open_settings()
        return reply(True, QCoreApplication.translate("commands", "Settings opened."))

    def autostart(self, enabled: bool) -> Reply:
        self.app.settings.update(autostart=enabled)
        from backbreak.desktop.autostart import backend_for

        where = backend_for().location()
        if enabled:
            return reply(
                True,
                QCoreApplication.translate("commands", "Start at login on ({where}).").format(
                    where=where
                ),
            )
        return reply(
            True,
            QCoreApplication.translate("commands", "Start at login off ({where}).").format(
                where=where
            ),
        )

    def reload_settings(self) -> Reply:
        problems = self.app.settings.reload()
        return reply(
            True, QCoreApplication.translate("commands", "Settings reloaded."), problems=problems
        )

    def plan(self, day_text: str) -> Reply:
        """``backbreak plan`` while the app runs: the live engine's state, walked forward."""
        from backbreak.cli.plan_cmd import plan_rows

        plan_day = self.app.s.plan_day
        if plan_day is None:
            return reply(False, "this backbreak can't plan ahead", code=1)
        try:
            day = date.fromisoformat(day_text)
        except ValueError:
            return reply(False, f"not a date: {day_text!r}", code=2)
        try:
            breaks = plan_day(day)
        except ValueError as err:
            return reply(False, str(err), code=2)
        return reply(True, "", breaks=plan_rows(breaks, self.app.s.catalog))

    def quit(self) -> Reply:
        QTimer.singleShot(0, self.app.quit)
        return reply(True, QCoreApplication.translate("commands", "backbreak is quitting."))
