"""The real app on a real (headless) desktop: tray icon, notification with buttons,
click to start, single instance, quit. See conftest.py for the desktop."""

from __future__ import annotations

import contextlib
import os
import shutil
import time
from pathlib import Path
from typing import Any

import pytest

from backbreak import APP_ID

pytestmark = pytest.mark.e2e

NOTIFY_RULE = "type='method_call',interface='org.freedesktop.Notifications',member='Notify'"


def app_items(desktop: Any) -> list[str]:
    """Tray items registered by backbreak (Qt names its item path StatusNotifierItem)."""
    return [i for i in desktop.tray_items() if i.endswith("/StatusNotifierItem")]


class NotifyMonitor:
    """Watches the session bus for Notify calls, as the notification server gets them."""

    def __init__(self, desktop: Any) -> None:
        from jeepney import DBusAddress, new_method_call

        self.conn = desktop.connect()
        monitoring = DBusAddress(
            "/org/freedesktop/DBus",
            bus_name="org.freedesktop.DBus",
            interface="org.freedesktop.DBus.Monitoring",
        )
        self.conn.send_and_get_reply(
            new_method_call(monitoring, "BecomeMonitor", "asu", ([NOTIFY_RULE], 0)), timeout=3
        )

    def next_notify(self, timeout: float = 10.0) -> tuple[Any, ...]:
        from jeepney.low_level import HeaderFields

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                msg = self.conn.receive(timeout=max(0.05, deadline - time.monotonic()))
            except TimeoutError:
                break
            if msg.header.fields.get(HeaderFields.member) == "Notify":
                return tuple(msg.body)
        raise AssertionError("no Notify call reached the bus")

    def close(self) -> None:
        self.conn.close()


def test_tray_icon_registers_and_second_launch_adds_none(desktop: Any, start_app: Any) -> None:
    """The icon reaches the tray host; a second `backbreak` hands over instead."""
    app = start_app()
    desktop.wait_for(lambda: len(app_items(desktop)) == 1, 10, "the tray item to register")
    assert app.status()["tray"] is True
    second = desktop.backbreak(timeout=15)
    assert second.returncode == 0, second.stderr
    assert "already running" in second.stdout + second.stderr
    time.sleep(0.5)  # give a stray second icon time to show up, if there were one
    assert len(app_items(desktop)) == 1
    assert app.proc.poll() is None


def test_remind_notifies_with_buttons_and_click_opens_session(desktop: Any, start_app: Any) -> None:
    """`backbreak remind` -> a notification with Start/Snooze/Skip; clicking it starts."""
    app = start_app()
    monitor = NotifyMonitor(desktop)
    try:
        result = desktop.backbreak("remind")
        assert result.returncode == 0, result.stderr
        body = monitor.next_notify()
    finally:
        monitor.close()
    app_name, _replaces, _icon, summary, _text, actions, hints, _timeout = body
    assert app_name == "backbreak" and summary.startswith("Time for a break: ")
    pairs = dict(zip(actions[::2], actions[1::2], strict=True))
    assert pairs == {"default": "Start", "start": "Start", "snooze": "Snooze", "skip": "Skip"}
    assert hints["desktop-entry"] == ("s", APP_ID)
    desktop.wait_for(
        lambda: desktop.run(["dunstctl", "count", "displayed"]).stdout.strip() == "1",
        5,
        "dunst to display the notification",
    )
    assert app.status()["session_open"] is False
    assert desktop.run(["dunstctl", "action", "0"]).returncode == 0
    status = desktop.wait_for(
        lambda: (s := app.status())["session_open"] and s, 10, "the session window to open"
    )
    assert status["session_break"]
    if shutil.which("xdotool"):
        found = desktop.run(["xdotool", "search", "--onlyvisible", "--name", "backbreak"])
        assert found.stdout.strip(), "no visible backbreak window"
        # No window manager to give it focus: do it by hand. Esc asks "end now?", Esc
        # again ends early, a last Esc closes the summary.
        window = found.stdout.split()[-1]

        def press_escape_until_closed() -> bool:
            desktop.run(["xdotool", "windowfocus", window, "key", "Escape"])
            return not app.status()["session_open"]

        desktop.wait_for(press_escape_until_closed, 10, "the session to close")
        assert app.proc.poll() is None, "closing the session must not end the app"


def test_quit_ends_the_app(desktop: Any, start_app: Any) -> None:
    app = start_app()
    desktop.wait_for(lambda: len(app_items(desktop)) == 1, 10, "the tray item to register")
    result = desktop.backbreak("quit")
    assert result.returncode == 0 and "quitting" in result.stdout
    assert app.proc.wait(10) == 0
    desktop.wait_for(lambda: not app_items(desktop), 5, "the tray item to go away")
    after = desktop.backbreak("status")
    assert after.returncode == 1 and "not running" in after.stdout


@pytest.mark.skipif(not shutil.which("xdotool"), reason="xdotool is needed to open the menu")
@pytest.mark.skipif(not shutil.which("import"), reason="imagemagick's import takes screenshots")
def test_screenshots_of_card_and_tray_menu(desktop: Any, start_app: Any, tmp_path: Path) -> None:
    """Screenshots to look at (kept in $BACKBREAK_SHOTS_DIR when set): the reminder
    card, shown without taking focus, and the tray menu opened with a click."""
    shots = Path(os.environ.get("BACKBREAK_SHOTS_DIR", tmp_path))
    shots.mkdir(parents=True, exist_ok=True)
    app = start_app(notification_style="both")
    desktop.wait_for(lambda: len(app_items(desktop)) == 1, 10, "the tray item to register")
    assert desktop.backbreak("remind").returncode == 0
    desktop.wait_for(lambda: app.status()["reminder_card_visible"], 5, "the reminder card")
    desktop.wait_for(
        lambda: desktop.run(
            ["xdotool", "search", "--onlyvisible", "--name", "backbreak reminder"]
        ).stdout.strip(),
        5,
        "the card's window",
    )
    time.sleep(0.3)  # let it paint
    assert desktop.screenshot(shots / "reminder-card.png")
    width = int(desktop.run(["xdotool", "getdisplaygeometry"]).stdout.split()[0])
    desktop.run(["xdotool", "mousemove", str(width - 14), "14", "click", "1"])
    with contextlib.suppress(AssertionError):
        desktop.wait_for(
            lambda: (
                desktop.run(
                    ["xdotool", "search", "--onlyvisible", "--class", "backbreak"]
                ).stdout.count("\n")
                > 1
            ),
            3,
            "the menu",
        )
    time.sleep(0.3)
    assert desktop.screenshot(shots / "tray-menu.png")


def test_no_tray_then_tray_appears(desktop: Any, start_app: Any) -> None:
    """Without a tray host the app shows its window; when a StatusNotifierWatcher
    appears later, the icon is created and registers."""
    desktop.stop_panel()
    try:
        app = start_app()
        status = app.status()
        assert status["tray"] is False
        if shutil.which("xdotool"):
            desktop.wait_for(
                lambda: desktop.run(
                    ["xdotool", "search", "--onlyvisible", "--name", "^backbreak$"]
                ).stdout.strip(),
                5,
                "the no-tray window",
            )
        assert desktop.backbreak("remind").returncode == 0
    finally:
        desktop.start_panel()
    desktop.wait_for(lambda: app.status()["tray"], 10, "the app to notice the tray")
    desktop.wait_for(lambda: len(app_items(desktop)) == 1, 10, "the tray item to register")


def test_config_set_reaches_the_running_app(desktop: Any, start_app: Any) -> None:
    """A setting changed from the shell applies at once: the card-only style shows the
    card and sends no desktop notification."""
    app = start_app()
    changed = desktop.backbreak("config", "set", "notification_style", "card")
    assert changed.returncode == 0, changed.stderr
    desktop.wait_for(lambda: app.status()["notification_style"] == "card", 5, "the app to reload")
    assert desktop.backbreak("remind").returncode == 0
    assert app.status()["reminder_card_visible"]
    assert desktop.run(["dunstctl", "count", "displayed"]).stdout.strip() == "0"
