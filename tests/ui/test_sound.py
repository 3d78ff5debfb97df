"""Sound cues: every cue has a small WAV, and the player is silent (not broken) without sound."""

from __future__ import annotations

import sys
import wave
from pathlib import Path
from typing import Any

import pytest

from backbreak.assets_path import asset
from backbreak.session.events import Cue
from backbreak.ui.sound import CuePlayer, SilentPlayer


@pytest.mark.parametrize("cue", list(Cue))
def test_each_cue_has_a_short_small_wav(cue: Cue) -> None:
    """22.05 kHz mono 16-bit and under half a second: quick to load, never in the way."""
    path = asset("sounds", f"{cue.value}.wav")
    with wave.open(str(path), "rb") as wav:
        assert (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) == (1, 2, 22050)
        assert wav.getnframes() / wav.getframerate() < 0.5
    assert path.stat().st_size < 24_000


def test_generator_is_deterministic(tmp_path: Any) -> None:
    """Regenerating the cues reproduces the committed files byte for byte."""
    import runpy

    script = Path(__file__).resolve().parents[2] / "packaging" / "make_sounds.py"
    module = runpy.run_path(str(script))
    module["main"](["make_sounds", str(tmp_path)])
    for cue in Cue:
        made = (tmp_path / f"{cue.value}.wav").read_bytes()
        assert made == asset("sounds", f"{cue.value}.wav").read_bytes()


def test_missing_qtmultimedia_means_silence(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """No Addons wheel or no libpulse: the import fails and every play() is a quiet no-op."""
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)
    player = CuePlayer(enabled=True)
    assert not player.available
    assert "QtMultimedia" in player.reason
    player.play(Cue.START)


def test_disabled_player_loads_nothing() -> None:
    player = CuePlayer(enabled=False)
    player.play(Cue.START)
    assert not player._loaded
    SilentPlayer().play(Cue.START)


# QtMultimedia says what it could not load where there is no sound stack (CI, containers):
# the situation this test is about.
@pytest.mark.qt_log_ignore(
    r"^Couldn't (load|resolve) .+ (library|symbols)$", "^PulseAudioService: "
)
def test_no_audio_device_means_silence(qtbot: Any) -> None:
    """Here (a container without a sound server) there is no output device: silent, no error."""
    from PySide6.QtMultimedia import QMediaDevices

    player = CuePlayer(enabled=True)
    for cue in Cue:
        player.play(cue)
    if not QMediaDevices.audioOutputs():
        assert not player.available and player.reason == "no audio output device"
