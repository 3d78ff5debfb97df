"""The real app under a headless Wayland compositor (weston), on the test desktop's
session bus, dunst and tray host: the tray icon, a notification with actions, its
click opening the session window, and ``status`` naming the Wayland idle and
full-screen sources it tried. See ``helpers.wayland_desktop`` for the compositor."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import Any

import pytest
from helpers.headless_desktop import HeadlessDesktop, stop_process
from helpers.notifications import Notifications
from helpers.wayland_desktop import (
    SwaySession,
    WestonSession,
    missing_sway_tools,
    missing_wayland_tools,
)

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def weston(desktop: HeadlessDesktop) -> Iterator[WestonSession]:
    missing = missing_wayland_tools()
    if missing:
        pytest.skip(f"Wayland test tools missing: {', '.join(missing)} (Debian package weston)")
    session = WestonSession(desktop).start()
    yield session
    session.stop()


@pytest.fixture
def on_wayland(
    desktop: HeadlessDesktop, weston: WestonSession, monkeypatch: pytest.MonkeyPatch
) -> WestonSession:
    """Apps started in this test run on weston, with no X display to fall back to."""
    for key, value in weston.app_env().items():
        monkeypatch.setitem(desktop.env, key, value)
    return weston


def app_items(desktop: HeadlessDesktop) -> list[str]:
    return [i for i in desktop.tray_items() if i.endswith("/StatusNotifierItem")]


def test_remind_click_opens_the_session_window_on_wayland(
    desktop: HeadlessDesktop,
    on_wayland: WestonSession,
    notifications: Notifications,
    start_app: Any,
) -> None:
    """Monday 08:30: the icon reaches the D-Bus tray from a Wayland app; `remind` sends
    a notification with Start/Snooze/Skip; its click (dunst's default action) opens the
    session window, which weston has mapped as a toplevel of the app; `quit` ends it."""
    app = start_app()
    desktop.wait_for(lambda: len(app_items(desktop)) == 1, 10, "the tray item to register")
    status = app.status()
    assert status["session_open"] is False
    planned = status["next_break"]
    result = desktop.backbreak("remind")
    assert result.returncode == 0, result.stderr
    note = notifications.wait_for("Time for a break: ")
    assert set(note.actions) >= {"default", "start", "snooze", "skip"}
    notifications.wait_displayed(1)
    notifications.click()
    status = desktop.wait_for(
        lambda: (s := app.status())["session_open"] and s, 10, "the session window to open"
    )
    assert status["session_break"] == planned["id"]
    mapped = desktop.wait_for(
        lambda: [w for w in on_wayland.toplevels() if w.pid == app.proc.pid],
        10,
        "weston to map the app's session window",
    )
    assert any(w.title.endswith("— backbreak") for w in mapped), mapped
    quit_ = desktop.backbreak("quit")
    assert quit_.returncode == 0 and "quitting" in quit_.stdout
    assert app.proc.wait(10) == 0
    desktop.wait_for(lambda: not app_items(desktop), 5, "the tray item to go away")


def test_status_names_the_wayland_idle_full_screen_and_call_sources(
    desktop: HeadlessDesktop, on_wayland: WestonSession, start_app: Any
) -> None:
    """Weston 10 offers no idle protocol and no foreign-toplevel list: status says the
    Wayland sources were tried and why they were refused, and X11's too (no DISPLAY);
    the calls line names what answers for each source."""
    app = start_app()
    presence = app.status()["presence"]
    idle, busy = presence["idle"], presence["busy"]
    assert "wayland-idle-notify: the compositor offers no ext_idle_notifier_v1" in idle, idle
    assert "kde-idle: the compositor offers no org_kde_kwin_idle" in idle, idle
    assert "x11-xss" in idle, idle
    assert "wlr-foreign-toplevel: the compositor offers no zwlr_foreign_toplevel" in busy, busy
    assert "do-not-disturb" in busy, busy
    calls = presence["calls"]  # the same on any display server: sound server and /proc
    assert all(f"{source}: " in calls for source in ("microphone", "camera", "screen")), calls


def test_the_reminder_card_is_placed_by_the_compositor_clear_of_its_panel(
    desktop: HeadlessDesktop, on_wayland: WestonSession, start_app: Any, monkeypatch: Any
) -> None:
    """With no desktop notifications (``notifications=card``), `remind` shows the card:
    on Wayland the app can't place it, so weston does, inside the output and below
    weston's own panel (the top 32 pixels), never under it."""
    monkeypatch.setitem(desktop.env, "BACKBREAK_BACKENDS", "notifications=card")
    app = start_app()
    assert desktop.backbreak("remind").returncode == 0
    card = desktop.wait_for(
        lambda: on_wayland.view("backbreak reminder", app.proc.pid), 10, "weston to map the card"
    )
    left, top, right, bottom = card
    assert 0 <= left < right <= 1280 and 32 <= top < bottom <= 800, card
    assert app.status()["session_open"] is False, "showing the card starts nothing"


FULL_SCREEN_WINDOW = (
    "from PySide6.QtWidgets import QApplication, QLabel\n"
    "app = QApplication([])\n"
    "w = QLabel('presenting')\n"
    "w.showFullScreen()\n"
    "app.exec()\n"
)


@pytest.fixture(scope="module")
def sway(desktop: HeadlessDesktop) -> Iterator[SwaySession]:
    missing = missing_sway_tools()
    if missing:
        pytest.skip(f"sway test tools missing: {', '.join(missing)} (Debian package sway)")
    session = SwaySession(desktop).start()
    yield session
    session.stop()


def test_on_sway_idle_is_kde_idle_and_full_screen_holds_the_reminder(
    desktop: HeadlessDesktop,
    sway: SwaySession,
    start_app: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Monday 11:00 (the day's first break is due at once) under sway 1.7, with a
    full-screen window focused: status names `kde-idle` and `wlr-foreign-toplevel`, the
    reminder is held by the latter, and shown once the window is gone (a held reminder
    is looked at again every minute: 6 s at 10x)."""
    for key, value in sway.app_env().items():
        monkeypatch.setitem(desktop.env, key, value)
    window = desktop.spawn([sys.executable, "-c", FULL_SCREEN_WINDOW], "fullscreen-window")
    try:
        app = start_app(at="2026-11-23 11:00:00", speed=10)
        presence = app.status()["presence"]
        assert presence["idle"].startswith("kde-idle"), presence["idle"]
        assert presence["busy"].startswith("wlr-foreign-toplevel"), presence["busy"]
        app.wait_for_log("break due: ")
        app.wait_for_log(r"reminder held: the user is busy \(wlr-foreign-toplevel\)")
        current = app.status()["current_break"]
        mark = app.log_mark()
    finally:
        stop_process(window)
        desktop.procs.remove(window)
    app.wait_for_log(f"reminder shown: {current['id']} ", timeout=30, after=mark)
