"""The wlroots full-screen detector against a fake compositor's toplevel events."""

from __future__ import annotations

from helpers.fake_wayland import FakeCompositor

from backbreak.desktop.busy import default_busy_candidates
from backbreak.desktop.busy.wlr_toplevel import (
    HANDLE_CLOSED,
    HANDLE_DESTROY,
    HANDLE_DONE,
    HANDLE_STATE,
    MANAGER,
    MANAGER_TOPLEVEL,
    STATE_ACTIVATED,
    STATE_FULLSCREEN,
    WlrToplevelFullscreenDetector,
)
from backbreak.desktop.wayland.wire import array, uint

MAXIMIZED = 0


def _states(*states: int) -> bytes:
    return array(b"".join(uint(s) for s in states))


def _ready() -> tuple[FakeCompositor, WlrToplevelFullscreenDetector]:
    fake = FakeCompositor({MANAGER: 3})
    detector = WlrToplevelFullscreenDetector(connect=fake.connect)
    assert detector.available(), detector.reason
    return fake, detector


def _toplevel(fake: FakeCompositor, *states: int) -> int:
    handle = fake.server_id()
    fake.send(fake.binds[MANAGER], MANAGER_TOPLEVEL, uint(handle))
    fake.send(handle, HANDLE_STATE, _states(*states))
    fake.send(handle, HANDLE_DONE)
    return handle


def test_the_activated_full_screen_window_means_busy() -> None:
    fake, detector = _ready()
    assert fake.bind_versions[MANAGER] == 3
    assert not detector.is_busy()
    _toplevel(fake, STATE_ACTIVATED, STATE_FULLSCREEN)
    assert detector.is_busy()


def test_full_screen_in_the_background_or_maximized_is_not_busy() -> None:
    fake, detector = _ready()
    _toplevel(fake, STATE_FULLSCREEN)
    _toplevel(fake, STATE_ACTIVATED, MAXIMIZED)
    assert not detector.is_busy()


def test_a_state_counts_only_once_done() -> None:
    fake, detector = _ready()
    handle = _toplevel(fake, STATE_ACTIVATED)
    fake.send(handle, HANDLE_STATE, _states(STATE_ACTIVATED, STATE_FULLSCREEN))
    assert not detector.is_busy()
    fake.send(handle, HANDLE_DONE)
    assert detector.is_busy()


def test_a_closed_window_is_forgotten_and_destroyed() -> None:
    fake, detector = _ready()
    handle = _toplevel(fake, STATE_ACTIVATED, STATE_FULLSCREEN)
    assert detector.is_busy()
    fake.send(handle, HANDLE_CLOSED)
    assert not detector.is_busy()
    fake.wait_for_request(lambda m: m.object_id == handle and m.opcode == HANDLE_DESTROY)


def test_without_the_protocol_the_reason_points_to_do_not_disturb() -> None:
    detector = WlrToplevelFullscreenDetector(connect=FakeCompositor({"wl_seat": 1}).connect)
    assert not detector.available()
    assert MANAGER in detector.reason and "do-not-disturb" in detector.reason
    assert not detector.is_busy()


def test_outside_wayland_the_detector_refuses() -> None:
    detector = WlrToplevelFullscreenDetector(environ={})
    assert not detector.available()
    assert "not a Wayland session" in detector.reason


def test_the_detector_is_a_candidate_only_in_a_wayland_session() -> None:
    assert default_busy_candidates({"WAYLAND_DISPLAY": "w"})[0].name == "wlr-foreign-toplevel"
    assert "wlr-foreign-toplevel" not in [d.name for d in default_busy_candidates({})]
