"""The catalog's text in German: complete, field by field, and never able to break loading.

The shipped overlay must cover every translatable field of every built-in exercise,
routine and source; a new text field in the models, or a new exercise, fails here until
it is translated. A broken overlay (unknown id or field, a list of the wrong length)
leaves English text and a warning, never a catalog that won't load.
"""

from __future__ import annotations

import json
import re
import shutil
import types
from pathlib import Path
from typing import Any, Union, get_args, get_origin

import pytest
from pydantic import BaseModel

from backbreak.domain.catalog import Source, builtin_catalog_path, load_catalog
from backbreak.domain.catalog_i18n import (
    CatalogOverlay,
    ExerciseText,
    RoutineText,
    SourceText,
    available_languages,
    language_tags,
)
from backbreak.domain.exercise import Exercise, Group, PacePhase
from backbreak.domain.routine import Routine

BUILTIN = builtin_catalog_path()
GERMAN_FILE = BUILTIN.parent / "i18n" / "catalog.de.json"
ENGLISH = load_catalog().catalog
GERMAN = load_catalog(language="de").catalog

NOT_TEXT = {
    Exercise: {"id", "source", "illustration"},
    Routine: {"id", "exercises", "source"},
    Source: {"id", "title", "author"},
}
"""String fields a person never reads as prose: ids, file names, and a document's citation."""


def _is_text(annotation: Any) -> bool:
    if annotation is str:
        return True
    if get_origin(annotation) in (tuple, Union, types.UnionType):
        return any(_is_text(a) for a in get_args(annotation) if a is not Ellipsis)
    return False


def _text_fields(model: type[BaseModel]) -> set[str]:
    return {n for n, f in model.model_fields.items() if _is_text(f.annotation)} - NOT_TEXT[model]


def overlay_raw() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(GERMAN_FILE.read_text(encoding="utf-8"))
    return data


@pytest.mark.parametrize(
    ("model", "overlay"),
    [(Exercise, ExerciseText), (Routine, RoutineText), (Source, SourceText)],
)
def test_every_text_field_of_the_models_is_translatable(
    model: type[BaseModel], overlay: type[BaseModel]
) -> None:
    assert _text_fields(model) == set(overlay.model_fields) - {"pace"}


def test_the_pace_cue_is_the_only_text_inside_a_dose() -> None:
    assert {n for n, f in PacePhase.model_fields.items() if _is_text(f.annotation)} == {"cue"}


def test_shipped_german_loads_without_warnings() -> None:
    assert load_catalog(language="de").warnings == []
    assert CatalogOverlay.model_validate(overlay_raw()).language == "de"


def _missing(english: BaseModel, text: dict[str, Any], fields: set[str]) -> list[str]:
    return [name for name in sorted(fields) if getattr(english, name) and name not in text]


def test_german_overlay_covers_every_builtin_exercise_routine_and_source() -> None:
    raw = overlay_raw()
    missing: list[str] = []
    for section, items, model in (
        ("exercises", ENGLISH.exercises, Exercise),
        ("routines", ENGLISH.routines, Routine),
        ("sources", ENGLISH.sources, Source),
    ):
        for ident, item in items.items():
            text = raw[section].get(ident)
            if text is None:
                missing.append(f"{section}.{ident}")
                continue
            missing += [f"{section}.{ident}.{n}" for n in _missing(item, text, _text_fields(model))]
            if section == "exercises" and item.dose.pace and "pace" not in text:
                missing.append(f"{section}.{ident}.pace")
    missing += [f"groups.{g.value}" for g in Group if g.value not in raw["groups"]]
    assert missing == []


def test_every_builtin_text_reads_in_german() -> None:
    for ident, english in ENGLISH.exercises.items():
        german = GERMAN.exercises[ident]
        assert german.name != english.name
        assert german.steps != english.steps
        assert len(german.steps) == len(english.steps)
    for ident, routine in ENGLISH.routines.items():
        assert GERMAN.routines[ident].name != routine.name
    assert GERMAN.group_label(Group.LOW_BACK) == "Unterer Rücken"
    assert ENGLISH.group_label(Group.LOW_BACK) == "Low back"


def _english_and_german_texts() -> list[tuple[str, str, str]]:
    pairs: list[tuple[str, str, str]] = []
    for ident, en in ENGLISH.exercises.items():
        de = GERMAN.exercises[ident]
        pairs += [(ident, en.name, de.name), (ident, en.summary, de.summary)]
        for field in ("steps", "cautions", "modifications"):
            lines = zip(getattr(en, field), getattr(de, field), strict=True)
            pairs += [(ident, a, b) for a, b in lines]
        pairs += [(ident, a.cue, b.cue) for a, b in zip(en.dose.pace, de.dose.pace, strict=True)]
    for ident, r in ENGLISH.routines.items():
        pairs.append((ident, r.description, GERMAN.routines[ident].description))
    for ident, s in ENGLISH.sources.items():
        pairs.append((ident, s.notice, GERMAN.sources[ident].notice))
    return pairs


def test_numbers_in_the_german_text_are_the_englishs() -> None:
    """A translation may reword a dose, never change it: the same numbers, in order."""
    differ = [
        (ident, en, de)
        for ident, en, de in _english_and_german_texts()
        if re.findall(r"\d+", en) != re.findall(r"\d+", de)
    ]
    assert differ == []


def test_translation_changes_text_only() -> None:
    def without_text(ex: Exercise) -> dict[str, Any]:
        data = ex.model_dump(exclude={"name", "summary", "steps", "cautions", "modifications"})
        for phase in data["dose"]["pace"]:
            phase.pop("cue")
        return data

    for ident, english in ENGLISH.exercises.items():
        assert without_text(GERMAN.exercises[ident]) == without_text(english)


# --- a catalog with an overlay written by the test -----------------------------------


def with_overlay(tmp_path: Path, overlay: dict[str, Any]) -> Path:
    builtin = tmp_path / "catalog.json"
    shutil.copy(BUILTIN, builtin)
    (tmp_path / "i18n").mkdir()
    text = json.dumps({"language": "de", **overlay})
    (tmp_path / "i18n" / "catalog.de.json").write_text(text, encoding="utf-8")
    return builtin


def test_a_missing_field_falls_back_to_english_field_by_field(tmp_path: Path) -> None:
    builtin = with_overlay(tmp_path, {"exercises": {"cat-camel": {"name": "Katzenbuckel"}}})
    result = load_catalog(builtin, language="de")
    cat = result.catalog.exercise("cat-camel")
    assert result.warnings == []
    assert cat.name == "Katzenbuckel"
    assert cat.steps == ENGLISH.exercise("cat-camel").steps
    assert result.catalog.exercise("prone-lying") == ENGLISH.exercise("prone-lying")


def test_an_unknown_id_is_reported_and_the_rest_translated(tmp_path: Path) -> None:
    overlay = {"exercises": {"cat-camel": {"name": "Katzenbuckel"}, "cat-kamel": {"name": "X"}}}
    result = load_catalog(with_overlay(tmp_path, overlay), language="de")
    assert result.catalog.exercise("cat-camel").name == "Katzenbuckel"
    assert len(result.warnings) == 1
    assert "exercises: unknown id 'cat-kamel'" in result.warnings[0]


def test_an_unknown_field_leaves_the_whole_catalog_english(tmp_path: Path) -> None:
    overlay = {"exercises": {"cat-camel": {"name": "Katzenbuckel", "dosis": "viel"}}}
    builtin = with_overlay(tmp_path, overlay)
    result = load_catalog(builtin, language="de")
    assert result.catalog.exercise("cat-camel").name == ENGLISH.exercise("cat-camel").name
    assert "exercises.cat-camel.dosis" in result.warnings[0]
    assert str(builtin.parent / "i18n" / "catalog.de.json") in result.warnings[0]


def test_a_list_of_another_length_stays_english(tmp_path: Path) -> None:
    overlay = {"exercises": {"cat-camel": {"name": "Katzenbuckel", "steps": ["Nur einer."]}}}
    result = load_catalog(with_overlay(tmp_path, overlay), language="de")
    cat = result.catalog.exercise("cat-camel")
    assert cat.name == "Katzenbuckel"
    assert cat.steps == ENGLISH.exercise("cat-camel").steps
    assert "exercises.cat-camel.steps: has 1 entries, the English has 4" in result.warnings[0]


def test_pace_cues_need_one_per_beat(tmp_path: Path) -> None:
    overlay = {"exercises": {"cat-camel": {"pace": ["Rund", "Halten"]}}}
    result = load_catalog(with_overlay(tmp_path, overlay), language="de")
    assert result.catalog.exercise("cat-camel").dose == ENGLISH.exercise("cat-camel").dose
    assert "exercises.cat-camel.pace: has 2 entries, the English has 4" in result.warnings[0]


def test_blank_text_is_refused(tmp_path: Path) -> None:
    overlay = {"exercises": {"cat-camel": {"name": "Katzenbuckel", "cautions": [" ", "x"]}}}
    result = load_catalog(with_overlay(tmp_path, overlay), language="de")
    assert result.catalog.exercise("cat-camel").name == ENGLISH.exercise("cat-camel").name
    assert "exercises.cat-camel.cautions[0]: must not be blank" in result.warnings[0]


def test_an_overlay_that_is_not_json_leaves_english(tmp_path: Path) -> None:
    builtin = with_overlay(tmp_path, {})
    (tmp_path / "i18n" / "catalog.de.json").write_text("{nope", encoding="utf-8")
    result = load_catalog(builtin, language="de")
    assert result.catalog.exercises == ENGLISH.exercises
    assert "not usable JSON" in result.warnings[0]


def test_user_exercises_stay_as_written(tmp_path: Path) -> None:
    mine = {
        "exercises": [
            {
                **ENGLISH.exercise("prone-lying").model_dump(mode="json"),
                "id": "my-prone-rest",
                "name": "My prone rest",
            }
        ],
        "routines": [{"id": "mine", "name": "Mine", "exercises": ["my-prone-rest", "cat-camel"]}],
    }
    user_file = tmp_path / "user.json"
    user_file.write_text(json.dumps(mine), encoding="utf-8")
    result = load_catalog(user_file=user_file, language="de")
    assert result.warnings == []
    catalog = result.catalog
    assert catalog.exercise("my-prone-rest").steps == ENGLISH.exercise("prone-lying").steps
    assert catalog.exercise("cat-camel") == GERMAN.exercise("cat-camel")
    assert catalog.routine("mine").name == "Mine"
    assert catalog.user_exercise_ids == {"my-prone-rest"}


@pytest.mark.parametrize(
    ("language", "tags"),
    [
        ("de", ["de"]),
        ("de_DE.UTF-8", ["de_de", "de"]),
        ("de-AT", ["de_at", "de"]),
        ("en_GB", []),
        ("C", []),
        ("", []),
        (None, []),
        ("../../etc", []),
    ],
)
def test_language_names_and_locales(language: str | None, tags: list[str]) -> None:
    assert language_tags(language) == tags


@pytest.mark.parametrize("language", ["de_DE.UTF-8", "de-CH"])
def test_a_locale_name_finds_its_language(language: str) -> None:
    assert load_catalog(language=language).catalog == GERMAN


@pytest.mark.parametrize("language", [None, "en", "fr", "C"])
def test_languages_without_an_overlay_give_english(language: str | None) -> None:
    result = load_catalog(language=language)
    assert result.catalog == ENGLISH
    assert result.warnings == []


def test_available_languages() -> None:
    assert available_languages(BUILTIN) == ["de", "en"]
