"""The choice of sound backend, made like every other OS edge's.

Best first: on Linux the desktop's sound server (PipeWire's ``pw-play``, then
PulseAudio's ``paplay``, which also reaches pipewire-pulse), then libcanberra, then
ALSA's ``aplay``; ``winsound`` on Windows; ``afplay`` on macOS. ``BACKBREAK_BACKENDS=
sound=NAME`` forces one, and ``sound=none`` silences the cues.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

from backbreak.desktop.backend import Choice, Refusal, choose
from backbreak.desktop.reason import Reason
from backbreak.desktop.sound.alsa import Aplay
from backbreak.desktop.sound.base import NoSound, SoundBackend
from backbreak.desktop.sound.canberra import CanberraPlay
from backbreak.desktop.sound.macos import Afplay
from backbreak.desktop.sound.pipewire import PwPlay
from backbreak.desktop.sound.pulse import Paplay
from backbreak.desktop.sound.windows import WinSound
from backbreak.i18n import QT_TRANSLATE_NOOP


def candidates(
    platform: str = sys.platform, environ: Mapping[str, str] | None = None
) -> list[SoundBackend]:
    """The backends worth trying on ``platform``, best first."""
    env = os.environ if environ is None else environ
    if platform == "win32":
        return [WinSound()]
    if platform == "darwin":
        return [Afplay(env)]
    return [PwPlay(env), Paplay(env), CanberraPlay(env), Aplay(env)]


def no_sound(refused: tuple[Refusal, ...]) -> SoundBackend:
    tried = ", ".join(r.name for r in refused)
    if not tried:
        return NoSound(Reason(QT_TRANSLATE_NOOP("backend", "no sound player")))
    #: {names} are the players' names, separated by commas.
    return NoSound(
        Reason(QT_TRANSLATE_NOOP("backend", "no sound player found (tried {names})"), names=tried)
    )


def choose_sound(
    platform: str = sys.platform, environ: Mapping[str, str] | None = None
) -> Choice[SoundBackend]:
    """The sound backend to use here, with the players refused before it."""
    return choose("sound", lambda: candidates(platform, environ), no_sound, environ=environ)


def describe_sound(platform: str = sys.platform, environ: Mapping[str, str] | None = None) -> str:
    """One line for ``backbreak status``: the player cues go to, and why not a better one."""
    return choose_sound(platform, environ).describe()
