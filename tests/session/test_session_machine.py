"""The guided session's state machine, driven by a fake monotonic clock (no sleeping)."""

from __future__ import annotations

from typing import Any

import pytest

from backbreak.domain.catalog import Catalog
from backbreak.domain.history import BreakEvent, Feeling, Outcome
from backbreak.session.events import Cue, Event, EventKind
from backbreak.session.machine import Phase, Session

PREP = 20.0


def session(catalog: Catalog, ids: list[str], clock: Any, recorder: Any, **kw: Any) -> Session:
    return Session(
        [catalog.exercise(i) for i in ids],
        recorder,
        clock=clock,
        break_id=kw.pop("break_id", "b1"),
        **kw,
    )


def cues(s: Session) -> list[Cue]:
    out: list[Cue] = []

    def listen(event: Event) -> None:
        if event.kind is EventKind.CUE and event.cue is not None:
            out.append(event.cue)

    s.subscribe(listen)
    return out


def run(s: Session, clock: Any, seconds: float, step: float = 0.125) -> None:
    """Advance like a UI timer would: small steps, update() after each, landing on the end."""
    end = clock.mono + seconds
    while clock.mono < end:
        clock.advance(min(step, end - clock.mono))
        s.update()


def test_intro_waits_for_the_user(catalog: Catalog, clock: Any, recorder: Any) -> None:
    """The intro never starts by itself: the user may still be at the desk reading it."""
    s = session(catalog, ["prone-lying"], clock, recorder)
    run(s, clock, 600, step=10)
    assert s.phase is Phase.INTRO
    s.next()
    assert s.phase is Phase.PREPARE
    assert recorder.breaks[0].event is BreakEvent.STARTED


def test_five_minute_hold_ends_on_its_deadline(catalog: Catalog, clock: Any, recorder: Any) -> None:
    """A 3–5 min prone hold runs to its 5 min maximum and ends within 50 ms of the deadline,
    and the countdown the window shows is that deadline minus now."""
    s = session(catalog, ["prone-lying"], clock, recorder)
    s.start()
    run(s, clock, PREP)
    assert s.phase is Phase.WORK
    start = clock.mono
    deadline = s.deadline()
    assert deadline == pytest.approx(start + 300)
    run(s, clock, 100, step=0.25)
    assert s.view().remaining == pytest.approx(deadline - 120 - clock.mono)
    run(s, clock, 120, step=0.25)  # past the 3 min minimum: now counting to the maximum
    view = s.view()
    assert view.overtime and view.remaining == pytest.approx(deadline - clock.mono)
    run(s, clock, 300 - 220 - 0.04, step=0.25)
    assert s.phase is Phase.WORK
    clock.advance(0.04)
    s.update()
    assert s.phase is Phase.SUMMARY
    rec = recorder.exercises[0]
    assert rec.outcome is Outcome.DONE
    assert rec.seconds_done == pytest.approx(300, abs=0.05)
    assert rec.fraction == pytest.approx(300 / 180, abs=0.001)


def test_late_timer_ends_step_at_its_deadline_not_when_noticed(
    catalog: Catalog, clock: Any, recorder: Any
) -> None:
    """A timer that fires 7 s late must not stretch the next step: it starts at the deadline."""
    s = session(catalog, ["cat-camel"], clock, recorder)
    s.start()
    t0 = clock.mono
    clock.advance(PREP + 7)
    s.update()
    assert s.phase is Phase.WORK
    assert s.view().elapsed == pytest.approx(7)
    assert s.view().reps_done == 0  # a rep is 8 s: 2 s up, 2 s hold, 2 s down, 2 s hold
    assert s.deadline() == pytest.approx(t0 + PREP + 10 * 8)


def test_pause_freezes_the_countdown(catalog: Catalog, clock: Any, recorder: Any) -> None:
    """Time paused is not hold time: remaining seconds stay put and the deadline moves."""
    s = session(catalog, ["calf-stretch-lunge"], clock, recorder)
    s.start()
    s.next()  # start the work now
    run(s, clock, 10)
    s.toggle_pause()
    before = s.view().remaining
    clock.advance(500)
    s.update()
    assert s.paused and s.phase is Phase.WORK
    assert s.view().remaining == pytest.approx(before)
    s.toggle_pause()
    assert s.view().remaining == pytest.approx(before)
    run(s, clock, 15)
    assert s.view().remaining == pytest.approx(before - 15, abs=1e-6)  # type: ignore[operator]


def test_per_side_hold_switches_sides(catalog: Catalog, clock: Any, recorder: Any) -> None:
    """A per-side stretch: left, a timed switch with its cue, right, then done."""
    s = session(catalog, ["calf-stretch-lunge"], clock, recorder)
    heard = cues(s)
    s.start()
    run(s, clock, PREP)
    assert s.view().side_label == "Left side"
    run(s, clock, 60)  # 30–60 s: runs on to 60
    assert s.phase is Phase.SWITCH_SIDE
    assert Cue.SWITCH_SIDES in heard
    run(s, clock, 5)
    assert s.phase is Phase.WORK and s.view().side_label == "Right side"
    run(s, clock, 60)
    assert s.phase is Phase.SUMMARY
    assert recorder.exercises[0].outcome is Outcome.DONE
    assert recorder.exercises[0].sets_done == 1
    assert heard.count(Cue.START) == 2
    assert heard.count(Cue.HALFWAY) == 2
    assert heard[-1] is Cue.EXERCISE_DONE


def test_sets_with_rest_and_paced_reps(catalog: Catalog, clock: Any, recorder: Any) -> None:
    """Cat-camel: 2 sets × 10 reps at the pace's beats, a 20 s rest between, all counted."""
    s = session(catalog, ["cat-camel"], clock, recorder)
    heard = cues(s)
    s.start()
    run(s, clock, PREP)
    beats = []
    for _ in range(8):
        beats.append(s.view().beat)
        run(s, clock, 1)
    assert beats == ["Round up"] * 2 + ["Hold"] * 2 + ["Let the back sink"] * 2 + ["Hold"] * 2
    assert s.view().reps_done == 1
    run(s, clock, 72)
    assert s.phase is Phase.REST
    assert Cue.SET_DONE in heard
    assert s.view().remaining == pytest.approx(20)
    run(s, clock, 20)
    assert s.phase is Phase.WORK and s.view().step.set_no == 2  # type: ignore[union-attr]
    run(s, clock, 80)
    assert s.phase is Phase.SUMMARY
    rec = recorder.exercises[0]
    assert (rec.outcome, rec.sets_done, rec.reps_done, rec.fraction) == (Outcome.DONE, 2, 20, 1.0)
    assert heard.count(Cue.BEAT) >= 9 * 3


def test_user_counts_reps_at_their_own_pace(catalog: Catalog, clock: Any, recorder: Any) -> None:
    """The rep key counts a rep at once and restarts the metronome from that moment."""
    s = session(catalog, ["supine-ankle-pumps"], clock, recorder)
    s.start()
    s.next()
    clock.advance(0.5)
    s.count_rep()
    assert s.view().reps_done == 1
    assert s.view().beat == "Toes toward you"
    clock.advance(1.2)
    s.update()
    assert s.view().beat == "Toes away"
    for _ in range(29):
        s.count_rep()
    assert s.phase is Phase.SWITCH_SIDE


def test_alternating_reps_name_the_side(catalog: Catalog, clock: Any, recorder: Any) -> None:
    """Dead bug: sides alternate rep by rep, so the label flips with each rep."""
    s = session(catalog, ["dead-bug-heel-touch"], clock, recorder)
    s.start()
    s.next()
    assert s.view().side_label == "Left"
    s.count_rep()
    assert s.view().side_label == "Right"


def test_next_cuts_a_hold_short_and_marks_it_partial(
    catalog: Catalog, clock: Any, recorder: Any
) -> None:
    """→ before the minimum ends the hold; what was held counts, the outcome is partial."""
    s = session(catalog, ["prone-lying", "prone-on-elbows"], clock, recorder)
    s.start()
    s.next()
    run(s, clock, 90)
    s.next()
    assert s.phase is Phase.PREPARE and s.view().exercise.id == "prone-on-elbows"  # type: ignore[union-attr]
    rec = recorder.exercises[0]
    assert rec.outcome is Outcome.PARTIAL
    assert rec.fraction == pytest.approx(0.5)


def test_next_after_the_minimum_counts_as_done(catalog: Catalog, clock: Any, recorder: Any) -> None:
    """Past the 3 min minimum the user may stop whenever: that is a full dose."""
    s = session(catalog, ["prone-lying"], clock, recorder)
    s.start()
    s.next()
    run(s, clock, 200, step=1)
    s.next()
    assert recorder.exercises[0].outcome is Outcome.DONE


def test_skip_and_back(catalog: Catalog, clock: Any, recorder: Any) -> None:
    """Skip records the exercise as skipped; back restarts the exercise, then goes further back."""
    s = session(catalog, ["cat-camel", "prone-lying"], clock, recorder)
    s.start()
    s.skip_exercise()
    assert recorder.exercises[-1].outcome is Outcome.SKIPPED
    assert s.view().exercise.id == "prone-lying"  # type: ignore[union-attr]
    s.next()
    run(s, clock, 5)
    s.back()  # from work: restart this exercise, nothing recorded
    assert s.phase is Phase.PREPARE and s.view().index == 1
    assert len(recorder.exercises) == 1
    s.back()  # from prepare: the previous exercise
    assert s.view().index == 0
    s.back()
    assert s.phase is Phase.INTRO
    s.back()
    assert s.phase is Phase.INTRO


def test_skip_during_work_records_partial(catalog: Catalog, clock: Any, recorder: Any) -> None:
    s = session(catalog, ["cat-camel"], clock, recorder)
    s.start()
    s.next()
    run(s, clock, 16.5)
    s.skip_exercise()
    rec = recorder.exercises[0]
    assert (rec.outcome, rec.reps_done, rec.fraction) == (Outcome.PARTIAL, 2, 0.1)
    assert s.phase is Phase.SUMMARY


def test_rest_and_switch_can_be_ended_early(catalog: Catalog, clock: Any, recorder: Any) -> None:
    s = session(catalog, ["calf-stretch-lunge"], clock, recorder)
    s.start()
    s.next()
    run(s, clock, 60)
    assert s.phase is Phase.SWITCH_SIDE
    s.next()
    assert s.phase is Phase.WORK and s.view().side_label == "Right side"


def test_end_early_records_the_exercise_in_progress(
    catalog: Catalog, clock: Any, recorder: Any
) -> None:
    """Ending the break keeps what was done: the hold in progress is written as partial."""
    s = session(catalog, ["prone-lying", "cat-camel"], clock, recorder)
    s.start()
    s.next()
    run(s, clock, 60)
    s.end_early()
    assert s.phase is Phase.SUMMARY and s.view().ended_early
    assert [r.exercise_id for r in recorder.exercises] == ["prone-lying"]
    assert recorder.exercises[0].outcome is Outcome.PARTIAL
    assert recorder.breaks[-1].event is BreakEvent.ENDED_EARLY


def test_end_from_the_intro_skips_the_break(catalog: Catalog, clock: Any, recorder: Any) -> None:
    s = session(catalog, ["prone-lying"], clock, recorder)
    s.end_early()
    assert s.phase is Phase.SUMMARY
    assert recorder.exercises == []
    assert recorder.breaks[-1].event is BreakEvent.SKIPPED


def test_each_exercise_is_written_when_it_ends(catalog: Catalog, clock: Any, recorder: Any) -> None:
    """A crash mid-break loses at most the exercise in progress."""
    s = session(catalog, ["prone-lying", "prone-on-elbows"], clock, recorder)
    s.start()
    run(s, clock, PREP + 300, step=1)
    assert [r.exercise_id for r in recorder.exercises] == ["prone-lying"]
    assert s.phase is Phase.PREPARE
    run(s, clock, PREP + 300, step=1)
    assert len(recorder.exercises) == 2
    assert recorder.breaks[-1].event is BreakEvent.COMPLETED


def test_pain_path_records_feeling_and_shows_modification(
    catalog: Catalog, clock: Any, recorder: Any
) -> None:
    s = session(catalog, ["prone-lying", "cat-camel"], clock, recorder)
    s.start()
    s.next()
    run(s, clock, 30)
    s.report_pain()
    assert s.phase is Phase.PAIN
    run(s, clock, 600, step=10)  # waits for the answer; nothing runs on
    assert s.phase is Phase.PAIN and recorder.exercises == []
    advice = s.answer_pain(Feeling.SAME)
    rec = recorder.exercises[0]
    assert (rec.outcome, rec.feeling) == (Outcome.PAIN, Feeling.SAME)
    assert rec.seconds_done == pytest.approx(30)
    assert "pillow" in advice.modifications[0]
    assert not advice.suggest_stop
    s.next()
    assert s.phase is Phase.PREPARE and s.view().exercise.id == "cat-camel"  # type: ignore[union-attr]


def test_second_worse_report_suggests_stopping(catalog: Catalog, clock: Any, recorder: Any) -> None:
    """One earlier "worse" (from history) plus this one: pause it and see a professional."""
    s = session(catalog, ["cat-camel"], clock, recorder, worse_counts={"cat-camel": 1})
    s.start()
    s.report_pain()
    advice = s.answer_pain(Feeling.WORSE)
    assert advice.worse_reports == 2 and advice.suggest_stop
    with pytest.raises(RuntimeError):
        s.answer_pain(Feeling.WORSE)


def test_first_worse_report_does_not_yet(catalog: Catalog, clock: Any, recorder: Any) -> None:
    s = session(catalog, ["cat-camel"], clock, recorder)
    s.start()
    s.report_pain()
    assert not s.answer_pain(Feeling.WORSE).suggest_stop
    s.back()  # try again (e.g. with the modification)
    assert s.phase is Phase.PREPARE
    s.report_pain()
    assert s.answer_pain(Feeling.WORSE).suggest_stop


def test_end_while_asked_about_pain_still_records(
    catalog: Catalog, clock: Any, recorder: Any
) -> None:
    s = session(catalog, ["cat-camel"], clock, recorder)
    s.start()
    s.report_pain()
    s.end_early()
    assert recorder.exercises[0].outcome is Outcome.PAIN
    assert recorder.exercises[0].feeling is None


def test_recorder_failure_keeps_the_record(catalog: Catalog, clock: Any, recorder: Any) -> None:
    """A store error must not stop the session or lose the record: it is kept and reported."""
    recorder.fail = True
    s = session(catalog, ["cat-camel"], clock, recorder)
    events: list[Event] = []
    s.subscribe(events.append)
    s.start()
    s.skip_exercise()
    assert s.phase is Phase.SUMMARY
    assert s.records[0].outcome is Outcome.SKIPPED
    assert any(e.kind is EventKind.RECORD_FAILED and "disk full" in e.message for e in events)


def test_countdown_cues_and_stale_cues(catalog: Catalog, clock: Any, recorder: Any) -> None:
    """The last 3 seconds tick once each; a cue whose moment passed long ago stays silent."""
    s = session(catalog, ["prone-lying"], clock, recorder)
    heard = cues(s)
    s.start()
    run(s, clock, PREP)
    assert heard == [Cue.COUNTDOWN] * 3 + [Cue.START]
    heard.clear()
    clock.advance(250)  # e.g. after a suspend: halfway and the minimum's ticks are stale
    s.update()
    assert heard == []
    run(s, clock, 50)
    assert heard == [Cue.COUNTDOWN] * 3 + [Cue.EXERCISE_DONE]


def test_pause_is_ignored_outside_exercises(catalog: Catalog, clock: Any, recorder: Any) -> None:
    s = session(catalog, ["cat-camel"], clock, recorder)
    s.pause()
    assert not s.paused
    s.start()
    s.pause()
    assert s.paused and s.next_wakeup() is None
    s.next()  # acting resumes
    assert not s.paused and s.phase is Phase.WORK


def test_next_wakeup_is_the_next_beat(catalog: Catalog, clock: Any, recorder: Any) -> None:
    s = session(catalog, ["cat-camel"], clock, recorder)
    s.start()
    s.next()
    assert s.next_wakeup() == pytest.approx(clock.mono + 2)


def test_empty_break_is_refused(recorder: Any, clock: Any) -> None:
    with pytest.raises(ValueError):
        Session([], recorder, clock=clock)
