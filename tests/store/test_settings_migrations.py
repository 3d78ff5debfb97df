"""The settings migration framework, exercised with synthetic older layouts.

Version 1 is the only real layout so far; these tests prove that when version 2
arrives, a version-1 file walks up step by step and loads, and that gaps fail loudly.
"""

from __future__ import annotations

from typing import Any

import pytest

from backbreak.store.settings_migrations import MigrationError, file_version, migrate


def _v1_to_v2(raw: dict[str, Any]) -> dict[str, Any]:
    """A plausible future change: 'snooze' renamed to 'snooze_minutes'."""
    out = dict(raw)
    if "snooze" in out:
        out["snooze_minutes"] = out.pop("snooze")
    return out


def _v2_to_v3(raw: dict[str, Any]) -> dict[str, Any]:
    """Another: work hours given as 'HH-HH' split into two fields."""
    out = dict(raw)
    if "hours" in out:
        start, end = out.pop("hours").split("-")
        out["work_start"], out["work_end"] = f"{start}:00", f"{end}:00"
    return out


STEPS = {1: _v1_to_v2, 2: _v2_to_v3}


def test_old_file_walks_up_every_step() -> None:
    """A file two versions old gets both steps, in order, and the new version number."""
    raw = {"version": 1, "snooze": 7, "hours": "08-16"}
    out = migrate(raw, steps=STEPS, target=3)
    assert out == {"version": 3, "snooze_minutes": 7, "work_start": "08:00", "work_end": "16:00"}
    assert raw["snooze"] == 7, "the input is not modified"


def test_file_without_version_is_version_one() -> None:
    """Files from before the version field existed are read as the first layout."""
    assert file_version({}) == 1
    assert migrate({"snooze": 3}, steps=STEPS, target=2) == {"version": 2, "snooze_minutes": 3}


def test_current_and_newer_files_are_left_alone() -> None:
    """Nothing to do for the current version; a newer file is the caller's to report."""
    assert migrate({"version": 3, "a": 1}, steps=STEPS, target=3) == {"version": 3, "a": 1}
    assert migrate({"version": 9}, steps=STEPS, target=3) == {"version": 9}


def test_missing_step_is_an_error() -> None:
    """A gap in the chain must not produce a half-upgraded file."""
    with pytest.raises(MigrationError, match="version 2"):
        migrate({"version": 1}, steps={1: _v1_to_v2}, target=3)


@pytest.mark.parametrize("version", [0, -1, "1", 1.5, True, None])
def test_bad_version_values(version: Any) -> None:
    """Only positive integers are versions."""
    with pytest.raises(MigrationError):
        file_version({"version": version})
