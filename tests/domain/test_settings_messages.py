"""Settings that make sense are accepted; every refusal names the setting and what it takes.

A night shift was refused, ``8:00`` got pydantic's "input is too
short", ``block_interval_minutes true`` was "greater than or equal to 15", and
``prone_due_minutes 30`` silently left no routine blocks. The words come from one
function (``setting_problems``), used by ``config set``, the settings file and the dialog.
"""

from __future__ import annotations

import json
from datetime import time
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from backbreak.domain.settings import Settings
from backbreak.domain.settings_messages import describe_settings_error, setting_problems
from backbreak.store.settings_file import load_settings


def refusal(given: dict[str, Any]) -> str:
    with pytest.raises(ValidationError) as err:
        Settings.model_validate(given)
    return describe_settings_error(err.value, given)


def test_a_night_shift_is_accepted() -> None:
    settings = Settings(work_start=time(22), work_end=time(6))
    assert settings.crosses_midnight
    assert not Settings().crosses_midnight


def test_only_an_empty_work_day_is_refused() -> None:
    message = refusal({"work_start": "09:00", "work_end": "09:00"})
    assert message.startswith("work_end must differ from work_start (both 09:00)")
    (problem,) = setting_problems(_error({"work_start": "09:00", "work_end": "09:00"}))
    assert problem.field == "work_end"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("8:00", time(8)),
        ("0800", time(8)),
        ("08:00", time(8)),
        ("8", time(8)),
        ("17:45:00", time(17, 45)),
        (" 23:59 ", time(23, 59)),
    ],
)
def test_times_are_read_as_people_write_them(text: str, expected: time) -> None:
    assert Settings.model_validate({"evening_time": text}).evening_time == expected


@pytest.mark.parametrize("text", ["830", "24:00", "8:60", "noon", "8.30", ""])
def test_times_that_are_not_times_are_refused_in_words(text: str) -> None:
    message = refusal({"evening_time": text})
    assert message.startswith("evening_time must be a time of day such as 08:30, 8:30 or 0830")
    assert f"got {text!r}" in message
    assert "too short" not in message


def test_a_number_is_not_a_time() -> None:
    """pydantic would read 800 as 800 seconds after midnight UTC."""
    assert "must be a time of day" in refusal({"work_start": 800})


@pytest.mark.parametrize("value", [True, False, "true"])
def test_a_boolean_is_not_a_number(value: Any) -> None:
    message = refusal({"block_interval_minutes": value})
    assert message.startswith(
        "block_interval_minutes must be a whole number of minutes from 15 to 240; got "
    )
    assert "greater than or equal" not in message


def test_the_cli_shows_what_was_typed() -> None:
    with pytest.raises(ValidationError) as err:
        Settings.model_validate({"block_interval_minutes": True})
    text = describe_settings_error(err.value, {"block_interval_minutes": "true"})
    assert text == (
        "block_interval_minutes must be a whole number of minutes from 15 to 240; got 'true'"
    )


def test_booleans_in_work_days_are_refused() -> None:
    assert "work_days must be a list of weekday numbers" in refusal({"work_days": [True, 2]})


def test_prone_due_below_an_hour_is_refused() -> None:
    """30 minutes put the prone holds before every block, leaving none."""
    assert "prone_due_minutes must be a whole number of minutes from 60 to 480; got 30" in (
        refusal({"prone_due_minutes": 30})
    )


def test_prone_holds_more_often_than_blocks_is_a_warning() -> None:
    settings = Settings(prone_due_minutes=60, prone_overdue_minutes=90)
    assert any(
        w.startswith("prone_due_minutes is 60, less than block_interval_minutes (90)")
        for w in settings.warnings()
    )
    assert Settings().warnings() == []


@pytest.mark.parametrize(
    ("given", "words"),
    [
        ({"snooze_minutes": 0}, "snooze_minutes must be a whole number of minutes from 1 to 240"),
        (
            {"evening_mode": "sometimes"},
            "evening_mode must be one of: rotate, all; got 'sometimes'",
        ),
        ({"sounds_enabled": "maybe"}, "sounds_enabled must be true or false"),
        ({"block_groups": ["low-back"]}, "block_groups must be a list of one or more of:"),
        ({"equipment_at_hand": ["car"]}, "equipment_at_hand must be a list of any of: floor-space"),
        ({"disabled_exercises": {"cat-camel": "sore"}}, "reasons: pain, no-equipment"),
        ({"prone_due_minutes": 200}, "prone_overdue_minutes must be at least prone_due_minutes"),
    ],
)
def test_every_refusal_names_the_setting_and_the_allowed_values(
    given: dict[str, Any], words: str
) -> None:
    assert words in refusal(given)


def test_the_settings_file_uses_the_same_words(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"block_interval_minutes": True, "work_start": "8:00"}))
    result = load_settings(path)
    assert result.settings.work_start == time(8)
    assert result.settings.block_interval_minutes == 90
    (problem,) = result.problems
    assert "block_interval_minutes: must be a whole number of minutes from 15 to 240" in problem


def _error(given: dict[str, Any]) -> ValidationError:
    try:
        Settings.model_validate(given)
    except ValidationError as err:
        return err
    raise AssertionError("accepted")
