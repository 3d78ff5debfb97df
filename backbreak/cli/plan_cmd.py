"""``backbreak plan``: the day's planned breaks under the current settings."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import TYPE_CHECKING, Any

from backbreak.cli.errors import CliError

if TYPE_CHECKING:  # pydantic models: imported when the command runs, not at parse
    from backbreak.domain.settings import Settings


def register(sub: Any) -> None:
    p = sub.add_parser(
        "plan",
        help="show the day's planned breaks",
        description=(
            "Show the breaks planned for a day under your settings, assuming each one is "
            "done when it is due. Work hours bound everything but the evening session."
        ),
    )
    p.add_argument("--date", metavar="YYYY-MM-DD", help="the day to plan (default: today)")
    p.add_argument("--json", action="store_true", help="print the plan as JSON (see README)")
    p.set_defaults(handler=cmd_plan)


PLAN_RANGE_YEARS = 100
"""``--date`` may be this many years before or after today (9999-12-31 overflowed)."""


def parse_day(text: str | None, today: date | None = None) -> date:
    """The ``--date`` day (default: today), within :data:`PLAN_RANGE_YEARS` of today."""
    if today is None:
        from backbreak.clock import system_clock

        today = system_clock().date()
    if text is None:
        return today
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise CliError(f"--date: '{text}' is not a date like 2026-03-30 (YYYY-MM-DD)") from None
    first = today.replace(year=max(1, today.year - PLAN_RANGE_YEARS), month=1, day=1)
    last = today.replace(year=min(9998, today.year + PLAN_RANGE_YEARS), month=12, day=31)
    if not first <= day <= last:
        raise CliError(
            f"--date: {day.isoformat()} is out of range: plan a day from {first.isoformat()} "
            f"to {last.isoformat()}"
        )
    return day


def load_current_settings() -> Settings:
    """The user's settings; defaults (with a message) when the file can't be used."""
    from backbreak.store.settings_file import load_settings

    result = load_settings()
    for problem in result.problems:
        print(f"backbreak: {problem}", file=sys.stderr)
    return result.settings


def cmd_plan(args: argparse.Namespace) -> int:
    from backbreak.cli.catalog_cmds import load_user_catalog
    from backbreak.clock import local_zone
    from backbreak.planning.dayplan import plan_day

    day = parse_day(args.date)
    settings = load_current_settings()
    catalog = load_user_catalog()
    breaks = plan_day(catalog, settings, day, local_zone())
    if args.json:
        rows = [
            {
                "at": b.due.isoformat(timespec="seconds"),
                "exercises": list(b.exercises),
                "kind": b.kind.value,
                "estimated_minutes": b.estimated_minutes,
            }
            for b in breaks
        ]
        json.dump(rows, sys.stdout, indent=2)
        sys.stdout.write("\n")
        return 0
    print(f"Planned breaks for {day:%A %d %B %Y}:")
    if not breaks:
        print("  none (a day off with the evening session turned off?)")
    for b in breaks:
        print(f"  {b.due:%H:%M}  {b.estimated_minutes:4.1f} min  {b.title}")
        names = [catalog.exercise(e).name for e in b.exercises]
        print(f"{'':15}{', '.join(names)}")
    total = sum(b.estimated_minutes for b in breaks)
    count = f"{len(breaks)} break{'s' if len(breaks) != 1 else ''}"
    print(f"\n{count}, about {total:.0f} minutes in all.")
    return 0
