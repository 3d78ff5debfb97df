"""Backends that run one short-lived player process per cue.

Each cue is one ``subprocess.Popen`` that is never waited for: the process is reaped
(``poll``) the next time a cue plays, or by :meth:`CommandPlayer.reap`. A player that
can't be started, or that exits with an error, is logged once and noted in ``reason``.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from backbreak.desktop.reason import Reason
from backbreak.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)


def server_not_running(server: str) -> Reason:
    """The reason of a player whose sound server isn't there."""
    return Reason(QT_TRANSLATE_NOOP("backend", "no {server} server running"), server=server)


class CommandPlayer:
    """A command-line player; subclasses give ``program``, ``args`` and the hints."""

    name = ""
    program = ""
    install_hint = ""

    def __init__(self, environ: Mapping[str, str] | None = None) -> None:
        self.environ = os.environ if environ is None else environ
        self.reason = ""
        self.executable = self.program
        self.children: list[subprocess.Popen[bytes]] = []
        self._complained = False

    def args(self, path: Path, volume: float) -> Sequence[str]:
        """The command line after the program's path."""
        raise NotImplementedError

    def server_missing(self) -> str:
        """Why the sound server this player needs isn't reachable; '' when it is."""
        return ""

    def available(self) -> bool:
        found = shutil.which(self.program, path=self.environ.get("PATH"))
        if found is None:
            self.reason = Reason(
                QT_TRANSLATE_NOOP("backend", "{program} not found"), program=self.program
            )
            return False
        self.executable = found
        missing = self.server_missing()
        if missing:
            self.reason = missing
            return False
        self.reason = ""
        return True

    def play(self, path: Path, volume: float) -> None:
        self.reap()
        command = [self.executable, *self.args(path, volume)]
        try:
            child = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                close_fds=True,
                env=player_env(self.environ),
            )
        except OSError as err:
            self._complain(
                Reason(
                    QT_TRANSLATE_NOOP("backend", "{program} could not start: {error}"),
                    program=self.program,
                    error=err,
                )
            )
            return
        self.children.append(child)

    def reap(self) -> None:
        """Collect the players that have finished; note the first one that failed."""
        running = []
        for child in self.children:
            code = child.poll()
            if code is None:
                running.append(child)
            elif code != 0:
                self._complain(
                    Reason(
                        QT_TRANSLATE_NOOP("backend", "{program} exited with status {code}"),
                        program=self.program,
                        code=code,
                    )
                )
        self.children = running

    def _complain(self, reason: str) -> None:
        self.reason = reason
        if not self._complained:
            self._complained = True
            log.warning("sound cue not played: %s", reason)


def player_env(environ: Mapping[str, str]) -> dict[str, str]:
    """The player's environment: ours, less the library path a frozen bundle (PyInstaller)
    set for its own libraries, which must not shadow the system's for a system program."""
    env = dict(environ)
    if getattr(sys, "frozen", False):
        original = env.pop("LD_LIBRARY_PATH_ORIG", None)
        if original is None:
            env.pop("LD_LIBRARY_PATH", None)
        else:
            env["LD_LIBRARY_PATH"] = original
    return env


def runtime_dir(environ: Mapping[str, str]) -> Path | None:
    folder = environ.get("XDG_RUNTIME_DIR")
    return Path(folder) if folder else None
