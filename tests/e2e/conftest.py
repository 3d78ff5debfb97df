"""The end-to-end tests' desktop and app fixtures.

The desktop (Xvfb, a private session bus, dunst, xfce4-panel's tray) is
``helpers.headless_desktop.HeadlessDesktop``, shared with the benchmark; here it is one
per test session. Tests skip, saying what is missing, where a tool isn't installed
(Debian packages: xvfb dbus dunst xfce4-panel xdotool imagemagick x11-utils).
"""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from helpers.headless_desktop import HeadlessDesktop, missing_tools, stop_process, wait_for


@pytest.fixture(scope="session")
def desktop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HeadlessDesktop]:
    """Xvfb + a private session bus + dunst + xfce4-panel's tray, for the whole session."""
    if sys.platform != "linux":
        pytest.skip("the end-to-end desktop is X11 + D-Bus (Linux)")
    missing = missing_tools()
    if missing:
        pytest.skip(f"end-to-end desktop tools missing: {', '.join(missing)}")
    with HeadlessDesktop(tmp_path_factory.mktemp("desktop")) as running:
        yield running


@dataclass
class RunningApp:
    """One ``python -m backbreak`` on the test desktop."""

    desktop: HeadlessDesktop
    proc: subprocess.Popen[bytes]
    log: Path

    def status(self) -> dict[str, Any]:
        result = self.desktop.backbreak("status", "--json")
        assert result.returncode == 0, result.stdout + result.stderr
        data: dict[str, Any] = json.loads(result.stdout)
        return data

    def log_text(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""


def _socket_answers(desktop: HeadlessDesktop) -> bool:
    from backbreak.desktop.single_instance import (
        SOCKET_NAME,
        NotRunning,
        request,
        send_request,
    )

    name = str(Path(desktop.env["XDG_RUNTIME_DIR"]) / "backbreak" / SOCKET_NAME)
    try:
        return bool(send_request(request("status"), name, timeout=2).get("ok"))
    except (NotRunning, ValueError, OSError):
        return False


@pytest.fixture
def start_app(desktop: HeadlessDesktop, tmp_path: Path) -> Iterator[Callable[..., RunningApp]]:
    """Start backbreak with fresh settings and history; it is quit after the test."""
    started: list[RunningApp] = []

    def start(**settings: Any) -> RunningApp:
        from backbreak.domain.settings import Settings
        from backbreak.store.settings_file import save_settings

        config, data = tmp_path / "config", tmp_path / "data"
        config.mkdir(exist_ok=True)
        save_settings(Settings(safety_notice_seen=True, **settings), config / "settings.json")
        desktop.env.update(BACKBREAK_CONFIG_DIR=str(config), BACKBREAK_DATA_DIR=str(data))
        desktop.run(["dunstctl", "close-all"])
        desktop.run(["dunstctl", "history-clear"])
        log = tmp_path / f"app-{len(started)}.log"
        proc = desktop.spawn([sys.executable, "-m", "backbreak"], log, BACKBREAK_LOG="info")
        app = RunningApp(desktop, proc, log)
        started.append(app)
        wait_for(lambda: proc.poll() is not None or _socket_answers(desktop), 15, "the app")
        assert proc.poll() is None, f"backbreak exited at start:\n{app.log_text()}"
        return app

    yield start
    for app in started:
        if app.proc.poll() is None:
            desktop.backbreak("quit")
            with contextlib.suppress(subprocess.TimeoutExpired):
                app.proc.wait(5)
        stop_process(app.proc)
        if app.proc in desktop.procs:
            desktop.procs.remove(app.proc)
    for app in started:
        assert "Traceback" not in app.log_text(), f"the app raised:\n{app.log_text()}"


ALL_DAY = {
    "work_start": "00:00",
    "work_end": "23:59",
    "work_days": list(range(7)),
    "block_interval_minutes": 15,
}
"""Work hours around the clock and a short block interval: with the app's clock near
noon (see ``app_at_noon``), the first block - anchored on the start of the day, or of
the app - comes within minutes."""


def _noon_zone() -> str:
    """A fixed-offset zone where it is about noon now, so a test runs at any hour."""
    offset = 12 - time.gmtime().tm_hour  # -11 .. +12
    return f"Etc/GMT{-offset:+d}" if offset else "Etc/GMT"  # Etc/ signs are inverted


@pytest.fixture
def all_day() -> dict[str, Any]:
    """The ALL_DAY settings, for ``start_app(**all_day)``."""
    return dict(ALL_DAY)


@pytest.fixture
def wait() -> Callable[[Callable[[], Any], float, str], Any]:
    """``wait(predicate, timeout, what)``: poll until truthy, else fail saying what."""
    return wait_for


@pytest.fixture
def app_at_noon(desktop: HeadlessDesktop) -> Iterator[None]:
    """Apps started during the test run at about noon local time (TZ), whatever the hour."""
    old = desktop.env.get("TZ")
    desktop.env["TZ"] = _noon_zone()
    yield
    if old is None:
        desktop.env.pop("TZ", None)
    else:
        desktop.env["TZ"] = old
