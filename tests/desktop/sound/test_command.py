"""One short-lived player process per cue: started, never waited for, reaped, and a
player that fails is logged once instead of breaking the session."""

from __future__ import annotations

import logging
import stat
import sys
import time
from pathlib import Path

import pytest

from backbreak.desktop.sound.command import player_env
from backbreak.desktop.sound.pulse import Paplay


def player_script(folder: Path, body: str) -> dict[str, str]:
    folder.mkdir(exist_ok=True)
    script = folder / "paplay"
    script.write_text(f"#!/bin/sh\n{body}\n")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return {"PATH": str(folder), "PULSE_SERVER": "unix:/nowhere"}


def wait_reaped(player: Paplay, timeout: float = 10.0) -> None:
    """Wait for the child to exit (a real process), then reap it."""
    for child in player.children:
        child.wait(timeout)
    player.reap()


def test_play_returns_before_the_player_finishes(tmp_path: Path) -> None:
    """The GUI thread must not wait for the sound: a player still running is fine."""
    gate = tmp_path / "gate"
    player = Paplay(
        player_script(tmp_path / "bin", f"while [ ! -e {gate} ]; do /bin/sleep 0.01; done")
    )
    assert player.available()
    player.play(Path("/x/start.wav"), 0.7)
    assert len(player.children) == 1 and player.children[0].poll() is None
    gate.touch()
    wait_reaped(player)
    assert player.children == [] and player.reason == ""


def test_the_player_gets_the_file_and_volume(tmp_path: Path) -> None:
    out = tmp_path / "args"
    env = player_script(tmp_path / "bin", f'echo "$@" > {out}')
    player = Paplay(env)
    assert player.available()
    player.play(Path("/x/beat.wav"), 0.35)
    wait_reaped(player)
    assert out.read_text().split() == ["--volume=46185", "/x/beat.wav"]


def test_a_failing_player_is_logged_once(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    player = Paplay(player_script(tmp_path / "bin", "exit 1"))
    assert player.available()
    with caplog.at_level(logging.WARNING):
        for _ in range(3):
            player.play(Path("/x/start.wav"), 0.7)
            wait_reaped(player)
    assert player.reason == "paplay exited with status 1"
    assert len([r for r in caplog.records if "not played" in r.message]) == 1


def test_a_player_that_cannot_start_is_logged_not_raised(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Uninstalled between the choice and the cue: the session goes on in silence."""
    player = Paplay(player_script(tmp_path / "bin", "exit 0"))
    assert player.available()
    (tmp_path / "bin" / "paplay").unlink()
    with caplog.at_level(logging.WARNING):
        player.play(Path("/x/start.wav"), 0.7)
        player.play(Path("/x/start.wav"), 0.7)
    assert "could not start" in player.reason and player.children == []
    assert len([r for r in caplog.records if "not played" in r.message]) == 1


def test_many_cues_leave_no_zombies(tmp_path: Path) -> None:
    """Each play reaps the players that finished before it."""
    player = Paplay(player_script(tmp_path / "bin", "exit 0"))
    for _ in range(5):
        player.play(Path("/x/beat.wav"), 0.35)
        player.children[-1].wait(10)
    deadline = time.monotonic() + 10
    player.play(Path("/x/beat.wav"), 0.35)
    assert len(player.children) == 1 and time.monotonic() < deadline


def test_a_frozen_bundle_gives_the_player_the_system_library_path(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """PyInstaller points LD_LIBRARY_PATH at the bundle: a system player must not load
    the bundle's copies of the libraries it links."""
    bundled = {"LD_LIBRARY_PATH": "/opt/bb/_internal", "LD_LIBRARY_PATH_ORIG": "/usr/local/lib"}
    assert player_env(bundled)["LD_LIBRARY_PATH"] == "/opt/bb/_internal"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert player_env(bundled)["LD_LIBRARY_PATH"] == "/usr/local/lib"
    assert "LD_LIBRARY_PATH" not in player_env({"LD_LIBRARY_PATH": "/opt/bb/_internal"})
