"""Sound cues for the guided session, and silence when sound isn't available.

QtMultimedia comes with PySide6's Addons and needs libpulse on Linux; with no sound
server a ``QSoundEffect`` goes to its Error status. Any of these (the import failing,
no audio output device, an effect in Error) makes the player silent: the session works
the same without it.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QUrl

from backbreak.assets_path import asset
from backbreak.session.events import Cue

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QSoundEffect

log = logging.getLogger(__name__)

VOLUME = 0.7
QUIET = {Cue.BEAT: 0.35, Cue.COUNTDOWN: 0.5}
"""The metronome and the countdown ticks come often: softer than the phase changes."""


class CueSink(Protocol):
    """Anything that can sound a cue (the player, or a test's list)."""

    def play(self, cue: Cue) -> None: ...


def sound_file(cue: Cue) -> str:
    return str(asset("sounds", f"{cue.value}.wav"))


class CuePlayer(QObject):
    """Plays cue WAVs with QSoundEffect; ``available`` and ``reason`` say why it is silent.

    No signals.
    """

    def __init__(self, enabled: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.enabled = enabled
        self.reason = ""
        self._effects: dict[Cue, QSoundEffect] = {}
        self._loaded = False

    @property
    def available(self) -> bool:
        self._load()
        return bool(self._effects)

    def _load(self) -> None:
        """Create the effects on first use, so a session without sound costs nothing."""
        if self._loaded:
            return
        self._loaded = True
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except (ImportError, OSError) as err:  # no Addons wheel, or libpulse missing
            self.reason = f"QtMultimedia unavailable: {err}"
            log.info("sound cues off: %s", self.reason)
            return
        if not QMediaDevices.audioOutputs():
            self.reason = "no audio output device"
            log.info("sound cues off: %s", self.reason)
            return
        for cue in Cue:
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(sound_file(cue)))
            effect.setVolume(QUIET.get(cue, VOLUME))
            self._effects[cue] = effect

    def play(self, cue: Cue) -> None:
        if not self.enabled:
            return
        self._load()
        effect = self._effects.get(cue)
        if effect is None:
            return
        from PySide6.QtMultimedia import QSoundEffect

        if effect.status() is QSoundEffect.Status.Error:
            self.reason = f"{cue.value}.wav can't be played on this device"
            return
        effect.play()


class SilentPlayer:
    """The player when sounds are turned off in settings, or for tests."""

    reason = "sounds turned off"

    def play(self, cue: Cue) -> None:
        return None
