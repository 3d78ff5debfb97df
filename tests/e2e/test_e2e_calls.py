"""End to end: a call holds the due break, and the break comes after the call's grace.

The desktop's PulseAudio server (``HeadlessDesktop.start_sound``) has a null source,
``mic``; a ``parecord`` capturing it stands in for a call (any app recording the
microphone). The app runs 30x fast: its first routine block falls due 15 app-minutes
(30 s) after it starts, while the capture runs.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from helpers.headless_desktop import SoundServer, missing_sound_tools, stop_recording

pytestmark = pytest.mark.e2e

SPEED = 30


@pytest.fixture
def sound(desktop: Any) -> Iterator[SoundServer]:
    missing = missing_sound_tools()
    if missing:
        pytest.skip(f"sound tools missing: {', '.join(missing)}")
    try:
        yield desktop.start_sound()
    finally:
        desktop.stop_sound()


def test_a_call_holds_the_due_break_until_it_ends(
    desktop: Any, sound: SoundServer, start_app: Any, notifications: Any, wait: Any, tmp_path: Any
) -> None:
    capture = sound.capture(tmp_path / "call.wav")
    try:
        app = start_app(
            at="2026-11-23 10:00:00",
            speed=SPEED,
            block_interval_minutes=15,
            prone_enabled=False,
            daily_enabled=False,
            evening_enabled=False,
            call_grace_minutes=1,
            sounds_enabled=False,
        )
        app.assert_clock(slack_s=SPEED * 15)
        calls = app.status()["presence"]["calls"]
        assert calls.startswith("microphone: pulseaudio-microphone"), calls

        app.wait_for_log(r"break due: ", timeout=45)
        line = app.wait_for_log(r"reminder held: you're in a call", timeout=10)
        assert "microphone in use by parecord" in line, line
        presence = app.status()["presence"]
        assert presence["held"] == "you're in a call (microphone in use by parecord)"
        assert presence["held break"] is not None
        # 3 app-minutes of call: no notification, however often presence asks again
        notifications.ensure_none(within=6)
    finally:
        stop_recording(capture)

    mark = app.log_mark()
    app.wait_for_log(r"reminder held: a call just ended", timeout=10, after=mark)
    note = notifications.wait_for("Time for a break", timeout=15)
    assert note.hints.get("urgency") != 0, "after a short call the break comes as usual"
    app.wait_for_log(r"reminder shown: .* as a notification", timeout=5, after=mark)
    assert "held" not in app.status()["presence"]
