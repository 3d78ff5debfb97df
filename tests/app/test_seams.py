"""The test fakes implement the app's seams, signatures included.

``runtime_checkable`` isinstance checks would only see that the names exist; a fake
whose ``complete`` took other arguments, or whose ``held`` returned something else,
would pass them and drift from the real part unnoticed. So this module holds typed
assignments (fake and real part to each protocol) and one test runs mypy, with the
project's strict settings, over it: a fake that no longer fits its protocol fails here.
"""

from __future__ import annotations

import subprocess
import sys
from importlib.util import find_spec
from pathlib import Path

import pytest
from helpers.app_rig import (
    FakeDriver,
    FakeEngine,
    FakePresence,
    FakeSession,
    FakeSettingsDialog,
    FakeTrayWatch,
)
from helpers.fakes import FakeClock, FakeRecorder

from backbreak.app.build import SessionEngine
from backbreak.app.seams import (
    BreakTracker,
    Driver,
    EngineView,
    Presence,
    SessionView,
    SettingsView,
    TrayWatch,
)
from backbreak.clock import Clock
from backbreak.desktop.presence import PresenceMonitor
from backbreak.desktop.tray_watch import TrayWatch as RealTrayWatch
from backbreak.domain.history import OutcomeRecorder
from backbreak.planning.engine import Engine
from backbreak.planning.qt_driver import EngineDriver
from backbreak.ui.session_window import SessionWindow
from backbreak.ui.settings_dialog import SettingsDialog

ROOT = Path(__file__).resolve().parents[2]


def fakes_fit(
    driver: FakeDriver,
    engine: FakeEngine,
    presence: FakePresence,
    tray: FakeTrayWatch,
    session: FakeSession,
    dialog: FakeSettingsDialog,
    recorder: FakeRecorder,
    clock: FakeClock,
) -> None:
    """Checked by mypy only: each fake where the app takes its protocol."""
    as_driver: Driver = driver
    as_engine: EngineView = engine
    as_tracker: BreakTracker = engine
    as_session_engine: SessionEngine = engine
    as_presence: Presence = presence
    as_tray: TrayWatch = tray
    as_session: SessionView = session
    as_dialog: SettingsView = dialog
    as_recorder: OutcomeRecorder = recorder
    as_clock: Clock = clock
    del as_driver, as_engine, as_tracker, as_session_engine, as_presence
    del as_tray, as_session, as_dialog, as_recorder, as_clock


def real_parts_fit(
    driver: EngineDriver,
    engine: Engine,
    presence: PresenceMonitor,
    tray: RealTrayWatch,
    session: SessionWindow,
    dialog: SettingsDialog,
) -> None:
    """Checked by mypy only: the real parts fit the same protocols."""
    as_driver: Driver = driver
    as_engine: EngineView = engine
    as_session_engine: SessionEngine = engine
    as_presence: Presence = presence
    as_tray: TrayWatch = tray
    as_session: SessionView = session
    as_dialog: SettingsView = dialog
    del as_driver, as_engine, as_session_engine, as_presence, as_tray, as_session, as_dialog


@pytest.mark.skipif(find_spec("mypy") is None, reason="mypy is not installed")
def test_fakes_and_real_parts_fit_the_app_seams() -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--follow-imports=silent",
            "--no-error-summary",
            str(Path(__file__).resolve()),
        ],
        cwd=ROOT,
        env={"MYPYPATH": str(ROOT / "tests"), "PATH": ""},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
