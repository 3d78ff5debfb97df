"""ALSA's ``aplay`` (Debian package alsa-utils): the last resort on Linux, with no
volume control and no sharing of the device on systems without a sound server."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from backbreak.desktop.reason import install_package
from backbreak.desktop.sound.command import CommandPlayer


class Aplay(CommandPlayer):
    name = "aplay"
    program = "aplay"
    install_hint: str = install_package("alsa-utils", "aplay")

    def args(self, path: Path, volume: float) -> Sequence[str]:
        return ["--quiet", str(path)]
