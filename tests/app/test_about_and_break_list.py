"""About & safety names the sources and the safety rule; the plain break list (used
when the guided session window is missing) records what the user says they did."""

from __future__ import annotations

from typing import Any

from backbreak.domain.history import Outcome
from backbreak.ui.about import SAFETY, AboutDialog, about_html
from backbreak.ui.break_list_window import BreakListWindow


def test_about_names_every_source_and_the_safety_rule(qtbot: Any, catalog: Any) -> None:
    html = about_html(catalog)
    assert "stop it and see a physiotherapist or doctor" in SAFETY
    for source in catalog.sources.values():
        assert source.title.replace("&", "&amp;") in html
    dialog = AboutDialog(catalog)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "About backbreak"


def test_break_list_records_done_and_finishes(
    qtbot: Any, catalog: Any, now: Any, make_rig: Any
) -> None:
    rig = make_rig()
    window = BreakListWindow(
        catalog,
        ["cat-camel", "unknown-id", "prone-lying"],
        title="Test break",
        break_id="b1",
        recorder=rig.recorder,
        clock=lambda: now,
    )
    qtbot.addWidget(window)
    assert window.list.count() == 2, "unknown ids are left out"
    with qtbot.waitSignal(window.finished, timeout=1000) as got:
        window.mark_done()
    records = got.args[0]
    assert [r.exercise_id for r in records] == ["cat-camel", "prone-lying"]
    assert all(r.outcome is Outcome.DONE and r.break_id == "b1" for r in records)
    assert rig.recorder.exercises == records


def test_break_list_closed_without_doing_records_nothing(
    qtbot: Any, catalog: Any, now: Any, make_rig: Any
) -> None:
    rig = make_rig()
    window = BreakListWindow(
        catalog, ["cat-camel"], title="t", break_id=None, recorder=rig.recorder, clock=lambda: now
    )
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.finished, timeout=1000) as got:
        window.close()
    assert got.args == [[]] and rig.recorder.exercises == []
