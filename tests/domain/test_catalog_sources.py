"""The built-in catalog carries the two documents' exercises, doses and cadences exactly.

These numbers are the reason backbreak exists: if a dose drifts from what the
physiotherapy sheet or the trainer's guide prescribes, the app stops being faithful
to its sources. Each expectation below is read straight off the documents.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from backbreak.domain.catalog import Catalog, load_catalog
from backbreak.domain.duration import Level, total_seconds
from backbreak.domain.exercise import Group, Kind
from backbreak.domain.ranges import IntRange
from backbreak.domain.routine import RoutineKind

SOURCES = Path(__file__).resolve().parents[3] / "shared" / "sources"


def test_the_builtin_catalog_loads_without_warnings() -> None:
    assert load_catalog().warnings == []


def r(lo: int, hi: int | None = None) -> IntRange:
    return IntRange(min=lo, max=lo if hi is None else hi)


# The low-back sheet's own numbers, exercise by exercise.
SHEET = {
    # id: (sets, reps, hold_seconds, per-rep hold?, frequency)
    "supine-ankle-pumps": (r(1), r(30), None, {"times_per_day": r(2)}),
    "cat-camel": (r(2), r(10), r(2), {"times_per_day": r(3)}),
    "prone-lying": (r(1), None, r(180, 300), {"every_hours": r(2, 3)}),
    "prone-on-elbows": (r(1), None, r(180, 300), {"every_hours": r(2, 3)}),
}

# The guide: flexibility 1-2 sets of 30-60 s; movement 1-2 sets of 15-20 reps.
GUIDE_GROUPS = {
    "foot-calf": {"foot-ball-release", "calf-stretch-lunge"},
    "hip-pelvis": {"kneeling-hip-flexor-stretch", "standing-quad-stretch", "side-lying-leg-raise"},
    "upper-back": {"doorway-pec-stretch", "kneeling-lat-stretch", "prone-upper-back-lift"},
    "core": {"dead-bug-heel-touch"},
}
GUIDE_MOVEMENT = {"side-lying-leg-raise", "prone-upper-back-lift", "dead-bug-heel-touch"}


def in_group(catalog: Catalog, group: Group) -> set[str]:
    return {e.id for e in catalog.exercises.values() if e.group is group}


def test_every_exercise_of_both_documents_is_there(catalog: Catalog) -> None:
    """4 exercises from the sheet (low-back) and 9 from the guide in its four groups."""
    assert in_group(catalog, Group.LOW_BACK) == set(SHEET)
    for group, ids in GUIDE_GROUPS.items():
        assert in_group(catalog, Group(group)) == ids
    assert len(catalog.exercises) == 13


@pytest.mark.parametrize("exercise_id", sorted(SHEET))
def test_sheet_doses_and_cadences(catalog: Catalog, exercise_id: str) -> None:
    sets, reps, hold, frequency = SHEET[exercise_id]
    ex = catalog.exercise(exercise_id)
    assert ex.source == "low-back-sheet"
    assert ex.dose.sets == sets
    assert ex.dose.reps == reps
    assert ex.dose.hold_seconds == hold
    assert ex.frequency is not None
    assert ex.frequency.model_dump(exclude_none=True) == {
        k: v.model_dump() for k, v in frequency.items()
    }


def test_guide_doses_follow_its_rule(catalog: Catalog) -> None:
    """Stretches: 1-2 sets of 30-60 s (the foot roll: a minute a foot). Movements: 15-20 reps."""
    for ids in GUIDE_GROUPS.values():
        for exercise_id in ids:
            ex = catalog.exercise(exercise_id)
            assert ex.source == "back-care-guide"
            assert ex.frequency is None, "guide exercises are done inside routines"
            assert ex.dose.sets == r(1, 2)
            if exercise_id in GUIDE_MOVEMENT:
                assert ex.kind is Kind.MOVEMENT
                assert ex.dose.reps == r(15, 20)
            elif exercise_id == "foot-ball-release":
                assert ex.dose.hold_seconds == r(60)
                assert ex.dose.per_side
            else:
                assert ex.kind is Kind.FLEXIBILITY
                assert ex.dose.reps is None
                assert ex.dose.hold_seconds == r(30, 60)


def test_upper_back_lift_holds_the_squeeze_3_to_5_seconds(catalog: Catalog) -> None:
    assert catalog.exercise("prone-upper-back-lift").dose.hold_seconds == r(3, 5)


def test_cautions_and_modifications_from_the_sources(catalog: Catalog) -> None:
    """The sheet's stop-if-worse rule and its pillow modification for prone lying."""
    for exercise_id in SHEET:
        cautions = " ".join(catalog.exercise(exercise_id).cautions).lower()
        assert "stop" in cautions and "worse" in cautions
    assert any("pillow" in m for m in catalog.exercise("prone-lying").modifications)


def test_equipment_follows_the_steps(catalog: Catalog) -> None:
    assert "door-frame" in catalog.exercise("doorway-pec-stretch").equipment
    assert "wall" in catalog.exercise("side-lying-leg-raise").equipment
    assert "ball" in catalog.exercise("foot-ball-release").equipment
    assert "chair" in catalog.exercise("kneeling-lat-stretch").equipment


def test_routines_reference_real_exercises_and_fit_their_budget(catalog: Catalog) -> None:
    """One 5-10 minute block per guide group, the evening session and the prone pair.

    The evening session holds every exercise of the guide's four groups; its budget is
    one night's, when it does one whole group (see planning.cadences)."""
    blocks = catalog.routines_of_kind(RoutineKind.WORK_BLOCK)
    assert {b.group for b in blocks} == {
        Group.FOOT_CALF,
        Group.HIP_PELVIS,
        Group.UPPER_BACK,
        Group.CORE,
    }
    for routine in catalog.routines.values():
        for exercise_id in routine.exercises:
            assert exercise_id in catalog.exercises
        if routine.budget_minutes is not None and routine.kind is not RoutineKind.EVENING:
            least = total_seconds(catalog.routine_exercises(routine), Level.MIN)
            assert least <= routine.budget_minutes.max * 60
    for block in blocks:
        assert block.budget_minutes == r(5, 10)
        assert {e.group for e in catalog.routine_exercises(block)} == {block.group}
    (evening,) = catalog.routines_of_kind(RoutineKind.EVENING)
    whole_groups = {e for block in blocks for e in block.exercises}
    assert set(evening.exercises) == whole_groups, "each night is one whole group"
    assert evening.budget_minutes == r(5, 10)
    prone = catalog.routines_of_kind(RoutineKind.PRONE_HOLDS)
    assert [list(p.exercises) for p in prone] == [["prone-lying", "prone-on-elbows"]]


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


@pytest.mark.skipif(not SOURCES.is_dir(), reason="the source documents are not beside the checkout")
def test_instructions_are_in_our_own_words(catalog: Catalog) -> None:
    """No step repeats eight words in a row from the documents: facts carry over, words not."""
    source_words = []
    for doc in SOURCES.glob("*.txt"):
        source_words += _words(doc.read_text(encoding="utf-8"))
    shingles = {tuple(source_words[i : i + 8]) for i in range(len(source_words) - 7)}
    for ex in catalog.exercises.values():
        for text in (*ex.steps, ex.summary, *ex.cautions, *ex.modifications):
            words = _words(text)
            copied = [
                " ".join(words[i : i + 8])
                for i in range(len(words) - 7)
                if tuple(words[i : i + 8]) in shingles
            ]
            assert not copied, f"{ex.id}: copied from a source: {copied[0]!r}"
