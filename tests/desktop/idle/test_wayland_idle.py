"""The Wayland idle backends against a fake compositor speaking the wire format."""

from __future__ import annotations

import pytest
from helpers.fake_wayland import FakeCompositor
from helpers.fakes import FakeClock

from backbreak.desktop.idle import default_candidates
from backbreak.desktop.idle.wayland import (
    EXT_IDLE_NOTIFY,
    KDE_IDLE,
    NOTICE_S,
    IdleProtocol,
    WaylandIdleMonitor,
)
from backbreak.desktop.wayland.wire import Message

IDLED, RESUMED = 0, 1


def _monitor(
    fake: FakeCompositor, clock: FakeClock, protocol: IdleProtocol = EXT_IDLE_NOTIFY
) -> WaylandIdleMonitor:
    return WaylandIdleMonitor(protocol, connect=fake.connect, clock=clock)


def _request_to(fake: FakeCompositor, interface: str) -> Message:
    return fake.wait_for_request(lambda m: m.object_id == fake.binds[interface])


def test_ext_idle_notify_asks_for_idled_after_the_notice_on_the_seat() -> None:
    fake = FakeCompositor({"wl_seat": 8, "ext_idle_notifier_v1": 2})
    monitor = _monitor(fake, FakeClock())
    assert monitor.available(), monitor.reason
    request = _request_to(fake, "ext_idle_notifier_v1")
    args = request.args()
    assert request.opcode == 1
    notification, timeout, seat = args.uint(), args.uint(), args.uint()
    assert (timeout, seat) == (NOTICE_S * 1000, fake.binds["wl_seat"])
    assert notification not in fake.binds.values()


def test_idle_time_counts_from_idled_and_ends_at_resumed() -> None:
    fake, clock = FakeCompositor({"wl_seat": 1, "ext_idle_notifier_v1": 1}), FakeClock()
    monitor = _monitor(fake, clock)
    assert monitor.available(), monitor.reason
    notification = _request_to(fake, "ext_idle_notifier_v1").args().uint()
    assert monitor.idle_seconds() == 0.0
    fake.send(notification, IDLED)
    assert monitor.idle_seconds() == pytest.approx(NOTICE_S)
    clock.advance(60)
    assert monitor.idle_seconds() == pytest.approx(NOTICE_S + 60)
    fake.send(notification, RESUMED)
    assert monitor.idle_seconds() == 0.0


def test_kde_idle_takes_the_seat_before_the_timeout() -> None:
    fake, clock = FakeCompositor({"org_kde_kwin_idle": 1, "wl_seat": 5}), FakeClock()
    monitor = _monitor(fake, clock, KDE_IDLE)
    assert monitor.available(), monitor.reason
    assert monitor.name == "kde-idle"
    request = _request_to(fake, "org_kde_kwin_idle")
    args = request.args()
    assert request.opcode == 0
    timeout_id, seat, timeout = args.uint(), args.uint(), args.uint()
    assert (seat, timeout) == (fake.binds["wl_seat"], NOTICE_S * 1000)
    fake.send(timeout_id, IDLED)
    assert monitor.idle_seconds() == pytest.approx(NOTICE_S)
    clock.advance(3)
    assert monitor.idle_seconds() == pytest.approx(NOTICE_S + 3)


def test_a_compositor_without_the_protocol_is_refused_by_name() -> None:
    monitor = _monitor(FakeCompositor({"wl_seat": 1, "wl_compositor": 4}), FakeClock())
    assert not monitor.available()
    assert "no ext_idle_notifier_v1" in monitor.reason
    assert "sway 1.8+" in monitor.reason


def test_no_seat_means_nothing_to_watch() -> None:
    monitor = _monitor(FakeCompositor({"ext_idle_notifier_v1": 1}), FakeClock())
    assert not monitor.available()
    assert "wl_seat" in monitor.reason


def test_a_protocol_error_on_the_request_refuses_the_backend() -> None:
    fake = FakeCompositor(
        {"wl_seat": 1, "ext_idle_notifier_v1": 1}, error_on="ext_idle_notifier_v1"
    )
    monitor = _monitor(fake, FakeClock())
    assert not monitor.available()
    assert "protocol error" in monitor.reason


def test_outside_wayland_the_backend_says_so() -> None:
    monitor = WaylandIdleMonitor(environ={})
    assert not monitor.available()
    assert "not a Wayland session" in monitor.reason
    assert monitor.idle_seconds() is None


def test_a_compositor_gone_answers_none() -> None:
    fake = FakeCompositor({"wl_seat": 1, "ext_idle_notifier_v1": 1})
    monitor = _monitor(fake, FakeClock())
    assert monitor.available(), monitor.reason
    fake.close()
    assert monitor.idle_seconds() is None


def test_wayland_backends_come_before_x11_only_in_a_wayland_session() -> None:
    names = [m.name for m in default_candidates({"WAYLAND_DISPLAY": "wayland-0"})]
    assert names.index("wayland-idle-notify") < names.index("kde-idle") < names.index("x11-xss")
    assert names[0] == "gnome-mutter"
    assert "wayland-idle-notify" not in [m.name for m in default_candidates({})]
