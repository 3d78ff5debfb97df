"""Fixtures for the presence tests: a private D-Bus bus with small fake services, and Xvfb.

The fake services are plain jeepney connections served from a thread, so no
dbus-python or GLib is needed. Everything started here is stopped by its own PID.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import shutil
import signal
import subprocess
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from helpers.fake_dbus import FakeService

PR_SET_PDEATHSIG = 1


def _free_display() -> int:
    for n in range(140, 200):
        if not Path(f"/tmp/.X{n}-lock").exists() and not Path(f"/tmp/.X11-unix/X{n}").exists():
            return n
    raise RuntimeError("no free X display number")


def _die_with_parent() -> None:
    """In the child before exec: get SIGTERM when the test process dies, even by a crash
    that skips fixture teardown (Linux prctl PR_SET_PDEATHSIG; a no-op elsewhere)."""
    libc = ctypes.util.find_library("c")
    if libc:
        ctypes.CDLL(libc).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.stdout is not None:
        proc.stdout.close()
    proc.terminate()
    try:
        proc.wait(timeout=3)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


@pytest.fixture
def private_bus() -> Iterator[str]:
    """The address of a fresh session-policy dbus-daemon, gone after the test."""
    if shutil.which("dbus-daemon") is None:
        pytest.skip("dbus-daemon is not installed (apt-get install dbus)")
    folder = Path(tempfile.mkdtemp(prefix="bb-bus-"))  # short: socket paths max ~107 bytes
    sock = folder / "bus"
    proc = subprocess.Popen(
        [
            "dbus-daemon",
            "--session",
            "--nofork",
            "--nopidfile",
            f"--address=unix:path={sock}",
            "--print-address",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        preexec_fn=_die_with_parent,
    )
    assert proc.stdout is not None
    address = proc.stdout.readline().decode().strip()  # printed once it listens
    if not address:
        _stop(proc)
        pytest.fail("dbus-daemon printed no address")
    yield address
    _stop(proc)
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def client(private_bus: str) -> Iterator[Any]:
    """A ``BusClient`` on the private bus, closed after the test."""
    from backbreak.desktop.dbus_util import BusClient

    bus_client = BusClient(private_bus)
    yield bus_client
    bus_client.close()


@pytest.fixture
def fake_service(private_bus: str) -> Iterator[Callable[[str], FakeService]]:
    """A factory: ``fake_service("org.example.Name")`` owns that name on the private bus."""
    started: list[FakeService] = []

    def make(name: str) -> FakeService:
        service = FakeService(private_bus, name)
        started.append(service)
        return service

    yield make
    for service in started:
        service.close()


@pytest.fixture
def xvfb(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A private Xvfb (with MIT-SCREEN-SAVER, as Xvfb has by default); yields ``:N``."""
    for tool in ("Xvfb", "xdotool", "xprop", "xmessage"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed (apt-get install xvfb xdotool x11-utils)")
    from backbreak.desktop.xlib import open_display

    n = _free_display()
    display = f":{n}"
    proc = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "640x480x24", "-nolisten", "tcp", "-noreset"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        preexec_fn=_die_with_parent,
    )
    # wait until the server takes connections (it reports nothing else)
    probe = None
    for _ in range(200):
        if proc.poll() is not None:
            break
        probe = open_display(display)
        if probe is not None:
            break
        threading.Event().wait(0.025)
    if probe is None:
        _stop(proc)
        pytest.skip("Xvfb did not start")
    probe.close()
    monkeypatch.setenv("DISPLAY", display)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("XDG_SESSION_TYPE", "x11")
    yield display
    _stop(proc)


def xprop_set(target: list[str], prop: str, fmt: str, value: str) -> None:
    """Set a 32-bit property as a window manager would (xprop sets one value)."""
    subprocess.run(["xprop", *target, "-f", prop, fmt, "-set", prop, value], check=True)


class XWindow:
    """A real top-level window (xmessage) for which the test plays window manager."""

    def __init__(self, window_id: str) -> None:
        self.id = window_id

    def activate(self) -> None:
        xprop_set(["-root"], "_NET_ACTIVE_WINDOW", "32x", self.id)

    def set_state(self, atom: str) -> None:
        """Replace ``_NET_WM_STATE`` with one atom, e.g. ``_NET_WM_STATE_FULLSCREEN``."""
        xprop_set(["-id", self.id], "_NET_WM_STATE", "32a", atom)


@pytest.fixture
def x_window(xvfb: str) -> Iterator[XWindow]:
    """An xmessage window on the private Xvfb, closed after the test."""
    name = "bbpresence"
    proc = subprocess.Popen(
        ["xmessage", "-name", name, "backbreak test window"], preexec_fn=_die_with_parent
    )
    try:
        found = subprocess.run(
            ["xdotool", "search", "--sync", "--classname", name],
            capture_output=True,
            text=True,
            timeout=10,
            check=True,
        )
        yield XWindow(found.stdout.split()[0])
    finally:
        _stop(proc)
