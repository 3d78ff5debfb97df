"""Which capture streams are a person talking, and which are a level meter (pure rules).

A volume control or a desktop's sound panel keeps capture streams open to draw level
bars; they must not count as a call. Both PulseAudio (``pactl``) and PipeWire
(``pw-dump``) describe a stream by a property dictionary, so one rule serves both.
"""

from __future__ import annotations

from collections.abc import Mapping

from backbreak.desktop.calls.source import truthy

PASSIVE_FLAGS = ("stream.monitor", "stream.capture.sink", "resample.peaks", "node.passive")
"""Set by peak meters (``PA_STREAM_PEAK_DETECT`` becomes ``resample.peaks``), by captures
of a sink's output, and by PipeWire streams that say they only monitor."""

PEAK_MEDIA_NAMES = ("peak detect",)
"""pavucontrol's and GNOME's/KDE's meters name their streams "Peak detect"."""

METER_APP_IDS = frozenset(
    {
        "org.pulseaudio.pavucontrol",
        "org.gnome.volumecontrol",
        "org.gnome.settings",
        "org.kde.plasma-pa",
        "org.kde.kmix",
        "org.kde.kmixd",
        "org.kde.pulseaudio",
        "org.pipewire.helvum",
        "com.saivert.pwvucontrol",
    }
)
"""Volume controls and sound panels: every capture they open is a meter."""


def app_name(props: Mapping[str, object]) -> str:
    """The app's own name for itself, else its binary, else the stream's node name."""
    for key in ("application.name", "application.process.binary", "node.name"):
        value = props.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return ""


def is_meter(props: Mapping[str, object]) -> bool:
    """True for a stream that only watches levels or records what is played back."""
    if any(truthy(props.get(flag, False)) for flag in PASSIVE_FLAGS):
        return True
    media = str(props.get("media.name", "")).strip().lower()
    if media in PEAK_MEDIA_NAMES:
        return True
    target = str(props.get("target.object", props.get("node.target", "")))
    if target.endswith(".monitor"):
        return True
    app_id = str(props.get("application.id", "")).strip().lower()
    return app_id in METER_APP_IDS
