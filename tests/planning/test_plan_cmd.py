"""``backbreak plan``: what the app will do on a day, from what was done so far.

The command's "now" is pinned (``backbreak.clock.system_clock`` patched) and the zone is
Europe/Berlin, so nothing here depends on the machine's hour. The rules themselves are
checked in ``test_day_follows_the_documents``; here: the command's words and limits,
that it starts from the real history, and that a plan never creates the data folder.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from backbreak.cli import main
from backbreak.domain.history import ExerciseRecord, Outcome
from backbreak.store import paths
from backbreak.store.history import HistoryStore

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 23, 7, 30, tzinfo=BERLIN)  # a Monday, before work


@pytest.fixture(autouse=True)
def pinned(monkeypatch: pytest.MonkeyPatch) -> None:
    """The plan is in local time from now: pin both."""
    monkeypatch.setenv("TZ", "Europe/Berlin")
    monkeypatch.setattr("backbreak.clock.system_clock", lambda: NOW)
    monkeypatch.setattr("backbreak.cli.plan_cmd._ask_running_app", lambda day: None)


def plan(capsys: pytest.CaptureFixture[str], *args: str) -> list[dict[str, Any]]:
    assert main(["plan", "--json", *args]) == 0
    rows: list[dict[str, Any]] = json.loads(capsys.readouterr().out)
    return rows


def test_today_lists_the_day_with_doses_and_reasons(capsys: pytest.CaptureFixture[str]) -> None:
    """JSON rows: local time with offset, title, kind, exercises, minutes, dose notes."""
    rows = plan(capsys)
    assert rows, "a weekday has breaks"
    assert all(
        set(r) == {"at", "title", "kind", "exercises", "estimated_minutes", "doses"} for r in rows
    )
    times = [datetime.fromisoformat(r["at"]) for r in rows]
    assert times == sorted(times) and all(t.date() == NOW.date() for t in times)
    assert all(t.utcoffset() == timedelta(hours=1) for t in times)
    assert rows[-1]["kind"] == "evening"
    assert any("this block has room" in note for r in rows for note in r["doses"].values())


def test_the_text_says_the_dose_chosen(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plan"]) == 0
    out = capsys.readouterr().out
    from backbreak.i18n import formats

    assert out.startswith(f"Planned breaks for {formats.long_date(date(2026, 11, 23))}:")
    assert "(2 sets)" in out
    assert "minutes in all." in out


FIRST_OF_GROUP = {
    "foot-ball-release": "foot-calf",
    "standing-quad-stretch": "hip-pelvis",
    "doorway-pec-stretch": "upper-back",
    "dead-bug-heel-touch": "core",
}


def block_groups(rows: list[dict[str, Any]]) -> list[str]:
    return [
        FIRST_OF_GROUP[e]
        for r in rows
        if r["kind"] != "evening"
        for e in r["exercises"]
        if e in FIRST_OF_GROUP
    ]


def test_a_later_day_walks_on_from_today(capsys: pytest.CaptureFixture[str]) -> None:
    """Tuesday's first block is the group after Monday's last: the rotation goes on
    across days, as in the running app (a fresh plan each day would restart it)."""
    order = ["foot-calf", "hip-pelvis", "upper-back", "core"]
    monday = block_groups(plan(capsys))
    tuesday = block_groups(plan(capsys, "--date", "2026-11-24"))
    assert tuesday[0] == order[(order.index(monday[-1]) + 1) % len(order)]


def test_the_plan_starts_from_the_history(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Prone holds done at 09:40 come next two hours after, not at 11:00."""
    path = paths.history_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    store = HistoryStore.open(path, tz=BERLIN)
    done = datetime(2026, 11, 23, 9, 40, tzinfo=BERLIN)
    for ex in ("prone-lying", "prone-on-elbows"):
        store.record_exercise(ExerciseRecord(ex, Outcome.DONE, done))
    store.close()
    monkeypatch.setattr("backbreak.clock.system_clock", lambda: NOW.replace(hour=9, minute=45))
    rows = plan(capsys)
    prone = [datetime.fromisoformat(r["at"]) for r in rows if "prone-lying" in r["exercises"]]
    assert prone[0] >= done + timedelta(hours=2)


@pytest.mark.parametrize(
    ("day", "says"),
    [
        ("2026-11-22", "has passed"),
        ("9999-12-31", "too far ahead"),
        ("0001-01-01", "has passed"),
        ("tomorrow", "is not a date"),
    ],
)
def test_days_it_cannot_plan_are_refused_in_words(
    capsys: pytest.CaptureFixture[str], day: str, says: str
) -> None:
    assert main(["plan", "--date", day]) == 2
    err = capsys.readouterr().err
    assert says in err and "Traceback" not in err


def test_a_plan_creates_no_data_folder(capsys: pytest.CaptureFixture[str]) -> None:
    """Asking what comes next must not leave an empty history behind."""
    plan(capsys)
    assert not paths.history_file().exists()
    assert not paths.history_file().parent.exists()


def test_a_weekend_day_has_only_the_evening(capsys: pytest.CaptureFixture[str]) -> None:
    rows = plan(capsys, "--date", "2026-11-28")
    assert [r["kind"] for r in rows] == ["evening"]
