"""The real app on a real (headless) desktop: tray icon, notification with buttons,
click to start, single instance, quit. See conftest.py for the desktop and the
faked clock each app starts on."""

from __future__ import annotations

import os
import shutil
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from helpers.notifications import Notifications

from backbreak import APP_ID

pytestmark = pytest.mark.e2e


def app_items(desktop: Any) -> list[str]:
    """Tray items registered by backbreak (Qt names its item path StatusNotifierItem)."""
    return [i for i in desktop.tray_items() if i.endswith("/StatusNotifierItem")]


def assert_nothing_due_before_work(app: Any) -> dict[str, Any]:
    """At the default moment (Monday 08:30 Berlin, work from 09:00) the app runs on the
    faked clock, nothing is due, and the next break is later that working day."""
    now = app.assert_clock()
    status = app.status()
    assert status["current_break"] is None, status
    nxt = datetime.fromisoformat(status["next_break"]["due"])
    assert nxt.date() == now.date() and nxt.hour >= 9, f"next break at {nxt}"
    return status


def test_tray_icon_registers_and_second_launch_adds_none(desktop: Any, start_app: Any) -> None:
    """Monday 08:30 (nothing due): the icon reaches the tray host, idle; a second
    `backbreak` hands over to the running app instead of adding an icon."""
    app = start_app()
    desktop.wait_for(lambda: len(app_items(desktop)) == 1, 10, "the tray item to register")
    status = assert_nothing_due_before_work(app)
    assert status["tray"] is True
    app.wait_for_log(r"started; the clock says 2026-11-23T08:3\d:\d\d\+01:00")
    mark = app.log_mark()
    second = desktop.backbreak(timeout=15)
    assert second.returncode == 0, second.stderr
    assert "already running" in second.stdout + second.stderr
    app.wait_for_log("activated by another launch", after=mark)
    assert len(app_items(desktop)) == 1
    assert app.proc.poll() is None


def test_remind_notifies_with_buttons_and_click_opens_session(
    desktop: Any, start_app: Any, notifications: Notifications
) -> None:
    """Monday 08:30, nothing due yet, so `backbreak remind` brings the next break
    forward: a first reminder ("Time for a break", not "Still waiting") with
    Start/Snooze/Skip; clicking it starts that break's session."""
    app = start_app()
    planned = assert_nothing_due_before_work(app)["next_break"]
    result = desktop.backbreak("remind")
    assert result.returncode == 0, result.stderr
    note = notifications.wait_for("Time for a break: ")
    assert note.app_name == "backbreak" and note.summary.endswith(planned["title"])
    assert note.actions == {
        "default": "Start",
        "start": "Start",
        "snooze": "Snooze",
        "skip": "Skip",
    }
    assert note.hints["desktop-entry"] == ("s", APP_ID)
    notifications.wait_displayed(1)
    assert app.status()["session_open"] is False
    notifications.click()
    status = desktop.wait_for(
        lambda: (s := app.status())["session_open"] and s, 10, "the session window to open"
    )
    assert status["session_break"] == planned["id"]
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


def test_a_break_falls_due_by_itself_on_a_fast_clock(
    desktop: Any, start_app: Any, notifications: Notifications
) -> None:
    """Monday 10:05, the day's first break is planned for 10:20; at 60x speed it falls
    due in about 15 real seconds, with no command: the reminder comes on its own, and a
    click on it opens the session (the "day in the life" path: timer, engine, notifier).
    The 15 s margin is for start-up on a loaded machine: the app must be answering
    before 10:20 for the "nothing due yet" check to mean anything."""
    app = start_app(at="2026-11-23 10:05:00", speed=60)
    status = app.status()
    assert status["current_break"] is None, "nothing is due before 10:20"
    due = datetime.fromisoformat(status["next_break"]["due"])
    assert (due.hour, due.minute) == (10, 20), due
    note = notifications.wait_for("Time for a break: ", timeout=40)
    assert note.summary.endswith(status["next_break"]["title"])
    assert app.now() >= due
    notifications.wait_displayed(1)
    notifications.click()
    desktop.wait_for(lambda: app.status()["session_open"], 10, "the session window to open")


def test_quit_ends_the_app(desktop: Any, start_app: Any) -> None:
    """Monday 08:30 (nothing due): quit ends the process cleanly, and its tray item and
    control socket go with it."""
    app = start_app()
    desktop.wait_for(lambda: len(app_items(desktop)) == 1, 10, "the tray item to register")
    assert_nothing_due_before_work(app)
    result = desktop.backbreak("quit")
    assert result.returncode == 0 and "quitting" in result.stdout
    assert app.proc.wait(10) == 0
    desktop.wait_for(lambda: not app_items(desktop), 5, "the tray item to go away")
    after = desktop.backbreak("status")
    assert after.returncode == 1 and "not running" in after.stdout


def _visible_windows(desktop: Any, *args: str) -> list[str]:
    found = desktop.run(["xdotool", "search", "--onlyvisible", *args])
    return found.stdout.split()


def _distinct_colours(desktop: Any, path: Path, geometry: str) -> int:
    """How many colours a region of a screenshot has (a painted window has many)."""
    result = desktop.run(
        ["convert", str(path), "-crop", geometry, "+repage", "-format", "%k", "info:"]
    )
    assert result.returncode == 0, result.stderr
    return int(result.stdout.strip())


def _screenshot_painted(desktop: Any, path: Path, window: str) -> None:
    """Screenshot the screen until ``window``'s area is painted (text, buttons: many
    colours), for up to 5 s: a window can be mapped before it is drawn."""
    geometry = desktop.run(["xdotool", "getwindowgeometry", "--shell", window]).stdout
    g = dict(line.split("=", 1) for line in geometry.split())
    area = f"{g['WIDTH']}x{g['HEIGHT']}+{g['X']}+{g['Y']}"
    desktop.wait_for(
        lambda: desktop.screenshot(path) and _distinct_colours(desktop, path, area) > 8,
        5,
        f"window {window} to be painted in {path.name}",
    )


@pytest.mark.skipif(not shutil.which("xdotool"), reason="xdotool is needed to open the menu")
@pytest.mark.skipif(not shutil.which("import"), reason="imagemagick's import takes screenshots")
def test_screenshots_of_card_and_tray_menu(desktop: Any, start_app: Any, tmp_path: Path) -> None:
    """Monday 08:30 (nothing due, so the card shows the reminder asked for). Screenshots
    to look at (kept in $BACKBREAK_SHOTS_DIR when set): the reminder card, shown without
    taking focus, and the tray menu opened with a click; each must show a painted
    window, not an empty screen."""
    shots = Path(os.environ.get("BACKBREAK_SHOTS_DIR", tmp_path))
    shots.mkdir(parents=True, exist_ok=True)
    app = start_app(notification_style="both")
    desktop.wait_for(lambda: len(app_items(desktop)) == 1, 10, "the tray item to register")
    assert desktop.backbreak("remind").returncode == 0
    desktop.wait_for(lambda: app.status()["reminder_card_visible"], 5, "the reminder card")
    card = desktop.wait_for(
        lambda: _visible_windows(desktop, "--name", "backbreak reminder"), 5, "the card's window"
    )[0]
    app.wait_for_log("reminder shown: .* on the card")
    _screenshot_painted(desktop, shots / "reminder-card.png", card)

    before = set(_visible_windows(desktop, "--class", "backbreak"))
    width = int(desktop.run(["xdotool", "getdisplaygeometry"]).stdout.split()[0])
    desktop.run(["xdotool", "mousemove", str(width - 14), "14", "click", "1"])
    menu = desktop.wait_for(
        lambda: set(_visible_windows(desktop, "--class", "backbreak")) - before, 5, "the menu"
    )
    _screenshot_painted(desktop, shots / "tray-menu.png", min(menu))
    desktop.run(["xdotool", "key", "Escape"])


def test_no_tray_then_tray_appears(
    desktop: Any, start_app: Any, notifications: Notifications
) -> None:
    """Monday 08:30 (nothing due, so only the reminder asked for shows). Without a tray
    host the app shows its window, and a reminder still reaches the user: with the
    "both" style as a notification and on the card, which needs no icon. When a
    StatusNotifierWatcher appears later, the icon is created and registers."""
    desktop.stop_panel()
    try:
        app = start_app(notification_style="both")
        status = assert_nothing_due_before_work(app)
        assert status["tray"] is False
        if shutil.which("xdotool"):
            desktop.wait_for(
                lambda: _visible_windows(desktop, "--name", "^backbreak$"), 5, "the no-tray window"
            )
        assert desktop.backbreak("remind").returncode == 0
        line = app.wait_for_log("reminder shown: ")
        assert line.endswith("as a notification on the card"), line
        assert notifications.wait_for("Time for a break: ")
        notifications.wait_displayed(1)
        assert app.status()["reminder_card_visible"] is True
        if shutil.which("xdotool"):
            desktop.wait_for(
                lambda: _visible_windows(desktop, "--name", "backbreak reminder"),
                5,
                "the card's window",
            )
    finally:
        desktop.start_panel()
    desktop.wait_for(lambda: app.status()["tray"], 10, "the app to notice the tray")
    desktop.wait_for(lambda: len(app_items(desktop)) == 1, 10, "the tray item to register")


def test_config_set_reaches_the_running_app(
    desktop: Any, start_app: Any, notifications: Notifications
) -> None:
    """Monday 08:30 (nothing due, so only the reminder asked for shows). A setting
    changed from the shell applies at once: the card-only style shows the card and
    sends no desktop notification."""
    app = start_app()
    assert_nothing_due_before_work(app)
    changed = desktop.backbreak("config", "set", "notification_style", "card")
    assert changed.returncode == 0, changed.stderr
    desktop.wait_for(lambda: app.status()["notification_style"] == "card", 5, "the app to reload")
    mark = app.log_mark()
    assert desktop.backbreak("remind").returncode == 0
    line = app.wait_for_log("reminder shown: ", after=mark)
    assert line.endswith("on the card") and "as a notification" not in line, line
    assert app.status()["reminder_card_visible"]
    notifications.ensure_none(within=0.5)  # the Notify call would have been sent before the log
    assert notifications.displayed() == 0


def test_the_app_clock_follows_the_chosen_zone(start_app: Any) -> None:
    """The same wall moment in two zones: the app's clock, and so the plan, follow TZ
    (the engine, tray and history read one clock in one local zone)."""
    berlin = start_app(at="2026-11-23 08:30:00", tz="Europe/Berlin")
    assert berlin.assert_clock().utcoffset() == timedelta(hours=1)
    desktop_quit = berlin.desktop.backbreak("quit")
    assert desktop_quit.returncode == 0
    assert berlin.proc.wait(10) == 0
    adak = start_app(at="2026-11-23 08:30:00", tz="America/Adak")
    now = adak.assert_clock()
    assert now.utcoffset() == timedelta(hours=-10)
    nxt = datetime.fromisoformat(adak.status()["next_break"]["due"])
    assert nxt.utcoffset() == timedelta(hours=-10) and nxt.hour >= 9
