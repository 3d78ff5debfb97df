"""How long planning takes: a year with defaults, and a day with a 1,000-exercise catalog.

Not a test (pytest collects only ``test_*.py``). Run it from the project root:

    .venv/bin/python tests/bench/bench_plan_year.py [--runs 5] [--exercises 1000]

Both use what ``backbreak plan`` uses: the app's engine and APScheduler jobs on a
simulated clock (``backbreak.planning.dayplan``), each break done when offered.

- year: default settings in Europe/Berlin (both DST changes inside), 1 Jan to 31 Dec;
- big catalog: the built-in catalog plus N user exercises spread over the four groups'
  block routines (as a user's catalog.json would add them), one weekday planned.

It prints the median and spread of the runs. Targets (issue: planning scale): a year
under 1 s, a day with 1,000 exercises under 1 s.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

from backbreak.domain.catalog import Catalog, load_catalog
from backbreak.domain.settings import Settings
from backbreak.planning.dayplan import EmptyHistory, SimClock, plan_day, simulate
from backbreak.planning.engine import Engine

BERLIN = ZoneInfo("Europe/Berlin")


def big_catalog(base: Catalog, extra: int) -> Catalog:
    """``extra`` copies of the guide's exercises under new ids, added to the blocks."""
    templates = [e for e in base.exercises.values() if e.frequency is None]
    exercises = dict(base.exercises)
    routines = dict(base.routines)
    for i in range(extra):
        template = templates[i % len(templates)]
        copy = template.model_copy(update={"id": f"{template.id}-{i}"})
        exercises[copy.id] = copy
        block = next(r for r in routines.values() if r.group is copy.group)
        routines[block.id] = block.model_copy(update={"exercises": (*block.exercises, copy.id)})
    return replace(base, exercises=exercises, routines=routines)


def timed(runs: int, work: Callable[[], int]) -> tuple[list[float], int]:
    work()  # warm-up
    times, count = [], 0
    for _ in range(max(1, runs)):
        began = time.perf_counter()
        count = work()
        times.append(time.perf_counter() - began)
    return times, count


def report(what: str, times: list[float], count: int) -> None:
    print(
        f"{what}: {count} breaks, median {statistics.median(times):.3f} s over {len(times)} "
        f"runs (min {min(times):.3f} s, max {max(times):.3f} s)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--runs", type=int, default=5, help="timed runs of each (default 5)")
    parser.add_argument("--year", type=int, default=2026)
    parser.add_argument("--exercises", type=int, default=1000, help="user exercises to add")
    args = parser.parse_args()
    catalog = load_catalog().catalog
    settings = Settings()

    def year() -> int:
        start = datetime(args.year, 1, 1, tzinfo=BERLIN)
        clock = SimClock(start)
        engine = Engine(catalog, settings, EmptyHistory(), clock)
        return len(simulate(engine, clock, start.replace(year=args.year + 1)))

    report(f"a year ({args.year})", *timed(args.runs, year))

    big = big_catalog(catalog, args.exercises)

    def day() -> int:
        return len(plan_day(big, settings, date(args.year, 11, 24), BERLIN))

    report(f"a day with {len(big.exercises)} exercises", *timed(args.runs, day))


if __name__ == "__main__":
    main()
