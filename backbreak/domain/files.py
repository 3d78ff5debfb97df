"""Reading a file the user can put anything in, without hanging or running out of memory.

A FIFO in place of ``settings.json`` blocks ``open()`` until some writer appears, and a
device such as ``/dev/zero`` never ends: either would stop the app before its icon shows.
So user files are opened with ``O_NONBLOCK`` (a FIFO then opens at once), checked with
``fstat`` to be a regular file, and read up to a size limit. The refusal is an
``OSError`` whose ``strerror`` says in words what the path is, so callers that already
report "can't read it (...)" for permission errors need no new branch.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from backbreak.i18n import QT_TRANSLATE_NOOP

_KINDS = (
    (stat.S_ISDIR, QT_TRANSLATE_NOOP("files", "a folder")),
    (stat.S_ISFIFO, QT_TRANSLATE_NOOP("files", "a FIFO (named pipe)")),
    (stat.S_ISCHR, QT_TRANSLATE_NOOP("files", "a character device")),
    (stat.S_ISBLK, QT_TRANSLATE_NOOP("files", "a block device")),
    (stat.S_ISSOCK, QT_TRANSLATE_NOOP("files", "a socket")),
)
"""What a path is, in words (translated where the words are used)."""


class NotRegularFile(OSError):
    """The path exists but is not a regular file (a FIFO, a device, a folder, a socket)."""

    def __init__(self, path: Path, kind: str) -> None:
        #: {kind} is what the path is instead, e.g. "a folder", "a FIFO (named pipe)".
        text = QCoreApplication.translate("files", "it is {kind}, not a regular file")
        super().__init__(errno.EINVAL, text.format(kind=kind), str(path))
        self.kind = kind


def file_kind(mode: int) -> str:
    """What a ``st_mode`` is, in words ("a FIFO (named pipe)"); "a regular file" for files."""
    for test, words in _KINDS:
        if test(mode):
            return QCoreApplication.translate("files", words)
    if stat.S_ISREG(mode):
        return QCoreApplication.translate("files", "a regular file")
    return QCoreApplication.translate("files", "not a regular file")


def read_regular_bytes(path: Path, limit: int) -> bytes:
    """At most ``limit`` bytes of the regular file ``path``.

    Callers pass their size cap plus one, so that ``len(result) > cap`` means "too
    large" without reading the rest. Raises ``FileNotFoundError`` and other ``OSError``
    as ``open`` does, and :class:`NotRegularFile` for anything but a regular file.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    flags |= getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise NotRegularFile(path, file_kind(mode))
        chunks: list[bytes] = []
        size = 0
        while size < limit:
            chunk = os.read(fd, min(1 << 20, limit - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)
