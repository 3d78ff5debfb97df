"""D-Bus polls never block: calls go out at once, replies are matched by serial when the
socket is readable, and a hung service's call is answered "can't tell" by a timer."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from helpers.fakes import FakeBusConnection, FakeClock
from jeepney import DBusAddress, HeaderFields, new_error, new_signal
from pytestqt.qtbot import QtBot

from backbreak.desktop.bus_watch import BusWatch, BusWatches
from backbreak.desktop.dbus_util import CALL_TIMEOUT_S, BusQuery
from backbreak.desktop.idle import MutterIdleMonitor
from backbreak.desktop.presence import IDLE_POLL_S, PresenceMonitor, failure_backoff_s

MUTTER = "org.gnome.Mutter.IdleMonitor"


@pytest.fixture
def bus() -> Iterator[FakeBusConnection]:
    fake = FakeBusConnection()
    yield fake
    fake.close()


def idle_query() -> BusQuery[float]:
    return BusQuery(
        "SESSION",
        MUTTER,
        "/org/gnome/Mutter/IdleMonitor/Core",
        MUTTER,
        "GetIdletime",
        lambda body: body[0] / 1000.0,
    )


def test_a_reply_that_comes_later_reaches_its_caller(qtbot: QtBot, bus: FakeBusConnection) -> None:
    clock = FakeClock(mono=100.0)
    watch = BusWatch(bus, clock=clock)
    got: list[Any] = []
    watch.call(idle_query().message(), got.append)
    watch.call(idle_query().message(), got.append)
    assert got == [] and watch.waiting == 2, "sent, not waited for"
    bus.reply(1, "t", (7,))  # the second call is answered first
    watch.drain()
    assert got == [(7,)] and watch.waiting == 1
    bus.incoming.append(new_error(bus.sent[0], "org.freedesktop.DBus.Error.Failed"))
    watch.drain()
    assert got == [(7,), None], "an error reply is 'can't tell'"
    watch.close()


def test_a_hung_call_times_out_without_anyone_waiting(qtbot: QtBot, bus: FakeBusConnection) -> None:
    clock = FakeClock(mono=100.0)
    watch = BusWatch(bus, clock=clock)
    got: list[Any] = []
    watch.call(idle_query().message(), got.append)
    clock.advance(CALL_TIMEOUT_S / 2)
    watch.expire()
    assert got == [], "not yet due"
    clock.advance(CALL_TIMEOUT_S)
    watch.expire()
    assert got == [None] and watch.waiting == 0
    bus.reply(0, "t", (7,))  # the hung service answers at last: nobody cares any more
    watch.drain()
    assert got == [None]
    watch.close()


def test_signals_go_to_the_handlers_on_the_same_connection(
    qtbot: QtBot, bus: FakeBusConnection
) -> None:
    watch = BusWatch(bus, clock=FakeClock())
    seen: list[str] = []
    watch.add_handler(lambda msg: seen.append(msg.header.fields[HeaderFields.member]))
    emitter = DBusAddress("/org/gnome/ScreenSaver", interface="org.gnome.ScreenSaver")
    bus.incoming.append(new_signal(emitter, "ActiveChanged", "b", (True,)))
    watch.drain()
    assert seen == ["ActiveChanged"]
    watch.close()


def test_closing_answers_every_waiting_call(qtbot: QtBot, bus: FakeBusConnection) -> None:
    watch = BusWatch(bus, clock=FakeClock())
    got: list[Any] = []
    watch.call(idle_query().message(), got.append)
    watch.close()
    assert got == [None] and bus.closed


class AsyncIdle:
    """An idle backend answered over D-Bus: only its query is used by the poll."""

    name = "async-idle"
    reason = ""
    install_hint = ""

    def available(self) -> bool:
        return True

    def idle_seconds(self) -> float | None:
        raise AssertionError("the poll must not ask blocking")

    def bus_query(self) -> BusQuery[float]:
        return idle_query()


def make_presence(bus: FakeBusConnection, clock: FakeClock) -> tuple[PresenceMonitor, BusWatches]:
    buses = BusWatches(open_conn=lambda _name: bus, clock=clock)
    presence = PresenceMonitor(AsyncIdle(), [], None, threshold_s=300, clock=clock, buses=buses)
    return presence, buses


def test_the_idle_poll_result_reaches_presence_when_it_arrives(
    qtbot: QtBot, bus: FakeBusConnection
) -> None:
    clock = FakeClock(mono=5000.0)
    presence, buses = make_presence(bus, clock)
    samples: list[float] = []
    presence.idle_sampled.connect(samples.append)
    presence.poll_idle()
    presence.poll_idle()  # a second poll while the first waits is not sent again
    assert samples == [] and len(bus.sent) == 1
    bus.reply(0, "t", (12_000,))
    watch = buses.current("SESSION")
    assert watch is not None
    watch.drain()
    assert samples == [12.0]
    assert presence.next_poll_ms == IDLE_POLL_S * 1000
    presence.stop()


def test_a_hung_idle_service_counts_as_a_failed_poll(qtbot: QtBot, bus: FakeBusConnection) -> None:
    clock = FakeClock(mono=5000.0)
    presence, buses = make_presence(bus, clock)
    samples: list[float] = []
    presence.idle_sampled.connect(samples.append)
    presence.poll_idle()
    clock.advance(CALL_TIMEOUT_S + 0.1)
    watch = buses.current("SESSION")
    assert watch is not None
    watch.expire()
    assert samples == []
    assert presence.next_poll_ms == failure_backoff_s(1) * 1000
    presence.stop()


def test_a_real_service_answers_through_the_socket_notifier(
    qtbot: QtBot, private_bus: str, fake_service: Any
) -> None:
    """On a real bus: the poll returns at once, the sample arrives with the event loop."""
    from backbreak.desktop.dbus_util import BusClient

    fake_service(MUTTER).on(MUTTER, "GetIdletime", lambda msg: ("t", (42_500,)))
    client = BusClient(private_bus)
    monitor = MutterIdleMonitor(client)
    assert monitor.available(), monitor.reason
    presence = PresenceMonitor(monitor, [], None, threshold_s=300)
    with qtbot.waitSignal(presence.idle_sampled, timeout=3000) as sampled:
        presence.poll_idle()
    assert sampled.args == [pytest.approx(42.5)]
    presence.stop()
    client.close()


class AsyncBusy:
    """A busy detector answered over D-Bus; ``index`` says which call is its own."""

    reason = ""
    install_hint = ""

    def __init__(self, name: str) -> None:
        self.name = name

    def available(self) -> bool:
        return True

    def is_busy(self) -> bool:
        raise AssertionError("the poll must not ask blocking")

    def bus_query(self) -> BusQuery[bool]:
        return BusQuery("SESSION", "org.example", "/", "org.example", self.name, lambda b: b[0])


def test_busy_answers_in_any_order_hold_the_break_by_the_first_detector(
    qtbot: QtBot, bus: FakeBusConnection
) -> None:
    """The detectors' replies come in any order; the decision waits for all of them and
    names the first detector (in order) that said busy."""
    clock = FakeClock(mono=5000.0)
    buses = BusWatches(open_conn=lambda _name: bus, clock=clock)
    presence = PresenceMonitor(
        AsyncIdle(),
        [AsyncBusy("a"), AsyncBusy("b"), AsyncBusy("c")],
        None,
        clock=clock,
        buses=buses,
    )
    held: list[str] = []
    ready: list[object] = []
    presence.reminder_held.connect(lambda _brk, reason: held.append(reason))
    presence.reminder_ready.connect(ready.append)
    presence.offer_reminder("break")
    assert len(bus.sent) == 3 and held == [] and ready == []
    bus.reply(2, "b", (True,))
    bus.reply(1, "b", (True,))
    watch = buses.current("SESSION")
    assert watch is not None
    watch.drain()
    assert held == [], "still waiting for detector a"
    clock.advance(CALL_TIMEOUT_S + 0.1)
    watch.expire()  # a hangs: can't tell counts as not busy
    assert held == ["b"] and ready == []
    presence.poll_busy()
    for index in (3, 4, 5):
        bus.reply(index, "b", (False,))
    watch.drain()
    assert ready == ["break"]
    presence.stop()


def test_sleep_signals_and_polls_share_one_connection(
    qtbot: QtBot, private_bus: str, fake_service: Any
) -> None:
    """The app opens one watched connection per bus: the screen-lock signal and the
    idle poll's reply both come through it."""
    from backbreak.desktop.dbus_util import BusClient
    from backbreak.desktop.sleep_watch import SleepWatcher

    fake_service(MUTTER).on(MUTTER, "GetIdletime", lambda msg: ("t", (1_000,)))
    saver = fake_service("org.gnome.ScreenSaver")
    client = BusClient(private_bus)
    monitor = MutterIdleMonitor(client)
    assert monitor.available(), monitor.reason
    buses = BusWatches()
    watcher = SleepWatcher(system_bus=None, session_bus=private_bus, buses=buses)
    presence = PresenceMonitor(monitor, [], watcher, buses=buses)
    presence.start()
    shared = buses.current(private_bus)
    assert shared is not None
    with qtbot.waitSignal(presence.idle_sampled, timeout=3000):
        pass  # start() polls at once
    with qtbot.waitSignal(presence.locked_changed, timeout=3000):
        saver.emit("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", "b", (True,))
    assert buses.current(private_bus) is shared
    assert watcher.sources == ["screensaver ActiveChanged", "clock gap check"]
    presence.stop()
    client.close()
