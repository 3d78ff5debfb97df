"""The remaining transitions, and random action sequences that must never break the machine."""

from __future__ import annotations

from typing import Any

import pytest
from helpers.fakes import FakeClock, FakeRecorder
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backbreak.domain.catalog import Catalog, load_catalog
from backbreak.domain.history import BreakEvent, Feeling, Outcome
from backbreak.session.machine import Phase, Session


def session(catalog: Catalog, ids: list[str], clock: Any, recorder: Any) -> Session:
    return Session([catalog.exercise(i) for i in ids], recorder, clock=clock, break_id="b")


def test_end_during_prepare_records_a_skip(catalog: Catalog, clock: Any, recorder: Any) -> None:
    s = session(catalog, ["cat-camel"], clock, recorder)
    s.start()
    s.end_early()
    assert recorder.exercises[0].outcome is Outcome.SKIPPED
    assert recorder.breaks[-1].event is BreakEvent.ENDED_EARLY


def test_rest_next_and_back(catalog: Catalog, clock: Any, recorder: Any) -> None:
    """→ in a rest starts the next set now; ← in a rest restarts the exercise."""
    s = session(catalog, ["cat-camel"], clock, recorder)
    s.start()
    s.next()
    for _ in range(10):
        s.count_rep()
    assert s.phase is Phase.REST
    s.next()
    assert s.phase is Phase.WORK and s.view().step.set_no == 2  # type: ignore[union-attr]
    for _ in range(3):
        s.count_rep()
    s.back()
    assert s.phase is Phase.PREPARE and recorder.exercises == []


def test_pause_in_rest_moves_its_deadline(catalog: Catalog, clock: Any, recorder: Any) -> None:
    s = session(catalog, ["cat-camel"], clock, recorder)
    s.start()
    s.next()
    for _ in range(10):
        s.count_rep()
    deadline = s.deadline()
    s.pause()
    clock.advance(40)
    s.resume()
    assert s.deadline() == pytest.approx(deadline + 40)  # type: ignore[operator]
    clock.advance(19.9)
    s.update()
    assert s.phase is Phase.REST


def test_pain_on_the_last_exercise_then_next_ends_the_break(
    catalog: Catalog, clock: Any, recorder: Any
) -> None:
    s = session(catalog, ["cat-camel"], clock, recorder)
    s.start()
    s.next()
    s.report_pain()
    s.answer_pain(Feeling.BETTER)
    s.next()
    assert s.phase is Phase.SUMMARY
    assert recorder.breaks[-1].event is BreakEvent.COMPLETED


def test_actions_in_the_summary_do_nothing(catalog: Catalog, clock: Any, recorder: Any) -> None:
    s = session(catalog, ["cat-camel"], clock, recorder)
    s.end_early()
    for action in (s.next, s.back, s.skip_exercise, s.count_rep, s.pause, s.report_pain):
        action()
    s.end_early()
    assert s.phase is Phase.SUMMARY and len(recorder.breaks) == 1


ACTIONS = ["next", "back", "skip_exercise", "count_rep", "toggle_pause", "report_pain", "answer"]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    steps=st.lists(
        st.tuples(st.sampled_from(ACTIONS), st.floats(min_value=0, max_value=90)), max_size=40
    ),
    ids=st.lists(
        st.sampled_from(["cat-camel", "calf-stretch-lunge", "dead-bug-heel-touch", "prone-lying"]),
        min_size=1,
        max_size=3,
        unique=True,
    ),
)
def test_random_use_keeps_the_records_sane(steps: list[tuple[str, float]], ids: list[str]) -> None:
    """Whatever the user presses, whenever: no crash, sane records, and ending always works."""

    catalog = _catalog()
    clock, recorder = FakeClock(), FakeRecorder()
    s = session(catalog, ids, clock, recorder)
    for action, wait in steps:
        clock.advance(wait)
        s.update()
        if action == "answer":
            if s.phase is Phase.PAIN and s.pain_advice is None:
                s.answer_pain(Feeling.SAME)
        else:
            getattr(s, action)()
        view = s.view()
        assert 0.0 <= view.progress <= 1.0
        if view.remaining is not None:
            assert view.remaining >= 0
    s.end_early()
    assert s.phase is Phase.SUMMARY
    assert recorder.exercises == s.records
    for record in recorder.exercises:
        assert record.fraction >= 0 and record.seconds_done >= 0
        assert (record.outcome is Outcome.SKIPPED) == (
            record.fraction == 0 and record.outcome is not Outcome.PAIN
        )


_CATALOG: list[Catalog] = []


def _catalog() -> Catalog:
    if not _CATALOG:
        _CATALOG.append(load_catalog().catalog)
    return _CATALOG[0]
