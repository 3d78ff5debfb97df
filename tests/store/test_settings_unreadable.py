"""A settings file that can't be read is not a corrupt one: it is never written over.

A ``settings.json`` left by ``sudo backbreak`` (owned by root) or
chmod 000 was replaced by defaults on the next save, and the user's settings were gone.
These tests make the file unreadable for real (as uid 65534 when the suite runs as
root; see conftest.py) and check that ``config set`` fails with the fix spelled out,
that the app runs on defaults, says so once, and writes nothing; and that only a file
that is readable but invalid is moved aside. Also from point 14: stale temporary files
a kill left behind are cleaned up, and the "newer version" notice names the file once.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
from pathlib import Path
from typing import Any

import pytest

from backbreak.domain.settings import SETTINGS_VERSION, Settings
from backbreak.store import paths
from backbreak.store.settings_file import (
    SettingsFile,
    SettingsUnreadable,
    load_settings,
    save_settings,
)

Unprivileged = Any  # tests/store/conftest.py: the ``unprivileged`` fixture

MINE = {"version": SETTINGS_VERSION, "snooze_minutes": 17, "work_start": "07:15:00"}


def _cli(*argv: str) -> dict[str, Any]:
    """``backbreak ARGV`` in this process; exit code and output."""
    from backbreak.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return {"code": code, "out": out.getvalue(), "err": err.getvalue()}


def _users_file(who: Unprivileged, mode: int, owner_root: bool = False) -> Path:
    path = paths.settings_file()
    path.parent.mkdir(mode=0o700)
    who.give(path.parent)
    path.write_text(json.dumps(MINE))
    if not owner_root:
        who.give(path)
    os.chmod(path, mode)
    return path


def _unchanged(path: Path) -> None:
    os.chmod(path, 0o600)  # the test (root, or the owner) reads it back
    assert json.loads(path.read_text()) == MINE
    assert [p.name for p in path.parent.iterdir() if ".bad-" in p.name] == []


@pytest.mark.parametrize("owner_root", [False, True], ids=["chmod-000", "owned-by-root"])
def test_config_set_refuses_to_write_over_an_unreadable_file(
    unprivileged: Unprivileged, owner_root: bool
) -> None:
    """Exit 1, a message naming the file and the fix; the file keeps the user's settings."""
    if owner_root and not unprivileged.as_root:
        pytest.skip("making a root-owned file needs root")
    path = _users_file(unprivileged, 0o600 if owner_root else 0o000, owner_root)
    result = unprivileged.run(_cli, "config", "set", "max_break_minutes", "20")
    assert result["code"] == 1, result
    assert str(path) in result["err"]
    assert "sudo chown" in result["err"]
    assert "Permission denied" in result["err"]
    _unchanged(path)


def test_config_reset_refuses_too(unprivileged: Unprivileged) -> None:
    path = _users_file(unprivileged, 0o000)
    result = unprivileged.run(_cli, "config", "reset")
    assert result["code"] == 1, result
    _unchanged(path)


def _app_session() -> dict[str, Any]:
    """What the running app does: load at start, then save the safety-notice flag twice."""
    settings_file = SettingsFile(paths.settings_file())
    loaded = settings_file.load()
    raised = []
    for _ in range(2):
        try:
            settings_file.save(loaded.settings.model_copy(update={"safety_notice_seen": True}))
        except SettingsUnreadable as err:
            raised.append(str(err))
    return {
        "defaults": loaded.settings == Settings(),
        "problems": loaded.problems,
        "raised": raised,
    }


def test_the_app_runs_on_defaults_tells_once_and_writes_nothing(
    unprivileged: Unprivileged,
) -> None:
    """Start and quit (the safety notice saves a flag) used to reset the user's file."""
    path = _users_file(unprivileged, 0o000)
    result = unprivileged.run(_app_session)
    assert result["defaults"]
    (problem,) = result["problems"]
    assert str(path) in problem and "sudo chown" in problem
    assert result["raised"] == [], "the start-up notice already said it; no second message"
    _unchanged(path)


def test_save_settings_refuses_an_unreadable_file(unprivileged: Unprivileged) -> None:
    path = _users_file(unprivileged, 0o000)

    def save() -> str:
        try:
            save_settings(Settings())
        except SettingsUnreadable as err:
            return str(err)
        return "written"

    assert "can't read it" in unprivileged.run(save)
    _unchanged(path)


def test_a_readable_but_invalid_file_is_still_kept_aside(tmp_path: Path) -> None:
    """Only a file we could read and found broken goes aside as ``.bad-*``."""
    path = tmp_path / "settings.json"
    path.write_text("{not json")
    save_settings(Settings(snooze_minutes=9), path)
    (aside,) = tmp_path.glob("settings.json.bad-*")
    assert aside.read_text() == "{not json"
    assert load_settings(path).settings.snooze_minutes == 9


def test_stale_temp_files_are_removed_at_start(tmp_path: Path) -> None:
    """A kill between creating the temp file and the rename leaves ``.settings.json.*.tmp``."""
    path = tmp_path / "settings.json"
    save_settings(Settings(snooze_minutes=9), path)
    stale = [tmp_path / ".settings.json.abc123.tmp", tmp_path / ".settings.json.x.tmp"]
    stale[0].write_text("")
    stale[1].write_text('{"snooze_minutes": 1')
    unrelated = tmp_path / "notes.tmp"
    unrelated.write_text("mine")
    assert load_settings(path).settings.snooze_minutes == 9
    assert not any(p.exists() for p in stale)
    assert unrelated.exists()


def test_newer_version_notice_names_the_file_once(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"version": SETTINGS_VERSION + 1, "snooze_minutes": 8}))
    (message,) = load_settings(path).problems
    first_line = message.splitlines()[0]
    # The path itself, not the ``settings.json.newer-...`` copy named on the next line.
    assert len(re.findall(re.escape(str(path)) + r"(?![.\w])", first_line)) == 1, first_line
    assert "newer backbreak" in first_line
