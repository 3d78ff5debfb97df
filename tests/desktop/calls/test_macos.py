"""macOS' CoreAudio answer, through an injected query."""

from __future__ import annotations

import sys

import pytest

from backbreak.desktop.calls.macos import CoreAudioMicrophoneBackend, fourcc


def test_selectors_are_big_endian_four_character_codes() -> None:
    assert fourcc("gone") == 0x676F6E65
    assert fourcc("dIn ") == 0x64496E20


def test_the_default_input_running_is_the_microphone_in_use() -> None:
    answers = [True, True, False]
    backend = CoreAudioMicrophoneBackend(lambda: answers.pop(0))
    assert backend.available()
    assert backend.in_call() is True
    assert backend.what() == "microphone in use"
    assert backend.in_call() is False
    assert backend.what() == ""


def test_no_default_input_device_is_not_available() -> None:
    backend = CoreAudioMicrophoneBackend(lambda: None)
    assert not backend.available()
    assert "no default input" in backend.reason


@pytest.mark.skipif(sys.platform == "darwin", reason="CoreAudio exists here")
def test_off_macos_there_is_no_coreaudio() -> None:
    backend = CoreAudioMicrophoneBackend()
    assert not backend.available()
    assert backend.reason == "not macOS (no CoreAudio framework)"
