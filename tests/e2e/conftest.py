"""A real, headless desktop for the end-to-end tests, brought up by the tests themselves.

Pieces, each started here and stopped by PID:

- ``Xvfb`` on a display it picks itself (``-displayfd``);
- a private D-Bus session bus (``dbus-daemon``), so nothing reaches the developer's
  own desktop;
- ``dunst`` as the notification server (config: ``dunstrc`` beside this file);
- ``xfconfd`` + ``xfce4-panel`` with only its notification area (``xfce4-panel.xml``):
  the host that owns ``org.kde.StatusNotifierWatcher``, the D-Bus tray Qt uses.

HOME, XDG_* and backbreak's own folders point into a temp dir. Tests skip, saying
what is missing, where a tool isn't installed (Debian packages: xvfb dbus dunst
xfce4-panel xdotool imagemagick x11-utils).
"""

from __future__ import annotations

import contextlib
import glob
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
TOOLS = ("Xvfb", "dbus-daemon", "dunst", "dunstctl", "xfce4-panel")
SCREEN = "1280x800x24"
START_TIMEOUT = 15.0


def _xfconfd() -> str | None:
    for pattern in ("/usr/lib/*/xfce4/xfconf/xfconfd", "/usr/libexec/xfce4/xfconf/xfconfd"):
        found = sorted(glob.glob(pattern))
        if found:
            return found[0]
    return shutil.which("xfconfd")


def missing_tools() -> list[str]:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if _xfconfd() is None:
        missing.append("xfconfd (xfce4-panel's xfconf)")
    return missing


def wait_for(predicate: Callable[[], Any], timeout: float, what: str) -> Any:
    """Poll until ``predicate`` returns something truthy; fail saying what never came."""
    deadline = time.monotonic() + timeout
    delay = 0.02
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(delay)
        delay = min(delay * 1.5, 0.25)


@dataclass
class Desktop:
    """A running headless desktop: its environment and helpers to look at it."""

    root: Path
    env: dict[str, str]
    procs: list[subprocess.Popen[bytes]] = field(default_factory=list)
    xfce_config: Path | None = None
    panel: subprocess.Popen[bytes] | None = None
    wait_for = staticmethod(wait_for)

    # -- the tray host ----------------------------------------------------------------

    def start_panel(self) -> None:
        """xfce4-panel with only its notification area; waits for its watcher."""
        assert self.xfce_config is not None
        self.panel = self.spawn(
            ["xfce4-panel", "--disable-wm-check", "--sm-client-disable"],
            "panel",
            XDG_CONFIG_HOME=str(self.xfce_config),
        )
        wait_for(
            lambda: self.has_name("org.kde.StatusNotifierWatcher"),
            START_TIMEOUT,
            "xfce4-panel's StatusNotifierWatcher",
        )

    def stop_panel(self) -> None:
        """Take the tray away (as on a desktop without one)."""
        if self.panel is not None:
            stop_process(self.panel)
            self.procs.remove(self.panel)
            self.panel = None
        wait_for(lambda: not self.has_name("org.kde.StatusNotifierWatcher"), 10, "the tray to go")

    # -- D-Bus ----------------------------------------------------------------------

    def connect(self) -> Any:
        from jeepney.io.blocking import open_dbus_connection

        return open_dbus_connection(bus=self.env["DBUS_SESSION_BUS_ADDRESS"])

    def call(self, msg: Any, timeout: float = 3.0) -> Any:
        with contextlib.closing(self.connect()) as conn:
            return conn.send_and_get_reply(msg, timeout=timeout)

    def has_name(self, name: str) -> bool:
        from jeepney.bus_messages import message_bus

        try:
            return bool(self.call(message_bus.NameHasOwner(name)).body[0])
        except (OSError, TimeoutError):
            return False

    def tray_items(self) -> list[str]:
        """``RegisteredStatusNotifierItems`` of the tray host."""
        from jeepney import DBusAddress, Properties

        watcher = DBusAddress(
            "/StatusNotifierWatcher",
            bus_name="org.kde.StatusNotifierWatcher",
            interface="org.kde.StatusNotifierWatcher",
        )
        reply = self.call(Properties(watcher).get("RegisteredStatusNotifierItems"))
        _sig, items = reply.body[0]
        return list(items)

    # -- processes --------------------------------------------------------------------

    def spawn(self, args: list[str], log: str | Path, **env: str) -> subprocess.Popen[bytes]:
        """Start a process of the session; its output goes to ``log`` (a name or a path)."""
        path = log if isinstance(log, Path) else self.root / f"{log}.log"
        out = path.open("ab")
        proc = subprocess.Popen(
            args,
            env={**self.env, **env},
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            cwd=self.root,
        )
        out.close()
        self.procs.append(proc)
        return proc

    def run(self, args: list[str], timeout: float = 15.0) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            args, env=self.env, capture_output=True, text=True, timeout=timeout, cwd=REPO
        )

    def backbreak(self, *args: str, timeout: float = 15.0) -> subprocess.CompletedProcess[str]:
        return self.run([sys.executable, "-m", "backbreak", *args], timeout=timeout)

    def screenshot(self, path: Path) -> bool:
        if shutil.which("import") is None:
            return False
        result = self.run(["import", "-window", "root", str(path)], timeout=20)
        return result.returncode == 0 and path.is_file()

    def stop(self) -> None:
        for proc in reversed(self.procs):
            stop_process(proc)
        self.procs.clear()


def stop_process(proc: subprocess.Popen[Any], grace: float = 3.0) -> None:
    if proc.poll() is not None:
        return
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(grace)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(grace)


def _start_xvfb(desktop: Desktop) -> str:
    """Xvfb on a free display; ``-noreset`` so that the first client leaving (xsetroot)
    does not reset the server and its root background."""
    read_fd, write_fd = os.pipe()
    log = (desktop.root / "xvfb.log").open("ab")
    proc = subprocess.Popen(
        [
            "Xvfb",
            "-displayfd",
            str(write_fd),
            "-screen",
            "0",
            SCREEN,
            "-nolisten",
            "tcp",
            "-noreset",
        ],
        pass_fds=(write_fd,),
        stdout=log,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
    )
    log.close()
    desktop.procs.append(proc)
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    if not number:
        raise RuntimeError(f"Xvfb did not start (see {desktop.root / 'xvfb.log'})")
    return f":{number}"


@pytest.fixture(scope="session")
def desktop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desktop]:
    """Xvfb + a private session bus + dunst + xfce4-panel's tray, for the whole session."""
    if sys.platform != "linux":
        pytest.skip("the end-to-end desktop is X11 + D-Bus (Linux)")
    missing = missing_tools()
    if missing:
        pytest.skip(f"end-to-end desktop tools missing: {', '.join(missing)}")
    root = tmp_path_factory.mktemp("desktop")
    runtime = root / "run"
    runtime.mkdir(mode=0o700)
    home = root / "home"
    xfce_config = root / "xfce-config"
    channel_dir = xfce_config / "xfce4" / "xfconf" / "xfce-perchannel-xml"
    channel_dir.mkdir(parents=True)
    shutil.copy(HERE / "xfce4-panel.xml", channel_dir / "xfce4-panel.xml")
    home.mkdir()
    keep = ("PATH", "LANG", "LC_ALL", "PYTHONPATH", "VIRTUAL_ENV", "TZ")
    env = {k: v for k, v in os.environ.items() if k in keep}
    env.update(
        HOME=str(home),
        XDG_RUNTIME_DIR=str(runtime),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CACHE_HOME=str(home / ".cache"),
        DBUS_SESSION_BUS_ADDRESS=f"unix:path={runtime / 'bus'}",
        DBUS_SYSTEM_BUS_ADDRESS=f"unix:path={runtime / 'no-system-bus'}",
        QT_QPA_PLATFORM="xcb",
        NO_AT_BRIDGE="1",
    )
    env.setdefault("LANG", "C.UTF-8")
    desktop = Desktop(root=root, env=env)
    try:
        env["DISPLAY"] = _start_xvfb(desktop)
        if shutil.which("xsetroot"):
            desktop.run(["xsetroot", "-solid", "#53606b"])
        desktop.spawn(
            [
                "dbus-daemon",
                "--session",
                "--nofork",
                "--nopidfile",
                f"--address={env['DBUS_SESSION_BUS_ADDRESS']}",
            ],
            "dbus",
        )
        wait_for(lambda: desktop.has_name("org.freedesktop.DBus"), 10, "the session bus")
        desktop.spawn(["dunst", "-conf", str(HERE / "dunstrc")], "dunst")
        wait_for(lambda: desktop.has_name("org.freedesktop.Notifications"), 10, "dunst")
        xfconfd = _xfconfd()
        assert xfconfd is not None
        desktop.spawn([xfconfd], "xfconfd", XDG_CONFIG_HOME=str(xfce_config))
        wait_for(lambda: desktop.has_name("org.xfce.Xfconf"), 10, "xfconfd")
        desktop.xfce_config = xfce_config
        desktop.start_panel()
        yield desktop
    finally:
        desktop.stop()


@dataclass
class RunningApp:
    """One ``python -m backbreak`` on the test desktop."""

    desktop: Desktop
    proc: subprocess.Popen[bytes]
    log: Path

    def status(self) -> dict[str, Any]:
        result = self.desktop.backbreak("status", "--json")
        assert result.returncode == 0, result.stdout + result.stderr
        data: dict[str, Any] = json.loads(result.stdout)
        return data

    def log_text(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""


def _socket_answers(desktop: Desktop) -> bool:
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
def start_app(desktop: Desktop, tmp_path: Path) -> Iterator[Callable[..., RunningApp]]:
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
def app_at_noon(desktop: Desktop) -> Iterator[None]:
    """Apps started during the test run at about noon local time (TZ), whatever the hour."""
    old = desktop.env.get("TZ")
    desktop.env["TZ"] = _noon_zone()
    yield
    if old is None:
        desktop.env.pop("TZ", None)
    else:
        desktop.env["TZ"] = old
