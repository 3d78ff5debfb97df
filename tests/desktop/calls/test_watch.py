"""CallWatch: the call monitor's snapshots refreshed only between start and stop."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from backbreak.desktop.calls.monitor import CallMonitor
from backbreak.desktop.calls.snapshot import Snapshot
from backbreak.desktop.calls.source import CAMERA, MICROPHONE
from backbreak.desktop.calls.watch import CallWatch


class Mic:
    name = "echo-microphone"
    source = MICROPHONE
    reason = ""
    install_hint = ""

    def __init__(self, snapshot: Snapshot[str]) -> None:
        self.snapshot = snapshot

    def available(self) -> bool:
        return True

    def in_call(self) -> bool | None:
        value = self.snapshot.value
        return None if value is None else value == "busy"

    def what(self) -> str:
        return "microphone in use by echo" if self.in_call() else ""


def test_answers_arrive_after_start_and_stop_ends_the_refreshes(qtbot: QtBot) -> None:
    snapshot: Snapshot[str] = Snapshot([["echo", "busy"]], lambda outs: outs[0].strip())
    watch = CallWatch(CallMonitor([Mic(snapshot)]))
    assert watch.refreshes and not watch.running
    assert watch.status().in_call is None, "nothing read yet: can't tell"
    with qtbot.waitSignal(watch.changed, timeout=5000):
        watch.start()
    assert watch.status().what == "microphone in use by echo"
    watch.stop()
    assert not watch.running


def test_sources_turned_off_are_not_asked() -> None:
    snapshot: Snapshot[str] = Snapshot([["echo", "busy"]], lambda outs: outs[0].strip())
    snapshot.feed(["busy"])
    watch = CallWatch(CallMonitor([Mic(snapshot)]))
    watch.set_sources([CAMERA])
    assert watch.status().in_call is None, "no camera backend: can't tell"
    assert watch.describe() == "camera: none"
    watch.set_sources([])
    assert watch.status().in_call is False
    assert watch.describe().startswith("off")
