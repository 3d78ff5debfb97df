"""The app rig: small fakes of the engine, its driver, the notifier, presence and the
windows, so the app's wiring is tested without the real planner, store or session
window, and fixtures that build a started app from them.

A pytest plugin (``pytest_plugins`` in tests/conftest.py), so the fixtures serve the
app tests (tests/app) and the command-line tests that talk to a running app
(tests/cli): ``make_rig(tray=True, notifier=None, settings=None, startup_icon=None, ...)``
-> ``Rig``; ``due`` (a due break), ``now`` (the rig clock's time), ``notifier_of``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QSystemTrayIcon, QWidget

from backbreak.app import BackbreakApp
from backbreak.app.seams import Services
from backbreak.app.settings_control import SettingsController
from backbreak.desktop.notify.base import Notifier, Reminder
from backbreak.domain.catalog import Catalog
from backbreak.domain.settings import Settings
from backbreak.planning.model import Break, BreakKind
from backbreak.store.history import HistoryStore
from backbreak.store.settings_file import SettingsLoad
from backbreak.ui.window_factory import WindowFactory
from helpers.fakes import FakeClock, FakeRecorder

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=timezone(timedelta(hours=1)))

PRESENCE_BACKENDS = {
    "idle": "x11-screensaver",
    "sleep": "clock-gap",
    "busy": "x11-fullscreen",
}
"""What the rig's presence says it uses (``backbreak status``)."""


def make_break(
    id: str, due: datetime, kind: str, exercises: tuple[str, ...], minutes: float, title: str
) -> Break:
    """A real :class:`Break` (a plain frozen dataclass: no fake needed), briefly."""
    return Break(id, due, BreakKind(kind), exercises, minutes, title)


class FakeEngine:
    """Records calls; ``current`` / ``upcoming`` are set by the test."""

    def __init__(self) -> None:
        self.current: Break | None = None
        self.upcoming: Break | None = make_break(
            "b-next", NOW + timedelta(minutes=30), "prone-holds", ("prone-lying",), 5, "Prone holds"
        )
        self.paused: datetime | None = None
        self.calls: list[tuple[str, Any]] = []

    def next_break(self) -> Break | None:
        return self.upcoming

    def current_break(self) -> Break | None:
        return self.current

    @property
    def paused_until(self) -> datetime | None:
        return self.paused

    @property
    def is_paused(self) -> bool:
        return self.paused is not None

    def note_idle(self, seconds: float) -> None:
        self.calls.append(("note_idle", seconds))

    def note_resumed_from_sleep(self) -> None:
        self.calls.append(("resumed", None))

    def start_manual(self, routine_id: str | None = None) -> Break:
        return make_break(
            f"manual-{routine_id}", NOW, "manual", ("cat-camel",), 3, f"Manual {routine_id}"
        )

    def start_break(self, brk: Break) -> None:
        self.calls.append(("start_break", brk.id))

    def complete(self, brk: Break, done: Iterable[str]) -> None:
        self.calls.append(("complete", (brk.id, list(done))))


class FakeDriver(QObject):
    break_due = Signal(object)
    state_changed = Signal()

    def __init__(self, engine: FakeEngine) -> None:
        super().__init__()
        self.engine = engine
        self.started = False
        self.calls: list[tuple[str, Any]] = []

    def start(self) -> None:
        self.started = True

    def snooze(self, minutes: int | None = None) -> None:
        self.calls.append(("snooze", minutes))
        self.engine.current = None
        self.state_changed.emit()

    def skip(self) -> None:
        self.calls.append(("skip", None))
        self.engine.current = None
        self.state_changed.emit()

    def complete(self, brk: Break, done: Iterable[str]) -> None:
        self.calls.append(("complete", (brk.id, list(done))))
        self.engine.current = None
        self.state_changed.emit()

    def start_manual(self, routine_id: str | None = None) -> Break:
        self.calls.append(("start_manual", routine_id))
        return self.engine.start_manual(routine_id)

    def pause(self, minutes: int | None = None, *, until_tomorrow: bool = False) -> None:
        self.calls.append(("pause", (minutes, until_tomorrow)))
        self.engine.paused = NOW + timedelta(minutes=minutes or 600)
        self.state_changed.emit()

    def resume(self) -> None:
        self.calls.append(("resume", None))
        self.engine.paused = None
        self.state_changed.emit()

    def update_settings(self, settings: Settings) -> None:
        self.calls.append(("update_settings", settings))

    def note_idle(self, idle_seconds: float) -> None:
        self.calls.append(("note_idle", idle_seconds))

    def note_resumed_from_sleep(self) -> None:
        self.calls.append(("resumed", None))

    def start_break(self, brk: Break) -> None:
        self.calls.append(("start_break", brk.id))

    def jobs(self) -> list[dict[str, Any]]:
        return [{"id": "cadence:prone", "trigger": "AnchoredTrigger", "next_run_time": None}]

    def make_due(self, brk: Break) -> None:
        """What the real driver does when a break falls due."""
        self.engine.current = brk
        self.state_changed.emit()
        self.break_due.emit(brk)


class FakeSession(QWidget):
    """Like SessionWindow: ``finished`` is emitted from inside closeEvent."""

    finished = Signal(list)
    exercise_disabled = Signal(str)

    def __init__(self, brk: Any) -> None:
        super().__init__()
        self.brk = brk
        self.records: list[Any] = []

    def closeEvent(self, event: QCloseEvent) -> None:
        self.finished.emit(list(self.records))
        super().closeEvent(event)


class FakeSettingsDialog(QWidget):
    """Like SettingsDialog: ``applied(Settings)``."""

    applied = Signal(object)


class FakeWindows(WindowFactory):
    """Plain widgets instead of the real windows; counts what was opened."""

    def __init__(self, services: Services, settings: Callable[[], Settings]) -> None:
        super().__init__(services, settings)
        self.sessions: list[FakeSession] = []
        self.opened: list[str] = []
        self.messages: list[str] = []
        self.notice_shown = 0

    def session(self, brk: Break) -> FakeSession:
        window = FakeSession(brk)
        self.sessions.append(window)
        return window

    def settings_dialog(self) -> FakeSettingsDialog:
        self.opened.append("settings")
        return FakeSettingsDialog()

    def history_window(self) -> QWidget:
        self.opened.append("history")
        return QWidget()

    def about(self) -> QWidget:
        self.opened.append("about")
        return QWidget()

    def safety_notice(self) -> bool:
        self.notice_shown += 1
        return True

    def message(self, title: str, text: str) -> None:
        self.messages.append(text)


class FakeNotifier(Notifier):
    def __init__(self, name: str = "fake", clicks: bool = True, ok: bool = True) -> None:
        super().__init__()
        self.name = name
        self.reports_clicks = clicks
        self._ok = ok
        self.shown: list[Reminder] = []
        self.withdrawn: list[str] = []

    def available(self) -> bool:
        return self._ok

    def notify(self, reminder: Reminder) -> bool:
        self.shown.append(reminder)
        return True

    def withdraw(self, key: str) -> None:
        self.withdrawn.append(key)


class FakePresence(QObject):
    """Stands in for PresenceMonitor: the test decides when a held break is released."""

    idle_sampled = Signal(float)
    resumed = Signal()
    clock_jumped = Signal(str)
    reminder_ready = Signal(object)
    reminder_ready_quiet = Signal(object)
    reminder_held = Signal(object, str)

    def __init__(self) -> None:
        super().__init__()
        self.busy = False
        self.held_break: object | None = None
        self.reason = "you're busy"
        self.started = False
        self.threshold: float | None = None

    def start(self) -> None:
        self.started = True

    def stop(self) -> None:
        self.started = False

    def offer_reminder(self, brk: object, release_by: datetime | None = None) -> None:
        self.release_by = release_by
        if self.busy:
            self.held_break = brk
            self.reminder_held.emit(brk, self.reason)
        else:
            self.reminder_ready.emit(brk)

    def held(self) -> object | None:
        return self.held_break

    def cancel_held(self) -> None:
        self.held_break = None

    def hold_reason(self) -> str:
        return self.reason if self.held_break is not None else ""

    def set_threshold_minutes(self, minutes: float) -> None:
        self.threshold = minutes

    def release(self, *, quiet: bool = False) -> None:
        brk, self.held_break = self.held_break, None
        (self.reminder_ready_quiet if quiet else self.reminder_ready).emit(brk)


class FakeTrayWatch(QObject):
    changed = Signal(bool)

    def __init__(self, available: bool) -> None:
        super().__init__()
        self._available = available

    def available(self) -> bool:
        return self._available


@dataclass
class Rig:
    app: BackbreakApp
    engine: FakeEngine
    driver: FakeDriver
    recorder: FakeRecorder
    windows: FakeWindows
    notifier: FakeNotifier
    saved: list[Settings]
    presence: FakePresence
    settings: SettingsController


def build_rig(  # shape: one keyword per fake a test may choose
    catalog: Catalog,
    *,
    tray: bool = True,
    notifier: FakeNotifier | None = None,
    settings: Settings | None = None,
    startup_icon: QSystemTrayIcon | None = None,
    load_settings: Callable[[], SettingsLoad] | None = None,
    settings_path: Path | None = None,
    history: HistoryStore | None = None,
) -> Rig:
    """A started app built from fakes (see :func:`make_rig` for the keywords)."""
    engine = FakeEngine()
    driver = FakeDriver(engine)
    recorder = FakeRecorder()
    saved: list[Settings] = []
    presence = FakePresence()
    services = Services(
        catalog=catalog,
        driver=driver,
        recorder=history or recorder,
        clock=FakeClock(NOW),
        history=history,
        presence=presence,
        describe_backends=lambda: dict(PRESENCE_BACKENDS),
    )
    controller = SettingsController(
        settings or Settings(safety_notice_seen=True),
        saved.append,
        load=load_settings,
        path=settings_path,
    )
    windows = FakeWindows(services, lambda: controller.current)
    chosen = notifier or FakeNotifier()
    app = BackbreakApp(
        services,
        controller,
        windows=windows,
        notifier_candidates=[lambda: chosen],
        tray_watch=FakeTrayWatch(tray),
        startup_icon=startup_icon,
    )
    app.start()
    return Rig(app, engine, driver, recorder, windows, chosen, saved, presence, controller)


@pytest.fixture
def make_rig(qtbot: Any, catalog: Catalog) -> Iterator[Callable[..., Rig]]:
    """Build a started app from fakes: ``make_rig(tray=True, notifier=None,
    settings=None, startup_icon=None, load_settings=None, settings_path=None,
    history=None)``. ``tray``: whether a tray host is there; ``load_settings`` /
    ``settings_path``: a settings file to watch (none by default); ``history``: a real
    history store, which then records too (else a FakeRecorder).
    """
    rigs: list[Rig] = []

    def make(**choices: Any) -> Rig:
        rig = build_rig(catalog, **choices)
        rigs.append(rig)
        return rig

    yield make
    for rig in rigs:
        rig.app.quit()
        if rig.app.reminders._card is not None:
            rig.app.reminders._card.deleteLater()
        if rig.app.shell.main_window is not None:
            rig.app.shell.main_window.deleteLater()


@pytest.fixture
def due() -> Break:
    """A break that the (fake) engine announces as due."""
    return make_break("b-due", NOW, "daily", ("cat-camel", "supine-ankle-pumps"), 6.4, "Cat-camel")


@pytest.fixture
def now() -> datetime:
    return NOW


@pytest.fixture
def notifier_of() -> Callable[..., FakeNotifier]:
    """Make a fake backend: ``notifier_of("plyer", clicks=False)``."""
    return FakeNotifier
