"""HistoryWindow shows seeded history correctly: today's counts, streak, charts, pain."""

from __future__ import annotations

import csv
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from backbreak.domain.catalog import Catalog
from backbreak.domain.history import BreakEvent, BreakRecord, ExerciseRecord, Feeling, Outcome
from backbreak.domain.settings import Settings
from backbreak.i18n import formats
from backbreak.store.history import HistoryStore
from backbreak.ui.history_window import HistoryWindow

TZ = ZoneInfo("Europe/Berlin")
TODAY = date(2026, 3, 20)  # a Friday
NOW = datetime.combine(TODAY, time(15, 0), tzinfo=TZ)


def _at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=TZ)


@pytest.fixture
def store() -> HistoryStore:
    """Three good days before today (Tue-Thu), and a partly done today."""
    s = HistoryStore.open(":memory:", tz=TZ)
    for back in (1, 2, 3):
        day = TODAY - timedelta(days=back)
        for h in (9, 12, 15):
            s.record_exercise(ExerciseRecord("prone-lying", Outcome.DONE, _at(day, h)))
            s.record_exercise(ExerciseRecord("prone-on-elbows", Outcome.DONE, _at(day, h)))
            s.record_exercise(ExerciseRecord("cat-camel", Outcome.DONE, _at(day, h)))
        for h in (10, 16):
            s.record_exercise(ExerciseRecord("supine-ankle-pumps", Outcome.DONE, _at(day, h)))
        for h in (10, 11, 13, 14, 16):
            s.record_break(
                BreakRecord(f"b{back}{h}", BreakEvent.COMPLETED, _at(day, h), "work-block")
            )
        s.record_break(BreakRecord(f"e{back}", BreakEvent.COMPLETED, _at(day, 21), "evening"))
    for h in (9, 12):
        s.record_exercise(ExerciseRecord("prone-lying", Outcome.DONE, _at(TODAY, h)))
    s.record_exercise(ExerciseRecord("cat-camel", Outcome.DONE, _at(TODAY, 10)))
    s.record_exercise(ExerciseRecord("supine-ankle-pumps", Outcome.DONE, _at(TODAY, 11)))
    for h in (10, 12, 14):
        s.record_break(BreakRecord(f"t{h}", BreakEvent.COMPLETED, _at(TODAY, h), "work-block"))
    s.record_exercise(
        ExerciseRecord("cat-camel", Outcome.PAIN, _at(TODAY, 13), feeling=Feeling.WORSE, note="ow")
    )
    return s


def _count(win: HistoryWindow, key: str) -> str:
    label = win.findChild(QLabel, f"count-{key}")
    assert label is not None, key
    return label.text()


def test_today_against_the_prescription(
    qtbot: QtBot, store: HistoryStore, catalog: Catalog
) -> None:
    """A typical partly done day: prone holds 2 of ~3, cat-camel 1 of 3, blocks 3 of ~5, evening."""
    win = HistoryWindow(store, catalog, Settings(), clock=lambda: NOW)
    qtbot.addWidget(win)
    assert _count(win, "prone-lying") == "2 of ~3"
    assert _count(win, "cat-camel") == "1 of 3"
    assert _count(win, "supine-ankle-pumps") == "1 of 2"
    assert _count(win, "routine-blocks") == "3 of ~5"
    assert _count(win, "evening") == "not yet"
    assert formats.long_date(NOW.date()) in win.today_box.title()


def test_streak_and_charts(qtbot: QtBot, store: HistoryStore, catalog: Catalog) -> None:
    """Three full days in a row; today (not yet half) neither counts nor breaks it."""
    win = HistoryWindow(store, catalog, Settings(), clock=lambda: NOW)
    qtbot.addWidget(win)
    assert win.streak_days == 3
    assert "Streak: 3 days" in win.streak_label.text()
    week = win.week_chart.data()
    assert [label for label, _ in week] == ["Sat", "Sun", "Mon", "Tue", "Wed", "Thu", "Fri"]
    assert [v for _, v in week][3:6] == [1.0, 1.0, 1.0]
    assert week[-1][1] == pytest.approx(7 / 17)
    assert len(win.month_chart.data()) == 30


def test_pain_reports_listed(qtbot: QtBot, store: HistoryStore, catalog: Catalog) -> None:
    """Each "This hurts" is listed with the exercise's name, the feeling and the note."""
    win = HistoryWindow(store, catalog, Settings(), clock=lambda: NOW)
    qtbot.addWidget(win)
    table = win.pain_table
    assert table.rowCount() == 1
    items = [table.item(0, c) for c in range(4)]
    cells = [item.text() for item in items if item is not None]
    assert cells[1] == catalog.exercise("cat-camel").name
    assert cells[2:] == ["worse", "ow"]


def test_settings_change_recomputes(qtbot: QtBot, store: HistoryStore, catalog: Catalog) -> None:
    """A longer interval asks for fewer blocks; the window follows new settings."""
    win = HistoryWindow(store, catalog, Settings(), clock=lambda: NOW)
    qtbot.addWidget(win)
    win.set_settings(Settings(block_interval_minutes=120))
    assert _count(win, "routine-blocks") == "3 of ~4"


def test_empty_history(qtbot: QtBot, catalog: Catalog) -> None:
    """A first start shows zeros and a friendly empty pain list, no errors."""
    win = HistoryWindow(HistoryStore.open(":memory:", tz=TZ), catalog, Settings(), lambda: NOW)
    qtbot.addWidget(win)
    win.show()
    assert _count(win, "cat-camel") == "0 of 3"
    assert win.streak_days == 0
    assert win.pain_empty.isVisible() and not win.pain_table.isVisible()


def test_export_writes_csv(
    qtbot: QtBot, store: HistoryStore, catalog: Catalog, tmp_path: Path
) -> None:
    """The Export button's file holds every record."""
    win = HistoryWindow(store, catalog, Settings(), clock=lambda: NOW)
    qtbot.addWidget(win)
    target = tmp_path / "h.csv"
    count = win.export_to(target)
    rows = list(csv.DictReader(target.open()))
    assert count == len(rows) == len(store.exercises_between()) + len(store.breaks_between())
