"""The PipeWire and PulseAudio backends: when they work here, and what they answer."""

from __future__ import annotations

from pathlib import Path

from backbreak.desktop.calls.linux import (
    PipeWireBackend,
    PulseMicrophoneBackend,
    pipewire_snapshot,
    pulse_snapshot,
)
from backbreak.desktop.calls.source import CAMERA, MICROPHONE, SCREEN

from .conftest import recorded


def found(_tool: str) -> str:
    return "/usr/bin/tool"


def missing(_tool: str) -> None:
    return None


def runtime(tmp_path: Path, *sockets: str) -> dict[str, str]:
    for socket in sockets:
        (tmp_path / socket).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / socket).touch()
    return {"XDG_RUNTIME_DIR": str(tmp_path)}


def test_pipewire_needs_pw_dump_and_its_socket(tmp_path: Path) -> None:
    snapshot = pipewire_snapshot()
    no_tool = PipeWireBackend(MICROPHONE, snapshot, runtime(tmp_path, "pipewire-0"), missing)
    assert not no_tool.available()
    assert no_tool.reason == "pw-dump is not installed"
    assert no_tool.install_hint == "install pipewire-bin (pw-dump, pw-mon)"
    no_server = PipeWireBackend(MICROPHONE, snapshot, {"XDG_RUNTIME_DIR": "/nonexistent"}, found)
    assert not no_server.available()
    assert "pipewire-0" in no_server.reason
    assert no_server.install_hint == ""  # installing would not start a server
    assert PipeWireBackend(MICROPHONE, snapshot, runtime(tmp_path), found).available()


def test_pipewire_backends_share_one_dump(tmp_path: Path) -> None:
    snapshot = pipewire_snapshot()
    env = runtime(tmp_path, "pipewire-0")
    mic, cam, screen = (
        PipeWireBackend(s, snapshot, env, found) for s in (MICROPHONE, CAMERA, SCREEN)
    )
    assert mic.in_call() is None  # nothing read yet: can't tell
    snapshot.feed([recorded("pw-dump-call.json")])
    assert (mic.in_call(), cam.in_call(), screen.in_call()) == (True, False, False)
    assert mic.what() == "microphone in use by Firefox, ZOOM VoiceEngine"
    assert cam.what() == ""
    snapshot.feed([recorded("pw-dump-screencast.json")])
    assert (mic.in_call(), screen.in_call()) == (False, True)
    assert screen.what() == "screen shared by OBS Studio"


def test_an_unreadable_dump_means_cant_tell() -> None:
    snapshot = pipewire_snapshot()
    snapshot.feed(["pw-dump: could not connect"])
    assert "unreadable" in snapshot.error
    assert PipeWireBackend(MICROPHONE, snapshot, {}, found).in_call() is None


def test_pulse_reads_outputs_and_sources(tmp_path: Path) -> None:
    snapshot = pulse_snapshot()
    backend = PulseMicrophoneBackend(snapshot, runtime(tmp_path, "pulse/native"), found)
    assert backend.available()
    snapshot.feed([recorded("pactl-source-outputs-meter.json"), recorded("pactl-sources.json")])
    assert backend.in_call() is False
    snapshot.feed([recorded("pactl-source-outputs-call.json"), recorded("pactl-sources.json")])
    assert backend.in_call() is True
    assert backend.what() == "microphone in use by Firefox, ZOOM VoiceEngine"


def test_pulse_steps_aside_when_pipewire_answers(tmp_path: Path) -> None:
    """pipewire-pulse answers pactl too: asking both would run two tools for one answer."""
    env = runtime(tmp_path, "pipewire-0", "pulse/native")
    pipewire = PipeWireBackend(MICROPHONE, pipewire_snapshot(), env, found)
    pulse = PulseMicrophoneBackend(pulse_snapshot(), env, found, instead_of=pipewire)
    assert not pulse.available()
    assert pulse.reason == "pipewire-microphone answers instead"
    (tmp_path / "pipewire-0").unlink()
    assert pulse.available()


def test_pulse_server_from_the_environment(tmp_path: Path) -> None:
    socket = tmp_path / "native"
    socket.touch()
    backend = PulseMicrophoneBackend(pulse_snapshot(), {"PULSE_SERVER": f"unix:{socket}"}, found)
    assert backend.available()
    remote = PulseMicrophoneBackend(pulse_snapshot(), {"PULSE_SERVER": "tcp:host"}, found)
    assert remote.available()
