"""The session window driven like a user would: keys and buttons, on a fake clock."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from backbreak.domain.history import Feeling, Outcome
from backbreak.domain.settings import Settings
from backbreak.session.events import Cue
from backbreak.session.machine import Phase
from backbreak.ui.session_text import clock_text


def advance(window: Any, clock: Any, seconds: float, step: float = 0.25) -> None:
    end = clock.mono + seconds
    while clock.mono < end:
        clock.advance(min(step, end - clock.mono))
        window.poll()


def key(qtbot: Any, window: Any, k: Qt.Key, n: int = 1) -> None:
    for _ in range(n):
        qtbot.keyClick(window, k)


def test_whole_break_by_keys(
    qtbot: Any, make_window: Any, clock: Any, recorder: Any, sound: Any
) -> None:
    """Intro → prone hold → cat-camel (reps counted with Enter, rest skipped) → summary,
    all from the keyboard; every exercise is recorded and `finished` carries them."""
    w = make_window(["prone-lying", "cat-camel"])
    assert w.pages.currentWidget() is w.intro_page
    assert "floor space" in w.intro_page.needs.text()
    key(qtbot, w, Qt.Key.Key_Space)
    assert w.session.phase is Phase.PREPARE
    assert "Get ready" in w.exercise_page.phase.text()
    key(qtbot, w, Qt.Key.Key_Right)
    assert w.session.phase is Phase.WORK
    advance(w, clock, 200, step=1)
    assert "3:00 done" in w.exercise_page.phase.text()
    key(qtbot, w, Qt.Key.Key_Right)  # finish the hold past its minimum
    assert recorder.exercises[0].outcome is Outcome.DONE
    assert w.session.phase is Phase.PREPARE
    key(qtbot, w, Qt.Key.Key_Right)
    key(qtbot, w, Qt.Key.Key_Return, 9)
    assert w.exercise_page.big.text() == "9 / 10"
    key(qtbot, w, Qt.Key.Key_Enter)
    assert w.session.phase is Phase.REST
    key(qtbot, w, Qt.Key.Key_Right)
    key(qtbot, w, Qt.Key.Key_Return, 10)
    assert w.pages.currentWidget() is w.summary_page
    assert "Done" in w.summary_page.lines.text()
    with qtbot.waitSignal(w.finished) as got:
        key(qtbot, w, Qt.Key.Key_Return)
    assert [r.outcome for r in got.args[0]] == [Outcome.DONE, Outcome.DONE]
    assert Cue.START in sound.played and Cue.SET_DONE in sound.played


def test_countdown_reads_from_the_deadline(make_window: Any, clock: Any) -> None:
    """The big number is the session's deadline minus now, rounded up to whole seconds."""
    w = make_window(["calf-stretch-lunge"])
    w._next()
    w._next()
    advance(w, clock, 12.6)
    deadline = w.session.deadline() - 30  # the hold's 30 s minimum (it may run on to 60)
    assert w.exercise_page.big.text() == clock_text(deadline - clock.mono) == "18"


def test_pause_and_buttons(qtbot: Any, make_window: Any, clock: Any) -> None:
    w = make_window(["calf-stretch-lunge"])
    qtbot.mouseClick(w.buttons["next"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(w.buttons["next"], Qt.MouseButton.LeftButton)
    advance(w, clock, 5)
    qtbot.mouseClick(w.buttons["pause"], Qt.MouseButton.LeftButton)
    assert w.buttons["pause"].text().startswith("Resume")
    assert w.exercise_page.phase.text().startswith("Paused")
    shown = w.exercise_page.big.text()
    advance(w, clock, 100)
    assert w.exercise_page.big.text() == shown
    key(qtbot, w, Qt.Key.Key_Space)
    assert not w.session.paused
    assert not w.buttons["rep"].isVisible()  # a hold has no reps to count


def test_pain_path_with_buttons(qtbot: Any, make_window: Any, clock: Any, recorder: Any) -> None:
    """This hurts → worse (second time) → advice to stop, and the exercise can be turned off."""
    w = make_window(["cat-camel", "prone-lying"], worse_counts={"cat-camel": 1})
    w._next()
    w._next()
    advance(w, clock, 9)
    qtbot.mouseClick(w.buttons["hurts"], Qt.MouseButton.LeftButton)
    assert w.pages.currentWidget() is w.pain_page
    qtbot.mouseClick(w.pain_page.feeling_buttons[Feeling.WORSE], Qt.MouseButton.LeftButton)
    assert recorder.exercises[0].outcome is Outcome.PAIN
    assert recorder.exercises[0].feeling is Feeling.WORSE
    assert "physiotherapist" in w.pain_page.body.text()
    assert "towel" in w.pain_page.body.text()  # the modification
    assert w.pain_page.disable_button.isVisible()
    with qtbot.waitSignal(w.exercise_disabled) as got:
        qtbot.mouseClick(w.pain_page.disable_button, Qt.MouseButton.LeftButton)
    assert got.args == ["cat-camel"]
    assert not w.pain_page.disable_button.isEnabled()
    qtbot.mouseClick(w.pain_page.proceed_button, Qt.MouseButton.LeftButton)
    assert w.session.phase is Phase.PREPARE
    assert w.exercise_page.name.text() == "Lying on your stomach"


def test_pain_once_offers_the_easier_way(qtbot: Any, make_window: Any, clock: Any) -> None:
    w = make_window(["prone-lying"])
    w._next()
    key(qtbot, w, Qt.Key.Key_H)
    qtbot.mouseClick(w.pain_page.feeling_buttons[Feeling.SAME], Qt.MouseButton.LeftButton)
    assert not w.pain_page.disable_button.isVisible()
    assert w.pain_page.retry_button.isVisible()
    assert "pillow" in w.pain_page.body.text()
    qtbot.mouseClick(w.pain_page.retry_button, Qt.MouseButton.LeftButton)
    assert w.session.phase is Phase.PREPARE


def test_escape_asks_before_ending(qtbot: Any, make_window: Any, clock: Any, recorder: Any) -> None:
    """Esc pauses and asks; Space keeps going; Esc twice ends and keeps what was done."""
    w = make_window(["prone-lying", "cat-camel"])
    w._next()
    w._next()
    advance(w, clock, 60)
    key(qtbot, w, Qt.Key.Key_Escape)
    assert w.buttons["confirm"].isVisible() and w.session.paused
    key(qtbot, w, Qt.Key.Key_Space)
    assert not w.buttons["confirm"].isVisible() and not w.session.paused
    key(qtbot, w, Qt.Key.Key_Escape, 2)
    assert w.session.phase is Phase.SUMMARY
    assert "ended early" in w.summary_page.title.text()
    assert recorder.exercises[0].outcome is Outcome.PARTIAL


def test_back_and_skip_buttons(qtbot: Any, make_window: Any, recorder: Any) -> None:
    w = make_window(["cat-camel", "prone-lying"])
    w._next()
    qtbot.mouseClick(w.buttons["skip"], Qt.MouseButton.LeftButton)
    assert recorder.exercises[0].outcome is Outcome.SKIPPED
    assert w.header.position_label.text() == "2 of 2"
    key(qtbot, w, Qt.Key.Key_Left)
    assert w.header.position_label.text() == "1 of 2"
    assert "Prone" not in w.header.next_label.text() and "stomach" in w.header.next_label.text()


def test_closing_mid_break_records_and_finishes_once(
    qtbot: Any, make_window: Any, clock: Any, recorder: Any
) -> None:
    w = make_window(["prone-lying"])
    w._next()
    w._next()
    advance(w, clock, 30)
    with qtbot.waitSignal(w.finished) as got:
        w.close()
    assert got.args[0][0].outcome is Outcome.PARTIAL
    assert recorder.breaks[-1].event.value == "ended-early"


def test_store_failure_is_shown_and_nothing_lost(
    qtbot: Any, make_window: Any, recorder: Any
) -> None:
    recorder.fail = True
    w = make_window(["cat-camel", "prone-lying"])
    w._next()
    w.buttons["skip"].click()
    assert w.notice.isVisible() and "database is locked" in w.notice.text()
    assert w.session.records[0].outcome is Outcome.SKIPPED


def test_controls_have_accessible_names(make_window: Any) -> None:
    w = make_window(["cat-camel"])
    for button in w.buttons.values():
        assert button.accessibleName()
    for button in w.pain_page.feeling_buttons.values():
        assert button.accessibleName()
    assert w.exercise_page.big.accessibleName()


def test_unknown_ids_are_left_out(make_window: Any) -> None:
    w = make_window(["no-such-exercise", "cat-camel"])
    assert [e.id for e in w.session.exercises] == ["cat-camel"]


def test_no_known_ids_is_a_clear_error(catalog: Any, recorder: Any) -> None:
    import pytest

    from backbreak.ui.session_window import SessionWindow

    with pytest.raises(ValueError, match="no-such"):
        SessionWindow(
            catalog, ["no-such"], title="x", break_id=None, recorder=recorder, settings=Settings()
        )


def test_sounds_off_in_settings_means_silence(qtbot: Any, catalog: Any, recorder: Any) -> None:
    from backbreak.ui.session_window import SessionWindow
    from backbreak.ui.sound import SilentPlayer

    w = SessionWindow(
        catalog,
        ["cat-camel"],
        title="x",
        break_id=None,
        recorder=recorder,
        settings=Settings(sounds_enabled=False),
    )
    qtbot.addWidget(w)
    assert isinstance(w._sound, SilentPlayer)


def test_double_answer_is_harmless(qtbot: Any, make_window: Any, recorder: Any) -> None:
    w = make_window(["cat-camel"])
    w._next()
    w._hurts()
    w.pain_page.answered.emit(Feeling.SAME)
    w.pain_page.answered.emit(Feeling.WORSE)
    assert [r.feeling for r in recorder.exercises] == [Feeling.SAME]


def test_pain_answer_by_number_key(qtbot: Any, make_window: Any, recorder: Any) -> None:
    """From the floor: H stops the exercise, 3 answers "worse" — no mouse needed."""
    w = make_window(["cat-camel"])
    w._next()
    key(qtbot, w, Qt.Key.Key_H)
    key(qtbot, w, Qt.Key.Key_3)
    assert recorder.exercises[0].feeling is Feeling.WORSE


def test_picture_moves_with_the_pace_and_flips_for_the_other_side(
    make_window: Any, clock: Any
) -> None:
    """From the floor the user glances at the picture: it must show the pose of the beat
    in progress (cat-camel: rounded, then sunk) and the other side when it is its turn."""
    window = make_window(["cat-camel", "supine-ankle-pumps"])
    window.session.start()
    advance(window, clock, 20.1)  # prepare → work: first rep, "Round up"
    picture = window.exercise_page.picture
    assert picture.pose_count == 2
    assert picture.shown_pose == (0, False)
    advance(window, clock, 4.0)  # past "Round up" and its hold: "Let the back sink"
    assert window.session.view().beat == "Let the back sink"
    assert picture.shown_pose == (1, False)
    window.session.skip_exercise()
    window.poll()
    advance(window, clock, 20.1)  # ankle pumps: prepare, then the left leg
    assert window.session.view().side_label == "Left side"
    assert picture.shown_pose[1] is False
    advance(window, clock, 60.5 + 10.1)  # its 30 reps, the switch-side pause, the right leg
    assert window.session.view().side_label == "Right side"
    assert picture.shown_pose[1] is True
