"""Settings changes are read-modify-write under one lock: two at once both land.

Two ``backbreak config set`` at the same moment lost one change
(3 rounds in 20): each read the file, changed its key and wrote its whole copy back.
Here two real processes run ``config set`` on different keys at the same instant,
round after round, and every round both changes must be in the file. The running
app's saves take the same lock (a process holding it makes the app's save wait), and
an app save does not undo a ``config set`` it has not re-read yet.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from backbreak.domain.settings import Settings
from backbreak.store import locking
from backbreak.store.settings_file import SettingsFile, load_settings, lock_path, save_settings

ROUNDS = 20

# A ``backbreak config set`` runner that stays up between rounds, so that a round is
# two ``main()`` calls released by one line each, not two interpreter start-ups.
RUNNER = """
import contextlib, sys
from backbreak.cli import main
import backbreak.cli.config_cmds, backbreak.store.settings_file, backbreak.domain.settings
print("ready", flush=True)
for line in sys.stdin:
    key, value = line.split()
    with contextlib.redirect_stdout(sys.stderr):
        code = main(["config", "set", key, value])
    print(f"done {code}", flush=True)
"""

HOLDER = """
import sys
from pathlib import Path
from backbreak.store.locking import file_lock
with file_lock(Path(sys.argv[1])):
    print("locked", flush=True)
    sys.stdin.readline()
"""


def _spawn(code: str, *args: str) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() in ("ready", "locked")
    return child


@pytest.fixture
def runners(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[list[subprocess.Popen[str]]]:
    monkeypatch.setenv("BACKBREAK_RUNTIME_DIR", str(tmp_path / "run"))
    pair = [_spawn(RUNNER), _spawn(RUNNER)]
    yield pair
    for child in pair:
        child.kill()
        child.wait()


def test_two_config_sets_at_once_both_land(runners: list[subprocess.Popen[str]]) -> None:
    """Every round, each process sets its own key to the round number; both must stick."""
    save_settings(Settings())
    a, b = runners
    for n in range(1, ROUNDS + 1):
        snooze, max_break = 5 + n % 40, 10 + n % 40
        assert a.stdin is not None and b.stdin is not None
        a.stdin.write(f"snooze_minutes {snooze}\n")
        b.stdin.write(f"max_break_minutes {max_break}\n")
        a.stdin.flush()
        b.stdin.flush()
        for child in runners:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "done 0"
        got = load_settings().settings
        assert (got.snooze_minutes, got.max_break_minutes) == (snooze, max_break), f"round {n}"


def test_the_apps_save_takes_the_same_lock(monkeypatch: pytest.MonkeyPatch) -> None:
    """While another process holds the settings lock, the app's save waits (here: gives
    up after a short wait) instead of writing between someone's read and write."""
    settings_file = SettingsFile(Path(os.environ["BACKBREAK_CONFIG_DIR"]) / "settings.json")
    settings_file.load()
    save_settings(Settings(snooze_minutes=7), settings_file.path)
    holder = _spawn(HOLDER, str(lock_path(settings_file.path)))
    monkeypatch.setattr(locking, "LOCK_WAIT_SECONDS", 0.05)
    try:
        with pytest.raises(locking.LockTimeout):
            settings_file.save(Settings(sounds_enabled=False))
        assert json.loads(settings_file.path.read_text())["sounds_enabled"] is True
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait()
    settings_file.save(Settings(sounds_enabled=False))
    assert load_settings(settings_file.path).settings.sounds_enabled is False


def test_an_app_save_keeps_a_config_set_it_has_not_reread(tmp_path: Path) -> None:
    """The app writes the keys it changed over the file as it is now, not its old copy."""
    path = tmp_path / "settings.json"
    save_settings(Settings(), path)
    app = SettingsFile(path)
    in_app = app.load().settings
    save_settings(Settings(snooze_minutes=25), path)  # ``config set`` meanwhile
    app.save(in_app.model_copy(update={"safety_notice_seen": True}))
    on_disk = json.loads(path.read_text())
    assert on_disk["snooze_minutes"] == 25
    assert on_disk["safety_notice_seen"] is True
