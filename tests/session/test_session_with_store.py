"""The session writing into the real HistoryStore (SQLite in memory)."""

from __future__ import annotations

from typing import Any

from backbreak.domain.catalog import Catalog
from backbreak.domain.history import Feeling
from backbreak.session.machine import Session
from backbreak.store.history import HistoryStore


def test_records_reach_the_store_as_each_exercise_ends(catalog: Catalog, clock: Any) -> None:
    """What the planner reads back (last done, worse reports) is there before the break ends."""
    store = HistoryStore.open(":memory:")
    at = clock.now()  # the clock is not moved: every record is stamped with this
    exercises = [catalog.exercise("cat-camel"), catalog.exercise("prone-lying")]
    s = Session(exercises, store, clock=clock, break_id="brk-9")
    s.start()
    s.next()  # prepare → set 1
    for _ in range(10):
        s.count_rep()
    s.next()  # rest → set 2
    for _ in range(10):
        s.count_rep()
    assert store.last_done("cat-camel") == at
    s.report_pain()
    s.answer_pain(Feeling.WORSE)
    assert store.worse_reports("prone-lying") == 1
    assert store.last_done("prone-lying") is None  # stopped for pain is not "done"
    s.end_early()
    store.close()
