"""Sound cues through the platform's own player: one short process or call per cue.

No QtMultimedia (it comes with PySide6-Addons, 440 MB, and its ffmpeg plugin links
QtQuick and QtQml): the cues are seven short WAV files, and every desktop already has
a player for those. :func:`choose_sound` picks it; :func:`describe_sound` says which
for ``backbreak status``.

The decision and its reasons: README, Design notes, ADR-8.
"""

from __future__ import annotations

from backbreak.desktop.sound.base import NoSound, SoundBackend
from backbreak.desktop.sound.chooser import candidates, choose_sound, describe_sound

__all__ = ["NoSound", "SoundBackend", "candidates", "choose_sound", "describe_sound"]
