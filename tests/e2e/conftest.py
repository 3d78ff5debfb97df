"""The end-to-end tests' desktop and app fixtures.

The desktop (Xvfb, a private session bus, dunst, xfce4-panel's tray) is
``helpers.headless_desktop.HeadlessDesktop``, shared with the benchmark; here it is one
per test session. Tests skip, saying what is missing, where a tool isn't installed
(Debian packages: xvfb dbus dunst xfce4-panel xdotool imagemagick x11-utils faketime).

Every app runs at a moment the test chooses, never on the machine's clock: under
libfaketime (``LD_PRELOAD``), with ``FAKETIME="@<moment>"`` (an absolute start that
then ticks on, optionally faster: ``"@<moment> x30"``) and a pinned ``TZ``. The
monotonic clock is faked too (no ``DONT_FAKE_MONOTONIC``), so Qt's timers run at the
same speed as the wall clock; Qt keeps its glib event loop, whose ``poll`` timeouts
libfaketime scales (those under a second are not scaled: harmless). Only the app runs
under libfaketime: the X server, the buses, dunst and the ``backbreak`` CLI commands
the tests send (``desktop.backbreak(...)``) run on real time; the CLI only relays.

``start_app`` (a fixture) returns a function::

    app = start_app(at="2026-11-23 08:30:00", tz="Europe/Berlin", speed=None,
                    jumpable=False, **settings)

``at``: the app's wall time when its process starts (local time in ``tz``); the
default, a Monday 08:30 in Berlin before the default work hours (09-17), has nothing
due. ``speed``: a libfaketime speed-up (``30`` runs the app's clock 30x faster: a
work day in 16 minutes). ``jumpable``: the resume test's mode: the moment is kept in
a file that libfaketime re-reads (``app.jump_clock(seconds)`` rewrites it) and the
monotonic clock stays real, as across suspend (``DONT_FAKE_MONOTONIC``; libfaketime
0.9.10 then breaks ``time.sleep`` in the app with EINVAL, which the app doesn't use).
``settings``: ``Settings`` fields for a fresh settings file.

``RunningApp`` then offers ``status()``, ``now()`` (the app's own clock, from
``backbreak status --json``), ``assert_clock()`` (it is the faked one), ``log_text()``,
``log_mark()``, ``wait_for_log(pattern)`` and ``ensure_not_logged(pattern, within)``.
Desktop notifications: the ``notifications`` fixture
(``helpers.notifications.Notifications``: wait for one, click it).
"""

from __future__ import annotations

import contextlib
import glob
import json
import re
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from helpers.headless_desktop import HeadlessDesktop, missing_tools, stop_process, wait_for
from helpers.notifications import Notifications

MONDAY_0830 = "2026-11-23 08:30:00"
"""The default start: a Monday, half an hour before the default work hours (09-17);
the day's first break is planned for 10:20, so nothing is due for almost two hours."""
BERLIN = "Europe/Berlin"
START_TIMEOUT = 15.0


def libfaketime() -> str | None:
    """The preload library of Debian's ``faketime`` package, if installed."""
    found = sorted(glob.glob("/usr/lib/*/faketime/libfaketime.so.1"))
    return found[0] if found else None


@pytest.fixture(scope="session")
def desktop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HeadlessDesktop]:
    """Xvfb + a private session bus + dunst + xfce4-panel's tray, for the whole session."""
    if sys.platform != "linux":
        pytest.skip("the end-to-end desktop is X11 + D-Bus (Linux)")
    missing = missing_tools()
    if libfaketime() is None:
        missing.append("libfaketime (Debian package faketime)")
    if missing:
        pytest.skip(f"end-to-end desktop tools missing: {', '.join(missing)}")
    with HeadlessDesktop(tmp_path_factory.mktemp("desktop")) as running:
        yield running


@dataclass
class RunningApp:
    """One ``python -m backbreak`` on the test desktop, on a faked clock."""

    desktop: HeadlessDesktop
    proc: subprocess.Popen[bytes]
    log: Path
    started_at: datetime
    """The moment the app's clock started at (aware, in ``zone``)."""
    zone: ZoneInfo
    clock_file: Path | None = None

    def status(self) -> dict[str, Any]:
        result = self.desktop.backbreak("status", "--json")
        assert result.returncode == 0, result.stdout + result.stderr
        data: dict[str, Any] = json.loads(result.stdout)
        return data

    def now(self) -> datetime:
        """The app's clock, as it reports it (``status --json``'s ``now``)."""
        return datetime.fromisoformat(self.status()["now"])

    def assert_clock(self, slack_s: float = 120.0) -> datetime:
        """Check that the app reads the faked clock: its now is the chosen moment (plus
        the seconds it has run, times any speed-up: ``slack_s``), in the chosen zone."""
        now = self.now()
        assert now.utcoffset() == self.started_at.utcoffset(), f"{now} vs {self.started_at}"
        elapsed = (now - self.started_at).total_seconds()
        assert 0 <= elapsed <= slack_s, f"the app's clock says {now}, started {self.started_at}"
        return now

    def log_text(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""

    def wait_for_log(self, pattern: str, timeout: float = 10.0, after: int = 0) -> str:
        """Wait for a log line matching the regex ``pattern`` (from character ``after``
        of the log on); return the line. Fails saying what was logged instead."""
        regex = re.compile(pattern)

        def found() -> str | None:
            match = regex.search(self.log_text(), after)
            if match is None:
                return None
            text = self.log_text()
            start = text.rfind("\n", 0, match.start()) + 1
            end = text.find("\n", match.end())
            return text[start : end if end >= 0 else len(text)]

        try:
            line: str = wait_for(found, timeout, f"the log line /{pattern}/")
        except AssertionError as err:
            raise AssertionError(f"{err}; the app logged:\n{self.log_text()[after:]}") from None
        return line

    def ensure_not_logged(self, pattern: str, within: float, after: int = 0) -> None:
        """Fail as soon as a line matching ``pattern`` is logged within ``within`` s."""
        regex = re.compile(pattern)
        deadline = time.monotonic() + within
        while time.monotonic() < deadline:
            match = regex.search(self.log_text(), after)
            assert match is None, f"unexpected log line /{pattern}/:\n{self.log_text()[after:]}"
            time.sleep(0.05)

    def log_mark(self) -> int:
        """Where the log ends now: pass as ``after`` to look only at what comes next."""
        return len(self.log_text())

    def jump_clock(self, seconds: float) -> None:
        """Move the app's wall clock by ``seconds`` from where it is now (``jumpable``
        apps only; the monotonic one stays, as across a suspend on Linux)."""
        assert self.clock_file is not None, "start_app(jumpable=True) to move the clock"
        moment = self.now() + timedelta(seconds=seconds)
        self.clock_file.write_text(f"@{moment:%Y-%m-%d %H:%M:%S}\n")


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


def faketime_env(
    at: datetime, *, speed: float | None = None, clock_file: Path | None = None
) -> dict[str, str]:
    """The environment that runs a program with its clock starting at ``at`` (an aware
    datetime; its zone becomes ``TZ``), ticking on, ``speed`` times as fast.

    With ``clock_file``, the same start is written to that file, which libfaketime
    re-reads on every call: writing a new "@moment" there restarts the clock from it
    (the test can jump it). The monotonic clock then stays real.
    """
    preload = libfaketime()
    assert preload is not None
    spec = f"@{at:%Y-%m-%d %H:%M:%S}"
    env = {"LD_PRELOAD": preload, "TZ": str(at.tzinfo)}
    if clock_file is not None:
        assert speed is None, "a jumpable clock runs at real speed"
        clock_file.write_text(spec + "\n")
        env.update(
            FAKETIME_TIMESTAMP_FILE=str(clock_file),
            FAKETIME_NO_CACHE="1",
            DONT_FAKE_MONOTONIC="1",
        )
        return env
    if speed is not None:
        spec += f" x{speed:g}"
    env["FAKETIME"] = spec
    return env


@pytest.fixture
def start_app(desktop: HeadlessDesktop, tmp_path: Path) -> Iterator[Callable[..., RunningApp]]:
    """Start backbreak at a chosen moment with fresh settings and history (see the module
    docstring for the arguments); each app is quit after the test, and must not have
    raised."""
    started: list[RunningApp] = []

    def start(
        at: str = MONDAY_0830,
        tz: str = BERLIN,
        speed: float | None = None,
        jumpable: bool = False,
        **settings: Any,
    ) -> RunningApp:
        from backbreak.domain.settings import Settings
        from backbreak.store.settings_file import save_settings

        zone = ZoneInfo(tz)
        moment = datetime.fromisoformat(at).replace(tzinfo=zone)
        config, data = tmp_path / "config", tmp_path / "data"
        config.mkdir(exist_ok=True)
        save_settings(Settings(safety_notice_seen=True, **settings), config / "settings.json")
        desktop.env.update(BACKBREAK_CONFIG_DIR=str(config), BACKBREAK_DATA_DIR=str(data))
        desktop.run(["dunstctl", "close-all"])
        n = len(started)
        clock_file = tmp_path / f"faketime-{n}" if jumpable else None
        env = faketime_env(moment, speed=speed, clock_file=clock_file)
        log = tmp_path / f"app-{n}.log"
        proc = desktop.spawn([sys.executable, "-m", "backbreak"], log, BACKBREAK_LOG="info", **env)
        app = RunningApp(desktop, proc, log, moment, zone, clock_file)
        started.append(app)
        wait_for(
            lambda: proc.poll() is not None or _socket_answers(desktop), START_TIMEOUT, "the app"
        )
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


@pytest.fixture
def notifications(desktop: HeadlessDesktop) -> Iterator[Notifications]:
    """Notify calls on the desktop's bus from now on, and dunst's click (see
    ``helpers.notifications``). Request it before ``start_app`` so nothing is missed."""
    with Notifications(desktop) as notes:
        yield notes


@pytest.fixture
def wait() -> Callable[[Callable[[], Any], float, str], Any]:
    """``wait(predicate, timeout, what)``: poll until truthy, else fail saying what."""
    return wait_for
