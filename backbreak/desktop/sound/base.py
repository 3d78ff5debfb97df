"""What a sound backend does: start one short cue and return at once.

``play`` never blocks the GUI thread and never raises: a cue that can't start is
logged once (per backend) and the session goes on in silence.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from backbreak.desktop.reason import Reason
from backbreak.i18n import QT_TRANSLATE_NOOP


class SoundBackend(Protocol):
    """One way of playing a WAV file here (a command-line player, ``winsound``...).

    ``reason`` and ``install_hint`` are filled in by :meth:`available` when it says no,
    and ``reason`` also by :meth:`play` when a cue failed to start.
    """

    name: str
    reason: str
    install_hint: str

    def available(self) -> bool: ...

    def play(self, path: Path, volume: float) -> None:
        """Start playing ``path`` at ``volume`` (a linear gain, 0..1) and return at once."""
        ...

    def reap(self) -> None:
        """Collect the players that have finished (nothing to do for in-process ones)."""
        ...


NO_PLAYER = Reason(QT_TRANSLATE_NOOP("backend", "no sound player found"))


class NoSound:
    """The fallback: plays nothing, and says which players were tried."""

    name = "none"
    install_hint = ""

    def __init__(self, reason: str = NO_PLAYER) -> None:
        self.reason = reason

    def available(self) -> bool:
        return True

    def play(self, path: Path, volume: float) -> None:
        return None

    def reap(self) -> None:
        return None
