"""Which key does what in the session window, as a pure rule (no widgets).

Space pause/resume (start, on the intro), → next / finish this set, ← back, Enter
count a rep, H "This hurts" (then 1 better, 2 same, 3 worse), Esc end the break
(press again, Enter or Y to confirm; Space, N or an arrow to keep going).
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt

from backbreak.session.machine import Phase


class Command(Enum):
    """What a key or a button asks the window to do."""

    ESCAPE = "escape"
    CONFIRM_END = "confirm-end"
    CANCEL_END = "cancel-end"
    NEXT = "next"
    BACK = "back"
    PAUSE = "pause"
    REP = "rep"
    HURTS = "hurts"
    SKIP = "skip"
    """A button only: no key skips an exercise by accident."""
    CLOSE = "close"
    FEEL_BETTER = "better"
    FEEL_SAME = "same"
    FEEL_WORSE = "worse"


_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_FEELINGS = {Qt.Key.Key_1: Command.FEEL_BETTER, Qt.Key.Key_2: Command.FEEL_SAME}
_FEELINGS[Qt.Key.Key_3] = Command.FEEL_WORSE
_ANYWHERE = {
    Qt.Key.Key_Space: Command.PAUSE,
    Qt.Key.Key_Right: Command.NEXT,
    Qt.Key.Key_Left: Command.BACK,
    Qt.Key.Key_Return: Command.REP,
    Qt.Key.Key_Enter: Command.REP,
    Qt.Key.Key_Plus: Command.REP,
    Qt.Key.Key_H: Command.HURTS,
}


def command_for(key: int, phase: Phase, *, confirming: bool) -> Command | None:
    """The command for ``key`` in ``phase``; None leaves the key to Qt."""
    if key == Qt.Key.Key_Escape:
        return Command.ESCAPE
    if confirming:
        if key in _ENTER or key == Qt.Key.Key_Y:
            return Command.CONFIRM_END
        keep_going = (Qt.Key.Key_Space, Qt.Key.Key_N, Qt.Key.Key_Left, Qt.Key.Key_Right)
        return Command.CANCEL_END if key in keep_going else None
    if phase is Phase.INTRO and (key in _ENTER or key in (Qt.Key.Key_Space, Qt.Key.Key_Right)):
        return Command.NEXT
    if phase is Phase.SUMMARY and (key in _ENTER or key == Qt.Key.Key_Space):
        return Command.CLOSE
    if phase is Phase.PAIN:
        return _FEELINGS.get(Qt.Key(key)) if key in _FEELINGS else None
    return _ANYWHERE.get(Qt.Key(key)) if key in _ANYWHERE else None
