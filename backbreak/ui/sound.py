"""Sound cues for the guided session, and silence when sound isn't available.

The cues go to the platform's own player (``backbreak.desktop.sound``: PipeWire,
PulseAudio, libcanberra or ALSA on Linux, ``winsound`` on Windows, ``afplay`` on
macOS), one short-lived process or call per cue that never blocks the GUI thread.
No player here means silence: the session works the same without it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, QTimer

from backbreak.assets_path import asset
from backbreak.desktop.backend import Choice
from backbreak.desktop.sound import SoundBackend, choose_sound
from backbreak.session.events import Cue

log = logging.getLogger(__name__)

VOLUME = 0.7
QUIET = {Cue.BEAT: 0.35, Cue.COUNTDOWN: 0.5}
"""The metronome and the countdown ticks come often: softer than the phase changes."""


class CueSink(Protocol):
    """Anything that can sound a cue (the player, or a test's list)."""

    def play(self, cue: Cue) -> None: ...


def sound_file(cue: Cue) -> str:
    return str(asset("sounds", f"{cue.value}.wav"))


REAP_AFTER_MS = 2000
"""When a cue's player has surely finished: the longest cue lasts under half a second."""


class CuePlayer(QObject):
    """Plays cue WAVs through the chosen sound backend; ``available`` and ``reason`` say
    why it is silent.

    The backend is chosen when the player is made (the session window opens), so the
    first cue of a break doesn't wait for the players to be probed; a session with
    sounds off looks for none. ``chooser`` is for tests. No signals.
    """

    def __init__(
        self,
        enabled: bool = True,
        parent: QObject | None = None,
        chooser: Callable[[], Choice[SoundBackend]] = choose_sound,
    ) -> None:
        super().__init__(parent)
        self.enabled = enabled
        self._chooser = chooser
        self._choice: Choice[SoundBackend] | None = None
        if enabled:  # now, not on the first cue: that cue must sound on time
            self._choice = self.choice

    @property
    def choice(self) -> Choice[SoundBackend]:
        """The sound backend in use, and the players refused before it."""
        if self._choice is None:
            self._choice = self._chooser()
            log.info("sound cues: %s", self._choice.describe())
        return self._choice

    @property
    def available(self) -> bool:
        return self.choice.backend.name != "none"

    @property
    def reason(self) -> str:
        if not self.enabled:
            return "sounds turned off"
        return self.choice.backend.reason

    def play(self, cue: Cue) -> None:
        if not self.enabled:
            return
        backend = self.choice.backend
        backend.play(Path(sound_file(cue)), QUIET.get(cue, VOLUME))
        # The last cue of a session has no next cue to collect its player: do it once
        # every cue is surely over, so no finished player lingers as a zombie.
        QTimer.singleShot(REAP_AFTER_MS, self, backend.reap)


class SilentPlayer:
    """The player when sounds are turned off in settings, or for tests."""

    reason = "sounds turned off"

    def play(self, cue: Cue) -> None:
        return None
