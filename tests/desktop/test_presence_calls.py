"""Presence holds a due break while the user is in a call, by the one hold policy."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from helpers.fakes import FakeBusy, FakeClock, FakeIdle
from pytestqt.qtbot import QtBot

from backbreak.desktop.calls.monitor import CallMonitor
from backbreak.desktop.calls.snapshot import Snapshot
from backbreak.desktop.calls.source import CAMERA, MICROPHONE, SOURCES
from backbreak.desktop.calls.watch import CallWatch
from backbreak.desktop.presence import PresenceMonitor
from backbreak.desktop.presence_status import describe_presence

GRACE = 120.0
LIMIT = 150 * 60.0


class FakeCallSource:
    """One call source the test switches on and off; ``snapshot`` when it reads one."""

    reason = ""
    install_hint = ""

    def __init__(self, source: str = MICROPHONE, app: str = "parecord") -> None:
        self.name = f"fake-{source}"
        self.source = source
        self.app = app
        self.on = False

    def available(self) -> bool:
        return True

    def in_call(self) -> bool | None:
        return self.on

    def what(self) -> str:
        return f"{self.source} in use by {self.app}" if self.on else ""


class SnapshotSource(FakeCallSource):
    """Answers from a snapshot a real command fills: nothing before the first run."""

    def __init__(self, snapshot: Snapshot[str]) -> None:
        super().__init__()
        self.snapshot = snapshot

    def in_call(self) -> bool | None:
        value = self.snapshot.value
        return None if value is None else value == "in-call"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def make(qtbot: QtBot, clock: FakeClock) -> Iterator[Callable[..., PresenceMonitor]]:
    made: list[PresenceMonitor] = []

    def build(*backends: Any, busy: Any = ()) -> PresenceMonitor:
        calls = CallWatch(CallMonitor(list(backends)))
        presence = PresenceMonitor(FakeIdle(), list(busy), None, clock=clock, calls=calls)
        presence.set_call_rules(SOURCES, GRACE, LIMIT)
        made.append(presence)
        return presence

    yield build
    for presence in made:
        presence.stop()


def record(presence: PresenceMonitor) -> dict[str, list[Any]]:
    seen: dict[str, list[Any]] = {"held": [], "ready": [], "quiet": []}
    presence.reminder_held.connect(lambda brk, why: seen["held"].append(why))
    presence.reminder_ready.connect(seen["ready"].append)
    presence.reminder_ready_quiet.connect(seen["quiet"].append)
    return seen


def test_a_call_holds_the_break_and_the_grace_after_it_releases_it(
    make: Callable[..., PresenceMonitor], clock: FakeClock
) -> None:
    mic = FakeCallSource()
    presence = make(mic)
    seen = record(presence)
    mic.on = True
    presence.offer_reminder("brk")
    assert seen["held"] == ["call"] and presence.held() == "brk"
    assert presence.hold_reason() == "you're in a call"
    assert presence.hold_text() == "you're in a call (microphone in use by parecord)"
    assert describe_presence(presence)["held"] == presence.hold_text()
    assert presence.calls is not None and presence.calls.running

    clock.advance(minutes=45)  # past the busy limit: a call has its own
    presence.poll_busy()
    assert seen["ready"] == []
    mic.on = False
    presence.poll_busy()
    assert seen["held"] == ["call", "call-ended"] and seen["ready"] == []
    assert presence.hold_reason() == "a call just ended"
    clock.advance(GRACE)
    presence.poll_busy()
    assert seen["ready"] == ["brk"] and seen["quiet"] == []
    assert not presence.calls.running, "the watch runs only while a break waits"
    assert "held" not in describe_presence(presence)


def test_the_grace_end_is_asked_again_without_waiting_a_whole_poll(
    make: Callable[..., PresenceMonitor], clock: FakeClock, qtbot: QtBot
) -> None:
    mic = FakeCallSource()
    presence = make(mic)
    presence.set_call_rules(SOURCES, 0.2, LIMIT)
    seen = record(presence)
    mic.on = True
    presence.offer_reminder("brk")
    mic.on = False
    presence.poll_busy()
    clock.advance(0.2)
    qtbot.waitUntil(lambda: seen["ready"] == ["brk"], timeout=3000)


def test_a_call_longer_than_the_maximum_releases_the_break_quietly(
    make: Callable[..., PresenceMonitor], clock: FakeClock
) -> None:
    camera = FakeCallSource(CAMERA, "cheese")
    presence = make(camera)
    seen = record(presence)
    camera.on = True
    presence.offer_reminder("brk")
    clock.advance(LIMIT)
    presence.poll_busy()
    assert seen["quiet"] == ["brk"] and seen["ready"] == []


def test_a_source_turned_off_does_not_hold(make: Callable[..., PresenceMonitor]) -> None:
    mic, camera = FakeCallSource(), FakeCallSource(CAMERA, "cheese")
    presence = make(mic, camera)
    presence.set_call_rules([CAMERA], GRACE, LIMIT)
    seen = record(presence)
    mic.on = True
    presence.offer_reminder("brk")
    assert seen["ready"] == ["brk"]
    presence.set_call_rules([], GRACE, LIMIT)
    camera.on = True
    presence.offer_reminder("brk2")
    assert seen["ready"] == ["brk", "brk2"]
    assert describe_presence(presence)["calls"].startswith("off")


def test_busy_and_call_share_one_hold(make: Callable[..., PresenceMonitor]) -> None:
    mic = FakeCallSource()
    busy = FakeBusy()
    presence = make(mic, busy=[busy])
    seen = record(presence)
    busy.busy = mic.on = True
    presence.offer_reminder("brk")
    assert seen["held"] == ["call"]
    assert presence.hold_text() == "you're in a call (microphone in use by parecord)"


def test_cancelling_the_held_break_stops_the_watch(make: Callable[..., PresenceMonitor]) -> None:
    mic = FakeCallSource()
    presence = make(mic)
    mic.on = True
    presence.offer_reminder("brk")
    presence.cancel_held()
    assert presence.held() is None and presence.hold_reason() == ""
    assert presence.calls is not None and not presence.calls.running


def test_the_first_decision_waits_for_the_first_answer(
    make: Callable[..., PresenceMonitor], qtbot: QtBot
) -> None:
    """A snapshot holds nothing before its command ran: the break is not shown on that
    empty answer, but once the command said "in a call"."""
    snapshot: Snapshot[str] = Snapshot([["echo", "in-call"]], lambda outs: outs[0].strip())
    presence = make(SnapshotSource(snapshot))
    seen = record(presence)
    presence.offer_reminder("brk")
    assert seen == {"held": [], "ready": [], "quiet": []}
    qtbot.waitUntil(lambda: seen["held"] == ["call"], timeout=5000)
    assert seen["ready"] == []
