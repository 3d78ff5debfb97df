"""Catalog files that make no sense are refused with messages a person can act on.

Users may add their own exercises; when they get one wrong, the message has to say
which file and which field, and their mistake must never take the built-in catalog
down with it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from backbreak.domain.catalog import CatalogError, load_catalog, parse_catalog_file
from backbreak.domain.exercise import Dose, Frequency
from backbreak.domain.ranges import IntRange


def exercise(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": "wall-angel",
        "name": "Wall angel",
        "group": "upper-back",
        "kind": "movement",
        "position": "standing",
        "summary": "Slides the arms up a wall.",
        "steps": ["Stand with your back to a wall.", "Slide your arms up and down."],
        "dose": {
            "sets": 2,
            "reps": {"min": 8, "max": 12},
            "pace": [{"cue": "Up", "seconds": 2}, {"cue": "Down", "seconds": 2}],
        },
        "equipment": ["wall"],
        "source": "back-care-guide",
    }
    data.update(overrides)
    return data


def write(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_min_above_max_names_file_exercise_and_field(tmp_path: Path) -> None:
    bad = exercise(
        dose={"sets": 1, "reps": {"min": 20, "max": 10}, "pace": [{"cue": "Up", "seconds": 1}]}
    )
    path = write(tmp_path / "mine.json", {"exercises": [bad]})
    with pytest.raises(CatalogError) as err:
        parse_catalog_file(path)
    message = str(err.value)
    assert str(path) in message
    assert "exercises[0] (id 'wall-angel').dose.reps" in message
    assert "min (20) must not exceed max (10)" in message


def test_zero_reps_is_refused(tmp_path: Path) -> None:
    bad = exercise(dose={"reps": 0, "pace": [{"cue": "Up", "seconds": 1}]})
    with pytest.raises(CatalogError, match=r"dose\.reps"):
        parse_catalog_file(write(tmp_path / "c.json", {"exercises": [bad]}))


def test_routine_naming_an_unknown_exercise_is_refused(tmp_path: Path) -> None:
    data = {"routines": [{"id": "my-mix", "name": "Mine", "exercises": ["cat-camel", "nope"]}]}
    result = load_catalog(user_file=write(tmp_path / "catalog.json", data))
    assert len(result.warnings) == 1
    assert "routines[0] (id 'my-mix').exercises: unknown exercise 'nope'" in result.warnings[0]
    assert "my-mix" not in result.catalog.routines
    assert len(result.catalog.exercises) == 13, "the built-in catalog still loads"


def test_user_exercises_and_routines_are_added(tmp_path: Path) -> None:
    data = {
        "exercises": [exercise()],
        "routines": [{"id": "my-mix", "name": "Mine", "exercises": ["cat-camel", "wall-angel"]}],
    }
    result = load_catalog(user_file=write(tmp_path / "catalog.json", data))
    assert result.warnings == []
    assert result.catalog.exercise("wall-angel").dose.sets == IntRange.fixed(2)
    assert result.catalog.routine("my-mix").exercises == ("cat-camel", "wall-angel")
    assert result.catalog.user_exercise_ids == {"wall-angel"}


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"{not json", "not valid JSON"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (b"[1, 2, 3]", "expected a JSON object"),
        (b'{"version": 7}', "version: 7"),
        (b'{"exercises": [{"id": "Bad Id"}]}', "problems:"),
    ],
)
def test_broken_user_file_leaves_the_builtin_catalog(
    tmp_path: Path, content: bytes, expected: str
) -> None:
    path = tmp_path / "catalog.json"
    path.write_bytes(content)
    result = load_catalog(user_file=path)
    assert len(result.catalog.exercises) == 13
    assert len(result.warnings) == 1
    assert str(path) in result.warnings[0]
    assert expected in result.warnings[0]


def test_clashing_ids_are_refused(tmp_path: Path) -> None:
    data = {"exercises": [exercise(id="cat-camel")]}
    result = load_catalog(user_file=write(tmp_path / "catalog.json", data))
    assert "exercise 'cat-camel'" in result.warnings[0]
    assert result.catalog.exercise("cat-camel").source == "low-back-sheet"


def test_unknown_source_and_unknown_field(tmp_path: Path) -> None:
    data = {"exercises": [exercise(source="a-blog"), exercise(id="other", colour="red")]}
    with pytest.raises(CatalogError, match=r"colour"):
        parse_catalog_file(write(tmp_path / "c.json", data))
    result = load_catalog(
        user_file=write(tmp_path / "d.json", {"exercises": [exercise(source="a-blog")]})
    )
    assert "unknown source 'a-blog'" in result.warnings[0]


def test_dose_rules() -> None:
    """A dose needs work; reps need a pace; hold beats need hold_seconds."""
    with pytest.raises(ValueError, match="reps, hold_seconds"):
        Dose()
    with pytest.raises(ValueError, match="needs a pace"):
        Dose(reps=IntRange.fixed(10))
    with pytest.raises(ValueError, match="needs hold_seconds"):
        Dose.model_validate({"reps": 5, "pace": [{"cue": "Hold", "hold": True}]})
    dose = Dose.model_validate(
        {
            "reps": 10,
            "hold_seconds": 2,
            "pace": [{"cue": "Up", "seconds": 2}, {"cue": "Hold", "hold": True}],
        }
    )
    assert dose.rep_seconds() == 4


def test_frequency_needs_exactly_one_kind() -> None:
    with pytest.raises(ValueError, match="exactly one"):
        Frequency()
    with pytest.raises(ValueError, match="exactly one"):
        Frequency.model_validate({"every_hours": 2, "times_per_day": 3})
    assert str(Frequency.model_validate({"every_hours": {"min": 2, "max": 3}})) == "every 2–3 hours"
