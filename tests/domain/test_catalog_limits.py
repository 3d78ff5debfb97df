"""A user catalog can hold anything; loading it must still end quickly and say what's wrong.

A file nested thousands of levels
deep or holding a 5,000-digit number stopped the app from starting; a 10 MB catalog hung
it; absurd doses were planned as absurd breaks; a user source could replace a built-in
one; an illustration name could point outside ``assets/``. Every case now leaves the
user's file out with a message naming the file and the field, and the built-in catalog
loads.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

import pytest

from backbreak.domain.catalog import SECTION_LIMITS, load_catalog
from backbreak.domain.exercise import Dose, Frequency
from backbreak.domain.routine import Routine

BUILTIN_COUNT = 13


def exercise(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": "wall-angel",
        "name": "Wall angel",
        "group": "upper-back",
        "kind": "movement",
        "position": "standing",
        "summary": "Slides the arms up a wall.",
        "steps": ["Stand with your back to a wall."],
        "dose": {"sets": 2, "reps": 10, "pace": [{"cue": "Up", "seconds": 2}]},
        "source": "back-care-guide",
    }
    data.update(overrides)
    return data


def dose(**fields: Any) -> dict[str, Any]:
    return {"sets": 1, **fields}


def load_user(tmp_path: Path, content: bytes | dict[str, Any]) -> tuple[int, str]:
    path = tmp_path / "catalog.json"
    if isinstance(content, dict):
        content = json.dumps(content).encode()
    path.write_bytes(content)
    result = load_catalog(user_file=path)
    assert len(result.warnings) == 1, result.warnings
    assert str(path) in result.warnings[0]
    return len(result.catalog.exercises), result.warnings[0]


def test_deep_nesting_is_a_message_not_a_recursion_error(tmp_path: Path) -> None:
    count, warning = load_user(tmp_path, b"[" * 3000 + b"]" * 3000)
    assert count == BUILTIN_COUNT
    assert "nested too deeply" in warning


def test_a_5000_digit_number_is_a_message_not_a_value_error(tmp_path: Path) -> None:
    count, warning = load_user(tmp_path, b'{"version": 1, "exercises": [' + b"9" * 5000 + b"]}")
    assert count == BUILTIN_COUNT
    assert "not usable JSON" in warning


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_in_place_of_the_catalog_does_not_block(tmp_path: Path) -> None:
    """Opening a FIFO for reading waits for a writer; the loader must not."""
    path = tmp_path / "catalog.json"
    os.mkfifo(path)
    result = load_catalog(user_file=path)
    assert len(result.catalog.exercises) == BUILTIN_COUNT
    assert "FIFO" in result.warnings[0] and str(path) in result.warnings[0]


def test_a_folder_in_place_of_the_catalog(tmp_path: Path) -> None:
    (tmp_path / "catalog.json").mkdir()
    result = load_catalog(user_file=tmp_path / "catalog.json")
    assert len(result.catalog.exercises) == BUILTIN_COUNT
    assert "a folder, not a regular file" in result.warnings[0]


def test_no_user_file_is_no_message(tmp_path: Path) -> None:
    result = load_catalog(user_file=tmp_path / "missing" / "catalog.json")
    assert result.warnings == []


def test_more_than_500_exercises_is_refused_quickly(tmp_path: Path) -> None:
    many = [exercise(id=f"ex-{i}") for i in range(SECTION_LIMITS["exercises"] + 1)]
    started = time.perf_counter()
    count, warning = load_user(tmp_path, {"exercises": many})
    assert time.perf_counter() - started < 1.0
    assert count == BUILTIN_COUNT
    assert "exercises: holds 501; a catalog file may hold at most 500 exercises" in warning


def test_500_exercises_load(tmp_path: Path) -> None:
    many = [exercise(id=f"ex-{i}") for i in range(SECTION_LIMITS["exercises"])]
    path = tmp_path / "catalog.json"
    path.write_text(json.dumps({"exercises": many}))
    result = load_catalog(user_file=path)
    assert result.warnings == []
    assert len(result.catalog.exercises) == BUILTIN_COUNT + 500


def test_a_10_mb_catalog_is_refused_without_parsing(tmp_path: Path) -> None:
    """9,000 exercises in 10 MB hung the app at 100% CPU."""
    filler = json.dumps(exercise(summary="x" * 1100))
    blob = ("{" + '"exercises": [' + ",".join([filler] * 9000) + "]}").encode()
    assert len(blob) > 10_000_000
    started = time.perf_counter()
    count, warning = load_user(tmp_path, blob)
    assert time.perf_counter() - started < 1.0
    assert count == BUILTIN_COUNT
    assert "too large for a catalog" in warning


def test_routines_and_sources_are_limited_too(tmp_path: Path) -> None:
    sources = [
        {"id": f"s{i}", "title": "t", "author": "a", "kind": "k", "notice": "n"}
        for i in range(SECTION_LIMITS["sources"] + 1)
    ]
    _, warning = load_user(tmp_path, {"sources": sources})
    assert "sources: holds 21; a catalog file may hold at most 20 sources" in warning


@pytest.mark.parametrize(
    ("bad_dose", "field", "words"),
    [
        (dose(hold_seconds=1_000_000_000), "dose.hold_seconds", "at most 600 seconds"),
        (dose(hold_seconds=1e9), "dose.hold_seconds", "got 1000000000"),
        (
            {"sets": 1_000_000, "reps": 10, "pace": [{"cue": "Up", "seconds": 1}]},
            "dose.sets",
            "at most 10 sets; got 1000000",
        ),
        (
            {"reps": {"min": 10, "max": 500}, "pace": [{"cue": "Up", "seconds": 1}]},
            "dose.reps",
            "at most 100 reps; got 500",
        ),
        (dose(hold_seconds=30, rest_seconds=3600), "dose.rest_seconds", "must be at most 600"),
        (
            {"sets": 10, "hold_seconds": 600, "per_side": True},
            "dose",
            "keep it within 30 min",
        ),
        (dose(hold_seconds=30, per_side=1), "dose.per_side", "must be true or false"),
    ],
)
def test_absurd_doses_are_refused_naming_the_field(
    tmp_path: Path, bad_dose: dict[str, Any], field: str, words: str
) -> None:
    count, warning = load_user(tmp_path, {"exercises": [exercise(dose=bad_dose)]})
    assert count == BUILTIN_COUNT
    assert f"exercises[0] (id 'wall-angel').{field}" in warning
    assert words in warning


@pytest.mark.parametrize(
    ("frequency", "field", "words"),
    [
        ({"times_per_day": 1_000_000_000}, "times_per_day", "at most 12 times a day"),
        ({"every_hours": 1000}, "every_hours", "at most 12 hours"),
        ({"every_hours": 0}, "every_hours.min", "must be at least 1"),
    ],
)
def test_absurd_frequencies_are_refused(
    tmp_path: Path, frequency: dict[str, Any], field: str, words: str
) -> None:
    ex = exercise(frequency=frequency, dose=dose(hold_seconds=30))
    _, warning = load_user(tmp_path, {"exercises": [ex]})
    assert f"frequency.{field}" in warning
    assert words in warning


def test_the_bounds_admit_the_documents_doses() -> None:
    """The ceilings sit above everything the sources prescribe (and the built-in catalog)."""
    Dose.model_validate({"sets": 2, "hold_seconds": {"min": 30, "max": 60}, "per_side": True})
    Dose.model_validate({"hold_seconds": {"min": 180, "max": 300}})
    Dose.model_validate({"reps": 30, "pace": [{"cue": "Up", "seconds": 1}]})
    Frequency.model_validate({"every_hours": {"min": 2, "max": 3}})
    Frequency.model_validate({"times_per_day": 3})
    assert len(load_catalog().catalog.exercises) == BUILTIN_COUNT


def test_routine_budget_and_length_are_bounded() -> None:
    with pytest.raises(ValueError, match="at most 60 minutes"):
        Routine.model_validate({"id": "r", "name": "R", "exercises": ["a"], "budget_minutes": 600})
    with pytest.raises(ValueError, match="at most 50 items"):
        Routine.model_validate({"id": "r", "name": "R", "exercises": [f"e{i}" for i in range(51)]})


def test_a_user_source_may_not_replace_a_built_in_one(tmp_path: Path) -> None:
    """``show cat-camel`` printed "Source: HIJACKED TITLE"."""
    hijack = {
        "id": "low-back-sheet",
        "title": "HIJACKED TITLE",
        "author": "someone",
        "kind": "handout",
        "notice": "none",
    }
    count, warning = load_user(tmp_path, {"sources": [hijack]})
    assert "source 'low-back-sheet'" in warning
    assert "built in already" in warning
    result = load_catalog(user_file=tmp_path / "catalog.json")
    assert result.catalog.sources["low-back-sheet"].title != "HIJACKED TITLE"
    assert count == BUILTIN_COUNT


@pytest.mark.parametrize(
    "name", ["../../etc/passwd", "/etc/passwd", "sub/cat-camel.svg", "..svg", "C:\\x.svg", ""]
)
def test_an_illustration_must_be_a_plain_file_name(tmp_path: Path, name: str) -> None:
    _, warning = load_user(tmp_path, {"exercises": [exercise(illustration=name)]})
    assert "exercises[0] (id 'wall-angel').illustration" in warning
    assert "plain .svg file name under assets/illustrations/" in warning


def test_a_plain_illustration_name_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "catalog.json"
    path.write_text(json.dumps({"exercises": [exercise(illustration="wall-angel.svg")]}))
    result = load_catalog(user_file=path)
    assert result.warnings == []
