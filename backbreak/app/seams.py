"""The typed seams between the app's controllers and the parts they are given.

Each protocol says exactly what the app uses of a part that tests replace with a fake
(the engine and its driver, presence, the tray watch, the windows it opens). Parts that
need no fake are used by their real type: a planned break is a
:class:`backbreak.planning.model.Break`, the history a
:class:`backbreak.store.history.HistoryStore`. ``tests/app/test_seams.py`` runs mypy
over typed assignments of the fakes, so a fake that drifts from its protocol fails.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import SignalInstance

from backbreak.clock import Clock
from backbreak.domain.catalog import Catalog
from backbreak.domain.history import OutcomeRecorder
from backbreak.domain.settings import Settings
from backbreak.planning.model import Break

if TYPE_CHECKING:
    from backbreak.store.history import HistoryStore


class EngineView(Protocol):
    """What the app reads from and tells :class:`backbreak.planning.engine.Engine`."""

    @property
    def paused_until(self) -> datetime | None: ...
    @property
    def is_paused(self) -> bool: ...
    def current_break(self) -> Break | None: ...
    def next_break(self) -> Break | None: ...
    def start_manual(self, routine_id: str | None = None) -> Break: ...


class BreakTracker(Protocol):
    """Told when a break's session opens and ends: the engine, or its driver."""

    def start_break(self, brk: Break) -> None: ...
    def complete(self, brk: Break, done: Iterable[str]) -> None: ...


class Driver(BreakTracker, Protocol):
    """``backbreak.planning.qt_driver.EngineDriver`` as the app uses it.

    Signals: ``break_due(Break)``, ``state_changed()``.
    """

    @property
    def break_due(self) -> SignalInstance: ...
    @property
    def state_changed(self) -> SignalInstance: ...
    @property
    def engine(self) -> EngineView: ...

    def start(self) -> None: ...
    def snooze(self, minutes: int | None = None) -> None: ...
    def skip(self) -> None: ...
    def start_manual(self, routine_id: str | None = None) -> Break: ...
    def pause(self, minutes: int | None = None, *, until_tomorrow: bool = False) -> None: ...
    def resume(self) -> None: ...
    def update_settings(self, settings: Settings) -> None: ...
    def note_idle(self, idle_seconds: float) -> None: ...
    def note_resumed_from_sleep(self) -> None: ...
    def jobs(self) -> list[dict[str, Any]]: ...


class Presence(Protocol):
    """``backbreak.desktop.presence.PresenceMonitor`` as the app uses it.

    Signals: ``idle_sampled(float)``, ``resumed()``, ``clock_jumped(str)``,
    ``reminder_ready(Break)`` (a held break the user is free for now),
    ``reminder_ready_quiet(Break)`` (a break a long call held: shown without sound or
    card), ``reminder_held(Break, str)`` (a due break waits, and why).
    """

    @property
    def idle_sampled(self) -> SignalInstance: ...
    @property
    def resumed(self) -> SignalInstance: ...
    @property
    def clock_jumped(self) -> SignalInstance: ...
    @property
    def reminder_ready(self) -> SignalInstance: ...
    @property
    def reminder_ready_quiet(self) -> SignalInstance: ...
    @property
    def reminder_held(self) -> SignalInstance: ...

    def start(self) -> None: ...
    def stop(self) -> None: ...
    def offer_reminder(self, brk: object, release_by: datetime | None = None) -> None: ...
    def held(self) -> object | None: ...
    def cancel_held(self) -> None: ...
    def hold_reason(self) -> str: ...
    def set_threshold_minutes(self, minutes: float) -> None: ...


class TrayWatch(Protocol):
    """``backbreak.desktop.tray_watch.TrayWatch``: is there a tray host (``changed(bool)``)."""

    @property
    def changed(self) -> SignalInstance: ...
    def available(self) -> bool: ...


class Window(Protocol):
    """A top-level window the app raises and hides (any ``QWidget``)."""

    def show(self) -> None: ...
    def hide(self) -> None: ...
    def raise_(self) -> None: ...
    def activateWindow(self) -> None: ...
    def isVisible(self) -> bool: ...
    def deleteLater(self) -> None: ...


class SessionView(Window, Protocol):
    """The guided session window: ``finished(list[ExerciseRecord])`` from its closeEvent,
    ``exercise_disabled(str)`` when the user turns an exercise off."""

    @property
    def finished(self) -> SignalInstance: ...
    @property
    def exercise_disabled(self) -> SignalInstance: ...


class SettingsView(Window, Protocol):
    """The settings dialog: ``applied(Settings)``."""

    @property
    def applied(self) -> SignalInstance: ...


PlanDay = Callable[[date], "list[Break]"]
"""``backbreak plan`` on the live engine: the day's breaks; ValueError says why not."""


@dataclass
class Services:
    """The non-UI parts the app is given, built by ``backbreak.app.build`` or by a test.

    Settings are not here: the app's ``SettingsController`` owns the current settings.
    """

    catalog: Catalog
    driver: Driver
    recorder: OutcomeRecorder
    clock: Clock
    """The one clock (wall and monotonic) that every part of the app reads."""
    history: HistoryStore | None = None
    """The history store (history window, "worse" counts, queued writes), if any."""
    presence: Presence | None = None
    """Idle time, sleep, busy holds."""
    describe_backends: Callable[[], dict[str, str]] = dict
    """The OS-edge backends in use, ``{kind: description}`` (``backbreak status``)."""
    plan_day: PlanDay | None = None
    problems: list[str] = field(default_factory=list)
    """Messages to show the user once (a damaged settings or history file)."""
