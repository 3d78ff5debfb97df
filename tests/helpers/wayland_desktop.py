"""A headless Wayland compositor beside the test desktop: the Wayland end-to-end tests'.

``weston --backend=headless-backend.so`` runs in the desktop's runtime folder, on a
socket of its own; the app then runs with ``QT_QPA_PLATFORM=wayland`` and no
``DISPLAY`` (:meth:`WestonSession.app_env`), while the session bus, dunst and the
tray host (a StatusNotifierWatcher on D-Bus, independent of X) stay the desktop's.
Weston is started with ``--debug``, so ``weston-debug scene-graph`` can say which
windows are mapped (:meth:`WestonSession.toplevels`): there is no xdotool on Wayland.

Weston 10 offers neither ``ext-idle-notify-v1`` nor ``zwlr_foreign_toplevel_manager_v1``:
under it the app's idle and full-screen backends refuse and say so. Debian package: weston.

:class:`SwaySession` is a headless sway (wlroots), which offers ``org_kde_kwin_idle``
(sway 1.7) and the wlr foreign-toplevel list, so the app's Wayland idle and full-screen
sources run for real. Sway refuses to run as root: as root it runs as ``nobody``, in a
runtime folder of its own (the app, root, can still reach its socket). Debian package: sway.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from helpers.headless_desktop import START_TIMEOUT, HeadlessDesktop, stop_process, wait_for

WAYLAND_TOOLS = ("weston", "weston-debug")
SOCKET = "wayland-backbreak"
TOPLEVEL = re.compile(r"role xdg_toplevel, PID (\d+), .*?top-level window '(.*)' of")
POSITION = re.compile(r"position: \((-?\d+), (-?\d+)\) -> \((-?\d+), (-?\d+)\)")


def missing_wayland_tools() -> list[str]:
    return [tool for tool in WAYLAND_TOOLS if shutil.which(tool) is None]


@dataclass(frozen=True)
class Toplevel:
    pid: int
    title: str


class WestonSession:
    """Weston on ``desktop``'s runtime folder; ``start()``/``stop()``."""

    def __init__(self, desktop: HeadlessDesktop, socket: str = SOCKET) -> None:
        self.desktop = desktop
        self.socket = socket
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def socket_path(self) -> Path:
        return Path(self.desktop.env["XDG_RUNTIME_DIR"]) / self.socket

    def start(self) -> WestonSession:
        self.proc = self.desktop.spawn(
            [
                *("weston", "--backend=headless-backend.so", f"--socket={self.socket}"),
                *("--idle-time=0", "--debug", "--width=1280", "--height=800"),
            ],
            "weston",
        )
        wait_for(self._ready, START_TIMEOUT, f"weston (see {self.desktop.root / 'weston.log'})")
        return self

    def _ready(self) -> bool:
        if self.proc is not None and self.proc.poll() is not None:
            raise AssertionError(f"weston exited (see {self.desktop.root / 'weston.log'})")
        return self.socket_path.exists()

    def app_env(self) -> dict[str, str]:
        """What a program needs to run on this compositor, and only there (no X)."""
        return {"WAYLAND_DISPLAY": self.socket, "QT_QPA_PLATFORM": "wayland", "DISPLAY": ""}

    def scene_graph(self) -> str:
        """Weston's own account of what is on screen (``weston-debug scene-graph``)."""
        env: dict[str, Any] = {**self.desktop.env, "WAYLAND_DISPLAY": self.socket}
        result = subprocess.run(
            ["weston-debug", "scene-graph"], env=env, capture_output=True, text=True, timeout=10
        )
        return result.stdout

    def toplevels(self) -> list[Toplevel]:
        """The mapped xdg toplevel windows: the client's PID and the window's title."""
        return [Toplevel(int(m[1]), m[2]) for m in TOPLEVEL.finditer(self.scene_graph())]

    def view(self, title: str, pid: int) -> tuple[int, int, int, int] | None:
        """Where weston shows the toplevel ``title`` of ``pid``: (left, top, right, bottom)."""
        for block in self.scene_graph().split("View ")[1:]:
            found = TOPLEVEL.search(block)
            if found and int(found[1]) == pid and found[2] == title:
                where = POSITION.search(block)
                if where:
                    left, top, right, bottom = (int(n) for n in where.groups())
                    return left, top, right, bottom
        return None

    def stop(self) -> None:
        if self.proc is not None:
            stop_process(self.proc)
            if self.proc in self.desktop.procs:
                self.desktop.procs.remove(self.proc)
            self.proc = None


SWAY_CONFIG = "output HEADLESS-1 resolution 1280x800\n"


def missing_sway_tools() -> list[str]:
    tools = ["sway", "swaymsg"] + (["runuser"] if os.geteuid() == 0 else [])
    return [tool for tool in tools if shutil.which(tool) is None]


class SwaySession:
    """A headless sway beside ``desktop``; ``start()``/``stop()``; ``app_env()`` as weston's."""

    def __init__(self, desktop: HeadlessDesktop) -> None:
        self.desktop = desktop
        self.runtime = Path(tempfile.mkdtemp(prefix="bb-sway-"))
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> SwaySession:
        config = self.runtime / "config"
        config.write_text(SWAY_CONFIG)
        config.chmod(0o644)
        user: list[str] = []
        if os.geteuid() == 0:
            shutil.chown(self.runtime, "nobody")
            user = ["runuser", "-u", "nobody", "--"]
        self.runtime.chmod(0o700)
        env = [f"XDG_RUNTIME_DIR={self.runtime}", f"PATH={os.environ.get('PATH', '')}"]
        env += ["WLR_BACKENDS=headless", "WLR_RENDERER=pixman", "WLR_LIBINPUT_NO_DEVICES=1"]
        self.proc = self.desktop.spawn(
            [*user, "env", "-i", *env, "sway", "-c", str(config)], "sway"
        )
        wait_for(self._socket, START_TIMEOUT, f"sway (see {self.desktop.root / 'sway.log'})")
        return self

    def _socket(self) -> Path | None:
        if self.proc is not None and self.proc.poll() is not None:
            raise AssertionError(f"sway exited (see {self.desktop.root / 'sway.log'})")
        found = [p for p in self.runtime.glob("wayland-*") if p.suffix != ".lock"]
        return found[0] if found else None

    def app_env(self) -> dict[str, str]:
        socket = self._socket()
        assert socket is not None
        return {"WAYLAND_DISPLAY": str(socket), "QT_QPA_PLATFORM": "wayland", "DISPLAY": ""}

    def stop(self) -> None:
        if self.proc is not None:
            stop_process(self.proc)
            if self.proc in self.desktop.procs:
                self.desktop.procs.remove(self.proc)
            self.proc = None
        shutil.rmtree(self.runtime, ignore_errors=True)
