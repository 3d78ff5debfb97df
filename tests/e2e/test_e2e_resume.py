"""End to end: the machine sleeps for five hours; on waking, one catch-up break.

Suspend can't be done for real here, so the test plays both of its parts:

- the wall clock jumps: the app runs under libfaketime with a jumpable clock
  (``start_app(jumpable=True)``: an offset file the test rewrites, and
  ``DONT_FAKE_MONOTONIC``: the monotonic clock, like a real one across suspend on
  Linux, does not move);
- logind says so: ``PrepareForSleep(true)`` before and ``(false)`` after, sent on a
  private stand-in system bus.

Everything that fell due while "asleep" - prone holds, routine blocks, the day's
cat-camel and ankle pumps - must come as exactly one reminder, not a flood, and
nothing may be lost.
"""

from __future__ import annotations

import subprocess
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from helpers.fake_dbus import FakeService
from helpers.notifications import Notifications

pytestmark = pytest.mark.e2e

LOGIND_PATH = "/org/freedesktop/login1"
LOGIND_MANAGER = "org.freedesktop.login1.Manager"
FIVE_HOURS = 5 * 3600


class FakeLogind(FakeService):
    """Owns ``org.freedesktop.login1`` on the stand-in system bus and sends its signal."""

    def __init__(self, address: str) -> None:
        super().__init__(address, "org.freedesktop.login1")

    def prepare_for_sleep(self, sleeping: bool) -> None:
        self.emit(LOGIND_PATH, LOGIND_MANAGER, "PrepareForSleep", "b", (sleeping,))


@pytest.fixture
def logind(desktop: Any, tmp_path: Path) -> Iterator[FakeLogind]:
    """A private bus standing in for the system bus, with a "logind" on it."""
    address = f"unix:path={tmp_path / 'system_bus'}"
    proc = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--nopidfile", f"--address={address}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while not (tmp_path / "system_bus").exists():
        if time.monotonic() > deadline:
            proc.kill()
            pytest.fail("the stand-in system bus did not come up")
        time.sleep(0.02)
    old = desktop.env.get("DBUS_SYSTEM_BUS_ADDRESS")
    desktop.env["DBUS_SYSTEM_BUS_ADDRESS"] = address
    fake = FakeLogind(address)
    yield fake
    fake.close()
    if old is not None:
        desktop.env["DBUS_SYSTEM_BUS_ADDRESS"] = old
    proc.terminate()
    proc.wait(5)


def test_resume_after_five_hours_offers_one_catch_up_break(
    desktop: Any,
    start_app: Any,
    logind: FakeLogind,
    notifications: Notifications,
) -> None:
    """Monday 09:30 Berlin, default work hours: the app starts; at 14:30 (five hours of
    "suspend" later) the prone holds (every 2-3 h from 09:00) and the first routine
    blocks are long overdue. They must come as one catch-up reminder."""
    app = start_app(at="2026-11-23 09:30:00", jumpable=True, evening_enabled=False)
    app.assert_clock()
    # Answer whatever is due at start, so that only what falls due asleep is left.
    for _ in range(10):
        if app.status()["current_break"] is None:
            break
        desktop.backbreak("skip")
    assert app.status()["current_break"] is None
    notifications.clear()
    seen = len(notifications.seen)
    assert "logind" in str(app.status()["presence"]["sleep"])
    mark = app.log_mark()

    logind.prepare_for_sleep(True)
    app.jump_clock(FIVE_HOURS)
    logind.prepare_for_sleep(False)

    app.wait_for_log("logind: resumed", after=mark)
    line = app.wait_for_log("reminder shown: ", after=mark)
    caught_up = app.status()["current_break"]
    assert caught_up is not None and caught_up["id"] in line
    assert app.now() - app.started_at >= timedelta(hours=5)
    note = notifications.wait_for("Time for a break: ", timeout=10)
    assert note.summary.endswith(caught_up["title"])
    # A flood would follow at once: the driver re-checks within a second or two.
    notifications.ensure_none(within=3.0)
    assert app.log_text()[mark:].count("reminder shown: ") == 1, app.log_text()[mark:]
    assert len(notifications.seen) == seen + 1, "one reminder, not one per missed item"
    assert app.status()["current_break"]["id"] == caught_up["id"]
    # The overdue prone holds are in it, both of them: the cap on a break's length never
    # cuts a cadence's own dose (the sheet's two holds).
    assert "Prone holds" in caught_up["title"]
    assert {"prone-lying", "prone-on-elbows"} <= set(caught_up["exercises"])
