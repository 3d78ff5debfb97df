"""The settings file: round trips, atomic writes, and every way a file can be broken.

The rule under test: the app always starts, the user's file is never deleted, and
the user is told once what was wrong.
"""

from __future__ import annotations

import json
import os
from datetime import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backbreak.domain.exercise import Equipment, Group
from backbreak.domain.settings import (
    SETTINGS_VERSION,
    DisabledReason,
    EveningMode,
    Language,
    NotificationStyle,
    Settings,
)
from backbreak.store import paths
from backbreak.store.settings_file import (
    MAX_FILE_BYTES,
    SettingsLoad,
    load_settings,
    lock_path,
    save_settings,
)


def _non_default_settings() -> Settings:
    """A value different from the default in every field, so a dropped field shows."""
    return Settings(
        work_start=time(7, 45),
        work_end=time(16, 15),
        work_days=[1, 3, 5],
        blocks_enabled=False,
        block_interval_minutes=75,
        block_groups=[Group.CORE, Group.UPPER_BACK],
        prone_enabled=False,
        prone_due_minutes=100,
        prone_overdue_minutes=170,
        daily_enabled=False,
        evening_enabled=False,
        evening_time=time(21, 5),
        evening_mode=EveningMode.ALL,
        evening_on_all_days=False,
        merge_window_minutes=7,
        max_break_minutes=25,
        snooze_minutes=17,
        min_rest_minutes=25,
        reoffer_minutes=0,
        idle_threshold_minutes=9,
        call_microphone=False,
        call_camera=False,
        call_screen=False,
        call_grace_minutes=4,
        call_max_minutes=30,
        sounds_enabled=False,
        notification_style=NotificationStyle.BOTH,
        autostart=True,
        language=Language.GERMAN,
        disabled_exercises={"cat-camel": DisabledReason.PAIN, "foot-ball-release": "no-equipment"},
        equipment_at_hand=[Equipment.WALL, Equipment.CHAIR],
        safety_notice_seen=True,
    )


def _siblings(path: Path) -> list[str]:
    """Files beside the settings, but for the (empty, lasting) lock file."""
    return sorted(p.name for p in path.parent.iterdir() if p not in (path, lock_path(path)))


def test_every_setting_round_trips(tmp_path: Path) -> None:
    """What the dialog saves is exactly what the next start reads, field by field."""
    original = _non_default_settings()
    defaults = Settings()
    changed = {f for f in Settings.model_fields if getattr(original, f) != getattr(defaults, f)}
    assert changed == set(Settings.model_fields) - {"version"}, "test must vary every field"
    path = tmp_path / "s" / "settings.json"
    save_settings(original, path)
    loaded = load_settings(path)
    assert loaded.problems == []
    assert loaded.settings == original
    assert json.loads(path.read_text())["version"] == SETTINGS_VERSION


def test_default_path_is_the_config_dir() -> None:
    """Without a path, the file lives where ``backbreak config path`` says."""
    save_settings(Settings(snooze_minutes=3))
    assert paths.settings_file().exists()
    assert load_settings().settings.snooze_minutes == 3


def test_missing_file_gives_defaults_silently(tmp_path: Path) -> None:
    """A first start is not a problem to report."""
    assert load_settings(tmp_path / "none.json") == SettingsLoad(Settings(), [])


def test_interrupted_write_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A crash between writing the temp file and the rename leaves the old settings whole."""
    path = tmp_path / "settings.json"
    save_settings(Settings(snooze_minutes=5), path)
    before = path.read_bytes()

    def crash(src: object, dst: object) -> None:
        raise OSError("simulated crash before rename")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError, match="simulated"):
        save_settings(Settings(snooze_minutes=50), path)
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert _siblings(path) == [], "the temporary file is cleaned up"
    assert load_settings(path).settings.snooze_minutes == 5


HOSTILE: dict[str, bytes] = {
    "not json": b"{work_start: nine}",
    "truncated": json.dumps({"work_start": "08:00:00", "snooze_minutes": 5}).encode()[:-9],
    "empty": b"",
    "a list": b"[1, 2, 3]",
    "not utf-8": b'{"note": "\xff\xfe\xfd"}',
    "deeply nested": b"[" * 100_000 + b"]" * 100_000,
    "huge": b'{"x": "' + b"a" * (MAX_FILE_BYTES + 10) + b'"}',
    "bad version": b'{"version": "two"}',
    "endless number": b'{"snooze_minutes": ' + b"9" * 5000 + b"}",
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_unusable_file_gives_defaults_and_is_kept_aside(tmp_path: Path, name: str) -> None:
    """The app starts on defaults, the file is moved aside (not deleted), one message."""
    path = tmp_path / "settings.json"
    path.write_bytes(HOSTILE[name])
    result = load_settings(path)
    assert result.settings == Settings()
    assert not path.exists()
    (aside,) = tmp_path.glob("settings.json.bad-*")
    assert aside.read_bytes() == HOSTILE[name]
    (message,) = result.problems
    assert message.startswith(f"{path}: ")
    assert str(aside) in message
    again = load_settings(path)
    assert again.problems == [], "the user is told once, not at every start"


def test_wrong_types_keep_the_valid_keys(tmp_path: Path) -> None:
    """One bad value costs that value only: the rest of the user's tuning survives."""
    path = tmp_path / "settings.json"
    path.write_text(
        json.dumps(
            {
                "version": 1,
                "snooze_minutes": 20,
                "work_days": "weekdays",
                "sounds_enabled": {"a": 1},
                "block_interval_minutes": 10_000,
            }
        )
    )
    result = load_settings(path)
    assert result.settings.snooze_minutes == 20
    assert result.settings.work_days == Settings().work_days
    assert result.settings.block_interval_minutes == Settings().block_interval_minutes
    (message,) = result.problems
    for key in ("work_days", "sounds_enabled", "block_interval_minutes"):
        assert key in message
    (aside,) = tmp_path.glob("settings.json.bad-*")
    assert json.loads(aside.read_text())["work_days"] == "weekdays"
    assert load_settings(path) == SettingsLoad(result.settings, [])


def test_unknown_keys_are_reported_and_kept_aside(tmp_path: Path) -> None:
    """Unknown keys are named, the known ones load, and the original file is kept."""
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"snooze_minutes": 12, "snoze_minutes": 30, "theme": "dark"}))
    result = load_settings(path)
    assert result.settings.snooze_minutes == 12
    (message,) = result.problems
    assert "unknown settings 'snoze_minutes', 'theme'" in message
    (aside,) = tmp_path.glob("settings.json.bad-*")
    assert json.loads(aside.read_text())["theme"] == "dark"
    assert load_settings(path).problems == []


def test_inconsistent_pair_falls_back_to_defaults(tmp_path: Path) -> None:
    """work_end equal to work_start: neither can be trusted; defaults, with the reason.

    (An end before the start is a night shift, which is allowed.)"""
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"work_start": "18:00", "work_end": "18:00", "snooze_minutes": 4}))
    result = load_settings(path)
    assert result.settings.work_start < result.settings.work_end
    assert any("work_end must differ from work_start" in p for p in result.problems)


def test_newer_file_loads_what_it_can_and_keeps_the_original(tmp_path: Path) -> None:
    """A downgrade must not silently throw away a newer version's settings."""
    path = tmp_path / "settings.json"
    newer = {"version": SETTINGS_VERSION + 1, "snooze_minutes": 8, "future_thing": True}
    path.write_text(json.dumps(newer))
    result = load_settings(path)
    assert result.settings.snooze_minutes == 8
    assert "newer backbreak" in result.problems[0]
    (aside,) = tmp_path.glob("settings.json.newer-*")
    assert json.loads(aside.read_text()) == newer


def test_unreadable_file_is_reported_not_moved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A permissions problem is not corruption: report it, leave the file alone."""
    path = tmp_path / "settings.json"
    path.write_text("{}")

    def denied(self: Path, *args: Any, **kwargs: Any) -> Any:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", denied)
    monkeypatch.setattr(os, "open", denied)  # the loader opens with os.open (O_NONBLOCK)
    result = load_settings(path)
    monkeypatch.undo()
    assert result.settings == Settings()
    assert "can't read it (Permission denied)" in result.problems[0]
    assert path.exists()


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)
_field_values = st.dictionaries(
    st.sampled_from([*Settings.model_fields, "extra"]), _json | st.sampled_from(["08:30", "all"])
)


@settings(
    max_examples=150, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(raw=_json | _field_values)
def test_any_json_loads_to_valid_settings(tmp_path_factory: Any, raw: Any) -> None:
    """Whatever JSON is in the file, loading never raises and yields valid Settings."""
    path = tmp_path_factory.mktemp("fuzz") / "settings.json"
    path.write_text(json.dumps(raw))
    result = load_settings(path)
    assert isinstance(result.settings, Settings)
    Settings.model_validate(result.settings.model_dump())
    assert load_settings(path).problems == []


def test_a_directory_in_the_way_is_reported(tmp_path: Path) -> None:
    """Even a directory where the file should be doesn't stop the app."""
    path = tmp_path / "settings.json"
    path.mkdir()
    result = load_settings(path)
    assert result.settings == Settings()
    assert "can't read it" in result.problems[0]


def test_all_wrong_types_give_defaults_and_one_message(tmp_path: Path) -> None:
    """Nothing usable: defaults, the original kept aside, one message naming each key."""
    path = tmp_path / "settings.json"
    raw = b'{"work_days": "weekdays", "snooze_minutes": "soon", "sounds_enabled": [1]}'
    path.write_bytes(raw)
    result = load_settings(path)
    assert result.settings == Settings()
    (message,) = result.problems
    assert all(k in message for k in ("work_days", "snooze_minutes", "sounds_enabled"))
    (aside,) = tmp_path.glob("settings.json.bad-*")
    assert aside.read_bytes() == raw
    assert load_settings(path) == SettingsLoad(Settings(), [])
