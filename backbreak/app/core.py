"""BackbreakApp: the running tray app, wired from its controllers.

The controllers don't know each other; this class connects them and starts and ends
the app: :class:`~backbreak.app.reminders.Reminders` (offer, answer, card),
:class:`~backbreak.app.session_control.SessionController` (the one session),
:class:`~backbreak.app.settings_control.SettingsController` (current settings, file
watch, autostart), :class:`~backbreak.app.shell.Shell` (tray or main window, other
windows) and :class:`~backbreak.app.commands.ControlCommands` (``backbreak <command>``).
It builds no part itself: ``backbreak.app.build`` hands it the real ones, tests fakes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from backbreak.app.commands import ControlCommands
from backbreak.app.reminders import Reminders
from backbreak.app.seams import EngineView, Services, SettingsView, TrayWatch
from backbreak.app.session_control import SessionController
from backbreak.app.settings_control import SettingsController
from backbreak.app.shell import Shell, menu_state
from backbreak.app.status import app_status
from backbreak.desktop.notify import Notifier
from backbreak.planning.model import Break
from backbreak.ui.tray import AppActions, MenuState
from backbreak.ui.window_factory import WindowFactory

log = logging.getLogger(__name__)


class BackbreakApp(QObject):
    """The running app: its parts wired together, ``start`` and ``quit``.

    Signals:
        quit_requested(): the user (or ``backbreak quit``) asked to end the app.
        session_opened(str break_id), session_closed(str break_id)
    """

    quit_requested = Signal()
    session_opened = Signal(str)
    session_closed = Signal(str)

    def __init__(
        self,
        services: Services,
        settings: SettingsController,
        *,
        windows: WindowFactory,
        notifier_candidates: Sequence[Callable[[], Notifier]],
        tray_watch: TrayWatch | None = None,
        startup_icon: QSystemTrayIcon | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.s = services
        self.settings = settings
        settings.setParent(self)
        self.actions = AppActions(self)
        self.shell = Shell(
            self.actions, windows, tray_watch=tray_watch, startup_icon=startup_icon, parent=self
        )
        self.reminders = Reminders(
            services.driver,
            services.catalog,
            services.clock,
            services.recorder,
            lambda: settings.current,
            presence=services.presence,
            parent=self,
        )
        self.session = SessionController(services.driver, windows.session, self)
        self.commands = ControlCommands(self)
        self._candidates = list(notifier_candidates)
        self._history_retry = QTimer(self)
        self._history_retry.setSingleShot(True)
        self._connect_actions()
        self._connect_parts()

    @property
    def engine(self) -> EngineView:
        return self.s.driver.engine

    # -- wiring ---------------------------------------------------------------------

    def _connect_actions(self) -> None:
        a, r = self.actions, self.reminders
        a.start_requested.connect(self.start_now)
        a.next_requested.connect(self.start_next)
        a.snooze_requested.connect(lambda: r.snooze())
        a.skip_requested.connect(r.skip)
        a.pause_requested.connect(lambda m: r.pause(m, until_tomorrow=m is None))
        a.resume_requested.connect(self.s.driver.resume)
        a.settings_requested.connect(self.open_settings)
        a.history_requested.connect(self.open_history)
        a.about_requested.connect(self.open_about)
        a.quit_requested.connect(self.quit)

    def _connect_parts(self) -> None:
        driver, presence = self.s.driver, self.s.presence
        driver.break_due.connect(self.on_break_due)
        driver.state_changed.connect(self.refresh)
        self.reminders.start_requested.connect(self.session.open)
        self.reminders.held_changed.connect(self.refresh)
        self.session.opened.connect(lambda _id: self.reminders.withdraw_all())
        self.session.opened.connect(self.session_opened)
        self.session.closed.connect(self.session_closed)
        self.session.exercise_disabled.connect(self.settings.disable_exercise)
        self.settings.problem.connect(self.shell.message)
        self.settings.changed.connect(driver.update_settings)
        self.settings.changed.connect(lambda _s: self.refresh())
        if presence is not None:
            self.settings.changed.connect(
                lambda s: presence.set_threshold_minutes(s.idle_threshold_minutes)
            )
            presence.idle_sampled.connect(driver.note_idle)
            presence.resumed.connect(driver.note_resumed_from_sleep)
            # the menu says "Tue 14:05" for another day: redraw when the clock was set
            presence.clock_jumped.connect(lambda _jump: self.refresh())

    def start(self) -> None:
        """Show the tray (or the window), pick the notifier, start the engine's timers."""
        self.shell.show_state(self._menu_state())
        self.shell.start()  # first: tray messages (Windows, macOS) need the icon
        self.reminders.choose_notifier(self._candidates)
        if self.s.presence is not None:
            self.s.presence.start()
        self.settings.watch_file()
        self._retry_history_writes()
        log.info("started; the clock says %s", self.s.clock.now().isoformat(timespec="seconds"))
        self.s.driver.start()
        self.refresh()
        if self.s.problems:
            self.shell.message("backbreak", "\n\n".join(self.s.problems))
        if not self.settings.current.safety_notice_seen:
            QTimer.singleShot(0, self.first_run_notice)

    def _retry_history_writes(self) -> None:
        """Records the history can't take yet (locked, deleted) wait in its queue; a
        single-shot timer runs its ``retry`` when it asks, and its notice (records
        waiting for minutes) is shown."""
        history = self.s.history
        if history is None:
            return
        timer = self._history_retry
        timer.timeout.connect(history.retry)
        history.connect_retry(
            lambda seconds: timer.start(int(seconds * 1000)),
            lambda text: self.shell.message("backbreak", text),
        )

    def first_run_notice(self) -> None:
        """The safety notice, once: remembered in Settings.safety_notice_seen."""
        if self.shell.windows.safety_notice():
            self.settings.update(safety_notice_seen=True)

    def _menu_state(self) -> MenuState:
        routines = tuple((r.id, r.name) for r in self.s.catalog.routines.values())
        state = menu_state(self.engine, routines, self.s.clock.now())
        return replace(state, held=self.reminders.held_reason())

    def refresh(self) -> None:
        """Bring the tray, menu and window up to date; drop reminders no longer due."""
        self.shell.show_state(self._menu_state())
        self.reminders.drop_stale()

    def on_break_due(self, brk: Break) -> None:
        """The engine announces a break (first time, or re-offered when unanswered);
        none is offered over an open session."""
        log.info(
            "break due: %s %s at %s: %s",
            brk.id,
            brk.title,
            brk.due.isoformat(timespec="seconds"),
            ",".join(brk.exercises),
        )
        if not self.session.is_open:
            self.reminders.offer(brk)

    # -- actions ----------------------------------------------------------------------

    def start_now(self, routine_id: str | None = None) -> Break:
        """Start a break now: a routine, else the due break, else the next one, early."""
        planned = None
        if routine_id is None:
            planned = self.engine.current_break() or self.engine.next_break()
        brk = planned or self.s.driver.start_manual(routine_id)
        self.session.open(brk)
        return brk

    def start_next(self) -> None:
        brk = self.engine.next_break()
        if brk is not None:
            self.session.open(brk)

    def open_settings(self) -> None:
        def make() -> SettingsView | None:
            dialog = self.shell.windows.settings_dialog()
            if dialog is not None:
                dialog.applied.connect(self.settings.apply)
            return dialog

        if self.shell.open_once("settings", make) is None:
            self.shell.message(
                QCoreApplication.translate("BackbreakApp", "Settings"),
                QCoreApplication.translate(
                    "BackbreakApp", "The settings dialog is not available; use 'backbreak config'."
                ),
            )

    def open_history(self) -> None:
        if self.shell.open_once("history", self.shell.windows.history_window) is None:
            self.shell.message(
                QCoreApplication.translate("BackbreakApp", "History"),
                QCoreApplication.translate("BackbreakApp", "The history window is not available."),
            )

    def open_about(self) -> None:
        self.shell.open_once("about", self.shell.windows.about)

    def status(self) -> dict[str, Any]:
        return app_status(self)

    def handle(self, request: Mapping[str, Any]) -> dict[str, Any]:
        """Answer one control command (see :class:`ControlCommands`)."""
        return self.commands.handle(request)

    def quit(self) -> None:
        self.session.hide()
        self.shell.quit()
        self.reminders.shutdown()
        if self.s.presence is not None:
            self.s.presence.stop()
        self.quit_requested.emit()
