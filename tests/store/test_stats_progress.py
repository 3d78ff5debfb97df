"""Progress against the prescription, from the catalog's cadences and the settings."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from backbreak.domain.catalog import Catalog
from backbreak.domain.exercise import Equipment
from backbreak.domain.history import BreakEvent, BreakRecord, ExerciseRecord, Feeling, Outcome
from backbreak.domain.settings import DisabledReason, Settings
from backbreak.store.history import HistoryStore
from backbreak.store.stats import (
    BLOCK_KEY,
    EVENING_KEY,
    DayProgress,
    ProgressItem,
    break_summary,
    expectations,
    pain_reports,
    progress_series,
    streak,
)

TZ = ZoneInfo("Europe/Berlin")
MONDAY = date(2026, 3, 2)
SATURDAY = date(2026, 3, 7)


def _expected(catalog: Catalog, settings: Settings, day: date) -> dict[str, tuple[int, bool]]:
    return {x.key: (x.expected, x.approximate) for x in expectations(catalog, settings, day)}


def test_workday_expectations_follow_the_documents(catalog: Catalog) -> None:
    """8 h work day: prone holds ~3 (every 2-3 h), cat-camel 3, ankle pumps 2, 5 blocks."""
    got = _expected(catalog, Settings(), MONDAY)
    assert got == {
        "supine-ankle-pumps": (2, False),
        "cat-camel": (3, False),
        "prone-lying": (3, True),
        "prone-on-elbows": (3, True),
        BLOCK_KEY: (5, True),
        EVENING_KEY: (1, False),
    }


def test_day_off_has_no_work_cadences(catalog: Catalog) -> None:
    """No prone holds or blocks on a day off; the daily exercises and evening remain."""
    got = _expected(catalog, Settings(), SATURDAY)
    assert set(got) == {"supine-ankle-pumps", "cat-camel", EVENING_KEY}
    no_evening = Settings(evening_on_all_days=False)
    assert EVENING_KEY not in _expected(catalog, no_evening, SATURDAY)


def test_settings_change_the_prescription(catalog: Catalog) -> None:
    """Longer days, other intervals, turned-off and impossible exercises all count."""
    s = Settings(
        work_start=time(8),
        work_end=time(18),
        block_interval_minutes=120,
        disabled_exercises={"cat-camel": DisabledReason.PAIN},
    )
    got = _expected(catalog, s, MONDAY)
    assert got["prone-lying"] == (4, True)
    assert got[BLOCK_KEY] == (5, True)
    assert "cat-camel" not in got
    no_floor = Settings(equipment_at_hand=[Equipment.CHAIR])
    assert set(_expected(catalog, no_floor, MONDAY)) == {BLOCK_KEY, EVENING_KEY}


def test_progress_counts_seeded_history(catalog: Catalog) -> None:
    """Done and partial count; skips, pain and other days don't; merged blocks do."""
    store = HistoryStore.open(":memory:", tz=TZ)

    def at(h: int, day: date = MONDAY) -> datetime:
        return datetime.combine(day, time(h), tzinfo=TZ)

    for h in (9, 12):
        store.record_exercise(ExerciseRecord("prone-lying", Outcome.DONE, at(h)))
    store.record_exercise(ExerciseRecord("cat-camel", Outcome.PARTIAL, at(10), fraction=0.5))
    store.record_exercise(ExerciseRecord("cat-camel", Outcome.SKIPPED, at(11)))
    store.record_exercise(ExerciseRecord("cat-camel", Outcome.PAIN, at(13)))
    store.record_exercise(ExerciseRecord("cat-camel", Outcome.DONE, at(9, date(2026, 3, 1))))
    store.record_break(BreakRecord("a", BreakEvent.COMPLETED, at(10), "work-block"))
    store.record_break(BreakRecord("b", BreakEvent.COMPLETED, at(11), "merged", ("cat-camel",)))
    store.record_break(
        BreakRecord(
            "c", BreakEvent.COMPLETED, at(14), "merged", ("prone-lying", "dead-bug-heel-touch")
        )
    )
    store.record_break(BreakRecord("d", BreakEvent.SKIPPED, at(15), "work-block"))
    store.record_break(BreakRecord("e", BreakEvent.COMPLETED, at(21), "evening"))

    series = progress_series(store, catalog, Settings(), MONDAY, 2)
    assert [d.day for d in series] == [date(2026, 3, 1), MONDAY]
    today = {i.key: i.done for i in series[-1].items}
    assert today == {
        "supine-ankle-pumps": 0,
        "cat-camel": 1,
        "prone-lying": 2,
        "prone-on-elbows": 0,
        BLOCK_KEY: 2,
        EVENING_KEY: 1,
    }
    assert series[-1].adherence == pytest.approx(6 / 17)
    assert {i.key: i.done for i in series[0].items}["cat-camel"] == 1


def _day(n: int, adherence_done: int) -> DayProgress:
    return DayProgress(date(2026, 3, n), (ProgressItem("x", "X", adherence_done, 2),))


def test_streak_counts_back_from_today() -> None:
    """Today not yet done doesn't break the run; a missed day does."""
    assert streak([_day(1, 2), _day(2, 0), _day(3, 1), _day(4, 2), _day(5, 0)]) == 2
    assert streak([_day(1, 2), _day(2, 2), _day(3, 2)]) == 3
    assert streak([_day(1, 0), _day(2, 0)]) == 0
    assert streak([]) == 0


def test_day_without_expectations_counts_as_kept() -> None:
    """Nothing asked (everything off): adherence is full, so it doesn't break a streak."""
    assert DayProgress(MONDAY, ()).adherence == 1.0


def test_pain_reports_list_hurts_and_feelings() -> None:
    """Every "This hurts" shows in the pain list, newest first, with the feeling if given."""
    store = HistoryStore.open(":memory:", tz=TZ)
    t = datetime(2026, 3, 2, 9, tzinfo=TZ)
    store.record_exercise(ExerciseRecord("cat-camel", Outcome.DONE, t))
    store.record_exercise(ExerciseRecord("cat-camel", Outcome.PAIN, t, feeling=Feeling.WORSE))
    store.record_exercise(ExerciseRecord("prone-lying", Outcome.PAIN, t, note="sharp"))
    reports = pain_reports(store)
    assert [(r.exercise_id, r.feeling, r.note) for r in reports] == [
        ("prone-lying", None, "sharp"),
        ("cat-camel", Feeling.WORSE, ""),
    ]
    assert len(pain_reports(store, limit=1)) == 1


def test_break_summary_counts_each_break_once() -> None:
    """Three snoozes of one break are one snoozed break; the text says what happened."""
    t = datetime(2026, 3, 2, 9, tzinfo=TZ)
    events = [
        BreakRecord("a", BreakEvent.OFFERED, t),
        BreakRecord("a", BreakEvent.SNOOZED, t),
        BreakRecord("a", BreakEvent.SNOOZED, t),
        BreakRecord("a", BreakEvent.COMPLETED, t),
        BreakRecord("b", BreakEvent.OFFERED, t),
        BreakRecord("b", BreakEvent.SKIPPED, t),
    ]
    summary = break_summary(events)
    assert (summary.offered, summary.completed, summary.snoozed, summary.skipped) == (2, 1, 1, 1)
    assert summary.text() == "Breaks today: 2 offered, 1 done, 1 snoozed, 1 skipped."
    assert break_summary([]).text() == "No breaks yet today."


def test_series_days_follow_local_midnight_across_dst(catalog: Catalog) -> None:
    """On the 23-hour spring-forward day, a 23:30 record still belongs to that day."""
    store = HistoryStore.open(":memory:", tz=TZ)
    spring = date(2026, 3, 29)
    store.record_exercise(
        ExerciseRecord("cat-camel", Outcome.DONE, datetime(2026, 3, 29, 23, 30, tzinfo=TZ))
    )
    store.record_exercise(
        ExerciseRecord("cat-camel", Outcome.DONE, datetime(2026, 3, 30, 0, 30, tzinfo=TZ))
    )
    series = progress_series(store, catalog, Settings(), date(2026, 3, 30), 2)
    counts = [{i.key: i.done for i in d.items}["cat-camel"] for d in series]
    assert [d.day for d in series] == [spring, date(2026, 3, 30)]
    assert counts == [1, 1]
