"""PipeWire's own player, ``pw-play`` (Debian package pipewire-bin)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from backbreak.desktop.reason import install_package
from backbreak.desktop.sound.command import (
    CommandPlayer,
    runtime_dir,
    server_not_running,
)


class PwPlay(CommandPlayer):
    name = "pw-play"
    program = "pw-play"
    install_hint: str = install_package("pipewire-bin", "pw-play")

    def args(self, path: Path, volume: float) -> Sequence[str]:
        return ["--volume", f"{volume:.3f}", str(path)]

    def server_missing(self) -> str:
        remote = self.environ.get("PIPEWIRE_REMOTE", "pipewire-0")
        folder = runtime_dir(self.environ)
        if remote.startswith("/") and Path(remote).exists():
            return ""
        if folder is not None and (folder / remote).exists():
            return ""
        return server_not_running("PipeWire")
