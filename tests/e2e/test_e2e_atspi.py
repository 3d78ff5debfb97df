"""The session window as a screen reader sees it: its accessibility tree read over the
real AT-SPI bus of the headless desktop.

at-spi2-core's bus launcher gives the a11y bus; Qt exposes the app's tree there when
``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1`` (no screen reader needs to be running). The tree
is read with jeepney, the D-Bus library the app already uses, through the registry's
``org.a11y.atspi.Accessible`` interface: each node's role, name and description."""

from __future__ import annotations

import contextlib
import shutil
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from helpers.headless_desktop import HeadlessDesktop, a11y_launcher, stop_process, wait_for

ACCESSIBLE = "org.a11y.atspi.Accessible"
REGISTRY = ("org.a11y.atspi.Registry", "/org/a11y/atspi/accessible/root")
MAX_NODES = 600

pytestmark = pytest.mark.skipif(
    a11y_launcher() is None, reason="at-spi2-core is not installed (at-spi-bus-launcher)"
)


@dataclass(frozen=True)
class Node:
    role: str
    name: str
    description: str
    depth: int


class AtspiReader:
    """Reads accessibility trees on one a11y bus connection."""

    def __init__(self, address: str) -> None:
        from jeepney.io.blocking import open_dbus_connection

        self.conn = open_dbus_connection(bus=address)

    def close(self) -> None:
        self.conn.close()

    def _call(self, bus: str, path: str, method: str) -> Any:
        from jeepney import DBusAddress, new_method_call

        addr = DBusAddress(path, bus_name=bus, interface=ACCESSIBLE)
        return self.conn.send_and_get_reply(new_method_call(addr, method), timeout=5).body[0]

    def _prop(self, bus: str, path: str, name: str) -> str:
        from jeepney import DBusAddress, Properties

        addr = DBusAddress(path, bus_name=bus, interface=ACCESSIBLE)
        reply = self.conn.send_and_get_reply(Properties(addr).get(name), timeout=5)
        return str(reply.body[0][1])

    def applications(self) -> list[tuple[str, str, str]]:
        """(bus name, path, application name) of every app the registry knows."""
        apps = []
        for bus, path in self._call(*REGISTRY, "GetChildren"):
            with contextlib.suppress(Exception):
                apps.append((bus, path, self._prop(bus, path, "Name")))
        return apps

    def walk(self, bus: str, path: str) -> list[Node]:
        """The tree under (bus, path), depth first, at most MAX_NODES nodes."""
        nodes: list[Node] = []
        stack = [(path, 0)]
        while stack and len(nodes) < MAX_NODES:
            here, depth = stack.pop()
            nodes.append(
                Node(
                    self._call(bus, here, "GetRoleName"),
                    self._prop(bus, here, "Name"),
                    self._prop(bus, here, "Description"),
                    depth,
                )
            )
            children = self._call(bus, here, "GetChildren")
            stack.extend((p, depth + 1) for _b, p in reversed(children))
        return nodes


@pytest.fixture
def session_tree(desktop: HeadlessDesktop) -> Iterator[Any]:
    """A demo session window (calf stretch) on the desktop, and a reader of its tree."""
    address = desktop.start_a11y()
    proc = desktop.spawn(
        [sys.executable, "-m", "backbreak.ui.session_window", "calf-stretch-lunge"],
        "atspi-session",
        QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
    )
    reader = AtspiReader(address)

    def app() -> tuple[str, str] | None:
        for bus, path, name in reader.applications():
            if "session_window" in name or "python" in name.lower():
                return bus, path
        return None

    try:
        found = wait_for(app, 20, "the session window on the AT-SPI registry")
        yield reader, found, proc
    finally:
        reader.close()
        stop_process(proc)


def _press(desktop: HeadlessDesktop, key: str) -> None:
    if shutil.which("xdotool") is None:
        pytest.skip("xdotool is not installed")
    found = desktop.run(["xdotool", "search", "--name", "Demo break"])
    window = found.stdout.split()[0]
    desktop.run(["xdotool", "windowfocus", "--sync", window])
    desktop.run(["xdotool", "key", "--window", window, key])


def test_session_window_tree_has_named_controls(
    desktop: HeadlessDesktop, session_tree: Any
) -> None:
    reader, (bus, path), _proc = session_tree

    def with_buttons() -> list[Node] | None:
        nodes = reader.walk(bus, path)
        return nodes if any(n.role == "push button" for n in nodes) else None

    nodes = wait_for(with_buttons, 10, "push buttons in the tree")
    buttons = [n for n in nodes if n.role == "push button"]
    assert buttons and all(n.name for n in buttons), buttons
    assert any(n.name.startswith("Next") and n.description.startswith("Key: ") for n in buttons)
    window = [n for n in nodes if n.depth == 1]
    assert [n.name for n in window] == ["Guided exercise session"]
    assert [n.role for n in window] == ["frame"], "a window, not a 'filler'"
    labels = {n.name for n in nodes if n.role == "label"}
    assert {"Demo break", "Time left"} <= labels
    assert any(n.role == "progress bar" and n.name for n in nodes)

    _press(desktop, "space")  # intro -> get ready: the countdown shows

    def announced() -> Node | None:
        for n in reader.walk(bus, path):
            if n.name == "Time left" and n.description.startswith("Get ready: "):
                return n
        return None

    label = wait_for(announced, 10, "the countdown announcing the get-ready step")
    assert label.role == "label"
