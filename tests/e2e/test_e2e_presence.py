"""End to end: presence in the real app - being away, and being busy.

Runs ``python -m backbreak`` on the test desktop (conftest.py here).

- Away: a fake ``org.gnome.Mutter.IdleMonitor`` on the test session bus reports the idle
  time the test sets (the app prefers it to the X server, as on GNOME), so "away for six
  minutes" takes seconds, not minutes.
- Busy: there is no window manager, so the test plays its part with xprop on an
  xmessage window: it marks the window active (``_NET_ACTIVE_WINDOW``) and full screen
  (``_NET_WM_STATE``).
"""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta
from typing import Any

import pytest
from helpers.fake_dbus import FakeService

pytestmark = pytest.mark.e2e

MUTTER = "org.gnome.Mutter.IdleMonitor"


class FakeMutterIdle(FakeService):
    """``org.gnome.Mutter.IdleMonitor.GetIdletime`` on the desktop's bus, answering ``idle_ms``."""

    def __init__(self, desktop: Any) -> None:
        super().__init__(desktop.env["DBUS_SESSION_BUS_ADDRESS"], MUTTER)
        self.idle_ms = 0
        self.on(MUTTER, "GetIdletime", lambda _msg: ("t", (self.idle_ms,)))


def _next_due(app: Any) -> datetime:
    return datetime.fromisoformat(app.status()["next_break"]["due"])


def test_away_past_the_threshold_restarts_the_block_timer(
    desktop: Any, start_app: Any, wait: Any
) -> None:
    """Monday 10:00 Berlin, in work hours, routine blocks only, every 15 min: with no
    history the first block is 15 min after the app started. Six minutes away from the
    desk is a natural break: that block moves out. The clock runs 10x fast, so that
    presence's next idle poll (11 s after 4 min 50 s idle) comes in about a second."""
    mutter = FakeMutterIdle(desktop)
    mutter.idle_ms = 290_000  # just under the 5-minute threshold: presence polls every ~11 s
    try:
        app = start_app(
            at="2026-11-23 10:00:00",
            speed=10,
            block_interval_minutes=15,
            prone_enabled=False,
            daily_enabled=False,
            evening_enabled=False,
        )
        now = app.assert_clock()
        before = _next_due(app)
        assert timedelta(minutes=14) < before - now <= timedelta(minutes=15)
        presence = app.status()["presence"]
        assert presence["idle"] == "gnome-mutter", "Mutter's monitor comes first, as on GNOME"
        assert (
            "gnome-inhibit: org.gnome.SessionManager is not on the session bus"
            in (presence["busy"])
        ), "status says why a detector is not used"

        mutter.idle_ms = 400_000  # no input for 6 min 40 s
        wait(lambda: _next_due(app) > before, 20, "the block timer to restart")
        assert app.status()["current_break"] is None  # being away is not a break to answer
    finally:
        mutter.close()


def _set_prop(desktop: Any, target: list[str], prop: str, fmt: str, value: str) -> None:
    result = desktop.run(["xprop", *target, "-f", prop, fmt, "-set", prop, value])
    assert result.returncode == 0, result.stderr


def _displayed(desktop: Any) -> int:
    return int(desktop.run(["dunstctl", "count", "displayed"]).stdout.strip() or 0)


def _screensaver_inactive(desktop: Any) -> None:
    """What a screen saver sends on unlock; presence re-checks a held reminder at once
    (otherwise it re-checks every 60 s, which the unit tests cover)."""
    from jeepney import DBusAddress, new_signal

    conn = desktop.connect()
    try:
        saver = DBusAddress("/org/freedesktop/ScreenSaver", interface="org.freedesktop.ScreenSaver")
        conn.send(new_signal(saver, "ActiveChanged", "b", (False,)))
    finally:
        conn.close()


def test_fullscreen_window_holds_the_due_reminder(desktop: Any, start_app: Any, wait: Any) -> None:
    """Monday 11:00 Berlin, default settings: the day's first break (planned 10:20) is
    due the moment the app starts. Presenting: it waits quietly (no popup), then shows
    once full screen ends."""
    for tool in ("xmessage", "xprop", "xdotool"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed")
    window_proc = desktop.spawn(["xmessage", "-name", "bbfullscreen", "presenting"], "xmessage")
    try:
        search = ["xdotool", "search", "--classname", "bbfullscreen"]
        window = wait(lambda: desktop.run(search).stdout.split(), 10, "the window")[0]
        _set_prop(desktop, ["-root"], "_NET_ACTIVE_WINDOW", "32x", window)
        _set_prop(desktop, ["-id", window], "_NET_WM_STATE", "32a", "_NET_WM_STATE_FULLSCREEN")

        app = start_app(at="2026-11-23 11:00:00")
        app.wait_for_log("break due: ")
        app.wait_for_log(r"reminder held: the user is busy \(x11-fullscreen\)")
        status = app.status()
        assert status["current_break"] is not None
        assert "reminder shown" not in app.log_text()  # held is logged instead of shown
        assert _displayed(desktop) == 0
        assert status["reminder_card_visible"] is False
        mark = app.log_mark()

        _set_prop(desktop, ["-id", window], "_NET_WM_STATE", "32a", "_NET_WM_STATE_ABOVE")
        _screensaver_inactive(desktop)
        app.wait_for_log(f"reminder shown: {status['current_break']['id']} ", after=mark)
        wait(
            lambda: _displayed(desktop) == 1 or app.status()["reminder_card_visible"],
            10,
            "the held reminder to show after full screen ended",
        )
        assert app.status()["current_break"]["id"] == status["current_break"]["id"]
    finally:
        _set_prop(desktop, ["-root"], "_NET_ACTIVE_WINDOW", "32x", "0")
        window_proc.terminate()
        window_proc.wait(5)
        desktop.procs.remove(window_proc)
