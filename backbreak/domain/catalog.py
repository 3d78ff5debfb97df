"""The exercise catalog: the built-in data file plus the user's own additions.

The built-in catalog (``assets/catalog.json``) must load; an error there is a bug and
raises. The user's file (``catalog.json`` in the config directory) may be broken: it is
then left out as a whole, with a message naming the file and the field, and the
built-in catalog is used alone.

Whatever the user's file holds, loading it ends quickly: only a regular file is read
(not a FIFO or a device, see ``backbreak.domain.files``), at most
:data:`MAX_CATALOG_BYTES` of it, nesting too deep or numbers too long for Python are
reported like any other JSON error, and the sections are counted against
:data:`SECTION_LIMITS` before anything is validated.

The decision and its reasons: README, Design notes, ADR-3.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from PySide6.QtCore import QCoreApplication

from backbreak.domain.exercise import Exercise, Group
from backbreak.domain.files import NotRegularFile, read_regular_bytes
from backbreak.domain.routine import Routine, RoutineKind

CATALOG_FORMAT_VERSION = 1

MAX_CATALOG_BYTES = 4 * 1024 * 1024
"""500 fully described exercises take well under 1 MiB."""

SECTION_LIMITS = {"exercises": 500, "routines": 100, "sources": 20}
"""The most one catalog file may hold of each; more is refused, not trimmed."""


class CatalogError(ValueError):
    """A catalog file that can't be used; the message names the file and the field."""


class Source(BaseModel):
    """A document the exercises come from."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    title: str
    author: str
    kind: str = Field(description="e.g. 'physiotherapy handout', 'trainer article'")
    notice: str = Field(description="the document's safety notice, in our words")


class CatalogFile(BaseModel):
    """The shape of a catalog data file (built-in or the user's)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    version: int = CATALOG_FORMAT_VERSION
    sources: tuple[Source, ...] = ()
    exercises: tuple[Exercise, ...] = ()
    routines: tuple[Routine, ...] = ()


@dataclass(frozen=True)
class Catalog:
    """Exercises, routines and sources by id, in file order."""

    exercises: dict[str, Exercise]
    routines: dict[str, Routine]
    sources: dict[str, Source]
    user_exercise_ids: frozenset[str] = field(default_factory=frozenset)
    group_labels: dict[Group, str] = field(default_factory=dict)

    def exercise(self, exercise_id: str) -> Exercise:
        try:
            return self.exercises[exercise_id]
        except KeyError:
            raise KeyError(f"no exercise with id '{exercise_id}'") from None

    def routine(self, routine_id: str) -> Routine:
        try:
            return self.routines[routine_id]
        except KeyError:
            raise KeyError(f"no routine with id '{routine_id}'") from None

    def group_label(self, group: Group) -> str:
        """The group's name in the catalog's language (English when not translated)."""
        return self.group_labels.get(group, group.label)

    def routine_exercises(self, routine: Routine) -> list[Exercise]:
        return [self.exercises[e] for e in routine.exercises]

    def routines_of_kind(self, kind: RoutineKind) -> list[Routine]:
        return [r for r in self.routines.values() if r.kind is kind]

    def with_frequency(self) -> list[Exercise]:
        """Exercises that are due on their own cadence, not only inside routines."""
        return [e for e in self.exercises.values() if e.frequency is not None]


@dataclass
class LoadResult:
    """A loaded catalog and the messages about anything left out of it."""

    catalog: Catalog
    warnings: list[str] = field(default_factory=list)


def builtin_catalog_path() -> Path:
    from backbreak.assets_path import asset

    return asset("catalog.json")


def load_catalog(
    builtin: Path | None = None,
    user_file: Path | None = None,
    language: str | None = None,
) -> LoadResult:
    """Load the built-in catalog and merge the user's file if it exists and is valid.

    ``language`` (``"de"``, or a locale name like ``"de_DE.UTF-8"``) puts the built-in
    exercises' text in that language where ``assets/i18n`` has it; the user's own
    exercises stay as written.
    """
    builtin = builtin or builtin_catalog_path()
    base = parse_catalog_file(builtin)
    check_references(builtin, base, known_exercises=set(), known_sources=set())
    base, group_labels, warnings = _in_language(builtin, base, language)
    exercises = {e.id: e for e in base.exercises}
    routines = {r.id: r for r in base.routines}
    sources = {s.id: s for s in base.sources}
    user_ids: set[str] = set()
    if user_file is not None:
        try:
            extra = parse_catalog_file(user_file)
            check_references(user_file, extra, set(exercises), set(sources))
            _check_no_clash(user_file, extra, exercises, routines, sources)
        except _NoFile:
            pass
        except CatalogError as err:
            left_out = QCoreApplication.translate(
                "catalog", "Your own exercises were left out; the built-in ones load."
            )
            warnings.append(f"{err}\n{left_out}")
        else:
            exercises.update({e.id: e for e in extra.exercises})
            routines.update({r.id: r for r in extra.routines})
            sources.update({s.id: s for s in extra.sources})
            user_ids = {e.id for e in extra.exercises}
    catalog = Catalog(exercises, routines, sources, frozenset(user_ids), group_labels)
    return LoadResult(catalog, warnings)


def _in_language(
    builtin: Path, base: CatalogFile, language: str | None
) -> tuple[CatalogFile, dict[Group, str], list[str]]:
    """The built-in catalog with ``language``'s overlay merged in, when there is one."""
    if not language:
        return base, {}, []
    from backbreak.domain.catalog_i18n import overlay_path, translate

    overlay = overlay_path(builtin, language)
    if overlay is None:
        return base, {}, []
    translated = translate(base, overlay)
    return translated.catalog, translated.group_labels, translated.warnings


class _NoFile(CatalogError):
    """The file does not exist (for the user's file: nothing to add)."""


def _at(path: Path, problem: str, error: type[CatalogError] = CatalogError) -> CatalogError:
    """The error for ``problem`` (what is wrong, in words) with the file at ``path``."""
    #: {path} is the catalog file; {problem} says what is wrong with it.
    text = QCoreApplication.translate("catalog", "{path}: {problem}")
    return error(text.format(path=path, problem=problem))


def parse_catalog_file(path: Path) -> CatalogFile:
    """Read and validate one catalog file, turning every failure into a CatalogError."""
    raw = _read_json(path)
    if not isinstance(raw, dict):
        raise _at(
            path,
            QCoreApplication.translate(
                "catalog", "expected a JSON object with 'exercises' and 'routines'"
            ),
        )
    for section, limit in SECTION_LIMITS.items():
        items = raw.get(section)
        if isinstance(items, list) and len(items) > limit:
            #: {section} is the name of the list in the file: exercises, routines or sources.
            text = QCoreApplication.translate(
                "catalog",
                "{section}: holds {count}; a catalog file may hold at most {limit} {section}",
            )
            raise _at(path, text.format(section=section, count=len(items), limit=limit))
    version = raw.get("version", CATALOG_FORMAT_VERSION)
    if version != CATALOG_FORMAT_VERSION:
        #: Keep "version" as it is: the key in the file.
        text = QCoreApplication.translate(
            "catalog",
            "version: {version} is not a catalog format this backbreak reads (expected {known})",
        )
        raise _at(path, text.format(version=repr(version), known=CATALOG_FORMAT_VERSION))
    try:
        return CatalogFile.model_validate(raw)
    except ValidationError as err:
        raise CatalogError(describe_validation_error(path, raw, err)) from None


def _read_json(path: Path) -> Any:
    """The JSON in the file at ``path``; a CatalogError saying why when there is none."""
    try:
        blob = read_regular_bytes(path, MAX_CATALOG_BYTES + 1)
    except FileNotFoundError:
        not_found = QCoreApplication.translate("catalog", "file not found")
        raise _at(path, not_found, _NoFile) from None
    except NotRegularFile as err:
        text = QCoreApplication.translate("catalog", "can't use it: {reason}")
        raise _at(path, text.format(reason=err.strerror)) from None
    except OSError as err:
        raise _at(path, cant_read(err.strerror or str(err))) from None
    if len(blob) > MAX_CATALOG_BYTES:
        text = QCoreApplication.translate("catalog", "too large for a catalog (over {size} MiB)")
        raise _at(path, text.format(size=MAX_CATALOG_BYTES // (1024 * 1024)))
    try:
        return json.loads(blob.decode("utf-8"))
    except UnicodeDecodeError as err:
        text = QCoreApplication.translate("catalog", "not UTF-8 text ({reason})")
        raise _at(path, text.format(reason=err.reason)) from None
    except json.JSONDecodeError as err:
        #: {reason} is Python's own description of the JSON error, in English.
        text = QCoreApplication.translate("catalog", "not valid JSON: {reason} (line {line})")
        raise _at(path, text.format(reason=err.msg, line=err.lineno)) from None
    except RecursionError:
        raise _at(path, not_usable_json(nested_too_deeply())) from None
    except ValueError as err:  # an integer of thousands of digits
        raise _at(path, not_usable_json(str(err))) from None


def cant_read(reason: str) -> str:
    """A file that is there but can't be read; ``reason`` is the system's."""
    return QCoreApplication.translate("catalog", "can't read it: {reason}").format(reason=reason)


def not_usable_json(reason: str) -> str:
    """JSON that Python can't take in (nested too deeply, a number too long)."""
    return QCoreApplication.translate("catalog", "not usable JSON: {reason}").format(reason=reason)


def nested_too_deeply() -> str:
    return QCoreApplication.translate("catalog", "nested too deeply")


def describe_validation_error(path: Path, raw: Any, err: ValidationError) -> str:
    """One line per problem: ``file: exercises[2] (id 'cat-camel').dose.reps: message``."""
    from backbreak.domain.validation_words import problem_text

    problems = err.errors()
    count = len(problems)
    #: {path} is the file; a line for each problem follows.
    header = QCoreApplication.translate("catalog", "{path}: %n problem(s):", "", count)
    lines = [header.format(path=path)]
    for problem in problems:
        lines.append(f"  {_field_path(raw, problem['loc'])}: {problem_text(problem)}")
    return "\n".join(lines)


def _field_path(raw: Any, loc: Sequence[int | str]) -> str:
    parts: list[str] = []
    node = raw
    for key in loc:
        if isinstance(key, int):
            label = f"[{key}]"
            node = node[key] if isinstance(node, list) and key < len(node) else None
            if isinstance(node, dict) and isinstance(node.get("id"), str) and len(parts) == 1:
                label += f" (id '{node['id']}')"
            parts.append(label)
        else:
            parts.append(("." if parts else "") + key)
            node = node.get(key) if isinstance(node, dict) else None
    return "".join(parts) or QCoreApplication.translate("catalog", "(top level)")


def check_references(
    path: Path, data: CatalogFile, known_exercises: set[str], known_sources: set[str]
) -> None:
    """Ids are unique, routines name real exercises, exercises name real sources."""
    problems: list[str] = []
    problems += _duplicates("exercises", [e.id for e in data.exercises])
    problems += _duplicates("routines", [r.id for r in data.routines])
    exercise_ids = known_exercises | {e.id for e in data.exercises}
    source_ids = known_sources | {s.id for s in data.sources}
    for i, ex in enumerate(data.exercises):
        if ex.source not in source_ids:
            #: Keep the field path "exercises[{index}] (id '{id}').source" as it is.
            text = QCoreApplication.translate(
                "catalog", "exercises[{index}] (id '{id}').source: unknown source '{source}'"
            )
            problems.append(text.format(index=i, id=ex.id, source=ex.source))
    for i, routine in enumerate(data.routines):
        for name in routine.exercises:
            if name not in exercise_ids:
                #: Keep the field path "routines[{index}] (id '{id}').exercises" as it is.
                text = QCoreApplication.translate(
                    "catalog",
                    "routines[{index}] (id '{id}').exercises: unknown exercise '{exercise}'",
                )
                problems.append(text.format(index=i, id=routine.id, exercise=name))
    if problems:
        raise _at(path, "; ".join(problems))


def _duplicates(section: str, ids: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for i, ident in enumerate(ids):
        if ident in seen:
            #: {section}[{index}].id is a field path in the file; keep it as it is.
            text = QCoreApplication.translate(
                "catalog", "{section}[{index}].id: '{id}' is used twice"
            )
            out.append(text.format(section=section, index=i, id=ident))
        seen.add(ident)
    return out


def _check_no_clash(
    path: Path,
    data: CatalogFile,
    exercises: dict[str, Exercise],
    routines: dict[str, Routine],
    sources: dict[str, Source],
) -> None:
    exercise = QCoreApplication.translate("catalog", "exercise '{id}'")
    routine = QCoreApplication.translate("catalog", "routine '{id}'")
    source = QCoreApplication.translate("catalog", "source '{id}'")
    clashes = [exercise.format(id=e.id) for e in data.exercises if e.id in exercises]
    clashes += [routine.format(id=r.id) for r in data.routines if r.id in routines]
    clashes += [source.format(id=s.id) for s in data.sources if s.id in sources]
    if clashes:
        #: {ids} lists the clashing ids, e.g. "exercise 'cat-camel', routine 'evening'".
        text = QCoreApplication.translate(
            "catalog", "these ids are built in already; give yours another id: {ids}"
        )
        raise _at(path, text.format(ids=", ".join(clashes)))
