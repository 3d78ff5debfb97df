"""The microphone from ``pactl -f json``: calls count, meters and desktop recordings don't."""

from __future__ import annotations

import pytest

from backbreak.desktop.calls import pulse
from backbreak.desktop.calls.source import MICROPHONE, Activity

from .conftest import recorded


def test_monitor_sources_are_found_by_their_sink_and_name() -> None:
    # recorded: bbnull.monitor (index 47) monitors a sink, bbmic (56) is a microphone
    assert pulse.monitor_sources(recorded("pactl-sources.json")) == frozenset({47})


def test_a_call_is_the_apps_capturing_a_microphone() -> None:
    monitors = pulse.monitor_sources(recorded("pactl-sources.json"))
    found = pulse.microphone_captures(recorded("pactl-source-outputs-call.json"), monitors)
    assert found == [Activity(MICROPHONE, "ZOOM VoiceEngine"), Activity(MICROPHONE, "Firefox")]


def test_a_peak_meter_alone_is_no_call() -> None:
    """pavucontrol's level bars capture the microphone all the time it is open."""
    assert pulse.microphone_captures(recorded("pactl-source-outputs-meter.json")) == []


def test_nothing_captured_is_no_call() -> None:
    assert pulse.microphone_captures(recorded("pactl-source-outputs-nothing.json")) == []


def test_recording_what_plays_is_no_call_even_without_the_capture_flag() -> None:
    """Plain PulseAudio sets no ``stream.capture.sink``: the monitor source tells."""
    text = (
        '[{"index": 3, "source": 47, "corked": false, "properties": {"application.name": "obs"}}]'
    )
    assert pulse.microphone_captures(text, frozenset({47})) == []
    assert pulse.microphone_captures(text) == [Activity(MICROPHONE, "obs")]


def test_a_corked_capture_is_no_call() -> None:
    text = '[{"index": 3, "source": 1, "corked": true, "properties": {"application.name": "x"}}]'
    assert pulse.microphone_captures(text) == []


def test_plain_pulseaudio_meters_are_known_by_name_or_app() -> None:
    """Without pipewire-pulse's flags: pavucontrol's stream name, GNOME's panel id."""
    by_name = '[{"source": 1, "properties": {"media.name": "Peak detect"}}]'
    by_app = '[{"source": 1, "properties": {"application.id": "org.gnome.VolumeControl"}}]'
    assert pulse.microphone_captures(by_name) == []
    assert pulse.microphone_captures(by_app) == []


@pytest.mark.parametrize("text", ["", "Source Output #3", "{}", "[1, 2"])
def test_output_that_is_not_a_json_list_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        pulse.microphone_captures(text)


def test_subscribe_lines_about_captures_trigger_a_look() -> None:
    assert pulse.is_capture_event("Event 'new' on source-output #85")
    assert pulse.is_capture_event("Event 'change' on source #56")
    assert not pulse.is_capture_event("Event 'new' on client #84")
    assert not pulse.is_capture_event("Event 'change' on sink-input #12")
