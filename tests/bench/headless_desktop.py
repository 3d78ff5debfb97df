"""A throw-away headless desktop for the benchmark: Xvfb, private D-Bus buses, dunst, a tray.

``HeadlessDesktop`` is a context manager. It starts, in order: Xvfb (on a display it
picks itself, via ``-displayfd``), a private session bus and a stand-in system bus
(both with a config that has no service directories, so nothing gets D-Bus-activated
behind our back and changes what is measured), dunst as
``org.freedesktop.Notifications``, and xfce4-panel with only its systray plugin, which
owns ``org.kde.StatusNotifierWatcher`` (the D-Bus tray Qt prefers). dunst's and the
panel's configuration are the end-to-end tests' files (tests/e2e/). The bring-up itself
is not shared with tests/e2e/conftest.py: there it is the body of a pytest fixture,
which a script can't call. ``env`` is the environment to run programs in it. On exit everything it
started is stopped by PID, newest first. Debian packages: xvfb dbus dunst xfce4-panel.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from jeepney.bus_messages import message_bus
from jeepney.io.blocking import DBusConnection, open_dbus_connection

BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path={path}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""

# The end-to-end tests' desktop config, reused as is: dunst keeping notifications up
# until acted on, and one xfce4-panel holding only its systray plugin.
E2E = Path(__file__).resolve().parents[1] / "e2e"
DUNSTRC = E2E / "dunstrc"
PANEL_XML = E2E / "xfce4-panel.xml"

TOOLS = ("Xvfb", "dbus-daemon", "dunst", "xfce4-panel")


class DesktopError(RuntimeError):
    """The headless desktop could not be brought up (message says which part)."""


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def wait_for(what: str, check: Callable[[], bool], timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise DesktopError(f"timed out waiting for {what}")
        time.sleep(0.02)


class HeadlessDesktop:
    """Xvfb + session/system bus + dunst + xfce4-panel systray; see the module docstring."""

    def __init__(self, screen: str = "1280x800x24") -> None:
        self.screen = screen
        self.dir = Path(tempfile.mkdtemp(prefix="bb-bench-desktop-"))
        self.env: dict[str, str] = {}
        self._procs: list[subprocess.Popen[bytes]] = []
        self._bus: DBusConnection | None = None

    def __enter__(self) -> HeadlessDesktop:
        try:
            self._start()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def bus(self) -> DBusConnection:
        """A connection of our own to the session bus (for probes)."""
        if self._bus is None:
            self._bus = open_dbus_connection(bus=self.env["DBUS_SESSION_BUS_ADDRESS"])
        return self._bus

    def has_owner(self, name: str) -> bool:
        reply = self.bus.send_and_get_reply(message_bus.NameHasOwner(name), timeout=5)
        return bool(reply.body[0])

    def spawn(self, name: str, cmd: list[str], env: dict[str, str] | None = None) -> None:
        log = (self.dir / f"{name}.log").open("wb")
        proc = subprocess.Popen(
            cmd, env=env or self.env, stdout=log, stderr=subprocess.STDOUT, cwd=self.dir
        )
        self._procs.append(proc)

    def _start(self) -> None:
        runtime = self.dir / "rt"
        runtime.mkdir(mode=0o700)
        home = self.dir / "home"
        home.mkdir()
        base = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("DBUS_", "XDG_", "WAYLAND_", "DISPLAY", "QT_", "SESSION_MANAGER"))
        }
        self.env = dict(base, HOME=str(home), XDG_RUNTIME_DIR=str(runtime), QT_QPA_PLATFORM="xcb")
        self._start_xvfb()
        for bus, var in (
            ("session", "DBUS_SESSION_BUS_ADDRESS"),
            ("system", "DBUS_SYSTEM_BUS_ADDRESS"),
        ):
            path = runtime / f"{bus}_bus"
            config = self.dir / f"{bus}-bus.conf"
            config.write_text(BUS_CONFIG.format(path=path), "utf-8")
            self.spawn(
                f"dbus-{bus}", ["dbus-daemon", "--nofork", "--nopidfile", f"--config-file={config}"]
            )
            wait_for(f"the {bus} bus socket", path.exists)
            self.env[var] = f"unix:path={path}"
        wait_for("the session bus", lambda: self.has_owner("org.freedesktop.DBus"))

        for config_file in (DUNSTRC, PANEL_XML):
            if not config_file.is_file():
                raise DesktopError(f"{config_file} is missing (the e2e tests' desktop config)")
        self.spawn("dunst", ["dunst", "-conf", str(DUNSTRC)])
        wait_for("dunst", lambda: self.has_owner("org.freedesktop.Notifications"))

        xfce_config = self.dir / "xfce-config"
        channel_dir = xfce_config / "xfce4" / "xfconf" / "xfce-perchannel-xml"
        channel_dir.mkdir(parents=True)
        shutil.copy(PANEL_XML, channel_dir / "xfce4-panel.xml")
        panel_env = dict(self.env, XDG_CONFIG_HOME=str(xfce_config))
        xfconfd = sorted(Path("/usr/lib").glob("*/xfce4/xfconf/xfconfd"))
        if not xfconfd:
            raise DesktopError("xfconfd not found (apt-get install xfce4-panel)")
        # our own xfconfd, so that the panel's settings stay in this temp folder
        self.spawn("xfconfd", [str(xfconfd[0])], panel_env)
        wait_for("xfconfd", lambda: self.has_owner("org.xfce.Xfconf"))
        self.spawn(
            "xfce4-panel", ["xfce4-panel", "--disable-wm-check", "--sm-client-disable"], panel_env
        )
        wait_for(
            "org.kde.StatusNotifierWatcher",
            lambda: self.has_owner("org.kde.StatusNotifierWatcher"),
            timeout=30,
        )

    def _start_xvfb(self) -> None:
        read_end, write_end = os.pipe()
        log = (self.dir / "xvfb.log").open("wb")
        proc = subprocess.Popen(
            [
                "Xvfb",
                "-displayfd",
                str(write_end),
                "-screen",
                "0",
                self.screen,
                "-nolisten",
                "tcp",
                "-noreset",
            ],
            pass_fds=(write_end,),
            stdout=log,
            stderr=subprocess.STDOUT,
            env=self.env,
        )
        self._procs.append(proc)
        os.close(write_end)
        with os.fdopen(read_end, "rb") as pipe:
            number = pipe.readline().strip().decode()
        if not number.isdigit():
            raise DesktopError(f"Xvfb did not start (see {self.dir / 'xvfb.log'})")
        self.env["DISPLAY"] = f":{number}"

    def close(self) -> None:
        if self._bus is not None:
            self._bus.close()
            self._bus = None
        for proc in reversed(self._procs):
            stop(proc)
        self._procs.clear()
        shutil.rmtree(self.dir, ignore_errors=True)


def stop(proc: subprocess.Popen[bytes], grace: float = 3.0) -> None:
    """SIGTERM, wait up to ``grace`` seconds, then SIGKILL."""
    if proc.poll() is not None:
        return
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(grace)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
