"""The whole default work day, live: the end-to-end "day in the life" at full length.

usage: python tests/bench/day_in_the_life.py

CI runs a shortened day (work 09:00-11:30) of ``tests/e2e/test_e2e_day_in_the_life.py``
to stay fast; this runs the same test over the whole default day (09:00-17:00, every
cadence, about 16 minutes at the test's x30 speed-up) and prints pytest's verdict. Not
collected by pytest (no test_ prefix).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main() -> int:
    env = dict(os.environ, BACKBREAK_FULL_DAY="1")
    test = "tests/e2e/test_e2e_day_in_the_life.py::test_a_day_in_the_life_matches_the_plan"
    return subprocess.call([sys.executable, "-m", "pytest", "-q", "-x", test], cwd=ROOT, env=env)


if __name__ == "__main__":
    sys.exit(main())
