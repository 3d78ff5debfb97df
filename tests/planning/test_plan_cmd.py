"""``backbreak plan``: the day's breaks under the current settings, as text or JSON."""

from __future__ import annotations

import itertools
import json
from datetime import datetime, timedelta
from typing import Any

import pytest

from backbreak.cli import main
from backbreak.store import paths

WEEKDAY = "2026-03-30"  # a Monday; clocks changed the day before
SATURDAY = "2026-03-28"


@pytest.fixture(autouse=True)
def berlin(monkeypatch: pytest.MonkeyPatch) -> None:
    """The plan is in local time; pin the zone so the expectations are fixed."""
    monkeypatch.setenv("TZ", "Europe/Berlin")


def plan(capsys: pytest.CaptureFixture[str], day: str) -> list[dict[str, Any]]:
    assert main(["plan", "--date", day, "--json"]) == 0
    rows: list[dict[str, Any]] = json.loads(capsys.readouterr().out)
    for row in rows:
        row["at"] = datetime.fromisoformat(row["at"])
    return rows


def with_exercise(rows: list[dict[str, Any]], exercise_id: str) -> list[datetime]:
    return [r["at"] for r in rows if exercise_id in r["exercises"]]


def test_a_weekday_honours_every_cadence(capsys: pytest.CaptureFixture[str]) -> None:
    """DESIGN.md's table: prone holds every 2-3 h, a block every 1-2 h in work hours,
    cat-camel 3x, ankle pumps 2x, the evening session - each break within the cap."""
    rows = plan(capsys, WEEKDAY)
    assert [r["at"] for r in rows] == sorted(r["at"] for r in rows)
    assert all(set(r) == {"at", "exercises", "kind", "estimated_minutes"} for r in rows)
    assert all(r["at"].utcoffset() == timedelta(hours=2) for r in rows), "local, with offset"
    work = [r for r in rows if r["kind"] != "evening"]
    assert all(9 <= r["at"].hour < 17 for r in work)
    assert all(0 < r["estimated_minutes"] <= 15 for r in rows)

    prone = with_exercise(rows, "prone-lying")
    assert len(prone) >= 3
    ends = {r["at"]: r["at"] + timedelta(minutes=r["estimated_minutes"]) for r in rows}
    for before, after in itertools.pairwise(prone):
        gap = after - ends[before]
        assert timedelta(hours=2) - timedelta(minutes=1) <= gap <= timedelta(hours=3), gap

    blocks = [r for r in work if any(e in r["exercises"] for e in BLOCK_MARKERS)]
    assert len(blocks) >= 3
    for block in blocks:
        previous = [ends[r["at"]] for r in rows if r["at"] < block["at"]]
        if previous:
            gap = block["at"] - max(previous)
            assert timedelta(hours=1) <= gap <= timedelta(hours=2), gap

    assert len(with_exercise(rows, "cat-camel")) == 3
    assert len(with_exercise(rows, "supine-ankle-pumps")) == 2
    evening = [r for r in rows if r["kind"] == "evening"]
    assert len(evening) == 1 and evening[0]["at"].strftime("%H:%M") == "20:30"


BLOCK_MARKERS = ("calf-stretch-lunge", "standing-quad-stretch", "doorway-pec-stretch")
BLOCK_MARKERS += ("dead-bug-heel-touch",)


def test_a_weekend_day_has_only_the_evening(capsys: pytest.CaptureFixture[str]) -> None:
    """Outside work days nothing is planned but the evening session."""
    rows = plan(capsys, SATURDAY)
    assert [r["kind"] for r in rows] == ["evening"]
    assert rows[0]["at"].strftime("%H:%M") == "20:30"


def test_settings_file_is_honoured(capsys: pytest.CaptureFixture[str]) -> None:
    """With the evening session off and Saturday a work day, Saturday has work breaks."""
    path = paths.settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"evening_enabled": False, "work_days": [5]}), encoding="utf-8")
    rows = plan(capsys, SATURDAY)
    assert rows and all(r["kind"] != "evening" for r in rows)


def test_readable_text_by_default(capsys: pytest.CaptureFixture[str]) -> None:
    """Times, minutes and exercise names a person can read."""
    assert main(["plan", "--date", WEEKDAY]) == 0
    out = capsys.readouterr().out
    assert "Monday 30 March 2026" in out
    assert "Prone holds" in out and "20:30" in out


@pytest.mark.parametrize("bad", ["30.03.2026", "2026-02-30", "tomorrow"])
def test_a_bad_date_is_a_clear_error(capsys: pytest.CaptureFixture[str], bad: str) -> None:
    """A wrong --date says what is expected and exits 2, without a traceback."""
    assert main(["plan", "--date", bad]) == 2
    err = capsys.readouterr().err
    assert "YYYY-MM-DD" in err and bad in err
