"""Each idle backend with its OS call faked: units, failures and "not here" answers."""

from __future__ import annotations

from typing import Any

import pytest

from backbreak.desktop.backend import FORCE_ENV
from backbreak.desktop.dbus_util import BusClient
from backbreak.desktop.idle import (
    NO_IDLE_SOURCE,
    FreedesktopIdleMonitor,
    MacIdleMonitor,
    MutterIdleMonitor,
    NullIdleMonitor,
    WindowsIdleMonitor,
    X11IdleMonitor,
    choose_idle_monitor,
)
from backbreak.desktop.xlib import open_display

MUTTER = "org.gnome.Mutter.IdleMonitor"
SCREENSAVER = "org.freedesktop.ScreenSaver"


def test_mutter_reports_milliseconds_as_seconds(client: BusClient, fake_service: Any) -> None:
    """GNOME answers uint64 milliseconds; the engine wants seconds."""
    fake_service(MUTTER).on(MUTTER, "GetIdletime", lambda msg: ("t", (42_500,)))
    monitor = MutterIdleMonitor(client)
    assert monitor.available(), monitor.reason
    assert monitor.idle_seconds() == pytest.approx(42.5)


def test_freedesktop_screensaver_idle_time(client: BusClient, fake_service: Any) -> None:
    """KDE's GetSessionIdleTime (uint32 ms) is the fallback for non-GNOME desktops."""
    fake_service(SCREENSAVER).on(SCREENSAVER, "GetSessionIdleTime", lambda msg: ("u", (1500,)))
    monitor = FreedesktopIdleMonitor(client)
    assert monitor.available(), monitor.reason
    assert monitor.idle_seconds() == pytest.approx(1.5)


def test_screensaver_that_refuses_the_call_is_not_available(
    client: BusClient, fake_service: Any
) -> None:
    """GNOME owns org.freedesktop.ScreenSaver but answers GetSessionIdleTime with an error."""

    def refuse(msg: Any) -> tuple[str, tuple[Any, ...]]:
        raise NotImplementedError

    fake_service(SCREENSAVER).on(SCREENSAVER, "GetSessionIdleTime", refuse)
    monitor = FreedesktopIdleMonitor(client)
    assert not monitor.available()
    assert "did not answer" in monitor.reason


def test_missing_service_is_not_available(client: BusClient) -> None:
    """No Mutter on the bus: say so instead of failing later."""
    monitor = MutterIdleMonitor(client)
    assert not monitor.available()
    assert MUTTER in monitor.reason


def test_unreachable_bus_is_not_available(tmp_path: Any) -> None:
    """A stale DBUS_SESSION_BUS_ADDRESS must not crash start-up."""
    monitor = MutterIdleMonitor(BusClient(f"unix:path={tmp_path}/nothing-here"))
    assert not monitor.available()
    assert monitor.idle_seconds() is None


def test_service_vanishing_later_gives_none_not_an_exception(
    client: BusClient, fake_service: Any
) -> None:
    """If the desktop service quits, a poll answers None (the presence monitor backs off)."""
    service = fake_service(MUTTER).on(MUTTER, "GetIdletime", lambda msg: ("t", (1000,)))
    monitor = MutterIdleMonitor(client)
    assert monitor.available()
    service.close()
    assert monitor.idle_seconds() is None


class FakeWinApi:
    def __init__(self, last: int | None, now: int) -> None:
        self.last, self.now = last, now

    def last_input_tick(self) -> int | None:
        return self.last

    def tick_count(self) -> int:
        return self.now


def test_windows_idle_from_tick_counts() -> None:
    monitor = WindowsIdleMonitor(FakeWinApi(last=10_000, now=70_000))
    assert monitor.available()
    assert monitor.idle_seconds() == pytest.approx(60.0)


def test_windows_idle_across_tick_count_wrap() -> None:
    """GetTickCount wraps after 49.7 days of uptime; idle time must stay small and positive."""
    monitor = WindowsIdleMonitor(FakeWinApi(last=0xFFFF_FF00, now=0x100))
    assert monitor.idle_seconds() == pytest.approx(0x200 / 1000)


def test_windows_failed_call_is_not_available() -> None:
    monitor = WindowsIdleMonitor(FakeWinApi(last=None, now=5))
    assert not monitor.available()
    assert "GetLastInputInfo" in monitor.reason


def test_windows_backend_off_windows_says_so() -> None:
    monitor = WindowsIdleMonitor()
    assert not monitor.available()
    assert "Windows" in monitor.reason


def test_macos_idle_from_core_graphics() -> None:
    monitor = MacIdleMonitor(lambda: 12.25)
    assert monitor.available()
    assert monitor.idle_seconds() == 12.25


def test_macos_backend_off_macos_says_so() -> None:
    monitor = MacIdleMonitor()
    assert not monitor.available()
    assert "macOS" in monitor.reason


def test_x11_without_libx11_is_not_available(monkeypatch: pytest.MonkeyPatch) -> None:
    """A machine without libX11 (or libXss) must fall through to the next backend."""
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("XDG_SESSION_TYPE", "x11")

    def opener(name: str | None) -> Any:
        return open_display(name, loader=lambda short, soname: None)

    monitor = X11IdleMonitor(":0", opener=opener)
    assert not monitor.available()
    assert "libX11" in monitor.reason
    assert monitor.install_hint == "install libx11-6"


def test_x11_without_screensaver_extension_is_not_available() -> None:
    class NoXss:
        closed = False

        def idle_ms(self) -> int | None:
            return None

        def close(self) -> None:
            self.closed = True

    display = NoXss()
    monitor = X11IdleMonitor(":0", opener=lambda name: display)  # type: ignore[arg-type,return-value]
    assert not monitor.available()
    assert "libXss" in monitor.reason
    assert monitor.install_hint == "install libxss1"
    assert display.closed


def test_x11_refused_on_wayland(monkeypatch: pytest.MonkeyPatch) -> None:
    """On Wayland the X server only sees XWayland input: idle time would be wrong."""
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    monkeypatch.setenv("DISPLAY", ":0")
    monitor = X11IdleMonitor()
    assert not monitor.available()
    assert "Wayland" in monitor.reason
    assert monitor.install_hint == "", "nothing to install would help"


def test_dbus_backends_without_jeepney_say_what_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("backbreak.desktop.dbus_util.jeepney_installed", lambda: False)
    monitor = MutterIdleMonitor()
    assert not monitor.available()
    assert monitor.reason == "jeepney is missing"
    assert "install jeepney" in monitor.install_hint


class Stub:
    def __init__(self, name: str, ok: bool) -> None:
        self.name, self.ok, self.reason, self.install_hint = name, ok, "", ""

    def available(self) -> bool:
        self.reason = "" if self.ok else "nope"
        return self.ok

    def idle_seconds(self) -> float | None:
        return 1.0


def test_choose_takes_the_first_available() -> None:
    chosen = choose_idle_monitor([Stub("a", False), Stub("b", True), Stub("c", True)], environ={})
    assert chosen.backend.name == "b"
    assert chosen.describe() == "b (a: nope)"


def test_choose_falls_back_to_the_clock_and_says_what_was_tried() -> None:
    """No idle source: the app still works on the clock, and `status` tells why."""
    choice = choose_idle_monitor([Stub("a", False)], environ={})
    chosen = choice.backend
    assert isinstance(chosen, NullIdleMonitor)
    assert chosen.available() and chosen.idle_seconds() is None
    assert choice.describe() == f"none ({NO_IDLE_SOURCE}; a: nope)"


def test_an_idle_backend_can_be_forced_by_name() -> None:
    choice = choose_idle_monitor([Stub("a", True), Stub("b", True)], environ={FORCE_ENV: "idle=b"})
    assert choice.backend.name == "b"
    forced_off = choose_idle_monitor([Stub("a", True)], environ={FORCE_ENV: "idle=none"})
    assert isinstance(forced_off.backend, NullIdleMonitor)
