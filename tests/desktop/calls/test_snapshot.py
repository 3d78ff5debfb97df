"""A snapshot holds the last parsed output, or nothing and why."""

from __future__ import annotations

import json

from backbreak.desktop.calls.snapshot import Snapshot


def test_feed_parses_and_a_failure_empties() -> None:
    snapshot: Snapshot[int] = Snapshot([["count"]], lambda outputs: len(json.loads(outputs[0])))
    assert snapshot.value is None
    snapshot.feed(["[1, 2]"])
    assert (snapshot.value, snapshot.error) == (2, "")
    snapshot.fail("count could not start")
    assert (snapshot.value, snapshot.error) == (None, "count could not start")
    snapshot.feed(["not json"])
    assert snapshot.value is None
    assert snapshot.error.startswith("count: unreadable output")
