"""Doses inside the documents' ranges, chosen to fill a routine block's 5-10 minutes.

The guide gives ranges (1-2 sets, 30-60 s holds, 15-20 reps); a block at every minimum
is short of the 5 minutes it asks for. ``planning.dosing.fill`` grows the doses in the
guide's order - second sets, then longer holds, then more reps - and never past the
room the break has. Exercises are the real catalog's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from backbreak.domain.catalog import Catalog, load_catalog
from backbreak.domain.duration import Level, exercise_seconds
from backbreak.domain.exercise import Exercise
from backbreak.domain.ranges import IntRange
from backbreak.planning.dosing import HOLD_STEP, REP_STEP, Choice, fill, most_seconds

CATALOG = load_catalog().catalog
"""Module-level, not the fixture: hypothesis prints its arguments on failure."""

HIP = ("standing-quad-stretch", "kneeling-hip-flexor-stretch", "side-lying-leg-raise")
UPPER = ("doorway-pec-stretch", "kneeling-lat-stretch", "prone-upper-back-lift")
FOOT = ("foot-ball-release", "calf-stretch-lunge")
CORE = ("dead-bug-heel-touch",)
BLOCKS = (HIP, UPPER, FOOT, CORE)


def exercises(ids: Sequence[str], catalog: Catalog = CATALOG) -> list[Exercise]:
    return [catalog.exercise(e) for e in ids]


def total(choices: Sequence[Choice]) -> float:
    return sum(c.seconds for c in choices)


def minimum(ids: Sequence[str]) -> float:
    return total([Choice.minimum(e) for e in exercises(ids)])


@given(
    block=st.sampled_from(BLOCKS),
    target=st.floats(0, 1200, allow_nan=False),
    room=st.floats(0, 1200, allow_nan=False),
)
@hsettings(max_examples=200, deadline=None)
def test_fill_reaches_the_target_without_passing_the_limit(
    block: tuple[str, ...], target: float, room: float
) -> None:
    """Whatever the target and room: never past the limit (the break's cap is a promise
    to the user), and either the target is reached or no single step still fits."""
    limit = minimum(block) + room
    choices = fill(exercises(block), target, limit)
    seconds = total(choices)
    assert seconds <= limit + 1e-9
    if seconds < target:
        for choice in choices:
            for bigger in _one_step_up(choice):
                assert seconds - choice.seconds + bigger.seconds > limit, (choice, bigger)


def _one_step_up(choice: Choice) -> list[Choice]:
    """Every single growth step of one exercise's dose (a set, 15 s of hold, 5 reps)."""
    dose = choice.exercise.dose
    out = []
    if choice.sets < dose.sets.max:
        out.append(replace(choice, sets=choice.sets + 1))
    hold = dose.hold_seconds
    if (
        dose.reps is None
        and hold is not None
        and choice.hold is not None
        and choice.hold < hold.max
    ):
        out.append(replace(choice, hold=min(hold.max, choice.hold + HOLD_STEP)))
    if dose.reps is not None and choice.reps is not None and choice.reps < dose.reps.max:
        out.append(replace(choice, reps=min(dose.reps.max, choice.reps + REP_STEP)))
    return out


def test_every_minimum_when_there_is_no_target() -> None:
    """No room asked for: the catalog's minimum doses, the sheet's prescription."""
    for block in BLOCKS:
        assert fill(exercises(block), 0.0, 0.0) == [Choice.minimum(e) for e in exercises(block)]


def test_second_sets_come_first_in_the_blocks_order() -> None:
    """The hip block (4.75 min at its minimum) reaching 5 minutes: the first exercise
    gets its second set, holds and reps stay at their minimum."""
    choices = fill(exercises(HIP), 300.0, 600.0)
    assert [c.sets for c in choices] == [2, 1, 1]
    assert [c.hold for c in choices] == [30, 30, None]
    assert [c.reps for c in choices] == [None, None, 15]
    assert 300 <= total(choices) <= 600


def test_holds_grow_in_15_second_steps_once_every_set_is_in() -> None:
    """Past every second set, a timed hold grows 30 -> 45 s before any rep is added."""
    two_sets = fill(exercises(HIP), 570.0, 10_000.0)
    assert [c.sets for c in two_sets] == [2, 2, 2]
    assert [c.hold for c in two_sets] == [30, 30, None]
    more = fill(exercises(HIP), total(two_sets) + 1, 10_000.0)
    assert [c.sets for c in more] == [2, 2, 2]
    assert more[0].hold == 30 + HOLD_STEP, "the first hold grows one step"
    assert more[1].hold == 30 and more[2].reps == 15


def test_reps_grow_last() -> None:
    """Reps grow only when every set and hold is at its top: 15 -> 20."""
    top_holds = fill(exercises(HIP), 810.0, 10_000.0)  # 285 + 285 + 240
    assert [c.hold for c in top_holds[:2]] == [60, 60]
    assert top_holds[2].reps == 15
    more = fill(exercises(HIP), total(top_holds) + 1, 10_000.0)
    assert more[2].reps == 20


@pytest.mark.parametrize("block", BLOCKS, ids=["hip", "upper", "foot", "core"])
def test_the_top_of_every_range_when_the_target_is_out_of_reach(block: tuple[str, ...]) -> None:
    """The core block (one exercise) can't fill 5 minutes: it runs at the top of every
    range - sets, timed holds, reps - and that is ``most_seconds``. (A hold inside each
    rep, the 3-5 s squeeze, stays at its minimum in the estimate; the session may still
    hold it to 5 s, see ``Choice.dose``.)"""
    choices = fill(exercises(block), 100_000.0, 100_000.0)
    for c in choices:
        dose = c.exercise.dose
        assert c.sets == dose.sets.max
        if dose.reps is not None:
            assert c.reps == dose.reps.max
        elif dose.hold_seconds is not None:
            assert c.hold == dose.hold_seconds.max
    assert total(choices) == pytest.approx(most_seconds(exercises(block)))
    timed_only = [e for e in exercises(block) if e.dose.reps is None]
    assert total([c for c in choices if c.exercise in timed_only]) == pytest.approx(
        sum(exercise_seconds(e, Level.MAX) for e in timed_only)
    )


def test_a_block_that_cannot_reach_the_target_stops_at_the_limit() -> None:
    """Room for only part of the growth: it grows as far as the limit allows, no further."""
    choices = fill(exercises(HIP), 10_000.0, 400.0)
    assert total(choices) <= 400
    assert total(choices) > minimum(HIP)


# --- a choice as a dose -----------------------------------------------------------------------


def dosed(choice: Choice) -> Exercise:
    return choice.exercise.model_copy(update={"dose": choice.dose()})


@pytest.mark.parametrize("exercise_id", sorted(CATALOG.exercises))
def test_a_choice_is_the_catalog_dose_narrowed(exercise_id: str) -> None:
    """The session runs the chosen dose: sets fixed, the hold's and reps' minimum raised
    to the choice, their maximum kept (a hold may still run on), and the estimate the
    composer used is exactly what ``domain.duration`` gives for that dose."""
    exercise = CATALOG.exercise(exercise_id)
    for choice in (Choice.minimum(exercise), fill([exercise], 100_000.0, 100_000.0)[0]):
        dose = choice.dose()
        assert dose.sets == IntRange.fixed(choice.sets)
        if exercise.dose.hold_seconds is not None:
            assert dose.hold_seconds is not None
            assert dose.hold_seconds.min == choice.hold
            assert dose.hold_seconds.max == exercise.dose.hold_seconds.max
        if exercise.dose.reps is not None:
            assert dose.reps is not None
            assert dose.reps.min == choice.reps
            assert dose.reps.max == exercise.dose.reps.max
        assert dose.per_side == exercise.dose.per_side
        assert dose.pace == exercise.dose.pace
        assert choice.seconds == pytest.approx(exercise_seconds(dosed(choice)))


def test_growing_choices_match_the_duration_estimate_at_every_step() -> None:
    """Every intermediate dose ``fill`` may pick is estimated as ``domain.duration``
    estimates the dose the session will run: the break's length on the card is true."""
    for block in BLOCKS:
        for target in range(0, 1000, 25):
            for choice in fill(exercises(block), float(target), 10_000.0):
                assert choice.seconds == pytest.approx(exercise_seconds(dosed(choice)))


def test_the_note_says_why_a_dose_is_more_than_the_minimum() -> None:
    """The session and ``plan`` say why today's dose is bigger, in plain words; a
    minimum dose says nothing."""
    quad = CATALOG.exercise("standing-quad-stretch")
    leg = CATALOG.exercise("side-lying-leg-raise")
    assert Choice.minimum(quad).note() == ""
    assert Choice(quad, 2, None, 30).note() == "2 sets today: this block has room"
    assert Choice(quad, 2, None, 45).note() == "2 sets and 45 s holds today: this block has room"
    assert Choice(quad, 1, None, 60).note() == "60 s holds today: this block has room"
    assert Choice(leg, 2, 20, None).note() == "2 sets and 20 reps today: this block has room"
    assert Choice(leg, 1, 20, None).note() == "20 reps today: this block has room"
