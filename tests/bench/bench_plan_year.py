"""How long planning a whole year takes: the engine driven through 365 days.

Not a test (pytest collects only ``test_*.py``). Run it from the project root:

    /work/venv/bin/python tests/bench/bench_plan_year.py [--runs 7]

Each run builds a fresh engine with default settings in Europe/Berlin (both DST changes
inside the year) and plans every break from 1 January to 31 December, each done when
due (``backbreak.planning.dayplan.simulate``, what ``backbreak plan`` uses for a day).
It prints the median and the spread of the runs, and how many breaks a year holds.
"""

from __future__ import annotations

import argparse
import statistics
import time
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from backbreak.domain.catalog import load_catalog
from backbreak.domain.settings import Settings
from backbreak.planning.dayplan import simulate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--runs", type=int, default=7, help="how many timed runs (default 7)")
    parser.add_argument("--year", type=int, default=2026)
    args = parser.parse_args()
    catalog = load_catalog().catalog
    settings = Settings()
    start = datetime(args.year, 1, 1, tzinfo=ZoneInfo("Europe/Berlin"))
    end = start.replace(year=args.year + 1)
    simulate(catalog, settings, start, start + timedelta(days=7))  # warm-up
    times = []
    breaks = 0
    for _ in range(max(1, args.runs)):
        began = time.perf_counter()
        breaks = len(simulate(catalog, settings, start, end))
        times.append(time.perf_counter() - began)
    print(
        f"planned {breaks} breaks in {args.year}: median {statistics.median(times):.3f} s "
        f"over {len(times)} runs (min {min(times):.3f} s, max {max(times):.3f} s)"
    )


if __name__ == "__main__":
    main()
