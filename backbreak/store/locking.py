"""Advisory file locks between backbreak processes, and owner-only files and folders.

``file_lock`` holds an exclusive lock on a small lock file for the length of a ``with``
block: ``fcntl.flock`` on POSIX, ``msvcrt.locking`` on Windows. The lock belongs to the
open file, so a killed holder releases it at once; the lock file itself stays (it is
empty and harmless). Waiting polls a non-blocking attempt with short sleeps, so a stuck
holder costs a bounded wait and a clear error (``LockTimeout``), never a hang.

The user's files hold health notes (pain reports), so backbreak keeps them to the
owner: folders 0700, files 0600 (``private_dir``, ``private_file``), on POSIX.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import stat
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication

if sys.platform == "win32":
    import msvcrt
else:
    import fcntl

log = logging.getLogger(__name__)

DIR_MODE = 0o700
FILE_MODE = 0o600

LOCK_WAIT_SECONDS = 5.0
"""How long a writer waits for another process's lock; holders keep it for milliseconds."""
LOCK_POLL_SECONDS = 0.01


class LockTimeout(OSError):
    """Another process held the lock for longer than we wait."""


def _try_lock(fd: int) -> bool:
    """One non-blocking attempt; False when another process holds the lock."""
    if sys.platform == "win32":
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as err:
        if err.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
            return False
        raise
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        with contextlib.suppress(OSError):
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return
    fcntl.flock(fd, fcntl.LOCK_UN)


@contextlib.contextmanager
def file_lock(
    lock_path: Path,
    *,
    wait: float | None = None,
    sleep: Callable[[float], None] = time.sleep,
    required: bool = True,
) -> Iterator[bool]:
    """Hold an exclusive lock on ``lock_path`` (created 0600) inside the ``with`` block.

    Yields True when the lock is held. When the lock file can't be created (a read-only
    folder) and ``required`` is False, yields False instead of raising: a reader can go
    on, and a writer would fail at its own write anyway. ``LockTimeout`` when another
    process holds the lock for longer than ``wait`` seconds (``LOCK_WAIT_SECONDS``).
    """
    wait = LOCK_WAIT_SECONDS if wait is None else wait
    try:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, FILE_MODE)
    except OSError as err:
        if required:
            raise
        log.info("no lock (%s): %s", lock_path, err)
        yield False
        return
    try:
        attempts = max(1, int(wait / LOCK_POLL_SECONDS))
        for attempt in range(attempts):
            if _try_lock(fd):
                break
            if attempt + 1 < attempts:
                sleep(LOCK_POLL_SECONDS)
        else:
            held = QCoreApplication.translate(
                "locking", "another backbreak held the lock for over {seconds} s"
            ).format(seconds=f"{wait:g}")
            raise LockTimeout(errno.EWOULDBLOCK, held, str(lock_path))
        try:
            yield True
        finally:
            _unlock(fd)
    finally:
        os.close(fd)


def private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) as 0700, or take group and others' access off it."""
    path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    tighten(path)
    return path


def private_file(path: Path) -> None:
    """Take group and others' access off an existing file (a no-op when it is missing)."""
    tighten(path)


def tighten(path: Path) -> None:
    """Take away any access group and others have (0644 -> 0600); never raises.

    Only our own files and folders are touched (chmod fails on others' anyway), and
    never through a symlink.
    """
    if os.name == "nt":
        return
    try:
        st = os.stat(path, follow_symlinks=False)
    except OSError:
        return
    if stat.S_ISLNK(st.st_mode) or st.st_uid != os.geteuid():
        return
    mode = stat.S_IMODE(st.st_mode)
    if mode & 0o077:
        try:
            os.chmod(path, mode & ~0o077)
        except OSError as err:
            log.info("could not make %s private: %s", path, err)
