"""Recorded outputs for the call-detection tests.

``data/`` holds what the tools printed. The PulseAudio/PipeWire ones were recorded on a
headless pipewire 0.3.65 + pipewire-pulse + wireplumber (Debian 12) with a virtual
microphone (``module-null-sink media.class=Audio/Source/Virtual``), apps played by
``parecord`` with their names and properties (Zoom, Firefox, OBS recording the desktop
through a sink monitor, and a pavucontrol-style "Peak detect" meter with the
``resample.peaks``/``node.dont-reconnect`` properties pipewire-pulse gives a
``PEAK_DETECT|DONT_MOVE`` stream). ``pw-dump`` outputs keep their nodes, links,
clients and devices. The camera and screencast dumps add, to the recorded idle graph,
nodes shaped as PipeWire's v4l2 monitor, mutter's screencast stream, Firefox's WebRTC
camera stream and OBS's screen capture publish them (no camera or portal here).
"""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).parent / "data"


def recorded(name: str) -> str:
    """The text of ``data/<name>``."""
    return (DATA / name).read_text(encoding="utf-8")
