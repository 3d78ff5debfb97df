"""The aggregate: in a call from any enabled source, with the source and the app."""

from __future__ import annotations

from pathlib import Path

from helpers.fakes import FakeClock

from backbreak.desktop.calls.monitor import CallMonitor, CallStatus, default_call_backends
from backbreak.desktop.calls.snapshot import Snapshot
from backbreak.desktop.calls.source import CAMERA, MICROPHONE, SCREEN, SOURCES


class FakeSource:
    """A backend whose answers the test sets; ``asked`` counts the questions."""

    reason = ""
    install_hint = ""

    def __init__(self, source: str, answer: bool | None, app: str = "", works: bool = True) -> None:
        self.name = f"fake-{source}"
        self.source = source
        self.answer = answer
        self.app = app
        self.works = works
        self.asked = 0
        self.snapshot: Snapshot[object] = Snapshot([["true"]], lambda outputs: outputs)

    def available(self) -> bool:
        if not self.works:
            self.reason = "not here"
        return self.works

    def in_call(self) -> bool | None:
        self.asked += 1
        return self.answer

    def what(self) -> str:
        return f"{self.source} in use by {self.app}" if self.answer else ""


def test_the_first_source_in_use_is_the_answer() -> None:
    monitor = CallMonitor([FakeSource(MICROPHONE, False), FakeSource(CAMERA, True, "zoom")])
    assert monitor.check() == CallStatus(True, CAMERA, "fake-camera", "camera in use by zoom")


def test_nobody_in_use_is_false_and_nobody_able_to_tell_is_none() -> None:
    assert CallMonitor([FakeSource(MICROPHONE, False), FakeSource(CAMERA, None)]).check() == (
        CallStatus(False)
    )
    assert CallMonitor([FakeSource(MICROPHONE, None)]).check() == CallStatus(None)
    assert CallMonitor([]).check() == CallStatus(None)


def test_a_disabled_source_is_not_asked() -> None:
    """A user who keeps the camera on all day switches the camera source off."""
    camera = FakeSource(CAMERA, True, "obs")
    monitor = CallMonitor([FakeSource(MICROPHONE, False), camera], enabled={MICROPHONE})
    assert monitor.check() == CallStatus(False)
    assert camera.asked == 0
    assert monitor.sources() == {MICROPHONE: ["fake-microphone"]}


def test_unavailable_backends_are_kept_as_refusals() -> None:
    monitor = CallMonitor([FakeSource(SCREEN, True, works=False), FakeSource(MICROPHONE, False)])
    assert monitor.check() == CallStatus(False)
    assert [r.text() for r in monitor.refused] == ["fake-screen: not here"]
    assert monitor.describe() == (
        "microphone: fake-microphone; camera: none; screen: none (not used: fake-screen: not here)"
    )


def test_the_snapshots_to_refresh_are_the_working_backends_once_each() -> None:
    mic, cam = FakeSource(MICROPHONE, False), FakeSource(CAMERA, False)
    cam.snapshot = mic.snapshot
    off = FakeSource(SCREEN, False, works=False)
    assert CallMonitor([mic, cam, off]).snapshots() == [mic.snapshot]


def test_default_backends_cover_every_source(tmp_path: Path) -> None:
    backends = default_call_backends(FakeClock(), tmp_path)
    assert {b.source for b in backends} == set(SOURCES)
    assert len({b.name for b in backends}) == len(backends)
