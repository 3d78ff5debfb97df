"""End to end: the machine sleeps for five hours; on waking, one catch-up break.

Suspend can't be done for real here, so the test plays both of its parts:

- the wall clock jumps: the app runs under libfaketime, whose offset file the test
  rewrites (``DONT_FAKE_MONOTONIC``: the monotonic clock, like a real one across
  suspend on Linux, does not move);
- logind says so: ``PrepareForSleep(true)`` before and ``(false)`` after, sent on a
  private stand-in system bus.

Everything that fell due while "asleep" - prone holds, routine blocks, the day's
cat-camel and ankle pumps - must come as exactly one reminder, not a flood, and
nothing may be lost.
"""

from __future__ import annotations

import glob
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from helpers.fake_dbus import FakeService

pytestmark = pytest.mark.e2e

LOGIND_PATH = "/org/freedesktop/login1"
LOGIND_MANAGER = "org.freedesktop.login1.Manager"
FIVE_HOURS = 5 * 3600


def libfaketime() -> str | None:
    found = sorted(glob.glob("/usr/lib/*/faketime/libfaketime.so.1"))
    return found[0] if found else None


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


def notifications_seen(desktop: Any) -> int:
    """Shown now plus shown before (dunst keeps closed ones in its history)."""
    counts = [
        desktop.run(["dunstctl", "count", which]).stdout.strip()
        for which in ("displayed", "history")
    ]
    return sum(int(c or 0) for c in counts)


def test_resume_after_five_hours_offers_one_catch_up_break(
    desktop: Any,
    start_app: Any,
    app_at_noon: None,
    all_day: dict[str, Any],
    wait: Any,
    logind: FakeLogind,
    tmp_path: Path,
) -> None:
    preload = libfaketime()
    if preload is None or shutil.which("dunstctl") is None:
        pytest.skip("libfaketime (Debian package faketime) is not installed")
    offset = tmp_path / "faketime"
    offset.write_text("+0\n")
    desktop.env.update(
        LD_PRELOAD=preload,
        FAKETIME_TIMESTAMP_FILE=str(offset),
        FAKETIME_NO_CACHE="1",
        DONT_FAKE_MONOTONIC="1",
    )
    try:
        app = start_app(**all_day, evening_enabled=False)
        # Answer whatever is due at start, so that only what falls due asleep is left.
        for _ in range(10):
            if app.status()["current_break"] is None:
                break
            desktop.backbreak("skip")
        assert app.status()["current_break"] is None
        desktop.run(["dunstctl", "close-all"])
        desktop.run(["dunstctl", "history-clear"])
        before = notifications_seen(desktop)
        assert "logind PrepareForSleep" in str(app.status()["presence"]["sleep and lock"])

        logind.prepare_for_sleep(True)
        offset.write_text(f"+{FIVE_HOURS}\n")
        logind.prepare_for_sleep(False)

        status = wait(lambda: (s := app.status())["current_break"] and s, 10, "a catch-up break")
        wait(lambda: notifications_seen(desktop) > before, 10, "the catch-up reminder")
        time.sleep(2.0)  # a flood would be on screen by now
        assert notifications_seen(desktop) == before + 1, "one reminder, not one per missed item"
        caught_up = app.status()["current_break"]
        assert caught_up["id"] == status["current_break"]["id"]
        exercises = set(caught_up["exercises"])
        assert {"prone-lying", "prone-on-elbows"} <= exercises, "the overdue prone holds"
        assert "Traceback" not in app.log_text()
    finally:
        for key in (
            "LD_PRELOAD",
            "FAKETIME_TIMESTAMP_FILE",
            "FAKETIME_NO_CACHE",
            "DONT_FAKE_MONOTONIC",
        ):
            desktop.env.pop(key, None)
