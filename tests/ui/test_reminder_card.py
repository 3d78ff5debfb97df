"""The in-app reminder card: shows the break, answers with Start/Snooze/Skip, and
never takes the keyboard focus from what the user is typing."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from backbreak.desktop.notify import Reminder, ReminderAction
from backbreak.ui.reminder_card import ReminderCard


def make_card(qtbot: Any) -> ReminderCard:
    card = ReminderCard()
    qtbot.addWidget(card)
    card.show_reminder(Reminder("b1", "Time for a break: Prone holds", "About 5 min: Prone lying"))
    return card


def test_card_never_steals_focus(qtbot: Any) -> None:
    card = make_card(qtbot)
    flags = card.windowFlags()
    assert flags & Qt.WindowType.WindowDoesNotAcceptFocus
    assert flags & Qt.WindowType.Tool
    assert flags & Qt.WindowType.FramelessWindowHint
    assert card.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert all(b.focusPolicy() == Qt.FocusPolicy.NoFocus for b in card.buttons.values())


def test_card_shows_the_break(qtbot: Any) -> None:
    card = make_card(qtbot)
    assert card.isVisible()
    assert card.title_label.text() == "Time for a break: Prone holds"
    assert "Prone lying" in card.body_label.text()


def test_each_button_answers_once(qtbot: Any) -> None:
    for action in ReminderAction:
        card = make_card(qtbot)
        with qtbot.waitSignal(card.action_invoked, timeout=1000) as got:
            card.buttons[action].click()
        assert got.args == ["b1", action.value]
        assert not card.isVisible() and card.key is None


def test_close_is_not_an_answer(qtbot: Any) -> None:
    """× only hides the card; the engine offers the break again later."""
    card = make_card(qtbot)
    answers: list[Any] = []
    card.action_invoked.connect(lambda *a: answers.append(a))
    with qtbot.waitSignal(card.dismissed, timeout=1000) as got:
        card._dismiss()
    assert got.args == ["b1"] and answers == []


def test_withdraw_only_its_own_key(qtbot: Any) -> None:
    card = make_card(qtbot)
    card.withdraw("other")
    assert card.isVisible()
    card.withdraw("b1")
    assert not card.isVisible()
