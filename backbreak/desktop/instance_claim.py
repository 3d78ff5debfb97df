"""Where the control socket lives, and the lock that makes one instance per user.

Looking for a live socket and then binding it is a race: two launches at the same
moment both see none. So an instance first takes an ``flock`` on
``control.sock.lock`` beside the socket (non-blocking, held on an open file for the
life of the process, released by the kernel when it dies, even by ``kill -9``); only
the holder binds the socket. Pure Python, no Qt.
"""

from __future__ import annotations

import getpass
import os
import sys
import tempfile
from pathlib import Path

SOCKET_NAME = "control.sock"
LOCK_SUFFIX = ".lock"


def runtime_dir() -> Path:
    """The user's private folder for the control socket, created 0700 if missing."""
    override = os.environ.get("BACKBREAK_RUNTIME_DIR")
    if override:
        base = Path(override)
    elif os.environ.get("XDG_RUNTIME_DIR"):
        base = Path(os.environ["XDG_RUNTIME_DIR"]) / "backbreak"
    else:
        base = Path(tempfile.gettempdir()) / f"backbreak-{_user()}"
    base.mkdir(mode=0o700, parents=True, exist_ok=True)
    if sys.platform != "win32":
        os.chmod(base, 0o700)
    return base


def server_name(directory: Path | None = None) -> str:
    """The control socket's name: a socket path on Unix, a pipe name on Windows."""
    if sys.platform == "win32" and directory is None:
        return f"backbreak-{_user()}-control"
    return str((directory or runtime_dir()) / SOCKET_NAME)


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return str(os.getuid()) if hasattr(os, "getuid") else "user"


def lock_path(name: str) -> Path:
    """The lock file beside the socket (Windows: in the runtime dir, by pipe name)."""
    if sys.platform == "win32" and not os.path.isabs(name):
        return runtime_dir() / (name + LOCK_SUFFIX)
    return Path(name + LOCK_SUFFIX)


class InstanceLock:
    """An exclusive, non-blocking lock on a file, held until :meth:`release` or exit.

    ``flock`` on Unix (per open file: a second claim in the same process fails too),
    ``msvcrt.locking`` on Windows. The lock file itself is never removed: removing it
    while another launch has it open would let two instances hold "the" lock.
    """

    def __init__(self, fd: int, path: Path) -> None:
        self._fd: int | None = fd
        self.path = path

    @classmethod
    def acquire(cls, path: Path) -> InstanceLock | None:
        """The lock, or None when another process (or object) holds it."""
        fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o600)
        try:
            if sys.platform == "win32":
                import msvcrt

                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            return None
        return cls(fd, path)

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the file drops the lock
            self._fd = None
