"""``backbreak plan`` and the CLI's messages speak the user's language."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _backbreak(*argv: str, lang: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LANG": lang, "LC_ALL": "", "LANGUAGE": "", "PYTHONPATH": str(ROOT)}
    env.pop("BACKBREAK_LANGUAGE", None)
    return subprocess.run(
        [sys.executable, "-m", "backbreak", *argv],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


def test_an_error_in_german() -> None:
    status = _backbreak("status", lang="de_DE.UTF-8")
    assert status.returncode == 1
    assert "backbreak läuft nicht" in status.stdout + status.stderr


def test_plan_in_german_and_english() -> None:
    day = (date.today() + timedelta(days=1)).isoformat()
    german = _backbreak("plan", "--date", day, lang="de_DE.UTF-8")
    english = _backbreak("plan", "--date", day, lang="en_US.UTF-8")
    assert german.returncode == english.returncode == 0, german.stderr + english.stderr
    assert german.stdout.startswith("Geplante Pausen für ")
    assert "Pausen, insgesamt etwa" in german.stdout or "Pause, insgesamt" in german.stdout
    assert english.stdout.startswith("Planned breaks for ")
    assert "(s)" not in english.stdout
