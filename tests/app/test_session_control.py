"""What a session counts as done for the engine, written once for the app and for
``backbreak start`` without it."""

from __future__ import annotations

from datetime import datetime

from helpers.fakes import MONDAY_0830

from backbreak.app.session_control import done_exercises
from backbreak.domain.history import ExerciseRecord, Outcome


def test_done_and_partly_done_count_skipped_does_not() -> None:
    at: datetime = MONDAY_0830
    records = [
        ExerciseRecord("cat-camel", Outcome.DONE, at),
        ExerciseRecord("prone-lying", Outcome.PARTIAL, at),
        ExerciseRecord("supine-ankle-pumps", Outcome.SKIPPED, at),
    ]
    assert done_exercises(records) == ["cat-camel", "prone-lying"]
