"""The session window's buttons and steps stay whole at the window's smallest size."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from backbreak.session.machine import Phase
from backbreak.ui import theme


def _texts_fit(window: Any) -> bool:
    shown = [b for b in window.buttons.values() if b.isVisible()]
    return all(b.fontMetrics().horizontalAdvance(b.text()) < b.width() for b in shown)


def test_buttons_are_never_cut_at_the_narrowest_window(qtbot: QtBot, make_window: Any) -> None:
    """Six big buttons don't fit 900 px at full size: their text shrinks, none is cut;
    widened again, the text is back to its full size."""
    w = make_window(["prone-lying", "cat-camel"])
    w._next()
    assert w.session.phase is Phase.PREPARE
    w.resize(w.minimumWidth(), w.minimumHeight())
    qtbot.waitUntil(lambda: w.buttons["end"].width() > 0 and _texts_fit(w))
    assert w.buttons["hurts"].font().pixelSize() < theme.BODY_PX
    w.resize(1600, 900)
    qtbot.waitUntil(lambda: w.buttons["hurts"].font().pixelSize() == theme.BODY_PX)
    qtbot.waitUntil(lambda: _texts_fit(w))


def test_long_steps_scroll_instead_of_hiding_behind_the_cue(qtbot: QtBot, make_window: Any) -> None:
    """On a short window the steps (with cautions, while getting ready) start at their
    first line and scroll; the scroll area leaves the arrow keys to the window."""
    w = make_window(["supine-ankle-pumps", "cat-camel"])
    w._next()
    w.resize(w.minimumWidth(), w.minimumHeight())
    page = w.exercise_page
    qtbot.waitUntil(lambda: page.steps_area.verticalScrollBar().maximum() > 0)
    assert page.steps.height() >= page.steps.heightForWidth(page.steps.width())
    assert page.steps_area.focusPolicy() == Qt.FocusPolicy.NoFocus
    qtbot.keyClick(w, Qt.Key.Key_Right)
    assert w.session.phase is Phase.WORK


def test_a_long_plan_scrolls_on_the_intro(qtbot: QtBot, make_window: Any, catalog: Any) -> None:
    """Eight exercises at the smallest size: the plan is whole (scrollable), not squeezed."""
    w = make_window(list(catalog.exercises)[:8])
    w.resize(w.minimumWidth(), w.minimumHeight())
    plan = w.intro_page.plan
    qtbot.waitUntil(lambda: plan.width() > 0 and plan.height() >= plan.heightForWidth(plan.width()))
    assert plan.text().count("\n") >= 7
