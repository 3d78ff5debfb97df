"""Who holds a camera open: ``/dev/video*`` among the open files of this user's processes.

This catches apps that open the camera themselves (browsers, Zoom, Teams on Linux),
whether or not PipeWire is running. Only this user's processes are looked at (the
others' ``fd`` folders aren't readable anyway). PipeWire and its session managers are
left out: they may keep a device open while idle, and a camera used through them shows
up in the PipeWire graph instead. A scan reads one symlink per open file of every
process, a few milliseconds, so it runs in the GUI thread, throttled.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from backbreak.clock import Clock
from backbreak.desktop.calls.source import CAMERA, Activity
from backbreak.desktop.reason import Reason
from backbreak.i18n import QT_TRANSLATE_NOOP

VIDEO_DEVICE = re.compile(r"^/dev/video\d+$")
DAEMONS = frozenset({"pipewire", "wireplumber", "pipewire-media-session"})
SCAN_INTERVAL_S = 10.0
"""At most one scan this often; a call lasts minutes, so 10 s late is on time."""


@dataclass(frozen=True)
class Holder:
    pid: int
    command: str
    device: str


def _command(pid_dir: Path) -> str:
    try:
        return (pid_dir / "comm").read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return ""


def _video_fd(pid_dir: Path) -> str | None:
    try:
        fds = list((pid_dir / "fd").iterdir())
    except OSError:
        return None
    for fd in fds:
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if VIDEO_DEVICE.match(target):
            return target
    return None


def video_holders(proc_root: Path, uid: int) -> list[Holder]:
    """The processes of ``uid`` under ``proc_root`` with a ``/dev/video*`` open, daemons
    left out. Processes that vanish or can't be read are skipped."""
    found = []
    for pid_dir in proc_root.iterdir():
        if not pid_dir.name.isdigit():
            continue
        try:
            if pid_dir.stat().st_uid != uid:
                continue
        except OSError:
            continue
        device = _video_fd(pid_dir)
        command = _command(pid_dir) if device else ""
        if device and command not in DAEMONS:
            found.append(Holder(int(pid_dir.name), command, device))
    return sorted(found, key=lambda h: h.pid)


class ProcCameraBackend:
    """The camera is open when a process of this user holds ``/dev/video*`` (Linux)."""

    name = "proc-video"
    source = CAMERA
    install_hint = ""

    def __init__(
        self,
        clock: Clock,
        proc_root: Path = Path("/proc"),
        uid: int | None = None,
        interval_s: float = SCAN_INTERVAL_S,
    ) -> None:
        self._clock = clock
        self._root = proc_root
        self._uid = uid
        self._interval = interval_s
        self._last_scan: float | None = None
        self._holders: list[Holder] = []
        self.reason = ""

    def available(self) -> bool:
        getuid = getattr(os, "getuid", None)
        if self._uid is None and getuid is not None:
            self._uid = int(getuid())
        if self._uid is None or not (self._root / "self" / "fd").is_dir():
            self.reason = Reason(
                QT_TRANSLATE_NOOP("backend", "no {path} to scan (not Linux)"),
                path=f"{self._root}/*/fd",
            )
            return False
        self.reason = ""
        return True

    def holders(self) -> list[Holder]:
        """The holders of the last scan, scanning again when the last is old enough."""
        now = self._clock.monotonic()
        fresh = self._last_scan is not None and 0 <= now - self._last_scan < self._interval
        if not fresh and self._uid is not None:
            self._holders = video_holders(self._root, self._uid)
            self._last_scan = now
        return self._holders

    def in_call(self) -> bool | None:
        if self._uid is None:
            return None
        return bool(self.holders())

    def what(self) -> str:
        apps = sorted({h.command for h in self._holders if h.command})
        return Activity(CAMERA, ", ".join(apps)).text() if self._holders else ""
