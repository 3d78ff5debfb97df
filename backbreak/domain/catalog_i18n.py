"""The built-in catalog's text in another language: one overlay file per language.

``assets/i18n/catalog.<lang>.json`` holds, by id, the user-visible text of the built-in
exercises, routines and sources, and the group names. Everything else (doses, cadences,
positions, ids) stays in ``assets/catalog.json`` alone, so a translation can never change
what a person is asked to do.

Merging goes field by field: a field the overlay leaves out stays English. A list field
(steps, cautions, modifications, the pace cues) is replaced as a whole, and only when the
overlay gives exactly as many entries as the English: a pace cue belongs to one beat of
the metronome, and a count that differs means the English changed after it was
translated, so the English (current) text is the safer one to show. The merged catalog is
validated again by the catalog's own models.

A broken overlay never stops the app: what can't be used is reported as a warning and
the English text is shown instead. The shipped overlays are held to "no warnings" by the
test suite. A source's title and author stay as written: they name a document.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from PySide6.QtCore import QCoreApplication

from backbreak.domain.catalog import (
    MAX_CATALOG_BYTES,
    CatalogError,
    CatalogFile,
    cant_read,
    describe_validation_error,
    nested_too_deeply,
    not_usable_json,
)
from backbreak.domain.exercise import Group
from backbreak.domain.files import read_regular_bytes

OVERLAY_FORMAT_VERSION = 1
OVERLAY_FOLDER = "i18n"
SOURCE_LANGUAGE = "en"

_TAG = re.compile(r"^[a-z]{2,3}(?:_[a-z0-9]{2,8})?$")

Text = Annotated[str, Field(pattern=r"\S", description="not blank")]
Lines = tuple[Text, ...]


class _Entry(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class ExerciseText(_Entry):
    """The translatable text of one exercise; ``pace`` holds the cues of its dose's pace."""

    name: Text | None = None
    summary: Text | None = None
    steps: Lines | None = None
    cautions: Lines | None = None
    modifications: Lines | None = None
    pace: Lines | None = None


class RoutineText(_Entry):
    name: Text | None = None
    description: Text | None = None


class SourceText(_Entry):
    kind: Text | None = None
    notice: Text | None = None


class CatalogOverlay(BaseModel):
    """The shape of ``assets/i18n/catalog.<lang>.json``."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    version: int = Field(default=OVERLAY_FORMAT_VERSION, ge=1, le=OVERLAY_FORMAT_VERSION)
    language: str
    groups: dict[Group, Text] = {}
    sources: dict[str, SourceText] = {}
    exercises: dict[str, ExerciseText] = {}
    routines: dict[str, RoutineText] = {}


@dataclass
class Translated:
    """The built-in catalog with one language's text merged in, and what was left English."""

    catalog: CatalogFile
    group_labels: dict[Group, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def language_tags(language: str | None) -> list[str]:
    """Overlay names to try for a language or locale name, most specific first.

    ``"de_AT.UTF-8"`` gives ``["de_at", "de"]``; English, ``"C"``, ``"POSIX"``, empty
    and anything that isn't a plain language tag give ``[]`` (nothing to overlay).
    """
    if not language:
        return []
    tag = language.split(".")[0].split("@")[0].replace("-", "_").lower()
    if not _TAG.match(tag) or tag.split("_")[0] == SOURCE_LANGUAGE:
        return []
    primary = tag.split("_")[0]
    return [tag, primary] if tag != primary else [tag]


def overlay_path(builtin: Path, language: str | None) -> Path | None:
    """The overlay file for ``language`` beside the built-in catalog, if there is one."""
    for tag in language_tags(language):
        path = builtin.parent / OVERLAY_FOLDER / f"catalog.{tag}.json"
        if path.is_file():
            return path
    return None


def available_languages(builtin: Path) -> list[str]:
    """English plus every language that has an overlay, e.g. ``["de", "en"]``."""
    folder = builtin.parent / OVERLAY_FOLDER
    found = {p.name.split(".")[1] for p in folder.glob("catalog.*.json")}
    return sorted(found | {SOURCE_LANGUAGE})


def parse_overlay(path: Path) -> CatalogOverlay:
    """Read and validate one overlay file, turning every failure into a CatalogError."""
    try:
        blob = read_regular_bytes(path, MAX_CATALOG_BYTES + 1)
        if len(blob) > MAX_CATALOG_BYTES:
            too_large = QCoreApplication.translate(
                "catalog_i18n", "too large for a catalog translation"
            )
            raise CatalogError(_at(path, too_large))
        raw = json.loads(blob.decode("utf-8"))
    except OSError as err:
        raise CatalogError(_at(path, cant_read(err.strerror or str(err)))) from None
    except RecursionError:
        raise CatalogError(_at(path, not_usable_json(nested_too_deeply()))) from None
    except ValueError as err:
        raise CatalogError(_at(path, not_usable_json(str(err)))) from None
    try:
        return CatalogOverlay.model_validate(raw)
    except ValidationError as err:
        raise CatalogError(describe_validation_error(path, raw, err)) from None


def translate(base: CatalogFile, path: Path) -> Translated:
    """``base`` with the overlay at ``path`` merged in; any problem leaves English text."""
    try:
        overlay = parse_overlay(path)
    except CatalogError as err:
        return Translated(base, warnings=[f"{err}\n{_in_english()}"])
    raw = base.model_dump()
    problems = _merge_section(raw["exercises"], overlay.exercises, "exercises")
    problems += _merge_section(raw["routines"], overlay.routines, "routines")
    problems += _merge_section(raw["sources"], overlay.sources, "sources")
    try:
        merged = CatalogFile.model_validate(raw)
    except ValidationError as err:
        text = describe_validation_error(path, raw, err)
        return Translated(base, warnings=[f"{text}\n{_in_english()}"])
    #: {path} is the translation file; {problem} says which text could not be used.
    left = QCoreApplication.translate(
        "catalog_i18n", "{path}: {problem}; that text is shown in English."
    )
    warnings = [left.format(path=path, problem=p) for p in problems]
    return Translated(merged, dict(overlay.groups), warnings)


def _at(path: Path, problem: str) -> str:
    """``problem`` (what is wrong, in words) said of the translation file at ``path``."""
    #: {path} is the catalog translation file; {problem} says what is wrong with it.
    return QCoreApplication.translate("catalog_i18n", "{path}: {problem}").format(
        path=path, problem=problem
    )


def _in_english() -> str:
    return QCoreApplication.translate("catalog_i18n", "The catalog is shown in English.")


def _merge_section(items: list[dict[str, Any]], texts: dict[str, Any], section: str) -> list[str]:
    """Write ``texts`` into the raw ``items`` by id; returns what could not be used."""
    by_id = {item["id"]: item for item in items}
    #: {section} is the list in the file (exercises, routines, sources): keep it as it is.
    unknown = QCoreApplication.translate("catalog_i18n", "{section}: unknown id '{id}'")
    problems = [unknown.format(section=section, id=i) for i in texts if i not in by_id]
    for ident, text in texts.items():
        item = by_id.get(ident)
        if item is None:
            continue
        for name, value in text.model_dump(exclude_none=True).items():
            where = f"{section}.{ident}.{name}"
            if name == "pace":
                problems += _merge_pace(item["dose"]["pace"], value, where)
            elif isinstance(value, tuple) and len(value) != len(item[name]):
                problems.append(_count_problem(where, len(value), len(item[name])))
            else:
                item[name] = value
    return problems


def _merge_pace(phases: list[dict[str, Any]], cues: tuple[str, ...], where: str) -> list[str]:
    if len(cues) != len(phases):
        return [_count_problem(where, len(cues), len(phases))]
    for phase, cue in zip(phases, cues, strict=True):
        phase["cue"] = cue
    return []


def _count_problem(where: str, got: int, english: int) -> str:
    #: {where} is a field path such as exercises.cat-camel.steps: keep it as it is.
    text = QCoreApplication.translate(
        "catalog_i18n", "{where}: has {count} entries, the English has {english}"
    )
    return text.format(where=where, count=got, english=english)
