"""The composition root: the one place where backbreak's parts are built and wired.

The engine (what is due when), its Qt driver (timers), the history store, the
settings file, the notifier, the tray / no-tray window, the reminder card, the
windows, the idle / sleep / busy inputs and the control socket don't know each
other; :class:`BackbreakApp` connects them. :func:`serve` builds the real ones
(``backbreak.services.build_services``); tests build a :class:`BackbreakApp` from
small fakes (``Services``, ``backbreak.ui.windows.Windows``).

Startup stays light for an app that lives all day: windows are built on first use,
and nothing here imports QtMultimedia or QtSvgWidgets.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget

from backbreak import APP_ID, APP_NAME, __version__
from backbreak.desktop.notify import (
    Notifier,
    NullNotifier,
    Reminder,
    ReminderAction,
    choose_notifier,
    default_candidates,
    plan_for,
)
from backbreak.desktop.single_instance import reply
from backbreak.domain.catalog import Catalog
from backbreak.domain.history import BreakEvent, BreakRecord, Outcome
from backbreak.domain.settings import Settings
from backbreak.qt_guard import guard_singleton_refcounts
from backbreak.services import BreakLike, Services, build_services
from backbreak.ui.reminder_card import ReminderCard
from backbreak.ui.tray import AppActions, MenuState, TrayIcon
from backbreak.ui.windows import Windows

log = logging.getLogger(__name__)

SETTINGS_SETTLE_MS = 300


def reminder_for(brk: BreakLike, catalog: Catalog, again: bool = False) -> Reminder:
    """The words of a reminder: title, how long, which exercises."""
    names = [catalog.exercises[e].name if e in catalog.exercises else e for e in brk.exercises]
    minutes = max(1, round(brk.estimated_minutes))
    body = f"About {minutes} min: " + ", ".join(names) if names else f"About {minutes} min."
    title = f"Still waiting: {brk.title}" if again else f"Time for a break: {brk.title}"
    return Reminder(key=brk.id, title=title, body=body, again=again)


def break_json(brk: BreakLike | None) -> dict[str, Any] | None:
    if brk is None:
        return None
    kind = getattr(brk.kind, "value", brk.kind)
    return {
        "id": brk.id,
        "title": brk.title,
        "due": brk.due.isoformat(),
        "kind": str(kind),
        "exercises": list(brk.exercises),
        "estimated_minutes": brk.estimated_minutes,
    }


class BackbreakApp(QObject):
    """The running app: reacts to the engine, the user's actions and control commands.

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
        *,
        windows: Windows | None = None,
        notifier_candidates: Sequence[Callable[[], Notifier]] | None = None,
        tray_watch: Any = None,
        early_icon: QSystemTrayIcon | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.s = services
        self._early_icon = early_icon
        """The icon shown while the app was being built; the tray adopts it."""
        self.windows = windows or Windows(services)
        self.actions = AppActions(self)
        self._card: ReminderCard | None = None
        self.tray: TrayIcon | None = None
        self.main_window: QWidget | None = None
        self._tray_watch = tray_watch
        self._candidates = (
            list(notifier_candidates)
            if notifier_candidates is not None
            else default_candidates(tray=lambda: self.tray.icon if self.tray else None)
        )
        self.notifier: Notifier = NullNotifier()
        self._offered: dict[str, Any] = {}
        """Breaks with a reminder up and no answer yet, by id."""
        self._early: set[str] = set()
        """Keys reminded of before they were due (``backbreak remind``)."""
        self._session: QWidget | None = None
        self._session_break: Any = None
        self._open: dict[str, QWidget] = {}
        self._connect()

    # -- wiring ---------------------------------------------------------------------

    def _connect(self) -> None:
        a = self.actions
        a.start_requested.connect(self.start_now)
        a.next_requested.connect(self.start_next)
        a.snooze_requested.connect(lambda: self.snooze())
        a.skip_requested.connect(self.skip)
        a.pause_requested.connect(self._pause_from_menu)
        a.resume_requested.connect(self.resume)
        a.settings_requested.connect(self.open_settings)
        a.history_requested.connect(self.open_history)
        a.about_requested.connect(self.open_about)
        a.quit_requested.connect(self.quit)
        self.s.driver.break_due.connect(self.on_break_due)
        self.s.driver.state_changed.connect(self.refresh)
        if self._tray_watch is not None:
            self._tray_watch.changed.connect(self._tray_changed)
        presence = self.s.presence
        if presence is not None:
            presence.idle_sampled.connect(self.s.driver.note_idle)
            presence.resumed.connect(self.s.driver.note_resumed_from_sleep)
            # the menu says "Tue 14:05" for another day: redraw when the clock was set
            presence.clock_jumped.connect(lambda _jump: self.refresh())
            presence.reminder_ready.connect(self.show_reminder)

    def start(self) -> None:
        """Show the tray (or the window), pick the notifier, start the engine's timers."""
        tray_ok = bool(self._tray_watch.available()) if self._tray_watch is not None else False
        self._tray_changed(tray_ok)  # first: tray messages (Windows, macOS) need the icon
        self.notifier = choose_notifier(self._candidates)
        self.notifier.action_invoked.connect(self.answer)
        log.info("notifier: %s", self.notifier.name)
        if self.s.presence is not None:
            self.s.presence.start()
        self._watch_settings_file()
        self._retry_history_writes()
        log.info("started; the clock says %s", self.s.clock.now().isoformat(timespec="seconds"))
        self.s.driver.start()
        self.refresh()
        if self.s.problems:
            self.windows.message("backbreak", "\n\n".join(self.s.problems))
        if not self.s.settings.safety_notice_seen:
            QTimer.singleShot(0, self.first_run_notice)

    def _retry_history_writes(self) -> None:
        """Records the history can't take yet (locked, deleted) wait in its queue; a
        single-shot timer runs its ``retry`` when it asks, and its notice (records
        waiting for minutes) is shown. See backbreak/store/history.py."""
        history = self.s.history
        if not hasattr(history, "connect_retry"):
            return
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(history.retry)
        self._history_retry = timer
        history.connect_retry(
            lambda seconds: timer.start(int(seconds * 1000)),
            lambda text: self.windows.message("backbreak", text),
        )

    def _watch_settings_file(self) -> None:
        """Notice edits of the settings file made while the app runs (``backbreak config
        set``). The folder is watched too: atomic saves replace the file, which ends a
        watch on the file itself. Changes are read once they settle (SETTINGS_SETTLE_MS).
        """
        path = self.s.settings_path
        if path is None or self.s.load_settings is None:
            return
        from PySide6.QtCore import QFileSystemWatcher

        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            return
        self._settings_watch = QFileSystemWatcher([str(path.parent)], self)
        self._settings_settle = QTimer(self)
        self._settings_settle.setSingleShot(True)
        self._settings_settle.setInterval(SETTINGS_SETTLE_MS)
        self._settings_settle.timeout.connect(self._settings_file_changed)
        self._settings_watch.directoryChanged.connect(lambda _p: self._settings_settle.start())
        self._settings_watch.fileChanged.connect(lambda _p: self._settings_settle.start())
        if path.exists():
            self._settings_watch.addPath(str(path))

    def _settings_file_changed(self) -> None:
        path = self.s.settings_path
        if path is None:
            return
        if path.exists() and str(path) not in self._settings_watch.files():
            self._settings_watch.addPath(str(path))
        problems = self.reload_settings()
        if problems:
            self.windows.message("backbreak", "\n\n".join(problems))

    def first_run_notice(self) -> None:
        """The safety notice, once: remembered in Settings.safety_notice_seen."""
        if self.windows.safety_notice():
            self.apply_settings(self.s.settings.model_copy(update={"safety_notice_seen": True}))

    def _tray_changed(self, available: bool) -> None:
        if available and self.tray is None:
            self.tray = TrayIcon(self.actions, self, icon=self._early_icon)
            self._early_icon = None
            self.tray.activated.connect(self._tray_clicked)
            self.tray.update(self.menu_state())
            self.tray.show()
        elif not available and self.tray is not None:
            self.tray.hide()
            self.tray.deleteLater()
            self.tray = None
        if self._early_icon is not None:  # not adopted: no tray after all
            self._early_icon.hide()
            self._early_icon.deleteLater()
            self._early_icon = None
        if self.tray is None:
            self.show_main_window()
        elif self.main_window is not None:
            self._set_main_hint()

    def _tray_clicked(self) -> None:
        from backbreak.ui.tray import popup_menu_at

        popup_menu_at(self.actions)

    def show_main_window(self) -> None:
        if self.main_window is None:
            self.main_window = self.windows.main_window(self.actions)
            update = getattr(self.main_window, "update_state", None)
            if update is not None:
                update(self.menu_state())
        self._set_main_hint()
        self.main_window.show()
        self.main_window.raise_()
        self.main_window.activateWindow()

    def _set_main_hint(self) -> None:
        setter = getattr(self.main_window, "set_tray_present", None)
        if setter is not None:
            setter(self.tray is not None)

    # -- state ----------------------------------------------------------------------

    @property
    def engine(self) -> Any:
        return self.s.driver.engine

    def menu_state(self) -> MenuState:
        engine = self.engine
        nxt = engine.next_break()
        cur = engine.current_break()
        routines = tuple((r.id, r.name) for r in self.s.catalog.routines.values())
        return MenuState(
            next_title=nxt.title if nxt is not None else None,
            next_due=nxt.due if nxt is not None else None,
            due_title=cur.title if cur is not None else None,
            paused=engine.is_paused,
            paused_until=engine.paused_until,
            routines=routines,
            now=self.s.clock.now(),
        )

    def refresh(self) -> None:
        """Bring the tray, menu and window up to date with the engine."""
        state = self.menu_state()
        self.actions.update(state)
        if self.tray is not None:
            self.tray.update(state)
        update = getattr(self.main_window, "update_state", None)
        if update is not None:
            update(state)
        cur = self.engine.current_break()
        for key in list(self._offered):
            if key not in self._early and (cur is None or cur.id != key):
                self._withdraw(key)

    # -- reminders ------------------------------------------------------------------

    def on_break_due(self, brk: Any) -> None:
        """The engine announces a break (first time, or re-offered when unanswered).

        Presence holds it back while the user is busy (fullscreen, presenting) and
        passes it on through ``reminder_ready``; without presence it shows at once.
        """
        log.info(
            "break due: %s %s at %s: %s",
            brk.id,
            brk.title,
            brk.due.isoformat(timespec="seconds"),
            ",".join(brk.exercises),
        )
        if self._session is not None:
            return
        if self.s.presence is not None:
            self.s.presence.offer_reminder(brk)
        else:
            self.show_reminder(brk)

    def show_reminder(self, brk: Any, *, early: bool = False) -> None:
        """Announce a break through the notifier and/or the card (see ``plan_for``)."""
        if early:
            self._early.add(brk.id)
        elif brk.id in self._early:
            self._early.discard(brk.id)
            self._offered.pop(brk.id, None)
        again = brk.id in self._offered
        if not again:
            self._record(brk, BreakEvent.OFFERED)
        self._offered[brk.id] = brk
        reminder = reminder_for(brk, self.s.catalog, again=again)
        plan = plan_for(self.notifier, self.s.settings.notification_style)
        delivered = plan.desktop and self.notifier.notify(reminder)
        card = plan.card or not delivered
        if card:
            self.card.show_reminder(reminder)
        log.info(
            "reminder shown: %s (%s)%s%s",
            brk.id,
            reminder.title,
            " as a notification" if delivered else "",
            " on the card" if card else "",
        )

    @property
    def card(self) -> ReminderCard:
        """The reminder card, built the first time a reminder needs it."""
        if self._card is None:
            self._card = ReminderCard()
            self._card.action_invoked.connect(self.answer)
        return self._card

    def card_visible(self) -> bool:
        return self._card is not None and self._card.isVisible()

    def _withdraw(self, key: str) -> None:
        self._offered.pop(key, None)
        self._early.discard(key)
        held = getattr(self.s.presence, "held", None)
        if held is not None and getattr(held(), "id", None) == key:
            self.s.presence.cancel_held()
        self.notifier.withdraw(key)
        if self._card is not None:
            self._card.withdraw(key)

    def answer(self, key: str, action: str) -> None:
        """Start / Snooze / Skip from a notification or the card."""
        brk = self._offered.get(key) or self._break_by_id(key)
        self._withdraw(key)
        if brk is None:
            log.info("answer %s for a break no longer offered: %s", action, key)
            return
        if action == ReminderAction.START.value:
            self.open_session(brk)
        elif action == ReminderAction.SNOOZE.value:
            self.snooze()
        elif action == ReminderAction.SKIP.value:
            self.skip()

    def _break_by_id(self, key: str) -> Any:
        for brk in (self.engine.current_break(), self.engine.next_break()):
            if brk is not None and brk.id == key:
                return brk
        return None

    def remind_now(self) -> Any:
        """Show the next break's reminder now (``backbreak remind``)."""
        cur = self.engine.current_break()
        brk = cur or self.engine.next_break()
        if brk is not None:
            self.show_reminder(brk, early=cur is None)
        return brk

    # -- actions --------------------------------------------------------------------

    def start_now(self, routine_id: str | None = None) -> Any:
        """Start a break now: a routine, else the due break, else the next one, early."""
        if routine_id is None:
            brk = self.engine.current_break() or self.engine.next_break()
            if brk is None:
                brk = self.s.driver.start_manual(None)
        else:
            brk = self.s.driver.start_manual(routine_id)
        self.open_session(brk)
        return brk

    def start_next(self) -> None:
        brk = self.engine.next_break()
        if brk is not None:
            self.open_session(brk)

    def open_session(self, brk: Any) -> None:
        if self._session is not None:
            self._raise(self._session)
            return
        for key in list(self._offered):
            self._withdraw(key)
        window = self.windows.session(brk)
        window.finished.connect(lambda records, b=brk: self._session_done(b, records))  # type: ignore[attr-defined]
        disabled = getattr(window, "exercise_disabled", None)
        if disabled is not None:
            disabled.connect(self.disable_exercise)
        self._session = window
        self._session_break = brk
        self.s.driver.start_break(brk)
        self._raise(window)
        self.session_opened.emit(brk.id)

    def _session_done(self, brk: Any, records: Sequence[Any]) -> None:
        done = [
            r.exercise_id
            for r in records
            if getattr(r, "outcome", None) in (Outcome.DONE, Outcome.PARTIAL)
        ]
        window, self._session = self._session, None
        self._session_break = None
        if window is not None:
            # ``finished`` comes from inside the window's closeEvent: dropping the last
            # reference now would delete the widget under its own feet. Let it go once
            # the event loop is back.
            QTimer.singleShot(0, lambda w=window: w.deleteLater())
        self.s.driver.complete(brk, done)
        self.session_closed.emit(brk.id)

    def snooze(self, minutes: int | None = None) -> None:
        cur = self.engine.current_break()
        if cur is not None:
            self._record(cur, BreakEvent.SNOOZED, f"{minutes or self.s.settings.snooze_minutes}")
        self.s.driver.snooze(minutes)

    def skip(self) -> None:
        cur = self.engine.current_break()
        if cur is not None:
            self._record(cur, BreakEvent.SKIPPED)
        self.s.driver.skip()

    def disable_exercise(self, exercise_id: str) -> None:
        """After repeated "worse" reports the user turned an exercise off: keep it off."""
        from backbreak.domain.settings import DisabledReason

        disabled = dict(self.s.settings.disabled_exercises)
        disabled[exercise_id] = DisabledReason.PAIN
        self.apply_settings(self.s.settings.model_copy(update={"disabled_exercises": disabled}))

    def _pause_from_menu(self, minutes: int | None) -> None:
        self.pause(minutes, until_tomorrow=minutes is None)

    def pause(self, minutes: int | None, *, until_tomorrow: bool = False) -> None:
        """Pause reminders; whatever reminder is up goes away too."""
        for key in list(self._offered):
            self._withdraw(key)
        self.s.driver.pause(minutes, until_tomorrow=until_tomorrow)

    def resume(self) -> None:
        self.s.driver.resume()

    def _record(self, brk: Any, event: BreakEvent, detail: str = "") -> None:
        kind = getattr(brk.kind, "value", brk.kind)
        record = BreakRecord(
            brk.id, event, self.s.clock.now(), str(kind), tuple(brk.exercises), detail
        )
        try:
            self.s.recorder.record_break(record)
        except Exception:  # the store reports its own errors; a reminder must still work
            log.exception("could not record %s", event.value)

    # -- windows --------------------------------------------------------------------

    def _raise(self, window: QWidget) -> None:
        window.show()
        window.raise_()
        window.activateWindow()

    def _open_once(self, name: str, make: Callable[[], QWidget | None]) -> QWidget | None:
        window = self._open.get(name)
        if window is None or not window.isVisible():
            window = make()
            if window is None:
                return None
            self._open[name] = window
        self._raise(window)
        return window

    def open_settings(self) -> None:
        dialog = self._open_once("settings", self.windows.settings_dialog)
        if dialog is None:
            self.windows.message(
                "Settings", "The settings dialog is not available; use 'backbreak config'."
            )
            return
        applied = getattr(dialog, "applied", None)
        if applied is not None and not getattr(dialog, "_backbreak_wired", False):
            applied.connect(self.apply_settings)
            dialog._backbreak_wired = True  # type: ignore[attr-defined]

    def open_history(self) -> None:
        if self._open_once("history", self.windows.history_window) is None:
            self.windows.message("History", "The history window is not available.")

    def open_about(self) -> None:
        self._open_once("about", self.windows.about)

    def apply_settings(self, settings: Settings) -> None:
        """New settings from the dialog or a command: save, then adopt them."""
        try:
            self.s.save_settings(settings)
        except OSError as err:
            self.windows.message("backbreak", f"Your settings could not be saved: {err}")
        self.adopt_settings(settings)

    def adopt_settings(self, settings: Settings) -> None:
        """Use new settings (already saved): replan, idle threshold, autostart."""
        old = self.s.settings
        if settings == old:
            return
        self.s.settings = settings
        if settings.autostart != old.autostart:
            self._apply_autostart(settings.autostart)
        if self.s.presence is not None:
            self.s.presence.set_threshold_minutes(settings.idle_threshold_minutes)
        self.s.driver.update_settings(settings)
        self.refresh()

    def reload_settings(self) -> list[str]:
        """Re-read the settings file (changed by ``backbreak config set`` or by hand), so
        that the app's next save does not undo the change. Returns the file's problems."""
        load = self.s.load_settings
        if load is None:
            return []
        loaded = load()
        self.adopt_settings(loaded.settings)
        return list(loaded.problems)

    def _apply_autostart(self, enabled: bool) -> str:
        from backbreak.desktop.autostart import AutostartError, set_autostart

        try:
            return set_autostart(enabled)
        except AutostartError as err:
            self.windows.message("backbreak", f"Start at login: {err}")
            return ""

    def quit(self) -> None:
        for window in [self._session, self.main_window, *self._open.values()]:
            if window is not None:
                window.hide()
        if self._card is not None:
            self._card.hide()
        for key in list(self._offered):
            self._withdraw(key)
        self.notifier.shutdown()
        if self.s.presence is not None:
            self.s.presence.stop()
        if self.tray is not None:
            self.tray.hide()
        self.quit_requested.emit()

    # -- control commands -------------------------------------------------------------

    def _presence_status(self) -> dict[str, Any]:
        """Which idle / sleep / do-not-disturb sources are in use, and a held break."""
        presence = self.s.presence
        if presence is None:
            return {}
        from backbreak.desktop.presence_status import describe_backends

        held = presence.held()
        return {**describe_backends(presence), "held break": getattr(held, "id", None)}

    def status(self) -> dict[str, Any]:
        engine = self.engine
        paused = engine.paused_until
        return {
            "running": True,
            "version": __version__,
            "pid": os.getpid(),
            "now": self.s.clock.now().isoformat(),
            "next_break": break_json(engine.next_break()),
            "current_break": break_json(engine.current_break()),
            "paused": engine.is_paused,
            "paused_until": paused.isoformat() if paused is not None else None,
            "session_open": self._session is not None,
            "session_break": self._session_break.id if self._session_break else None,
            "reminder_card_visible": self.card_visible(),
            "tray": self.tray is not None,
            "notifier": self.notifier.name,
            "notification_style": self.s.settings.notification_style.value,
            "presence": self._presence_status(),
            "jobs": self.s.driver.jobs(),
        }

    def handle(self, request: Mapping[str, Any]) -> dict[str, Any]:
        """Answer one control command (``backbreak.desktop.single_instance`` protocol)."""
        from backbreak.desktop.control_requests import RequestError, check_args

        try:  # the same checks as the command line: known command, typed arguments
            checked = check_args(str(request.get("cmd", "")), request.get("args") or {})
        except RequestError as err:
            return reply(False, str(err), code=err.code)
        handler = getattr(self, f"_cmd_{checked.cmd.replace('-', '_')}", None)
        if handler is None:
            return reply(False, f"unknown command '{checked.cmd}'", code=2)
        result: dict[str, Any] = handler(checked.args)
        return result

    def _cmd_activate(self, _args: Mapping[str, Any]) -> dict[str, Any]:
        log.info("activated by another launch")
        self.show_main_window()
        return reply(True, "backbreak is already running.")

    def _cmd_status(self, _args: Mapping[str, Any]) -> dict[str, Any]:
        return reply(True, status_text(self.status()), **self.status())

    def _cmd_start(self, args: Mapping[str, Any]) -> dict[str, Any]:
        routine = args.get("routine")
        if routine is not None and routine not in self.s.catalog.routines:
            known = ", ".join(self.s.catalog.routines)
            return reply(False, f"no routine '{routine}'. Known routines: {known}", code=2)
        if self._session is not None:
            self._raise(self._session)
            return reply(True, "A session is already open.")
        brk = self.start_now(routine)
        return reply(True, f"Started: {brk.title}.", break_id=brk.id)

    def _cmd_remind(self, _args: Mapping[str, Any]) -> dict[str, Any]:
        brk = self.remind_now()
        if brk is None:
            return reply(False, "No break is planned (paused, or nothing enabled).")
        return reply(True, f"Reminder shown: {brk.title}.", break_id=brk.id)

    def _cmd_snooze(self, args: Mapping[str, Any]) -> dict[str, Any]:
        if self.engine.current_break() is None:
            return reply(False, "No break is due right now; nothing to snooze.")
        minutes = args.get("minutes")
        self.snooze(int(minutes) if minutes is not None else None)
        return reply(True, f"Snoozed for {minutes or self.s.settings.snooze_minutes} min.")

    def _cmd_skip(self, _args: Mapping[str, Any]) -> dict[str, Any]:
        if self.engine.current_break() is None:
            return reply(False, "No break is due right now; nothing to skip.")
        self.skip()
        return reply(True, "Skipped.")

    def _cmd_pause(self, args: Mapping[str, Any]) -> dict[str, Any]:
        minutes = args.get("minutes")
        tomorrow = bool(args.get("tomorrow"))
        self.pause(int(minutes) if minutes is not None else None, until_tomorrow=tomorrow)
        until = self.engine.paused_until
        when = until.strftime("%a %H:%M") if until is not None else "further notice"
        return reply(True, f"Paused until {when}.")

    def _cmd_resume(self, _args: Mapping[str, Any]) -> dict[str, Any]:
        self.resume()
        return reply(True, "Reminders are on again.")

    def _cmd_settings(self, _args: Mapping[str, Any]) -> dict[str, Any]:
        self.open_settings()
        return reply(True, "Settings opened.")

    def _cmd_autostart(self, args: Mapping[str, Any]) -> dict[str, Any]:
        enabled = bool(args.get("enabled"))
        self.apply_settings(self.s.settings.model_copy(update={"autostart": enabled}))
        from backbreak.desktop.autostart import backend_for

        where = backend_for().location()
        return reply(True, f"Start at login {'on' if enabled else 'off'} ({where}).")

    def _cmd_reload_settings(self, _args: Mapping[str, Any]) -> dict[str, Any]:
        problems = self.reload_settings()
        return reply(True, "Settings reloaded.", problems=problems)

    def _cmd_plan(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """``backbreak plan`` while the app runs: the live engine's state, walked forward."""
        from backbreak.cli.plan_cmd import MAX_DAYS_AHEAD, plan_rows
        from backbreak.planning.dayplan import plan_ahead

        try:
            day = date.fromisoformat(str(args.get("date")))
        except ValueError:
            return reply(False, f"not a date: {args.get('date')!r}", code=2)
        today = self.engine.clock().date()
        if not today <= day <= today + timedelta(days=MAX_DAYS_AHEAD):
            return reply(False, f"plan a day from {today} to {MAX_DAYS_AHEAD} days ahead", code=2)
        breaks = plan_ahead(self.engine, day)
        return reply(True, "", breaks=plan_rows(breaks, self.s.catalog))

    def _cmd_quit(self, _args: Mapping[str, Any]) -> dict[str, Any]:
        QTimer.singleShot(0, self.quit)
        return reply(True, "backbreak is quitting.")


def status_text(status: Mapping[str, Any]) -> str:
    """``backbreak status`` for people."""
    lines = [f"backbreak {status.get('version', '')} is running (pid {status.get('pid')})."]
    cur = status.get("current_break")
    if cur:
        lines.append(f"Due now: {cur['title']}")
    if status.get("session_open"):
        lines.append("A session is open.")
    if status.get("paused_until"):
        lines.append(f"Paused until {_clock_text(status['paused_until'])}.")
    elif status.get("paused"):
        lines.append("Paused until you resume.")
    nxt = status.get("next_break")
    if nxt and not cur:
        lines.append(f"Next: {nxt['title']} at {_clock_text(nxt['due'])}.")
    elif not nxt and not cur:
        lines.append("No break planned.")
    for source, backend in status.get("presence", {}).items():
        if source == "held break":
            if backend:
                lines.append("A due break waits until you are free (busy or full screen).")
        else:
            lines.append(f"{source.capitalize()}: {backend}")
    return "\n".join(lines)


def _clock_text(iso: str) -> str:
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    return moment.strftime("%a %H:%M")


# -- building the real thing ---------------------------------------------------------


def serve(
    qapp: QApplication,
    holder: dict[str, BackbreakApp],
    *,
    early_icon: QSystemTrayIcon | None = None,
) -> int:
    """Build the app (adopting the icon ``backbreak.launch`` put up) and run it until Quit.

    ``holder`` is how the control socket, listening already, reaches the app once built.
    """
    from backbreak.desktop.tray_watch import TrayWatch

    services = build_services()
    app = BackbreakApp(services, tray_watch=TrayWatch(), early_icon=early_icon)
    holder["app"] = app
    app.quit_requested.connect(qapp.quit)
    app.start()
    code = qapp.exec()
    close = getattr(services.history, "close", None)
    if close is not None:
        close()
    return int(code)


def run_session_only(routine_id: str | None) -> int:
    """``backbreak start`` with no app running: just the session window, then exit."""
    guard_singleton_refcounts()
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qapp, QApplication)
    QApplication.setApplicationName(APP_NAME)
    QApplication.setDesktopFileName(APP_ID)
    services = build_services()
    for problem in services.problems:  # e.g. no data folder: the session isn't recorded
        print(f"backbreak: {problem}", file=sys.stderr)
    open_session_only(services, routine_id, on_done=qapp.quit)
    code = qapp.exec()
    close = getattr(services.history, "close", None)
    if close is not None:
        close()
    return int(code)


def open_session_only(
    services: Services, routine_id: str | None, on_done: Callable[[], None]
) -> QWidget:
    """Open a manual break's session window; when it closes, what was done counts."""
    engine = services.driver.engine
    brk = engine.start_manual(routine_id)
    window = Windows(services).session(brk)

    def finished(records: Sequence[Any]) -> None:
        done = [r.exercise_id for r in records if r.outcome in (Outcome.DONE, Outcome.PARTIAL)]
        engine.complete(brk, done)
        on_done()

    window.finished.connect(finished)  # type: ignore[attr-defined]
    window.show()
    return window
