"""The session runs the dose the plan chose, and says why it is more than the minimum."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

from pytestqt.qtbot import QtBot

from backbreak.domain.catalog import load_catalog
from backbreak.domain.settings import Settings
from backbreak.planning.dayplan import plan_day
from backbreak.planning.dosing import with_doses
from backbreak.ui.session_window import SessionWindow


class NoRecords:
    def record_exercise(self, record: object) -> None: ...

    def record_break(self, record: object) -> None: ...


def test_a_filled_block_runs_its_second_set_and_says_why(qtbot: QtBot) -> None:
    """A block filled to 5 minutes: the window shows (and runs) 2 sets, with the reason."""
    catalog = load_catalog().catalog
    breaks = plan_day(catalog, Settings(), date(2026, 11, 24), ZoneInfo("Europe/Berlin"))
    brk = next(b for b in breaks if any(n.startswith("2 sets") for _, n in b.notes))
    ex_id = next(e for e, n in brk.notes if n.startswith("2 sets"))
    window = SessionWindow(
        with_doses(catalog, brk.doses),
        brk.exercises,
        title=brk.title,
        break_id=brk.id,
        recorder=NoRecords(),
        settings=Settings(sounds_enabled=False),
        dose_notes=dict(brk.notes),
    )
    qtbot.addWidget(window)
    text = window.intro_page.plan.text()
    assert f"{catalog.exercise(ex_id).name} — 2 sets" in text
    assert "2 sets today: this block has room." in text
    steps = window.session.exercises[list(brk.exercises).index(ex_id)]
    assert steps.dose.sets.min == 2, "the session runs the chosen dose, not the minimum"
