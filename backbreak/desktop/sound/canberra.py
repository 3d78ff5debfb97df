"""libcanberra's player, ``canberra-gtk-play``: honours the desktop's sound settings
(event sounds off, the user's mute) as well as playing the file given."""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path

from backbreak.desktop.reason import install_package
from backbreak.desktop.sound.command import CommandPlayer


class CanberraPlay(CommandPlayer):
    name = "canberra"
    program = "canberra-gtk-play"
    install_hint: str = install_package("gnome-session-canberra", "canberra-gtk-play")

    def args(self, path: Path, volume: float) -> Sequence[str]:
        decibels = 20 * math.log10(max(volume, 0.01))
        return ["--file", str(path), "--description", "backbreak cue", f"--volume={decibels:.1f}"]
