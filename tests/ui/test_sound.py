"""Sound cues: every cue has a small WAV, each goes to the chosen player at its volume,
and the player is silent (not broken) without one."""

from __future__ import annotations

import wave
from pathlib import Path
from typing import Any

import pytest

from backbreak.assets_path import asset
from backbreak.desktop.backend import Choice
from backbreak.desktop.sound import NoSound, SoundBackend
from backbreak.session.events import Cue
from backbreak.ui import sound
from backbreak.ui.sound import QUIET, VOLUME, CuePlayer, SilentPlayer, sound_file


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


class RecordingBackend:
    name = "recording"
    reason = ""
    install_hint = ""

    def __init__(self) -> None:
        self.played: list[tuple[Path, float]] = []
        self.reaped = 0

    def available(self) -> bool:
        return True

    def play(self, path: Path, volume: float) -> None:
        self.played.append((path, volume))

    def reap(self) -> None:
        self.reaped += 1


def chooser_of(backend: SoundBackend, calls: list[int] | None = None) -> Any:
    def choose() -> Choice[SoundBackend]:
        if calls is not None:
            calls.append(1)
        return Choice("sound", backend)

    return choose


def test_each_cue_goes_to_the_player_with_its_file_and_volume(qtbot: Any) -> None:
    """The metronome and countdown ticks are softer than the phase changes."""
    backend = RecordingBackend()
    player = CuePlayer(enabled=True, chooser=chooser_of(backend))
    for cue in Cue:
        player.play(cue)
    assert [path for path, _v in backend.played] == [Path(sound_file(cue)) for cue in Cue]
    volumes = dict(zip(Cue, (v for _p, v in backend.played), strict=True))
    assert volumes[Cue.BEAT] == QUIET[Cue.BEAT] < volumes[Cue.START] == VOLUME
    assert player.available and player.reason == ""


def test_the_last_cue_s_player_is_collected_without_waiting_for_another_cue(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A session's last cue has no next cue to reap its player: a timer does it."""
    monkeypatch.setattr(sound, "REAP_AFTER_MS", 0)
    backend = RecordingBackend()
    player = CuePlayer(enabled=True, chooser=chooser_of(backend))
    player.play(Cue.EXERCISE_DONE)
    qtbot.waitUntil(lambda: backend.reaped == 1, timeout=1000)


def test_disabled_player_chooses_nothing(qtbot: Any) -> None:
    """A session without sound costs nothing: no player is looked for."""
    calls: list[int] = []
    player = CuePlayer(enabled=False, chooser=chooser_of(RecordingBackend(), calls))
    player.play(Cue.START)
    assert calls == [] and player.reason == "sounds turned off"
    SilentPlayer().play(Cue.START)


def test_the_player_is_chosen_once(qtbot: Any) -> None:
    calls: list[int] = []
    player = CuePlayer(enabled=True, chooser=chooser_of(RecordingBackend(), calls))
    for cue in Cue:
        player.play(cue)
    assert calls == [1]


def test_no_player_means_silence_with_a_reason(qtbot: Any) -> None:
    player = CuePlayer(enabled=True, chooser=chooser_of(NoSound("no sound player found")))
    for cue in Cue:
        player.play(cue)
    assert not player.available and player.reason == "no sound player found"


def test_the_default_chooser_honours_the_forced_backend(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``BACKBREAK_BACKENDS=sound=none`` reaches the player (and keeps this test quiet)."""
    monkeypatch.setenv("BACKBREAK_BACKENDS", "sound=none")
    player = CuePlayer(enabled=True)
    player.play(Cue.BEAT)
    assert player.choice.backend.name == "none" and not player.available
    assert "forced" in player.choice.describe()
