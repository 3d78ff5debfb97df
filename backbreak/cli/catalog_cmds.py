"""``backbreak catalog`` and ``backbreak show``: read the exercise catalog."""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import textwrap
from typing import TYPE_CHECKING, Any

from backbreak.cli.errors import CliError, warn
from backbreak.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:  # the models pull in pydantic: imported when a command runs, not at parse
    from backbreak.domain.catalog import Catalog
    from backbreak.domain.exercise import Exercise


def register(sub: Any) -> None:
    p = sub.add_parser(
        "catalog",
        help=translate("catalog_cmds", "list every exercise"),
        description=translate(
            "catalog_cmds",
            "List every exercise in the catalog, with its dose and how often it is due.",
        ),
    )
    p.add_argument(
        "--json",
        action="store_true",
        help=translate("catalog_cmds", "print the catalog as JSON, in English (see README)"),
    )
    p.set_defaults(handler=cmd_catalog)

    p = sub.add_parser(
        "show",
        help=translate("catalog_cmds", "show one exercise in full"),
        description=translate(
            "catalog_cmds",
            "Show one exercise: steps, dose, cadence, cautions, modifications, source.",
        ),
    )
    p.add_argument(
        "exercise_id",
        metavar="ID",
        help=translate("catalog_cmds", "an exercise id from 'backbreak catalog'"),
    )
    p.set_defaults(handler=cmd_show)


def load_user_catalog(*, translated: bool = True) -> Catalog:
    """The built-in catalog plus the user's additions; problems with the latter go to stderr.

    ``translated``: the text in the user's language, as the app shows it; ``--json``
    asks for the English, so that scripts read the same words everywhere.
    """
    from backbreak.domain.catalog import CatalogError, load_catalog
    from backbreak.i18n import cli_language
    from backbreak.store.paths import user_catalog_file

    language = cli_language() if translated else None
    try:
        result = load_catalog(user_file=user_catalog_file(), language=language)
    except CatalogError as err:
        message = translate("catalog_cmds", "the built-in catalog is damaged; please reinstall.")
        raise CliError(f"{message}\n{err}", 1) from None
    for warning in result.warnings:
        warn(warning)
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


HEADINGS = (
    QT_TRANSLATE_NOOP("catalog_cmds", "ID"),
    QT_TRANSLATE_NOOP("catalog_cmds", "NAME"),
    QT_TRANSLATE_NOOP("catalog_cmds", "GROUP"),
    QT_TRANSLATE_NOOP("catalog_cmds", "DOSE"),
    QT_TRANSLATE_NOOP("catalog_cmds", "HOW OFTEN"),
)
"""The columns of ``backbreak catalog``."""


def cmd_catalog(args: argparse.Namespace) -> int:
    from backbreak.domain.describe import dose_text, frequency_text

    catalog = load_user_catalog(translated=not args.json)
    if args.json:
        json.dump([exercise_json(e) for e in catalog.exercises.values()], sys.stdout, indent=2)
        sys.stdout.write("\n")
        return 0
    rows = [tuple(translate("catalog_cmds", heading) for heading in HEADINGS)]
    rows += [
        (e.id, e.name, catalog.group_label(e.group), dose_text(e.dose), frequency_text(e))
        for e in catalog.exercises.values()
    ]
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for row in rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
    count = len(catalog.exercises)
    print()
    print(
        translate(
            "catalog_cmds", "%n exercise(s). 'backbreak show ID' tells one in full.", "", count
        )
    )
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    catalog = load_user_catalog()
    exercise = catalog.exercises.get(args.exercise_id)
    if exercise is None:
        message = translate("catalog_cmds", "no exercise with id '{id}'. Known ids: {ids}")
        raise CliError(message.format(id=args.exercise_id, ids=", ".join(catalog.exercises)))
    print(render_exercise(exercise, catalog))
    return 0


def render_exercise(exercise: Exercise, catalog: Catalog) -> str:
    """The whole exercise, as ``backbreak show`` prints it, wrapped to the terminal."""
    from backbreak.domain.exercise_labels import KIND_TEXT, POSITION_IN_SENTENCE

    width = min(shutil.get_terminal_size((88, 24)).columns, 100)
    facts = _facts(exercise, catalog)
    column = max(len(label) for label, _value in facts) + 2
    aligned = [f"{label.ljust(column)}{value}" for label, value in facts]
    #: Under the exercise's name: "Low back · Stretch · starts standing"; {position} is
    #: a position such as "lying on your back" (German: "in Rückenlage").
    kind_line = translate("catalog_cmds", "{group} · {kind} · starts {position}")
    lines = [
        f"{exercise.name}  [{exercise.id}]",
        kind_line.format(
            group=catalog.group_label(exercise.group),
            kind=KIND_TEXT[exercise.kind],
            position=POSITION_IN_SENTENCE[exercise.position],
        ),
        "",
        textwrap.fill(exercise.summary, width),
        "",
        translate("catalog_cmds", "Steps:"),
        *_bullets(exercise.steps, width, numbered=True),
        "",
        *aligned[:3],
        "",
        translate("catalog_cmds", "Cautions:"),
        *_bullets(exercise.cautions, width),
        "",
        translate("catalog_cmds", "Modifications:"),
        *_bullets(exercise.modifications, width),
        "",
        *aligned[3:],
    ]
    return "\n".join(lines)


def _facts(exercise: Exercise, catalog: Catalog) -> list[tuple[str, str]]:
    """(label, value): dose, how often, what is needed; then the source and the picture."""
    from backbreak.domain.describe import dose_text, frequency_text
    from backbreak.domain.exercise_labels import EQUIPMENT_TEXT

    needed = ", ".join(EQUIPMENT_TEXT[item] for item in exercise.equipment)
    source = catalog.sources.get(exercise.source)
    facts = [
        (translate("catalog_cmds", "Dose:"), dose_text(exercise.dose)),
        (translate("catalog_cmds", "How often:"), frequency_text(exercise)),
        (
            translate("catalog_cmds", "You need:"),
            needed or translate("catalog_cmds", "nothing"),
        ),
        (
            translate("catalog_cmds", "Source:"),
            f"{source.title} ({source.author})" if source else exercise.source,
        ),
    ]
    illustration = illustration_path(exercise)
    if illustration is not None:
        facts.append((translate("catalog_cmds", "Picture:"), illustration))
    return facts


def _bullets(items: tuple[str, ...], width: int, numbered: bool = False) -> list[str]:
    """Items as an indented list, wrapped; "(none)" for none."""
    out = []
    for i, item in enumerate(items, 1):
        mark = f"{i}. " if numbered else "- "
        indent = " " * (2 + len(mark))
        out.append(textwrap.fill(item, width, initial_indent="  " + mark, subsequent_indent=indent))
    return out or ["  " + translate("catalog_cmds", "(none)")]


def illustration_path(exercise: Exercise) -> str | None:
    if exercise.illustration is None:
        return None
    from backbreak.assets_path import asset

    path = asset("illustrations", exercise.illustration)
    return str(path) if path.exists() else None
