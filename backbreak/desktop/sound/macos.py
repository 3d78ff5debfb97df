"""macOS's ``afplay``, part of the system."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from backbreak.desktop.sound.command import CommandPlayer


class Afplay(CommandPlayer):
    name = "afplay"
    program = "afplay"
    install_hint = ""

    def args(self, path: Path, volume: float) -> Sequence[str]:
        return ["-v", f"{volume:.3f}", str(path)]
