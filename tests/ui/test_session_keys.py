"""The session window's key map, as a rule: the same key means one thing per phase."""

from __future__ import annotations

from PySide6.QtCore import Qt

from backbreak.session.machine import Phase
from backbreak.ui.session_keys import Command, command_for

K = Qt.Key


def test_escape_always_asks_to_end() -> None:
    for phase in Phase:
        assert command_for(K.Key_Escape, phase, confirming=False) is Command.ESCAPE


def test_while_confirming_only_yes_or_keep_going() -> None:
    """ "End the break?": Enter / Y end it; Space, N or an arrow keep going; H does nothing."""
    ask = dict(confirming=True)
    assert command_for(K.Key_Return, Phase.WORK, **ask) is Command.CONFIRM_END
    assert command_for(K.Key_Y, Phase.WORK, **ask) is Command.CONFIRM_END
    assert command_for(K.Key_Right, Phase.WORK, **ask) is Command.CANCEL_END
    assert command_for(K.Key_H, Phase.WORK, **ask) is None


def test_space_starts_on_the_intro_and_pauses_later() -> None:
    assert command_for(K.Key_Space, Phase.INTRO, confirming=False) is Command.NEXT
    assert command_for(K.Key_Space, Phase.WORK, confirming=False) is Command.PAUSE
    assert command_for(K.Key_Space, Phase.SUMMARY, confirming=False) is Command.CLOSE


def test_pain_phase_takes_only_the_three_answers() -> None:
    assert command_for(K.Key_1, Phase.PAIN, confirming=False) is Command.FEEL_BETTER
    assert command_for(K.Key_3, Phase.PAIN, confirming=False) is Command.FEEL_WORSE
    assert command_for(K.Key_Space, Phase.PAIN, confirming=False) is None
    assert command_for(K.Key_1, Phase.WORK, confirming=False) is None
