"""The session header: a long merged break's title ends in "…", never cut mid-letter."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot

from backbreak.ui.session_header import ElidedLabel

LONG_TITLE = "Routine block: hip & pelvis + prone holds + Leg to ceiling + Prone hold"


def test_a_long_title_is_elided_with_the_whole_in_tooltip_and_name(
    qtbot: QtBot, make_window: Any
) -> None:
    """At the window's narrowest the title ends in "…"; a screen reader and the tooltip
    still get the whole title, and it grows back when the window is widened."""
    w = make_window(["prone-lying", "cat-camel"], title=LONG_TITLE)
    w.resize(w.minimumWidth(), w.height())
    label = w.header.title_label
    qtbot.waitUntil(lambda: label.shown_text() != LONG_TITLE)
    shown = label.shown_text()
    assert shown.endswith("…") and LONG_TITLE.startswith(shown[:-1])
    assert label.fontMetrics().horizontalAdvance(shown) <= label.contentsRect().width()
    assert label.text() == label.toolTip() == label.accessibleName() == LONG_TITLE
    w.resize(3000, w.height())
    qtbot.waitUntil(lambda: label.shown_text() == LONG_TITLE)


def test_next_exercise_keeps_its_room_before_the_title(qtbot: QtBot, make_window: Any) -> None:
    """Squeezed, the title gives way first: "Next: …" still names the exercise."""
    w = make_window(["prone-lying", "cat-camel"], title=LONG_TITLE)
    w.resize(w.minimumWidth(), w.height())
    w._next()
    qtbot.waitUntil(lambda: w.header.next_label.shown_text() == w.header.next_label.text())
    assert w.header.title_label.shown_text().endswith("…")
    assert "Cat-camel" in w.header.next_label.text()


def test_elided_label_alone(qtbot: QtBot) -> None:
    """Re-elided at every width; a short text is shown whole; its minimum is a few letters."""
    label = ElidedLabel("Short")
    qtbot.addWidget(label)
    label.resize(label.sizeHint())
    assert label.shown_text() == "Short"
    label.setText(LONG_TITLE)
    assert label.minimumSizeHint().width() < label.sizeHint().width()
    label.resize(120, label.height())
    narrow = label.shown_text()
    label.resize(240, label.height())
    wider = label.shown_text()
    assert narrow.endswith("…") and wider.endswith("…") and len(narrow) < len(wider)
