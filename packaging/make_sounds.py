"""Generate the session's sound cues into assets/sounds/ (stdlib only: wave + math).

    python packaging/make_sounds.py [OUT_DIR]

Each cue is a short, soft tone pattern (22.05 kHz, mono, 16-bit, under half a second)
that can be told apart without looking: rising for "start", falling for "set done", a
three-note chord for "exercise done", a tick for the last seconds of a countdown. The
output is deterministic, so regenerating leaves the committed files unchanged.
"""

from __future__ import annotations

import math
import struct
import sys
import wave
from pathlib import Path

RATE = 22050
PEAK = 0.45
"""Fraction of full scale: cues should be heard, never startle."""

Note = tuple[float, float, float]
"""(start seconds, frequency Hz, length seconds)"""

CUES: dict[str, list[Note]] = {
    "start": [(0.0, 660.0, 0.14), (0.12, 880.0, 0.2)],
    "halfway": [(0.0, 740.0, 0.28)],
    "countdown": [(0.0, 1046.5, 0.07)],
    "beat": [(0.0, 523.25, 0.05)],
    "switch-sides": [(0.0, 587.3, 0.12), (0.13, 784.0, 0.12), (0.26, 587.3, 0.16)],
    "set-done": [(0.0, 880.0, 0.14), (0.12, 659.3, 0.24)],
    "exercise-done": [(0.0, 523.25, 0.4), (0.08, 659.3, 0.34), (0.16, 784.0, 0.28)],
}


def render(notes: list[Note]) -> list[float]:
    """Mix bell-like notes (fundamental + a soft octave, fast attack, exponential decay)."""
    length = max(start + dur for start, _f, dur in notes)
    samples = [0.0] * int(length * RATE)
    for start, freq, dur in notes:
        first = int(start * RATE)
        for i in range(int(dur * RATE)):
            t = i / RATE
            attack = min(1.0, t / 0.005)
            release = min(1.0, (dur - t) / 0.01)
            env = attack * release * math.exp(-4.0 * t / dur)
            tone = math.sin(2 * math.pi * freq * t) + 0.3 * math.sin(4 * math.pi * freq * t)
            samples[first + i] += env * tone
    top = max(abs(s) for s in samples) or 1.0
    return [s / top * PEAK for s in samples]


def write_wav(path: Path, samples: list[float]) -> None:
    frames = b"".join(struct.pack("<h", round(s * 32767)) for s in samples)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(frames)


def main(argv: list[str]) -> int:
    out_dir = (
        Path(argv[1])
        if len(argv) > 1
        else Path(__file__).resolve().parent.parent / "assets" / "sounds"
    )
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, notes in CUES.items():
        path = out_dir / f"{name}.wav"
        write_wav(path, render(notes))
        print(f"{path} ({path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
