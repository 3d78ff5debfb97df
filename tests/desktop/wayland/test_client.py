"""The Wayland client against a fake compositor: globals, binds, errors, lost connections."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.fake_wayland import FakeCompositor

from backbreak.desktop.wayland import WaylandClient, WaylandError, socket_path
from backbreak.desktop.wayland.wire import uint


def test_the_socket_is_found_in_the_runtime_folder() -> None:
    env = {"WAYLAND_DISPLAY": "wayland-1", "XDG_RUNTIME_DIR": "/run/user/7"}
    assert socket_path(env) == Path("/run/user/7/wayland-1")
    assert socket_path({"WAYLAND_DISPLAY": "/tmp/w"}) == Path("/tmp/w")
    assert socket_path({"XDG_RUNTIME_DIR": "/run/user/7"}) is None


def test_outside_wayland_connect_says_so() -> None:
    with pytest.raises(WaylandError, match="not a Wayland session"):
        WaylandClient.connect({})


def test_a_missing_socket_is_reported(tmp_path: Path) -> None:
    env = {"WAYLAND_DISPLAY": "wayland-9", "XDG_RUNTIME_DIR": str(tmp_path)}
    with pytest.raises(WaylandError, match="cannot connect"):
        WaylandClient.connect(env)


def test_globals_are_read_and_bound_at_the_version_both_know() -> None:
    fake = FakeCompositor({"wl_seat": 7, "ext_idle_notifier_v1": 1})
    client = fake.connect()
    assert set(client.globals) == {"wl_seat", "ext_idle_notifier_v1"}
    seat = client.bind("wl_seat", 1)
    client.roundtrip()
    assert fake.binds["wl_seat"] == seat
    assert fake.bind_versions["wl_seat"] == 1


def test_a_protocol_error_ends_the_client() -> None:
    fake = FakeCompositor({"wl_seat": 1}, error_on="wl_seat")
    client = fake.connect()
    seat = client.bind("wl_seat", 1)
    client.send(seat, 0, uint(1))
    with pytest.raises(WaylandError, match="protocol error 0 on object"):
        client.roundtrip()
    assert not client.dispatch_pending()


def test_a_closed_compositor_is_noticed() -> None:
    fake = FakeCompositor({})
    client = fake.connect()
    assert client.dispatch_pending()
    fake.close()
    assert not client.dispatch_pending()
    assert "closed" in client.error or "lost" in client.error
