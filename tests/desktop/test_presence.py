"""PresenceMonitor: idle polling cadence, away/back reports, held reminders, sleep forwarding.

Timers are not waited for: the tests call the slots the timers would call and move
an injected clock.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from helpers.fakes import FakeBusy, FakeClock, FakeIdle
from pytestqt.qtbot import QtBot

from backbreak.desktop.idle import NullIdleMonitor
from backbreak.desktop.presence import (
    IDLE_POLL_S,
    LOCKED_BUSY,
    MIN_POLL_S,
    PresenceMonitor,
    failure_backoff_s,
    next_idle_poll_s,
)
from backbreak.desktop.sleep_watch import SleepWatcher

THRESHOLD = 300.0


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(mono=5000.0)


@pytest.fixture
def make_presence(qtbot: QtBot, clock: FakeClock) -> Iterator[Callable[..., PresenceMonitor]]:
    made: list[PresenceMonitor] = []

    def make(idle: Any = None, busy: Any = (), watcher: Any = None) -> PresenceMonitor:
        presence = PresenceMonitor(
            idle if idle is not None else FakeIdle(),
            list(busy),
            watcher,
            threshold_s=THRESHOLD,
            hold_limit_s=1800,
            clock=clock,
        )
        made.append(presence)
        return presence

    yield make
    for presence in made:
        presence.stop()


@pytest.mark.parametrize(
    ("idle", "away", "delay"),
    [
        (0, False, IDLE_POLL_S),  # busy typing: the regular interval
        (280, False, 21),  # close to the threshold: wake just after it could be crossed
        (250, False, 51),
        (299.5, False, MIN_POLL_S),  # never faster than the floor
        (900, True, IDLE_POLL_S),  # away: regular interval notices the return
    ],
)
def test_next_idle_poll(idle: float, away: bool, delay: float) -> None:
    assert next_idle_poll_s(idle, THRESHOLD, away) == pytest.approx(delay)


def test_failing_backend_backs_off() -> None:
    assert [failure_backoff_s(n) for n in (1, 2, 3, 4, 5, 6, 7)] == [
        60,
        120,
        240,
        480,
        600,
        600,
        600,
    ]


def test_wakeups_with_nothing_due_stay_within_the_footprint_target() -> None:
    """An active user for an hour: one idle poll a minute, which is also the driver's
    gap check (tests/planning/test_qt_driver.py), so no second timer wakes."""
    elapsed, polls, idle = 0.0, 0, 3.0
    while elapsed < 3600:
        delay = next_idle_poll_s(idle, THRESHOLD, away=False)
        elapsed += delay
        polls += 1
    assert polls / 60 == pytest.approx(1.0, abs=0.05)


def test_away_and_back_are_reported_once_with_the_absence_length(
    make_presence: Any, clock: FakeClock
) -> None:
    """Away past the threshold is a natural break for the engine; coming back ends it."""
    idle = FakeIdle()
    presence = make_presence(idle)
    samples: list[float] = []
    started: list[float] = []
    ended: list[float] = []
    presence.idle_sampled.connect(samples.append)
    presence.away_started.connect(started.append)
    presence.away_ended.connect(ended.append)

    idle.value = 10
    presence.poll_idle()
    assert presence.next_poll_ms == IDLE_POLL_S * 1000
    clock.advance(300)
    idle.value = 310  # no input since the last poll
    presence.poll_idle()
    clock.advance(30)
    idle.value = 340
    presence.poll_idle()
    assert started == [310] and presence.away
    clock.advance(600)
    idle.value = 2  # input two seconds ago
    presence.poll_idle()
    assert not presence.away
    # the last input was 310 s before the second poll (t0+300); the next came 2 s before
    # the fourth (t0+930)
    assert ended == [pytest.approx(930 - 2 - (300 - 310))]
    assert samples == [10, 310, 340, 2]


def test_polls_sooner_near_the_threshold(make_presence: Any) -> None:
    idle = FakeIdle()
    presence = make_presence(idle)
    idle.value = 290
    presence.poll_idle()
    assert presence.next_poll_ms == 11_000


def test_no_idle_source_means_no_idle_timer(make_presence: Any) -> None:
    """Relying on the clock costs no wakeups at all."""
    presence = make_presence(NullIdleMonitor())
    presence.start()
    assert not presence.tracks_idle
    assert presence.next_poll_ms is None


def test_unanswered_poll_backs_off_and_recovers(make_presence: Any) -> None:
    idle = FakeIdle()
    presence = make_presence(idle)
    idle.value = None
    presence.poll_idle()
    presence.poll_idle()
    assert presence.next_poll_ms == failure_backoff_s(2) * 1000 == 2 * IDLE_POLL_S * 1000
    idle.value = 1
    presence.poll_idle()
    assert presence.next_poll_ms == IDLE_POLL_S * 1000


def test_threshold_follows_settings(make_presence: Any) -> None:
    idle = FakeIdle()
    presence = make_presence(idle)
    presence.set_threshold_minutes(10)
    started: list[float] = []
    presence.away_started.connect(started.append)
    idle.value = 400
    presence.poll_idle()
    assert started == []
    idle.value = 601
    presence.poll_idle()
    assert started == [601]


def test_free_user_gets_the_reminder_at_once(make_presence: Any) -> None:
    presence = make_presence(busy=[FakeBusy()])
    ready: list[object] = []
    presence.reminder_ready.connect(ready.append)
    presence.offer_reminder("break-1")
    assert ready == ["break-1"]
    assert presence.held() is None


def test_fullscreen_holds_the_reminder_until_it_ends(make_presence: Any, clock: FakeClock) -> None:
    """A due break waits quietly while the user is full screen, then shows."""
    busy = FakeBusy()
    busy.busy = True
    presence = make_presence(busy=[busy])
    ready: list[object] = []
    held: list[tuple[object, str]] = []
    presence.reminder_ready.connect(ready.append)
    presence.reminder_held.connect(lambda brk, why: held.append((brk, why)))

    presence.offer_reminder("break-1")
    assert ready == [] and held == [("break-1", "fake-fullscreen")]
    clock.advance(600)
    presence.poll_busy()
    assert ready == []
    busy.busy = False
    clock.advance(60)
    presence.poll_busy()
    assert ready == ["break-1"]
    assert presence.held() is None


def test_busy_user_gets_the_reminder_after_the_hold_limit(
    make_presence: Any, clock: FakeClock
) -> None:
    """Busy for longer than 30 min: the reminder comes anyway, not never."""
    busy = FakeBusy()
    busy.busy = True
    presence = make_presence(busy=[busy])
    ready: list[object] = []
    presence.reminder_ready.connect(ready.append)
    presence.offer_reminder("break-1")
    for _ in range(29):
        clock.advance(60)
        presence.poll_busy()
    assert ready == []
    clock.advance(60)
    presence.poll_busy()
    assert ready == ["break-1"]


def test_newer_break_replaces_a_held_one_and_keeps_its_wait(
    make_presence: Any, clock: FakeClock
) -> None:
    busy = FakeBusy()
    busy.busy = True
    presence = make_presence(busy=[busy])
    ready: list[object] = []
    presence.reminder_ready.connect(ready.append)
    presence.offer_reminder("old")
    clock.advance(1500)
    presence.offer_reminder("new")
    clock.advance(300)
    presence.poll_busy()
    assert ready == ["new"]


def test_cancelled_hold_is_not_shown(make_presence: Any, clock: FakeClock) -> None:
    busy = FakeBusy()
    busy.busy = True
    presence = make_presence(busy=[busy])
    ready: list[object] = []
    presence.reminder_ready.connect(ready.append)
    presence.offer_reminder("b")
    presence.cancel_held()
    busy.busy = False
    presence.poll_busy()
    assert ready == []


def test_locked_screen_holds_and_unlock_releases(make_presence: Any, qtbot: QtBot) -> None:
    """Nobody reads a reminder on a locked screen; it shows on unlock."""
    watcher = SleepWatcher(system_bus=None, session_bus=None)
    presence = make_presence(watcher=watcher)
    ready: list[object] = []
    held: list[str] = []
    presence.reminder_ready.connect(ready.append)
    presence.reminder_held.connect(lambda brk, why: held.append(why))
    watcher.locked_changed.emit(True)
    presence.offer_reminder("b")
    assert held == [LOCKED_BUSY] and ready == []
    watcher.locked_changed.emit(False)
    assert ready == ["b"]


def test_resume_is_forwarded_once_and_repolls(make_presence: Any, qtbot: QtBot) -> None:
    idle = FakeIdle()
    watcher = SleepWatcher(system_bus=None, session_bus=None)
    presence = make_presence(idle, watcher=watcher)
    resumed: list[None] = []
    presence.resumed.connect(lambda: resumed.append(None))
    presence.start()
    presence.poll_idle()
    assert presence.next_poll_ms == IDLE_POLL_S * 1000
    watcher.resumed.emit()
    assert resumed == [None]
    assert presence.next_poll_ms == 0  # idle time is sampled right after waking


def test_status_names_each_chosen_backend(make_presence: Any) -> None:
    """`backbreak status` shows which source answers each question, and why not."""
    from backbreak.desktop.presence_status import describe_backends

    watcher = SleepWatcher(system_bus=None, session_bus=None)
    presence = make_presence(busy=[FakeBusy()], watcher=watcher)
    presence.start()
    assert describe_backends(presence) == {
        "idle": "fake",
        "busy": "fake-fullscreen",
        "calls": "off (calls never hold a break)",
        "sleep": "clock-gap",
        "autostart": "xdg",
    }
    bare = make_presence(NullIdleMonitor("nothing here"))
    assert describe_backends(bare) == {
        "idle": "none (nothing here)",
        "busy": "none (reminders are never held)",
        "calls": "off (calls never hold a break)",
        "sleep": "off",
        "autostart": "xdg",
    }


def test_status_without_a_running_app_probes_every_kind(monkeypatch: pytest.MonkeyPatch) -> None:
    """`backbreak status` with no app running still says what would be used, and why."""
    from backbreak.desktop.presence_status import describe_backends

    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
    monkeypatch.setenv("DBUS_SYSTEM_BUS_ADDRESS", "unix:path=/nonexistent/bus")
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    lines = describe_backends(None)
    assert list(lines) == ["notifications", "idle", "busy", "calls", "sleep", "autostart"]
    assert "reminder card (freedesktop: no D-Bus session bus" in lines["notifications"]
    assert lines["idle"].startswith("none (no idle-time source works here")
    assert "x11-xss: no DISPLAY" in lines["idle"]
    assert lines["sleep"].startswith("clock-gap (logind: ")
