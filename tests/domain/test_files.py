"""Only regular files are read, and never more than a limit.

A FIFO or a device in place of ``settings.json`` or ``catalog.json`` blocked the app
forever at start; the settings loader now names the file and what it is, and runs on
defaults.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from backbreak.domain.files import NotRegularFile, read_regular_bytes
from backbreak.store.settings_file import load_settings

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")


def test_reads_at_most_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "f"
    path.write_bytes(b"x" * 5000)
    assert read_regular_bytes(path, 100) == b"x" * 100
    assert read_regular_bytes(path, 10_000) == b"x" * 5000


@needs_fifo
def test_a_fifo_is_refused_at_once(tmp_path: Path) -> None:
    path = tmp_path / "fifo"
    os.mkfifo(path)
    with pytest.raises(NotRegularFile, match=r"FIFO \(named pipe\), not a regular file"):
        read_regular_bytes(path, 100)


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_a_device_is_refused(tmp_path: Path) -> None:
    link = tmp_path / "settings.json"
    link.symlink_to("/dev/zero")
    with pytest.raises(NotRegularFile, match="character device"):
        read_regular_bytes(link, 100)


def test_a_missing_file_is_file_not_found(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        read_regular_bytes(tmp_path / "nope", 100)


@needs_fifo
def test_a_fifo_settings_file_gives_defaults_and_a_message(tmp_path: Path) -> None:
    """Run in a thread with a timeout so that a regression fails instead of hanging."""
    path = tmp_path / "settings.json"
    os.mkfifo(path)
    out: list[object] = []
    worker = threading.Thread(target=lambda: out.append(load_settings(path)), daemon=True)
    worker.start()
    worker.join(5)
    if worker.is_alive():  # unblock the old code's open() so the thread can end
        with open(path, "wb"):
            pass
        pytest.fail("reading a FIFO settings.json blocked")
    loaded = out[0]
    assert loaded.settings.work_start.hour == 9  # type: ignore[attr-defined]
    (problem,) = loaded.problems  # type: ignore[attr-defined]
    assert str(path) in problem and "FIFO" in problem
    assert path.exists()  # not moved aside or replaced: it isn't a damaged settings file
