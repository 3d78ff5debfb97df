"""The microphone, camera and screen from a ``pw-dump`` graph."""

from __future__ import annotations

import json

import pytest

from backbreak.desktop.calls import pipewire
from backbreak.desktop.calls.source import CAMERA, MICROPHONE, SCREEN, Activity

from .conftest import recorded


def graph(name: str) -> pipewire.Graph:
    return pipewire.parse_dump(recorded(name))


def test_a_call_is_the_streams_hearing_a_microphone() -> None:
    """Zoom and Firefox count; the peak meter and OBS recording the desktop don't."""
    found = pipewire.microphone_captures(graph("pw-dump-call.json"))
    assert sorted(a.app for a in found) == ["Firefox", "ZOOM VoiceEngine"]
    assert {a.source for a in found} == {MICROPHONE}


@pytest.mark.parametrize("name", ["pw-dump-meter.json", "pw-dump-nothing.json"])
def test_a_meter_or_nothing_is_no_microphone_in_use(name: str) -> None:
    assert pipewire.microphone_captures(graph(name)) == []


def test_the_camera_is_in_use_by_the_browser_reading_it() -> None:
    g = graph("pw-dump-camera.json")
    assert pipewire.camera_users(g) == [Activity(CAMERA, "Firefox")]
    assert pipewire.screencasts(g) == []
    assert pipewire.microphone_captures(g) == []


def test_an_idle_camera_is_not_in_use() -> None:
    assert pipewire.camera_users(graph("pw-dump-camera-idle.json")) == []


def test_a_screencast_is_shared_with_the_app_reading_it() -> None:
    g = graph("pw-dump-screencast.json")
    assert pipewire.screencasts(g) == [Activity(SCREEN, "OBS Studio")]
    assert pipewire.camera_users(g) == []


def test_a_screencast_no_one_reads_yet_still_counts() -> None:
    dump = json.loads(recorded("pw-dump-screencast.json"))
    dump = [o for o in dump if o["id"] not in (96, 97)]
    assert pipewire.screencasts(pipewire.parse_dump(json.dumps(dump))) == [Activity(SCREEN)]


@pytest.mark.parametrize("name", ["pw-dump-call.json", "pw-dump-meter.json"])
def test_audio_graphs_share_no_screen_and_no_camera(name: str) -> None:
    assert pipewire.screencasts(graph(name)) == pipewire.camera_users(graph(name)) == []


def test_removed_objects_without_info_are_skipped() -> None:
    """``pw-dump --monitor`` prints ``{"id": N, "info": null}`` for a removed object."""
    text = '[{"id": 5, "type": "PipeWire:Interface:Node", "info": null}]'
    assert pipewire.parse_dump(text).nodes == {}


def test_output_that_is_not_a_json_list_is_refused() -> None:
    with pytest.raises(ValueError):
        pipewire.parse_dump('{"id": 1}')


def test_pw_mon_lines_about_nodes_and_links_trigger_a_look() -> None:
    assert pipewire.is_graph_event("\ttype: PipeWire:Interface:Node (version 3)")
    assert pipewire.is_graph_event("\ttype: PipeWire:Interface:Link (version 3)")
    assert pipewire.is_graph_event("removed:")
    assert not pipewire.is_graph_event("\ttype: PipeWire:Interface:Port (version 3)")
    assert not pipewire.is_graph_event('\t\tstate: "running"')
