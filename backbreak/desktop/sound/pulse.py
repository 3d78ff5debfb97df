"""PulseAudio's player, ``paplay`` (Debian package pulseaudio-utils).

It also plays through PipeWire's PulseAudio server (pipewire-pulse).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from backbreak.desktop.sound.command import CommandPlayer, runtime_dir

NORMAL = 65536
"""paplay's volume for 100 %."""


class Paplay(CommandPlayer):
    name = "paplay"
    program = "paplay"
    install_hint = "install pulseaudio-utils (paplay)"

    def args(self, path: Path, volume: float) -> Sequence[str]:
        return [f"--volume={round(volume * NORMAL)}", str(path)]

    def server_missing(self) -> str:
        if self.environ.get("PULSE_SERVER"):
            return ""
        folder = runtime_dir(self.environ)
        if folder is not None and (folder / "pulse" / "native").exists():
            return ""
        return "no PulseAudio server running"
