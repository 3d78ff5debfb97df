"""A real, throw-away headless desktop: the end-to-end tests' fixture and the benchmark's.

Pieces, each started here and stopped by PID, newest first:

- ``Xvfb`` on a display it picks itself (``-displayfd``);
- a private D-Bus session bus, so nothing reaches the developer's own desktop, and, when
  asked for, a stand-in system bus with nothing on it (the benchmark wants one, so that
  the app's logind watcher finds a bus, as on a real machine). Both use a config with no
  service directories: nothing is D-Bus-activated behind our back;
- ``dunst`` as the notification server (config: ``tests/e2e/dunstrc``);
- ``xfconfd`` + ``xfce4-panel`` with only its notification area
  (``tests/e2e/xfce4-panel.xml``): the host that owns ``org.kde.StatusNotifierWatcher``,
  the D-Bus tray Qt uses.

HOME, XDG_* and the runtime folder point into the desktop's own folder. Debian packages:
xvfb dbus dunst xfce4-panel (and x11-xserver-utils for the grey root, imagemagick for
screenshots).

A sound server is opt-in (:meth:`HeadlessDesktop.start_sound`, or :class:`SoundServer`
alone): a PulseAudio daemon in the desktop's runtime folder whose only sink, ``test``,
is a null sink, so what the app plays can be recorded from ``test.monitor`` and
checked (Debian packages pulseaudio pulseaudio-utils sox).
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

TESTS = Path(__file__).resolve().parent.parent
REPO = TESTS.parent
E2E = TESTS / "e2e"
DUNSTRC = E2E / "dunstrc"
PANEL_XML = E2E / "xfce4-panel.xml"
TOOLS = ("Xvfb", "dbus-daemon", "dunst", "dunstctl", "xfce4-panel")
SCREEN = "1280x800x24"
START_TIMEOUT = 15.0
KEEP_ENV = ("PATH", "LANG", "LC_ALL", "PYTHONPATH", "VIRTUAL_ENV", "TZ")
"""What the desktop's programs inherit from ours; the rest is set here."""

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


class DesktopError(RuntimeError):
    """The desktop could not be brought up; the message says which part."""


def xfconfd_path() -> str | None:
    for pattern in ("/usr/lib/*/xfce4/xfconf/xfconfd", "/usr/libexec/xfce4/xfconf/xfconfd"):
        found = sorted(glob.glob(pattern))
        if found:
            return found[0]
    return shutil.which("xfconfd")


def a11y_launcher() -> str | None:
    for path in ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher"):
        if os.access(path, os.X_OK):
            return path
    return shutil.which("at-spi-bus-launcher")


def missing_tools() -> list[str]:
    """The programs this desktop needs that aren't installed."""
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if xfconfd_path() is None:
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


def stop_process(proc: subprocess.Popen[Any], grace: float = 3.0) -> None:
    """SIGTERM, wait up to ``grace`` seconds, then SIGKILL."""
    if proc.poll() is not None:
        return
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(grace)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(grace)


SOUND_TOOLS = ("pulseaudio", "paplay", "parecord", "pactl", "sox")
SOUND_RATE = 22050
"""The null sink's rate: the cues' own, so nothing is resampled on the way."""


def missing_sound_tools() -> list[str]:
    return [tool for tool in SOUND_TOOLS if shutil.which(tool) is None]


CAPTURE_SOURCE = "mic"
"""The null source a test captures from to stand in for a microphone in a call."""


class SoundServer:
    """PulseAudio with one null sink, ``test``, and one null source, ``mic`` (a
    microphone that hears silence), in ``runtime`` (its ``XDG_RUNTIME_DIR``).

    ``env`` holds what a client needs to reach it (``PULSE_SERVER``). The daemon
    refuses nothing and never exits on idle; it is stopped by its PID.
    """

    def __init__(self, runtime: Path, home: Path, log: Path) -> None:
        self.runtime, self.home, self.log = runtime, home, log
        self.socket = runtime / "pulse" / "native"
        self.proc: subprocess.Popen[bytes] | None = None
        self.env = {"PULSE_SERVER": f"unix:{self.socket}"}

    def start(self) -> SoundServer:
        env = {k: v for k, v in os.environ.items() if k in KEEP_ENV}
        env.update(XDG_RUNTIME_DIR=str(self.runtime), HOME=str(self.home))
        env["PULSE_STATE_PATH"] = str(self.home / "pulse-state")
        sink = f"module-null-sink sink_name=test rate={SOUND_RATE} channels=1"
        source = f"module-null-source source_name={CAPTURE_SOURCE} rate={SOUND_RATE} channels=1"
        with self.log.open("ab") as out:
            self.proc = subprocess.Popen(
                [
                    *("pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1"),
                    *("--disallow-exit", "--use-pid-file=no", "--log-target=stderr"),
                    *("-L", sink, "-L", source),
                    *("-L", "module-native-protocol-unix auth-anonymous=1"),
                ],
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
            )
        wait_for(self._answers, START_TIMEOUT, f"pulseaudio (see {self.log})")
        return self

    def _answers(self) -> bool:
        if self.proc is not None and self.proc.poll() is not None:
            raise DesktopError(f"pulseaudio exited (see {self.log})")
        if not self.socket.exists():
            return False
        probe = subprocess.run(
            ["pactl", "info"], env={**os.environ, **self.env}, capture_output=True, timeout=5
        )
        return probe.returncode == 0

    def record(self, path: Path) -> subprocess.Popen[bytes]:
        """Start recording the sink's monitor to the WAV ``path``; stop it with
        :func:`stop_recording`."""
        return self._parecord("test.monitor", path, "--latency-msec=10")

    def capture(self, path: Path) -> subprocess.Popen[bytes]:
        """Start capturing the null source ``mic`` to the WAV ``path``, as a call's
        microphone would be; stop it with :func:`stop_recording`."""
        return self._parecord(CAPTURE_SOURCE, path)

    def _parecord(self, device: str, path: Path, *extra: str) -> subprocess.Popen[bytes]:
        """``parecord`` from ``device`` into the mono 16-bit WAV ``path``, in the background."""
        return subprocess.Popen(
            [
                *("parecord", f"--device={device}", "--file-format=wav"),
                *(f"--rate={SOUND_RATE}", "--channels=1", "--format=s16le", *extra),
                str(path),
            ],
            env={**os.environ, **self.env},
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def stop(self) -> None:
        if self.proc is not None:
            stop_process(self.proc)
            self.proc = None


def stop_recording(proc: subprocess.Popen[bytes]) -> None:
    """SIGINT, so parecord writes the WAV header's lengths before it exits."""
    if proc.poll() is None:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            stop_process(proc)


class HeadlessDesktop:
    """Xvfb + D-Bus + dunst + xfce4-panel's tray; a context manager (or start()/stop()).

    ``root`` is the folder for its files (a temp folder of its own, removed at the end,
    when not given); ``env`` is the environment to run programs in it.
    """

    wait_for = staticmethod(wait_for)

    def __init__(
        self, root: Path | None = None, *, system_bus: bool = False, screen: str = SCREEN
    ) -> None:
        self._own_root = root is None
        self.root = root if root is not None else Path(tempfile.mkdtemp(prefix="bb-desktop-"))
        self.system_bus = system_bus
        self.screen = screen
        self.env: dict[str, str] = {}
        self.procs: list[subprocess.Popen[bytes]] = []
        self.panel: subprocess.Popen[bytes] | None = None
        self.xfce_config = self.root / "xfce-config"
        self.sound: SoundServer | None = None
        self._bus: Any = None

    def __enter__(self) -> HeadlessDesktop:
        try:
            self.start()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # -- bring-up -----------------------------------------------------------------------

    def start(self) -> None:
        for config_file in (DUNSTRC, PANEL_XML):
            if not config_file.is_file():
                raise DesktopError(f"{config_file} is missing (the desktop's config)")
        runtime = self.root / "run"
        runtime.mkdir(mode=0o700)
        home = self.root / "home"
        home.mkdir()
        self.env = {k: v for k, v in os.environ.items() if k in KEEP_ENV}
        self.env.update(
            HOME=str(home),
            XDG_RUNTIME_DIR=str(runtime),
            XDG_CONFIG_HOME=str(home / ".config"),
            XDG_DATA_HOME=str(home / ".local" / "share"),
            XDG_CACHE_HOME=str(home / ".cache"),
            DBUS_SYSTEM_BUS_ADDRESS=f"unix:path={runtime / 'no-system-bus'}",
            QT_QPA_PLATFORM="xcb",
            NO_AT_BRIDGE="1",
        )
        self.env.setdefault("LANG", "C.UTF-8")
        self.env["DISPLAY"] = self._start_xvfb()
        if shutil.which("xsetroot"):
            self.run(["xsetroot", "-solid", "#53606b"])
        self.env["DBUS_SESSION_BUS_ADDRESS"] = self._start_bus("session", runtime / "bus")
        wait_for(lambda: self.has_name("org.freedesktop.DBus"), 10, "the session bus")
        if self.system_bus:
            self.env["DBUS_SYSTEM_BUS_ADDRESS"] = self._start_bus("system", runtime / "system_bus")
        self.spawn(["dunst", "-conf", str(DUNSTRC)], "dunst")
        wait_for(lambda: self.has_name("org.freedesktop.Notifications"), 10, "dunst")
        xfconfd = xfconfd_path()
        if xfconfd is None:
            raise DesktopError("xfconfd not found (apt-get install xfce4-panel)")
        channel_dir = self.xfce_config / "xfce4" / "xfconf" / "xfce-perchannel-xml"
        channel_dir.mkdir(parents=True)
        shutil.copy(PANEL_XML, channel_dir / "xfce4-panel.xml")
        self.start_panel()

    def _ensure_xfconfd(self) -> None:
        """Our own xfconfd, so that the panel's settings stay in this folder. It is
        started again when gone: xfconfd leaves the bus after a while without clients
        (seen after ~5 minutes of tests), and a panel started without it never registers
        its StatusNotifierWatcher ("Failed to store the number of panels")."""
        if self.has_name("org.xfce.Xfconf"):
            return
        xfconfd = xfconfd_path()
        if xfconfd is None:
            raise DesktopError("xfconfd not found (apt-get install xfce4-panel)")
        self.spawn([xfconfd], "xfconfd", XDG_CONFIG_HOME=str(self.xfce_config))
        wait_for(lambda: self.has_name("org.xfce.Xfconf"), 10, "xfconfd")

    def _start_xvfb(self) -> str:
        """Xvfb on a free display; ``-noreset`` so that the first client leaving (xsetroot)
        does not reset the server and its root background."""
        read_fd, write_fd = os.pipe()
        with (self.root / "xvfb.log").open("ab") as log:
            proc = subprocess.Popen(
                [
                    *("Xvfb", "-displayfd", str(write_fd), "-screen", "0", self.screen),
                    *("-nolisten", "tcp", "-noreset"),
                ],
                pass_fds=(write_fd,),
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
            )
        self.procs.append(proc)
        os.close(write_fd)
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()
        if not number.isdigit():
            raise DesktopError(f"Xvfb did not start (see {self.root / 'xvfb.log'})")
        return f":{number}"

    def _start_bus(self, name: str, socket: Path) -> str:
        config = self.root / f"{name}-bus.conf"
        config.write_text(BUS_CONFIG.format(path=socket), "utf-8")
        self.spawn(
            ["dbus-daemon", "--nofork", "--nopidfile", f"--config-file={config}"], f"dbus-{name}"
        )
        wait_for(socket.exists, 10, f"the {name} bus socket")
        return f"unix:path={socket}"

    # -- the tray host ------------------------------------------------------------------

    def start_panel(self) -> None:
        """xfce4-panel with only its notification area; waits for its watcher."""
        self._ensure_xfconfd()
        self.panel = self.spawn(
            ["xfce4-panel", "--disable-wm-check", "--sm-client-disable"],
            "panel",
            XDG_CONFIG_HOME=str(self.xfce_config),
        )
        wait_for(
            lambda: self.has_name("org.kde.StatusNotifierWatcher"),
            2 * START_TIMEOUT,
            "xfce4-panel's StatusNotifierWatcher",
        )

    def stop_panel(self) -> None:
        """Take the tray away (as on a desktop without one)."""
        if self.panel is not None:
            stop_process(self.panel)
            self.procs.remove(self.panel)
            self.panel = None
        wait_for(lambda: not self.has_name("org.kde.StatusNotifierWatcher"), 10, "the tray to go")

    # -- sound (opt-in) -----------------------------------------------------------------

    def start_sound(self) -> SoundServer:
        """A PulseAudio server with a null sink for the desktop's programs (``env`` gets
        its address); the same one if already started."""
        if self.sound is None:
            runtime = Path(self.env["XDG_RUNTIME_DIR"])
            server = SoundServer(runtime, Path(self.env["HOME"]), self.root / "pulseaudio.log")
            self.sound = server.start()
            self.env.update(server.env)
        return self.sound

    def stop_sound(self) -> None:
        """Take the sound server away again, so later tests see a desktop without one."""
        if self.sound is not None:
            self.sound.stop()
            self.sound = None
        self.env.pop("PULSE_SERVER", None)

    def start_a11y(self) -> str:
        """The accessibility bus (at-spi2-core's ``at-spi-bus-launcher``, which owns
        ``org.a11y.Bus`` on the session bus and starts the a11y bus and its registry);
        returns the a11y bus address. Debian package: at-spi2-core."""
        from jeepney import DBusAddress, new_method_call

        if not self.has_name("org.a11y.Bus"):
            launcher = a11y_launcher()
            if launcher is None:
                raise DesktopError("at-spi-bus-launcher not found (apt-get install at-spi2-core)")
            self.spawn([launcher, "--launch-immediately"], "at-spi-bus-launcher")
            wait_for(lambda: self.has_name("org.a11y.Bus"), 10, "the a11y bus launcher")
        bus = DBusAddress("/org/a11y/bus", bus_name="org.a11y.Bus", interface="org.a11y.Bus")
        address: str = self.call(new_method_call(bus, "GetAddress")).body[0]
        return address

    # -- D-Bus --------------------------------------------------------------------------

    def connect(self) -> Any:
        """A new connection to the session bus (the caller closes it)."""
        from jeepney.io.blocking import open_dbus_connection

        return open_dbus_connection(bus=self.env["DBUS_SESSION_BUS_ADDRESS"])

    @property
    def bus(self) -> Any:
        """One connection kept open for many calls (probes that run all along)."""
        if self._bus is None:
            self._bus = self.connect()
        return self._bus

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

    # -- processes ----------------------------------------------------------------------

    def spawn(self, args: list[str], log: str | Path, **env: str) -> subprocess.Popen[bytes]:
        """Start a process of the session; its output goes to ``log`` (a name or a path)."""
        path = log if isinstance(log, Path) else self.root / f"{log}.log"
        with path.open("ab") as out:
            proc = subprocess.Popen(
                args,
                env={**self.env, **env},
                stdout=out,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                cwd=self.root,
            )
        self.procs.append(proc)
        return proc

    def run(self, args: list[str], timeout: float = 15.0) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            args, env=self.env, capture_output=True, text=True, timeout=timeout, cwd=REPO
        )

    def backbreak(self, *args: str, timeout: float = 15.0) -> subprocess.CompletedProcess[str]:
        """``python -m backbreak ARGS`` in this desktop (a CLI command, say)."""
        return self.run([sys.executable, "-m", "backbreak", *args], timeout=timeout)

    def screenshot(self, path: Path) -> bool:
        if shutil.which("import") is None:
            return False
        result = self.run(["import", "-window", "root", str(path)], timeout=20)
        return result.returncode == 0 and path.is_file()

    def stop(self) -> None:
        """Stop what was started, newest first; remove the folder if it is ours."""
        if self._bus is not None:
            self._bus.close()
            self._bus = None
        self.stop_sound()
        for proc in reversed(self.procs):
            stop_process(proc)
        self.procs.clear()
        self.panel = None
        if self._own_root:
            shutil.rmtree(self.root, ignore_errors=True)
