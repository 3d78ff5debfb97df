"""The session's cues reach the speakers: recorded from a real sound server, identified,
in order and on time; and "sounds off" is silence.

A PulseAudio daemon with a null sink runs in the test desktop
(``HeadlessDesktop.start_sound``); its monitor is recorded with ``parecord`` while the
real app (real time: no libfaketime speed-up, so the audio timing is the app's) runs a
short routine from a user catalog: a 10 s hold twice (start, halfway, the 3-2-1 ticks,
set done, exercise done) and two paced reps on each side (beats, switch sides). The
recording is cut into sound events (10 ms RMS windows), and each event's first 40 ms are
weighed at the cues' first notes (a Goertzel filter per note): the strongest names the cue
(packaging/make_sounds.py: every cue starts on its own note; the beat and "exercise
done" share one and differ in length). ``sox FILE -n stat`` checks the silence.
Debian packages: pulseaudio pulseaudio-utils sox.
"""

from __future__ import annotations

import array
import itertools
import json
import math
import re
import subprocess
import time
import wave
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from helpers.headless_desktop import (
    REPO,
    HeadlessDesktop,
    SoundServer,
    missing_sound_tools,
    stop_recording,
)

pytestmark = pytest.mark.e2e

HOLD_SECONDS = 10
INTRO_S = 1.5
"""How long the intro stays up before the test leaves it."""
WINDOW_S = 0.01
LOUD_RMS = 150.0
"""RMS of a 10 ms window above which it counts as sound (the sink's silence is 0)."""
QUIET_GAP_S = 0.08
"""Silence that ends one event: longer than the gaps between a cue's own notes."""
FIRST_NOTE = {
    "start": 660.0,
    "halfway": 740.0,
    "countdown": 1046.5,
    "switch-sides": 587.3,
    "set-done": 880.0,
    "beat": 523.25,
}
SHORT_S = 0.2
"""The beat (0.05 s) and "exercise done" (0.4 s) both begin on C5: told apart by length."""

HOLD = ["start", "halfway", "countdown", "countdown", "countdown"]
REPS = ["start", "beat", "beat", "beat"]
EXPECTED = [
    *HOLD, "set-done", *HOLD, "exercise-done",
    *REPS, "switch-sides", *REPS, "exercise-done",
]  # fmt: skip

CATALOG = {
    "exercises": [
        {
            "id": "sound-check-hold",
            "name": "Sound check hold",
            "group": "low-back",
            "kind": "flexibility",
            "position": "standing",
            "summary": "A ten-second hold, twice.",
            "steps": ["Stand still."],
            "dose": {"sets": 2, "hold_seconds": HOLD_SECONDS, "rest_seconds": 3},
            "source": "low-back-sheet",
        },
        {
            "id": "sound-check-reps",
            "name": "Sound check reps",
            "group": "low-back",
            "kind": "movement",
            "position": "standing",
            "summary": "Two paced reps on each side.",
            "steps": ["Lift, lower."],
            "dose": {
                "sets": 1,
                "reps": 2,
                "per_side": True,
                "pace": [{"cue": "Lift", "seconds": 1}, {"cue": "Lower", "seconds": 1}],
            },
            "source": "low-back-sheet",
        },
    ],
    "routines": [
        {
            "id": "sound-check",
            "name": "Sound check",
            "kind": "work-block",
            "exercises": ["sound-check-hold", "sound-check-reps"],
            "description": "Every cue, in under a minute.",
            "source": "low-back-sheet",
        }
    ],
}
HOLD_EXERCISE_S = 2 * HOLD_SECONDS + 3
"""Both sets of the hold and the rest between them: then the reps' prepare begins."""


@dataclass(frozen=True)
class Sound:
    start: float
    length: float
    cue: str


@pytest.fixture
def sound(desktop: HeadlessDesktop) -> Iterator[SoundServer]:
    """The desktop's sound server for this test only (the other e2e tests run without)."""
    missing = missing_sound_tools()
    if missing:
        pytest.skip(f"sound tools missing: {', '.join(missing)}")
    server = desktop.start_sound()
    yield server
    desktop.stop_sound()


def read_wav(path: Path) -> tuple[array.array[int], int]:
    """The samples of a mono 16-bit WAV, and its rate."""
    with wave.open(str(path), "rb") as wav:
        return array.array("h", wav.readframes(wav.getnframes())), wav.getframerate()


def events(samples: array.array[int], rate: int) -> list[tuple[float, float]]:
    """(start, length) in seconds of each stretch of sound."""
    step = int(rate * WINDOW_S)
    found: list[tuple[float, float]] = []
    begin: float | None = None
    last_loud = 0.0
    for i in range(0, len(samples) - step, step):
        window = samples[i : i + step]
        rms = (sum(s * s for s in window) / step) ** 0.5
        at = i / rate
        if rms > LOUD_RMS:
            if begin is None:
                begin = at
            last_loud = at + WINDOW_S
        elif begin is not None and at - last_loud >= QUIET_GAP_S:
            found.append((begin, last_loud - begin))
            begin = None
    if begin is not None:
        found.append((begin, last_loud - begin))
    return found


def power_at(samples: array.array[int], rate: int, frequency: float) -> float:
    """The Goertzel filter: the signal's power at one frequency."""
    coeff = 2 * math.cos(2 * math.pi * frequency / rate)
    prev = prev2 = 0.0
    for sample in samples:
        prev, prev2 = sample + coeff * prev - prev2, prev
    return prev2 * prev2 + prev * prev - coeff * prev * prev2


def sox_stat(path: Path) -> dict[str, float]:
    """``sox FILE -n stat``, parsed."""
    result = subprocess.run(
        ["sox", str(path), "-n", "stat"], capture_output=True, text=True, timeout=30
    )
    stats = {}
    for line in result.stderr.splitlines():
        name, sep, value = line.partition(":")
        if sep:
            try:
                stats[" ".join(name.split())] = float(value)
            except ValueError:
                continue
    return stats


def cues_in(path: Path) -> list[Sound]:
    samples, rate = read_wav(path)
    found = []
    for start, length in events(samples, rate):
        first = int((start + 0.005) * rate)
        onset = samples[first : first + int(0.04 * rate)]
        name = max(FIRST_NOTE, key=lambda cue: power_at(onset, rate, FIRST_NOTE[cue]))
        if name == "beat" and length > SHORT_S:
            name = "exercise-done"
        found.append(Sound(start, length, name))
    return found


def session_window(desktop: HeadlessDesktop) -> str | None:
    found = desktop.run(["xdotool", "search", "--onlyvisible", "--name", "^Sound check — "])
    ids = found.stdout.split()
    return ids[-1] if ids else None


def press(desktop: HeadlessDesktop, window: str, key: str) -> None:
    desktop.run(["xdotool", "windowfocus", "--sync", window, "key", key])


def user_catalog(tmp_path: Path) -> None:
    """The routine, in the user catalog of the config folder ``start_app`` uses."""
    config = tmp_path / "config"
    config.mkdir(exist_ok=True)
    (config / "catalog.json").write_text(json.dumps(CATALOG), "utf-8")


def open_session(desktop: HeadlessDesktop, wait: Any) -> str:
    """``backbreak start sound-check`` through the control socket; leave the intro after
    a moment and skip the first prepare (its 20 s would only make the test longer)."""
    result = desktop.backbreak("start", "sound-check")
    assert result.returncode == 0, result.stdout + result.stderr
    window: str = wait(lambda: session_window(desktop), 20, "the session window")
    # Two presses in quick succession while the window draws its first exercise page made
    # the first "start" cue come about 0.5 s after the hold's own clock had started
    # (every later cue was on time). A person reads the intro for longer than this.
    time.sleep(INTRO_S)
    press(desktop, window, "Right")
    press(desktop, window, "Right")
    return window


def test_every_cue_reaches_the_speakers_in_order_and_on_time(
    desktop: HeadlessDesktop, sound: SoundServer, start_app: Any, tmp_path: Path, wait: Any
) -> None:
    user_catalog(tmp_path)
    app = start_app()
    recording = tmp_path / "cues.wav"
    recorder = sound.record(recording)
    try:
        window = open_session(desktop, wait)
        began = time.monotonic()
        time.sleep(max(0.0, began + HOLD_EXERCISE_S + 1.5 - time.monotonic()))
        press(desktop, window, "Right")  # the reps' prepare
        app.wait_for_log(r"session: summary", timeout=30)
        time.sleep(0.8)  # the last cue's tail
    finally:
        stop_recording(recorder)
    press(desktop, window, "Return")
    assert re.search(r"sound cues: paplay", app.log_text()), app.log_text()

    heard = cues_in(recording)
    assert [s.cue for s in heard] == EXPECTED, "\n".join(map(str, heard))
    starts = [s for s in heard if s.cue == "start"][:2]
    halves = [s for s in heard if s.cue == "halfway"]
    for start, half in zip(starts, halves, strict=True):
        assert abs(half.start - start.start - HOLD_SECONDS / 2) <= 0.2, (start, half)
    ticks = [s.start for s in heard if s.cue == "countdown"][:3]
    assert all(abs(b - a - 1.0) <= 0.1 for a, b in itertools.pairwise(ticks)), ticks


def test_sounds_off_in_settings_is_silence(
    desktop: HeadlessDesktop, sound: SoundServer, start_app: Any, tmp_path: Path, wait: Any
) -> None:
    user_catalog(tmp_path)
    start_app(sounds_enabled=False)
    recording = tmp_path / "silence.wav"
    recorder = sound.record(recording)
    try:
        window = open_session(desktop, wait)
        time.sleep(HOLD_SECONDS / 2 + 1)  # the start and the halfway bell would have sounded
    finally:
        stop_recording(recorder)
    press(desktop, window, "Escape")
    stats = sox_stat(recording)
    assert stats["Length (seconds)"] > HOLD_SECONDS / 2
    assert stats["Maximum amplitude"] == 0.0, stats

    # The same recorder does hear a cue played on this server: the silence is the app's.
    control = tmp_path / "control.wav"
    recorder = sound.record(control)
    try:
        time.sleep(0.3)
        played = desktop.run(["paplay", str(REPO / "assets" / "sounds" / "start.wav")])
        assert played.returncode == 0, played.stderr
        time.sleep(0.3)
    finally:
        stop_recording(recorder)
    assert [s.cue for s in cues_in(control)] == ["start"]
