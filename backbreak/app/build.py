"""The composition root: the one place where backbreak's real parts are built.

:func:`build_core` loads the catalog, settings and history and builds the engine, its
driver and (for the tray app) presence; :func:`build_app` adds the tray watch and the
window factory and wires them into a :class:`~backbreak.app.core.BackbreakApp`;
:func:`serve` runs it, :func:`run_session_only` runs just a session (``backbreak start``
with no app running). ``backbreak.launch`` puts the tray icon up before any of this is
imported.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from backbreak.app.seams import BreakTracker, PlanDay, Services, SessionView
from backbreak.app.session_control import SessionController
from backbreak.app.settings_control import SettingsController
from backbreak.clock import Clock
from backbreak.planning.model import Break

if TYPE_CHECKING:
    from backbreak.app.core import BackbreakApp
    from backbreak.desktop.presence import PresenceMonitor
    from backbreak.domain.settings import Settings
    from backbreak.planning.engine import Engine
    from backbreak.store.history import HistoryStore
    from backbreak.store.settings_file import SettingsFile, SettingsLoad


@dataclass
class Core:
    """The real non-UI parts and the owner of the current settings."""

    services: Services
    settings: SettingsController
    engine: Engine


def build_core(clock: Clock | None = None, *, presence: bool = True) -> Core:
    """Load the catalog, settings and history; build the engine, its driver and presence.

    ``clock``: the one clock (wall and monotonic) every part reads; the system's by default.
    """
    from backbreak.clock import SystemClock
    from backbreak.domain.catalog import load_catalog
    from backbreak.planning.engine import Engine
    from backbreak.planning.qt_driver import EngineDriver
    from backbreak.store import paths
    from backbreak.store.settings_file import SettingsFile

    clock = clock if clock is not None else SystemClock()
    settings_file = SettingsFile(paths.settings_file())  # saves take the settings lock
    settings_load, language = load_settings_in_language(settings_file)
    # The exercises' own text in the language the windows speak (English where the
    # overlay has no entry).
    loaded = load_catalog(user_file=paths.user_catalog_file(), language=language)
    # Local days in the clock's zone (local_zone() for the system clock), not the C library's.
    history, history_problems = open_history_or_memory(paths.history_file(), clock=clock)
    settings = settings_load.settings
    engine = Engine(loaded.catalog, settings, history, clock.now)
    services = Services(
        catalog=loaded.catalog,
        driver=EngineDriver(engine, clock),
        recorder=history,
        clock=clock,
        history=history,
        plan_day=planner(engine),
        problems=[*loaded.warnings, *settings_load.problems, *history_problems],
    )
    controller = SettingsController(
        settings, settings_file.save, load=settings_file.load, path=paths.settings_file()
    )
    if presence:
        add_presence(services, controller)
    return Core(services, controller, engine)


def load_settings_in_language(settings_file: SettingsFile) -> tuple[SettingsLoad, str]:
    """The settings, loaded with their language installed; and that language.

    What loading finds wrong is told to the user, so the language goes in first, read
    from the file's raw ``language`` entry (the file itself may be what is broken). When
    the loaded settings ask for another language (the entry was refused, the file set
    aside), theirs is installed after; the problems already worded stay in the language
    the file asked for.
    """
    from backbreak.i18n import pick_language, saved_language_setting

    asked = install_language(saved_language_setting(settings_file.path))
    loaded = settings_file.load()
    if pick_language(loaded.settings.language.value) != asked:
        return loaded, install_language(loaded.settings.language.value)
    return loaded, asked


def add_presence(services: Services, settings: SettingsController) -> None:
    """Idle time, sleep, busy and call holds, and their description for ``backbreak status``.

    The call rules follow the settings: the sources switched on, the grace after a call,
    and the longest a call may hold a break.
    """
    from backbreak.desktop.calls.monitor import CallMonitor, default_call_backends
    from backbreak.desktop.calls.watch import CallWatch
    from backbreak.desktop.presence import create_presence
    from backbreak.desktop.presence_status import describe_backends

    current = settings.current
    calls = CallWatch(CallMonitor(default_call_backends(services.clock), current.call_sources))
    # The driver's own timer checks for clock gaps; presence needn't do it twice.
    monitor = create_presence(
        current.idle_threshold_minutes, clock=services.clock, gap_check=False, calls=calls
    )
    follow_call_settings(monitor, current)
    settings.changed.connect(lambda s: follow_call_settings(monitor, s))
    services.presence = monitor
    services.describe_backends = lambda: describe_backends(monitor)


def follow_call_settings(monitor: PresenceMonitor, settings: Settings) -> None:
    """Hand the call settings to presence's hold policy and call watch."""
    monitor.set_call_rules(
        settings.call_sources,
        grace_s=settings.call_grace_minutes * 60.0,
        limit_s=settings.call_hold_limit_minutes * 60.0,
    )


def planner(engine: Engine) -> PlanDay:
    """``backbreak plan`` on the live engine: its state walked forward, a few days at most."""

    def plan_day(day: date) -> list[Break]:
        from backbreak.cli.plan_cmd import MAX_DAYS_AHEAD
        from backbreak.planning.dayplan import plan_ahead

        today = engine.clock().date()
        if not today <= day <= today + timedelta(days=MAX_DAYS_AHEAD):
            raise ValueError(f"plan a day from {today} to {MAX_DAYS_AHEAD} days ahead")
        return plan_ahead(engine, day)

    return plan_day


def open_history_or_memory(
    path: Path, *, clock: Clock | None = None
) -> tuple[HistoryStore, list[str]]:
    """``open_history``, or a history in memory when its folder can't be made or reached.

    The app's worth is in its reminders and sessions: a data folder that can't be
    created (a file in its place, no permission) must not stop it. It runs, records
    into memory, and says once that nothing is kept, as for a read-only folder.
    """
    from backbreak.store import history_messages
    from backbreak.store.history import MEMORY, HistoryStore, open_history

    try:
        return open_history(path, clock=clock)
    except OSError as err:
        reason = err.strerror or str(err)
        return HistoryStore.open(MEMORY, clock=clock), [
            history_messages.no_data_folder(path.parent, reason)
        ]


def install_language(setting: str) -> str:
    """Install the translator the ``language`` setting (or the system) asks for, before
    any window, tray or problem text is made; returns the language.

    :func:`build_core` calls it first thing, so the problems it finds while loading are
    in that language. Without a running Qt application (a test building the core alone)
    there is nothing to install on, and the texts stay English.
    """
    from PySide6.QtCore import QCoreApplication

    from backbreak import i18n

    language = i18n.pick_language(setting)
    if QCoreApplication.instance() is not None:
        i18n.install(language)
    return language


def build_app(startup_icon: QSystemTrayIcon | None = None) -> BackbreakApp:
    """The tray app from the real parts, adopting the icon ``backbreak.launch`` put up."""
    from backbreak.app.core import BackbreakApp
    from backbreak.desktop.notify import default_candidates
    from backbreak.desktop.tray_watch import TrayWatch
    from backbreak.ui.window_factory import WindowFactory

    core = build_core()  # installs the language
    built: list[BackbreakApp] = []

    def tray_icon() -> QSystemTrayIcon | None:
        """Tray messages (Windows, macOS) go through the app's tray icon, once there."""
        tray = built[0].shell.tray if built else None
        return tray.icon if tray is not None else None

    app = BackbreakApp(
        core.services,
        core.settings,
        windows=WindowFactory(core.services, lambda: core.settings.current),
        notifier_candidates=default_candidates(tray=tray_icon),
        tray_watch=TrayWatch(),
        startup_icon=startup_icon,
    )
    built.append(app)
    return app


def serve(
    qapp: QApplication,
    holder: dict[str, BackbreakApp],
    *,
    startup_icon: QSystemTrayIcon | None = None,
) -> int:
    """Build the app and run it until Quit.

    ``holder`` is how the control socket, listening already, reaches the app once built.
    """
    app = build_app(startup_icon)
    holder["app"] = app
    app.quit_requested.connect(qapp.quit)
    app.start()
    code = qapp.exec()
    if app.s.history is not None:
        app.s.history.close()
    return int(code)


class SessionEngine(BreakTracker, Protocol):
    """What a session without the app needs of the engine."""

    def start_manual(self, routine_id: str | None = None) -> Break: ...


def open_session_only(
    engine: SessionEngine,
    make_window: Callable[[Break], SessionView],
    routine_id: str | None,
    on_done: Callable[[], None],
) -> SessionController:
    """Open a manual break's session window; when it closes, what was done counts."""
    session = SessionController(engine, make_window)
    session.closed.connect(lambda _id: on_done())
    session.open(engine.start_manual(routine_id))
    return session


def run_session_only(routine_id: str | None) -> int:
    """``backbreak start`` with no app running: just the session window, then exit."""
    from backbreak import APP_ID, APP_NAME
    from backbreak.qt_guard import guard_singleton_refcounts
    from backbreak.ui.palettes import apply_from_env
    from backbreak.ui.window_factory import WindowFactory

    guard_singleton_refcounts()
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qapp, QApplication)
    QApplication.setApplicationName(APP_NAME)
    QApplication.setDesktopFileName(APP_ID)
    apply_from_env(qapp)
    core = build_core(presence=False)  # installs the language
    for problem in core.services.problems:  # e.g. no data folder: nothing is recorded
        print(f"backbreak: {problem}", file=sys.stderr)
    windows = WindowFactory(core.services, lambda: core.settings.current)
    _session = open_session_only(core.engine, windows.session, routine_id, qapp.quit)
    code = qapp.exec()
    if core.services.history is not None:
        core.services.history.close()
    return int(code)
