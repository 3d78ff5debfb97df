"""Which player the cues go to: the desktop's sound server first, ALSA last, never an error."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from backbreak.desktop.sound import choose_sound, describe_sound
from backbreak.desktop.sound.alsa import Aplay
from backbreak.desktop.sound.canberra import CanberraPlay
from backbreak.desktop.sound.macos import Afplay
from backbreak.desktop.sound.pipewire import PwPlay
from backbreak.desktop.sound.pulse import Paplay
from backbreak.desktop.sound.windows import WinSound

PLAYERS = ("pw-play", "paplay", "canberra-gtk-play", "aplay", "afplay")


def fake_bin(folder: Path, *names: str) -> str:
    """A PATH holding executable stand-ins for ``names``."""
    folder.mkdir(exist_ok=True)
    for name in names:
        script = folder / name
        script.write_text("#!/bin/sh\nexit 0\n")
        script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return str(folder)


def desktop_env(tmp_path: Path, *, pulse: bool = False, pipewire: bool = False) -> dict[str, str]:
    run = tmp_path / "run"
    (run / "pulse").mkdir(parents=True, exist_ok=True)
    if pulse:
        (run / "pulse" / "native").touch()
    if pipewire:
        (run / "pipewire-0").touch()
    return {"PATH": fake_bin(tmp_path / "bin", *PLAYERS), "XDG_RUNTIME_DIR": str(run)}


def test_pipewire_is_first_when_its_server_runs(tmp_path: Path) -> None:
    choice = choose_sound("linux", desktop_env(tmp_path, pulse=True, pipewire=True))
    assert choice.backend.name == "pw-play" and not choice.refused


def test_paplay_when_only_pulseaudio_runs(tmp_path: Path) -> None:
    """pw-play installed but no PipeWire daemon: it would fail on every cue, so not chosen."""
    choice = choose_sound("linux", desktop_env(tmp_path, pulse=True))
    assert choice.backend.name == "paplay"
    assert [r.name for r in choice.refused] == ["pw-play"]
    assert "no PipeWire server running" in choice.describe()


def test_no_sound_server_falls_to_canberra_then_aplay(tmp_path: Path) -> None:
    env = desktop_env(tmp_path)
    assert choose_sound("linux", env).backend.name == "canberra"
    env["PATH"] = fake_bin(tmp_path / "only-alsa", "aplay")
    choice = choose_sound("linux", env)
    assert choice.backend.name == "aplay"
    assert "canberra-gtk-play not found" in choice.describe()


def test_nothing_to_play_with_is_silence_that_says_why(tmp_path: Path) -> None:
    env = {"PATH": str(tmp_path), "XDG_RUNTIME_DIR": str(tmp_path)}
    choice = choose_sound("linux", env)
    assert choice.backend.name == "none"
    assert "pw-play, paplay, canberra, aplay" in choice.backend.reason
    assert "install pulseaudio-utils" in describe_sound("linux", env)


def test_forced_by_environment(tmp_path: Path) -> None:
    env = desktop_env(tmp_path, pulse=True, pipewire=True)
    env["BACKBREAK_BACKENDS"] = "sound=aplay"
    choice = choose_sound("linux", env)
    assert choice.backend.name == "aplay" and "forced" in choice.describe()
    env["BACKBREAK_BACKENDS"] = "sound=none"
    assert choose_sound("linux", env).backend.name == "none"


def test_pulse_server_variable_counts_as_a_running_server(tmp_path: Path) -> None:
    env = desktop_env(tmp_path)
    env["PULSE_SERVER"] = "tcp:localhost"
    assert choose_sound("linux", env).backend.name == "paplay"


def test_macos_uses_afplay(tmp_path: Path) -> None:
    assert choose_sound("darwin", desktop_env(tmp_path)).backend.name == "afplay"


@pytest.mark.skipif(os.name == "nt", reason="winsound exists on Windows")
def test_windows_player_is_refused_elsewhere(tmp_path: Path) -> None:
    choice = choose_sound("win32", desktop_env(tmp_path))
    assert choice.backend.name == "none"
    assert "winsound exists only on Windows" in choice.describe()


def test_each_player_gets_the_volume_in_its_own_unit() -> None:
    wav = Path("/x/cue.wav")
    assert PwPlay({}).args(wav, 0.5) == ["--volume", "0.500", "/x/cue.wav"]
    assert Paplay({}).args(wav, 0.5) == ["--volume=52016", "/x/cue.wav"]  # cubic: 0.79**3
    assert "--volume=-6.0" in CanberraPlay({}).args(wav, 0.5)
    assert Afplay({}).args(wav, 0.5) == ["-v", "0.500", "/x/cue.wav"]
    assert Aplay({}).args(wav, 0.5) == ["--quiet", "/x/cue.wav"]


def test_winsound_plays_asynchronously(monkeypatch: pytest.MonkeyPatch) -> None:
    """SND_ASYNC: PlaySound returns at once; SND_NODEFAULT: no system beep for a bad file."""
    import sys
    import types

    calls: list[tuple[str, int]] = []
    fake = types.ModuleType("winsound")
    fake.SND_FILENAME, fake.SND_ASYNC, fake.SND_NODEFAULT = 0x20000, 0x1, 0x2  # type: ignore[attr-defined]
    fake.PlaySound = lambda path, flags: calls.append((path, flags))  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "winsound", fake)
    player = WinSound()
    assert player.available()
    player.play(Path("/x/cue.wav"), 0.7)
    assert calls == [("/x/cue.wav", 0x20003)]
