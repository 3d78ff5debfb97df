"""The X11 backends against a real (headless) X server: Xvfb, xdotool and xprop.

Skipped with the reason when Xvfb or the X tools are missing.
"""

from __future__ import annotations

import subprocess
import threading
from typing import Any

import pytest

from backbreak.desktop.busy import X11FullscreenDetector
from backbreak.desktop.idle import X11IdleMonitor, choose_idle_monitor


def _wait_until(check: object, seconds: float) -> bool:
    """Poll ``check()`` on a real external process; not a stand-in for an injected clock."""
    stop = threading.Event()
    for _ in range(int(seconds / 0.02)):
        if check():  # type: ignore[operator]
            return True
        stop.wait(0.02)
    return False


def test_mouse_input_resets_idle_time(xvfb: str) -> None:
    """Idle time grows without input and drops back to ~0 on a pointer move (via XTest)."""
    monitor = X11IdleMonitor()
    assert monitor.available(), monitor.reason
    assert _wait_until(lambda: (monitor.idle_seconds() or 0) >= 0.3, 5), "idle time never grew"
    before = monitor.idle_seconds()
    subprocess.run(["xdotool", "mousemove", "20", "30"], check=True)
    after = monitor.idle_seconds()
    assert before is not None and after is not None
    assert after < 0.25 < before


def test_x11_is_chosen_on_a_plain_x_session(xvfb: str) -> None:
    """No GNOME/KDE services here: the X server is the idle source."""
    monitor = choose_idle_monitor([X11IdleMonitor()], environ={}).backend
    assert monitor.name == "x11-xss"


def test_fullscreen_active_window_means_busy(x_window: Any) -> None:
    """A full-screen active window (EWMH) holds reminders; normal state does not."""
    detector = X11FullscreenDetector()
    assert detector.available(), detector.reason
    assert not detector.is_busy()  # no window manager, no active window
    x_window.activate()
    assert not detector.is_busy()
    x_window.set_state("_NET_WM_STATE_FULLSCREEN")
    assert detector.is_busy()
    x_window.set_state("_NET_WM_STATE_ABOVE")
    assert not detector.is_busy()


def test_active_window_that_vanished_is_not_busy(xvfb: str) -> None:
    """A stale _NET_ACTIVE_WINDOW (BadWindow) must not kill the app through Xlib's handler."""
    subprocess.run(
        [
            "xprop",
            "-root",
            "-f",
            "_NET_ACTIVE_WINDOW",
            "32x",
            "-set",
            "_NET_ACTIVE_WINDOW",
            "0x3fff",
        ],
        check=True,
    )
    detector = X11FullscreenDetector()
    assert detector.available()
    assert not detector.is_busy()


@pytest.mark.parametrize("name", [":1999"])
def test_display_that_does_not_exist(name: str) -> None:
    monitor = X11IdleMonitor(name)
    assert not monitor.available()
    assert "cannot open" in monitor.reason
