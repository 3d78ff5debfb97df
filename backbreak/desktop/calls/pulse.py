"""The microphone from PulseAudio's view: ``pactl -f json list source-outputs`` (pure).

``pactl`` 16 or later prints JSON (``-f json``); older ones print only text, which this
module does not parse: the backend says so in its ``reason``. ``pactl -f json list
sources`` says which sources are monitors of a sink (a capture from one is someone
recording what is played, not a microphone). pipewire-pulse answers both commands too.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from backbreak.desktop.calls.source import MICROPHONE, Activity
from backbreak.desktop.calls.streams import app_name, is_meter

SOURCE_OUTPUTS = ("pactl", "-f", "json", "list", "source-outputs")
SOURCES = ("pactl", "-f", "json", "list", "sources")
SUBSCRIBE = ("pactl", "subscribe")


def _entries(text: str) -> list[dict[str, Any]]:
    """The JSON list pactl printed; ValueError when it isn't one."""
    data = json.loads(text)
    if not isinstance(data, list):
        raise ValueError("pactl printed no JSON list")
    return [entry for entry in data if isinstance(entry, dict)]


def monitor_sources(sources_json: str) -> frozenset[int]:
    """The indexes of sources that monitor a sink (pactl names the sink in
    ``monitor_source``, ``monitor_of_sink`` in some versions; the name ends ``.monitor``)."""
    found = set()
    for source in _entries(sources_json):
        of_sink = source.get("monitor_of_sink") or source.get("monitor_source")
        name = str(source.get("name", ""))
        is_monitor = (isinstance(of_sink, str) and of_sink not in ("", "n/a")) or name.endswith(
            ".monitor"
        )
        if is_monitor and isinstance(source.get("index"), int):
            found.add(source["index"])
    return frozenset(found)


def _props(entry: Mapping[str, Any]) -> Mapping[str, object]:
    props = entry.get("properties")
    return props if isinstance(props, dict) else {}


def microphone_captures(
    outputs_json: str, monitors: frozenset[int] = frozenset()
) -> list[Activity]:
    """The source-outputs that are someone being heard: not corked, not a meter, not
    reading a monitor source. ValueError when the text is not pactl's JSON."""
    found = []
    for entry in _entries(outputs_json):
        props = _props(entry)
        if entry.get("corked") is True or entry.get("source") in monitors or is_meter(props):
            continue
        found.append(Activity(MICROPHONE, app_name(props)))
    return found


def is_capture_event(line: str) -> bool:
    """A ``pactl subscribe`` line about a capture stream or a source appearing or going."""
    return "source-output" in line or "on source #" in line
