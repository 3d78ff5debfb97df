"""The history counts local days in the clock's zone, never the C library's.

The planner works in ``backbreak.clock.local_zone()`` (or the injected clock's zone);
the history used ``datetime.astimezone()``, the C library's idea of local time, so
the two could disagree about which day a record fell on (a ``TZ`` the C library
doesn't know, Windows, a test clock). Here the C library is set to New York while the
injected clock lives in Tokyo: the store must count Tokyo days.
"""

from __future__ import annotations

import time
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from backbreak.domain.history import ExerciseRecord, Outcome
from backbreak.store.history import HistoryStore

TOKYO = ZoneInfo("Asia/Tokyo")


class TokyoClock:
    def now(self) -> datetime:
        return datetime(2026, 3, 3, 8, 0, tzinfo=TOKYO)

    def monotonic(self) -> float:
        return 0.0


@pytest.fixture
def c_library_in_new_york(monkeypatch: pytest.MonkeyPatch) -> object:
    if not hasattr(time, "tzset"):
        pytest.skip("needs time.tzset")
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_days_are_the_clocks_days(tmp_path: Path, c_library_in_new_york: object) -> None:
    store = HistoryStore.open(tmp_path / "h.sqlite3", clock=TokyoClock())
    at = TokyoClock().now()  # 08:00 on the 3rd in Tokyo is still the 2nd in New York
    store.record_exercise(ExerciseRecord("cat-camel", Outcome.DONE, at))
    assert store.local_date(at) == date(2026, 3, 3)
    assert store.day_bounds(date(2026, 3, 3))[0] == datetime(2026, 3, 3, tzinfo=TOKYO)
    assert store.done_count("cat-camel", date(2026, 3, 3)) == 1
    naive = datetime(2026, 3, 3, 0, 30)  # a naive time is the clock's local time
    assert store.local_date(naive) == date(2026, 3, 3)
    store.close()


def test_without_a_clock_the_zone_is_local_zone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The system clock's zone is ``backbreak.clock.local_zone()``."""
    from backbreak import clock

    monkeypatch.setattr(clock, "local_zone", lambda: TOKYO)
    store = HistoryStore.open(tmp_path / "h.sqlite3")
    assert store.tz is TOKYO
    store.close()
