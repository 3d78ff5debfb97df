"""The camera from ``/proc``: this user's processes holding ``/dev/video*``, throttled."""

from __future__ import annotations

import os
from pathlib import Path

from helpers.fakes import FakeClock

from backbreak.desktop.calls.procfs import ProcCameraBackend, video_holders

UID = os.getuid()


def fake_proc(root: Path) -> Path:
    (root / "self" / "fd").mkdir(parents=True)
    return root


def add_process(root: Path, pid: int, comm: str, targets: list[str]) -> Path:
    """``/proc/<pid>`` with ``comm`` and one fd symlink per target (dangling is fine)."""
    folder = root / str(pid)
    (folder / "fd").mkdir(parents=True)
    (folder / "comm").write_text(comm + "\n")
    for fd, target in enumerate(targets):
        (folder / "fd" / str(fd)).symlink_to(target)
    return folder


def test_a_process_holding_a_video_device_is_found(tmp_path: Path) -> None:
    root = fake_proc(tmp_path)
    add_process(root, 4711, "zoom", ["/dev/null", "socket:[1234]", "/dev/video0"])
    add_process(root, 4712, "bash", ["/dev/pts/1", "/dev/video0.lock"])
    holders = video_holders(root, UID)
    assert [(h.pid, h.command, h.device) for h in holders] == [(4711, "zoom", "/dev/video0")]


def test_pipewire_daemons_and_other_users_are_left_out(tmp_path: Path) -> None:
    """PipeWire may keep a camera open while idle; a camera used through it shows in
    the PipeWire graph. Another user's processes are not this user's call."""
    root = fake_proc(tmp_path)
    add_process(root, 10, "wireplumber", ["/dev/video0"])
    add_process(root, 11, "pipewire", ["/dev/video2"])
    assert video_holders(root, UID) == []
    add_process(root, 12, "cheese", ["/dev/video0"])
    assert video_holders(root, UID + 1) == []


def test_vanished_or_unreadable_processes_are_skipped(tmp_path: Path) -> None:
    root = fake_proc(tmp_path)
    (root / "99").mkdir()  # no fd folder: gone, or not ours to read
    (root / "net").mkdir()
    add_process(root, 100, "obs", ["/dev/video1"])
    assert [h.pid for h in video_holders(root, UID)] == [100]


def test_the_backend_scans_at_most_every_ten_seconds(tmp_path: Path) -> None:
    clock = FakeClock()
    root = fake_proc(tmp_path)
    backend = ProcCameraBackend(clock, root, uid=UID)
    assert backend.available()
    assert backend.in_call() is False
    add_process(root, 4711, "zoom", ["/dev/video0"])
    clock.advance(9.9)
    assert backend.in_call() is False  # the last scan still stands
    clock.advance(0.1)
    assert backend.in_call() is True
    assert backend.what() == "camera in use by zoom"


def test_a_monotonic_clock_going_back_scans_again(tmp_path: Path) -> None:
    clock = FakeClock()
    root = fake_proc(tmp_path)
    backend = ProcCameraBackend(clock, root, uid=UID)
    assert backend.in_call() is False
    add_process(root, 7, "firefox-esr", ["/dev/video0"])
    clock.jump(mono=-5)
    assert backend.in_call() is True


def test_without_proc_the_backend_says_why(tmp_path: Path) -> None:
    backend = ProcCameraBackend(FakeClock(), tmp_path / "nothing", uid=UID)
    assert not backend.available()
    assert "/fd" in backend.reason
    assert backend.what() == ""
