"""``backbreak plan``: what the app will do on a day.

When the tray app runs, it answers itself: its live engine (what is offered, snoozed,
paused, running, the rotation) is copied onto a simulated clock and walked forward to
the day (``planning.dayplan.plan_ahead``). When it doesn't, the same engine is built
from the history and settings on disk, as the app would build it at start, and walked
forward the same way.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from backbreak.cli.errors import CliError, warn
from backbreak.i18n import translate

if TYPE_CHECKING:  # pydantic models: imported when the command runs, not at parse
    from backbreak.domain.catalog import Catalog
    from backbreak.domain.settings import Settings
    from backbreak.planning.model import Break

MAX_DAYS_AHEAD = 400
"""How far ahead a plan walks (a year and a bit: under a second)."""


def register(sub: Any) -> None:
    p = sub.add_parser(
        "plan",
        help=translate("plan_cmd", "show the day's planned breaks"),
        description=translate(
            "plan_cmd",
            "Show the breaks backbreak will offer on a day (default: the rest of today), "
            "from what you have done so far, assuming each break is done when offered. "
            "Work hours bound everything but the evening session.",
        ),
    )
    p.add_argument(
        "--date",
        metavar=translate("plan_cmd", "YYYY-MM-DD"),
        help=translate("plan_cmd", "the day to plan (default: today)"),
    )
    p.add_argument(
        "--json",
        action="store_true",
        help=translate("plan_cmd", "print the plan as JSON (see README)"),
    )
    p.set_defaults(handler=cmd_plan)


def parse_day(text: str | None, today: date) -> date:
    """The day asked for: today, or up to ``MAX_DAYS_AHEAD`` days ahead."""
    if text is None:
        return today
    try:
        day = date.fromisoformat(text)
    except ValueError:
        message = translate(
            "plan_cmd", "--date: '{text}' is not a date like 2026-03-30 (YYYY-MM-DD)"
        )
        raise CliError(message.format(text=text)) from None
    if day < today:
        message = translate(
            "plan_cmd",
            "--date: {date} has passed; 'backbreak plan' shows what is still to come "
            "(see 'backbreak export' for what was done)",
        )
        raise CliError(message.format(date=day))
    most = MAX_DAYS_AHEAD
    if day > today + timedelta(days=most):
        message = translate(
            "plan_cmd", "--date: {date} is too far ahead; plan up to %n day(s) ahead", "", most
        )
        raise CliError(message.format(date=day))
    return day


def load_current_settings() -> Settings:
    """The user's settings; defaults (with a message) when the file can't be used."""
    from backbreak.store.settings_file import load_settings

    result = load_settings()
    for problem in result.problems:
        warn(problem)
    return result.settings


def plan_rows(breaks: Sequence[Break], catalog: Catalog) -> list[dict[str, Any]]:
    """The plan as JSON rows (the README documents the format)."""
    return [
        {
            "at": b.due.isoformat(timespec="seconds"),
            "title": b.title,
            "kind": b.kind.value,
            "exercises": list(b.exercises),
            "estimated_minutes": b.estimated_minutes,
            "doses": {e: b.note_of(e) for e in b.exercises if b.note_of(e)},
        }
        for b in breaks
    ]


def _ask_running_app(day: date) -> list[dict[str, Any]] | None:
    from backbreak.desktop.single_instance import NotRunning, request, send_request

    try:
        answer = send_request(request("plan", date=day.isoformat()), timeout=30)
    except (NotRunning, OSError, ValueError):
        return None
    if not answer.get("ok"):
        return None
    rows: list[dict[str, Any]] = answer.get("data", {}).get("breaks", [])
    return rows


def _plan_here(day: date, catalog: Catalog) -> list[dict[str, Any]]:
    """The plan from the history on disk, as the app would start from it."""
    from backbreak.clock import local_zone, system_clock
    from backbreak.planning.dayplan import plan_day
    from backbreak.store import paths
    from backbreak.store.history import HistoryStore

    settings = load_current_settings()
    tz = local_zone()
    now = system_clock().astimezone(tz)
    path = paths.history_file()
    if not path.is_file():  # nothing recorded yet: don't create the data folder for a plan
        return plan_rows(plan_day(catalog, settings, day, tz, now=now), catalog)
    history = HistoryStore.open(path, tz=tz)
    try:
        breaks = plan_day(catalog, settings, day, tz, history=history, now=now)
    finally:
        history.close()
    return plan_rows(breaks, catalog)


def cmd_plan(args: argparse.Namespace) -> int:  # shape: one command, read top to bottom
    from backbreak.cli.catalog_cmds import load_user_catalog
    from backbreak.clock import system_clock
    from backbreak.i18n import formats

    day = parse_day(args.date, system_clock().date())
    catalog = load_user_catalog(translated=not args.json)
    rows = _ask_running_app(day)
    if rows is None:
        rows = _plan_here(day, catalog)
    if args.json:
        json.dump(rows, sys.stdout, indent=2)
        sys.stdout.write("\n")
        return 0
    heading = translate("plan_cmd", "Planned breaks for {date}:")
    print(heading.format(date=formats.long_date(day)))
    if not rows:
        print(translate("plan_cmd", "  none (a day off with the evening session turned off?)"))
    for row in rows:
        at = formats.clock(datetime.fromisoformat(row["at"]))
        length = translate("plan_cmd", "{minutes} min").format(
            minutes=formats.number(float(row["estimated_minutes"]), 1)
        )
        print(f"  {at:>8}  {length:>9}  {row['title']}")
        names = []
        for ex_id in row["exercises"]:
            name = catalog.exercises[ex_id].name if ex_id in catalog.exercises else ex_id
            note = row.get("doses", {}).get(ex_id)
            names.append(f"{name} ({raised_dose(note)})" if note else name)
        print(f"{'':23}{', '.join(names)}")
    total = sum(float(r["estimated_minutes"]) for r in rows)
    count = len(rows)
    summary = translate("plan_cmd", "%n break(s), about {minutes} minutes in all.", "", count)
    print("\n" + summary.format(minutes=formats.number(round(total))))
    return 0


def raised_dose(note: str) -> str:
    """The dose out of the planner's note: "2 sets today: this block has room" gives
    "2 sets", in any language the note's own message is translated to; a note in
    another shape (a running app speaking another language) is kept whole."""
    template = translate("dosing", "{what} today: this block has room")
    before, _what, after = template.partition("{what}")
    if _what and note.startswith(before) and note.endswith(after):
        return note[len(before) : len(note) - len(after)]
    return note
