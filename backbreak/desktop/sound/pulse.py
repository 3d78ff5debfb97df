"""PulseAudio's player, ``paplay`` (Debian package pulseaudio-utils).

It also plays through PipeWire's PulseAudio server (pipewire-pulse).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from backbreak.desktop.reason import install_package
from backbreak.desktop.sound.command import (
    CommandPlayer,
    runtime_dir,
    server_not_running,
)

NORMAL = 65536
"""paplay's volume for 100 %. PulseAudio's volume scale is cubic (perceptual): the
amplitude is ``(v / NORMAL) ** 3``, so a linear gain ``g`` is ``g ** (1/3) * NORMAL``."""


class Paplay(CommandPlayer):
    name = "paplay"
    program = "paplay"
    install_hint: str = install_package("pulseaudio-utils", "paplay")

    def args(self, path: Path, volume: float) -> Sequence[str]:
        return [f"--volume={round(volume ** (1 / 3) * NORMAL)}", str(path)]

    def server_missing(self) -> str:
        if self.environ.get("PULSE_SERVER"):
            return ""
        folder = runtime_dir(self.environ)
        if folder is not None and (folder / "pulse" / "native").exists():
            return ""
        return server_not_running("PulseAudio")
