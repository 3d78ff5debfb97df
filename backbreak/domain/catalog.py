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
            warnings.append(f"{err}\nYour own exercises were left out; the built-in ones load.")
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


def parse_catalog_file(path: Path) -> CatalogFile:
    """Read and validate one catalog file, turning every failure into a CatalogError."""
    try:
        blob = read_regular_bytes(path, MAX_CATALOG_BYTES + 1)
    except FileNotFoundError:
        raise _NoFile(f"{path}: file not found") from None
    except NotRegularFile as err:
        raise CatalogError(f"{path}: can't use it: {err.strerror}") from None
    except OSError as err:
        raise CatalogError(f"{path}: can't read it: {err.strerror}") from None
    if len(blob) > MAX_CATALOG_BYTES:
        raise CatalogError(
            f"{path}: too large for a catalog (over {MAX_CATALOG_BYTES // (1024 * 1024)} MiB)"
        )
    try:
        raw = json.loads(blob.decode("utf-8"))
    except UnicodeDecodeError as err:
        raise CatalogError(f"{path}: not UTF-8 text ({err.reason})") from None
    except json.JSONDecodeError as err:
        raise CatalogError(f"{path}: not valid JSON: {err.msg} (line {err.lineno})") from None
    except RecursionError:
        raise CatalogError(f"{path}: not usable JSON: nested too deeply") from None
    except ValueError as err:  # an integer of thousands of digits
        raise CatalogError(f"{path}: not usable JSON: {err}") from None
    if not isinstance(raw, dict):
        raise CatalogError(f"{path}: expected a JSON object with 'exercises' and 'routines'")
    for section, limit in SECTION_LIMITS.items():
        items = raw.get(section)
        if isinstance(items, list) and len(items) > limit:
            raise CatalogError(
                f"{path}: {section}: holds {len(items)}; a catalog file may hold at most "
                f"{limit} {section}"
            )
    version = raw.get("version", CATALOG_FORMAT_VERSION)
    if version != CATALOG_FORMAT_VERSION:
        raise CatalogError(
            f"{path}: version: {version!r} is not a catalog format this backbreak reads "
            f"(expected {CATALOG_FORMAT_VERSION})"
        )
    try:
        return CatalogFile.model_validate(raw)
    except ValidationError as err:
        raise CatalogError(describe_validation_error(path, raw, err)) from None


def describe_validation_error(path: Path, raw: Any, err: ValidationError) -> str:
    """One line per problem: ``file: exercises[2] (id 'cat-camel').dose.reps: message``."""
    lines = [f"{path}: {len(err.errors())} problem(s):"]
    for problem in err.errors():
        lines.append(f"  {_field_path(raw, problem['loc'])}: {_message(problem)}")
    return "\n".join(lines)


def _message(problem: Any) -> str:
    msg = str(problem["msg"])
    return msg.removeprefix("Value error, ")


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
    return "".join(parts) or "(top level)"


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
            problems.append(f"exercises[{i}] (id '{ex.id}').source: unknown source '{ex.source}'")
    for i, routine in enumerate(data.routines):
        for name in routine.exercises:
            if name not in exercise_ids:
                problems.append(
                    f"routines[{i}] (id '{routine.id}').exercises: unknown exercise '{name}'"
                )
    if problems:
        raise CatalogError(f"{path}: " + "; ".join(problems))


def _duplicates(section: str, ids: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for i, ident in enumerate(ids):
        if ident in seen:
            out.append(f"{section}[{i}].id: '{ident}' is used twice")
        seen.add(ident)
    return out


def _check_no_clash(
    path: Path,
    data: CatalogFile,
    exercises: dict[str, Exercise],
    routines: dict[str, Routine],
    sources: dict[str, Source],
) -> None:
    clashes = [f"exercise '{e.id}'" for e in data.exercises if e.id in exercises]
    clashes += [f"routine '{r.id}'" for r in data.routines if r.id in routines]
    clashes += [f"source '{s.id}'" for s in data.sources if s.id in sources]
    if clashes:
        raise CatalogError(
            f"{path}: these ids are built in already; give yours another id: {', '.join(clashes)}"
        )
