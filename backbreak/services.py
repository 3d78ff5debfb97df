"""What the running app is made of, apart from its windows, and how the real one is built.

:class:`Services` holds the catalog, settings, engine driver, history and presence
inputs; :func:`build_services` loads and builds the real ones (tests pass fakes).
The protocols say what the app reads from a planned break and its driver.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any, Protocol

from backbreak.clock import Clock
from backbreak.domain.catalog import Catalog
from backbreak.domain.exercise import Dose
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
    @property
    def doses(self) -> tuple[tuple[str, Dose], ...]: ...
    @property
    def notes(self) -> tuple[tuple[str, str], ...]: ...


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
    def start_break(self, brk: Any) -> None: ...
    def jobs(self) -> list[dict[str, Any]]: ...


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

    from backbreak.store.settings_file import SettingsFile

    settings_file = SettingsFile(paths.settings_file())  # saves take the settings lock
    settings_load = settings_file.load()
    problems += settings_load.problems
    # Local days in the clock's zone (local_zone() for the system clock), not the C library's.
    history, history_problems = open_history_or_memory(
        paths.history_file(),
        clock=clock,
    )
    problems += history_problems

    engine = Engine(catalog, settings_load.settings, history, clock.now)
    driver = EngineDriver(engine, clock)
    return Services(
        catalog=catalog,
        settings=settings_load.settings,
        driver=driver,
        recorder=history,
        clock=clock,
        save_settings=settings_file.save,
        history=history,
        problems=problems,
        load_settings=settings_file.load,
        settings_path=paths.settings_file(),
        # The driver's own timer checks for clock gaps; presence needn't do it twice.
        presence=create_presence(
            settings_load.settings.idle_threshold_minutes, clock=clock, gap_check=False
        ),
    )


def open_history_or_memory(
    path: Path, *, clock: Clock | None = None, tz: tzinfo | None = None
) -> tuple[Any, list[str]]:
    """``open_history``, or a history in memory when its folder can't be made or reached.

    The app's worth is in its reminders and sessions: a data folder that can't be
    created (a file in its place, no permission) must not stop it. It runs, records
    into memory, and says once that nothing is kept, as for a read-only folder.
    """
    from backbreak.store.history import MEMORY, HistoryStore, open_history

    try:
        return open_history(path, clock=clock, tz=tz)
    except OSError as err:
        reason = err.strerror or str(err)
        return HistoryStore.open(MEMORY, clock=clock, tz=tz), [
            f"{path.parent}: can't create the data folder for your history ({reason}). "
            "backbreak works, but nothing is recorded this session."
        ]
