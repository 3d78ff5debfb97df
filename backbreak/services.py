"""What the running app is made of, apart from its windows, and how the real one is built.

:class:`Services` holds the catalog, settings, engine driver, history and presence
inputs; :func:`build_services` loads and builds the real ones (tests pass fakes).
The protocols say what the app reads from a planned break and its driver.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from backbreak.clock import Clock
from backbreak.domain.catalog import Catalog
from backbreak.domain.history import OutcomeRecorder
from backbreak.domain.settings import Settings


class BreakLike(Protocol):
    """What the app reads from a planned break (``backbreak.planning.model.Break``)."""

    @property
    def id(self) -> str: ...
    @property
    def due(self) -> datetime: ...
    @property
    def kind(self) -> Any: ...
    @property
    def exercises(self) -> tuple[str, ...]: ...
    @property
    def estimated_minutes(self) -> float: ...
    @property
    def title(self) -> str: ...


class Driver(Protocol):
    """``backbreak.planning.qt_driver.EngineDriver`` as the app uses it."""

    break_due: Any
    state_changed: Any
    engine: Any

    def start(self) -> None: ...
    def snooze(self, minutes: int | None = None) -> None: ...
    def skip(self) -> None: ...
    def complete(self, brk: Any, done: Sequence[str]) -> None: ...
    def start_manual(self, routine_id: str | None = None) -> Any: ...
    def pause(self, minutes: int | None = None, *, until_tomorrow: bool = False) -> None: ...
    def resume(self) -> None: ...
    def update_settings(self, settings: Settings) -> None: ...
    def note_idle(self, idle_seconds: float) -> None: ...
    def note_resumed_from_sleep(self) -> None: ...


@dataclass
class Services:
    """The non-UI parts the app needs, built by :func:`build_services` or by a test."""

    catalog: Catalog
    settings: Settings
    driver: Driver
    recorder: OutcomeRecorder
    clock: Clock
    """The one clock (wall and monotonic) that every part of the app reads."""
    save_settings: Callable[[Settings], None]
    history: Any = None
    """The HistoryStore (for the history window and "worse" counts), if there is one."""
    problems: list[str] = field(default_factory=list)
    """Messages to show the user once (a damaged settings or history file)."""
    presence: Any = None
    """``backbreak.desktop.presence.PresenceMonitor``: idle time, sleep, busy holds."""
    load_settings: Callable[[], Any] | None = None
    """Re-read the settings file (returns ``SettingsLoad``); None when there is none."""
    settings_path: Path | None = None
    """The settings file, watched for changes made while the app runs."""


def build_services(clock: Clock | None = None) -> Services:
    """Load the catalog, settings and history, and build the engine and its driver.

    ``clock``: the one clock (wall and monotonic) every part reads; the system's by default.
    """
    from backbreak.clock import SystemClock
    from backbreak.desktop.presence import create_presence
    from backbreak.domain.catalog import load_catalog
    from backbreak.planning.engine import Engine
    from backbreak.planning.qt_driver import EngineDriver
    from backbreak.store import paths

    clock = clock if clock is not None else SystemClock()

    problems: list[str] = []
    loaded = load_catalog(user_file=paths.user_catalog_file())
    problems += loaded.warnings
    catalog = loaded.catalog

    from backbreak.store.history import open_history
    from backbreak.store.settings_file import load_settings, save_settings

    settings_load = load_settings()
    problems += settings_load.problems
    history, history_problems = open_history(paths.history_file())
    problems += history_problems

    engine = Engine(catalog, settings_load.settings, history, clock.now)
    driver = EngineDriver(engine, monotonic=clock.monotonic)
    return Services(
        catalog=catalog,
        settings=settings_load.settings,
        driver=driver,
        recorder=history,
        clock=clock,
        save_settings=save_settings,
        history=history,
        problems=problems,
        load_settings=load_settings,
        settings_path=paths.settings_file(),
        # The driver's own timer checks for clock gaps; presence needn't do it twice.
        presence=create_presence(
            settings_load.settings.idle_threshold_minutes, clock=clock, gap_check=False
        ),
    )
