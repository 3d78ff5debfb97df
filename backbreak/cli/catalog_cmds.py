"""``backbreak catalog`` and ``backbreak show``: read the exercise catalog."""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import textwrap
from typing import TYPE_CHECKING, Any

from backbreak.cli.errors import CliError

if TYPE_CHECKING:  # the models pull in pydantic: imported when a command runs, not at parse
    from backbreak.domain.catalog import Catalog
    from backbreak.domain.exercise import Exercise


def register(sub: Any) -> None:
    p = sub.add_parser(
        "catalog",
        help="list every exercise",
        description="List every exercise in the catalog, with its dose and how often it is due.",
    )
    p.add_argument("--json", action="store_true", help="print the catalog as JSON (see README)")
    p.set_defaults(handler=cmd_catalog)

    p = sub.add_parser(
        "show",
        help="show one exercise in full",
        description="Show one exercise: steps, dose, cadence, cautions, modifications, source.",
    )
    p.add_argument("exercise_id", metavar="ID", help="an exercise id from 'backbreak catalog'")
    p.set_defaults(handler=cmd_show)


def load_user_catalog(*, translated: bool = True) -> Catalog:
    """The built-in catalog plus the user's additions; problems with the latter go to stderr.

    ``translated``: the text in the user's language, as the app shows it; ``--json``
    asks for the English, so that scripts read the same words everywhere.
    """
    from backbreak.domain.catalog import CatalogError, load_catalog
    from backbreak.i18n import pick_language, saved_language_setting
    from backbreak.store.paths import settings_file, user_catalog_file

    language = pick_language(saved_language_setting(settings_file())) if translated else None
    try:
        result = load_catalog(user_file=user_catalog_file(), language=language)
    except CatalogError as err:
        raise CliError(f"the built-in catalog is damaged; please reinstall.\n{err}", 1) from None
    for warning in result.warnings:
        print(f"backbreak: {warning}", file=sys.stderr)
    return result.catalog


def exercise_json(exercise: Exercise) -> dict[str, Any]:
    """The public JSON shape of one exercise (documented in the README)."""
    data = exercise.model_dump(mode="json")
    dose = data["dose"]
    data["dose"] = {
        "sets": dose["sets"],
        "reps": dose["reps"],
        "hold_seconds": dose["hold_seconds"],
        "per_side": dose["per_side"],
        "alternating": dose["alternating"],
        "rest_seconds": dose["rest_seconds"],
        "pace": dose["pace"],
    }
    freq = data["frequency"]
    data["frequency"] = {k: v for k, v in freq.items() if v is not None} if freq else None
    for key in ("steps", "equipment", "cautions", "modifications"):
        data[key] = list(data[key])
    return data


def cmd_catalog(args: argparse.Namespace) -> int:
    from backbreak.domain.describe import dose_text, frequency_text

    catalog = load_user_catalog(translated=not args.json)
    if args.json:
        json.dump([exercise_json(e) for e in catalog.exercises.values()], sys.stdout, indent=2)
        sys.stdout.write("\n")
        return 0
    rows = [("ID", "NAME", "GROUP", "DOSE", "HOW OFTEN")]
    rows += [
        (e.id, e.name, e.group.value, dose_text(e.dose), frequency_text(e))
        for e in catalog.exercises.values()
    ]
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for row in rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
    print(f"\n{len(catalog.exercises)} exercises. 'backbreak show ID' tells one in full.")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    catalog = load_user_catalog()
    exercise = catalog.exercises.get(args.exercise_id)
    if exercise is None:
        raise CliError(
            f"no exercise with id '{args.exercise_id}'. Known ids: {', '.join(catalog.exercises)}"
        )
    print(render_exercise(exercise, catalog))
    return 0


def render_exercise(exercise: Exercise, catalog: Catalog) -> str:
    from backbreak.domain.describe import dose_text, frequency_text

    width = min(shutil.get_terminal_size((88, 24)).columns, 100)

    def para(text: str, indent: str = "  ") -> str:
        return textwrap.fill(text, width, initial_indent=indent, subsequent_indent=indent)

    def bullets(items: tuple[str, ...], numbered: bool = False) -> list[str]:
        out = []
        for i, item in enumerate(items, 1):
            mark = f"{i}. " if numbered else "- "
            out.append(
                textwrap.fill(
                    item, width, initial_indent="  " + mark, subsequent_indent=" " * (2 + len(mark))
                )
            )
        return out or ["  (none)"]

    source = catalog.sources.get(exercise.source)
    group = catalog.group_label(exercise.group)
    lines = [
        f"{exercise.name}  [{exercise.id}]",
        f"{group} · {exercise.kind.value} · starts {exercise.position.value}",
        "",
        para(exercise.summary, ""),
        "",
        "Steps:",
        *bullets(exercise.steps, numbered=True),
        "",
        f"Dose:       {dose_text(exercise.dose)}",
        f"How often:  {frequency_text(exercise)}",
        f"You need:   {', '.join(e.value for e in exercise.equipment) or 'nothing'}",
        "",
        "Cautions:",
        *bullets(exercise.cautions),
        "",
        "Modifications:",
        *bullets(exercise.modifications),
        "",
        f"Source:     {source.title} ({source.author})" if source else f"Source: {exercise.source}",
    ]
    illustration = illustration_path(exercise)
    if illustration is not None:
        lines.append(f"Picture:    {illustration}")
    return "\n".join(lines)


def illustration_path(exercise: Exercise) -> str | None:
    if exercise.illustration is None:
        return None
    from backbreak.assets_path import asset

    path = asset("illustrations", exercise.illustration)
    return str(path) if path.exists() else None
