"""The readout's arithmetic: how far through the break the progress bar stands."""

from __future__ import annotations

from backbreak.domain.catalog import Catalog
from backbreak.session.cursor import Cursor
from backbreak.session.plan import plan_steps
from backbreak.session.readout import progress
from backbreak.session.view import Phase


def test_progress_counts_whole_exercises_and_the_share_of_steps(catalog: Catalog) -> None:
    exercises = (catalog.exercise("prone-lying"), catalog.exercise("cat-camel"))
    steps = plan_steps(exercises[1])
    cursor = Cursor(exercises, phase=Phase.WORK, index=1, steps=steps, step_i=len(steps) // 2)
    assert progress(cursor) == (1 + (len(steps) // 2) / len(steps)) / 2
    assert progress(Cursor(exercises)) == 0.0
    assert progress(Cursor(exercises, phase=Phase.SUMMARY)) == 1.0
