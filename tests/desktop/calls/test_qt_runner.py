"""The QProcess runners: snapshots refreshed off the GUI thread's critical path, watch
lines turned into one refresh per burst, and polling when the watcher can't run."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import Any

import pytest

from backbreak.desktop.calls.qt_runner import ChangeWatch, CommandRefresher
from backbreak.desktop.calls.snapshot import Snapshot

PY = sys.executable


def script(code: str) -> list[str]:
    return [PY, "-c", code]


def joined(commands: list[list[str]], **watch: Any) -> Snapshot[str]:
    return Snapshot(commands, lambda outputs: "|".join(o.strip() for o in outputs), **watch)


def test_the_commands_run_in_order_and_their_outputs_are_fed(qtbot: Any) -> None:
    snapshot = joined([script("print('one')"), script("print('two')")])
    refresher = CommandRefresher([snapshot])
    with qtbot.waitSignal(refresher.refreshed, timeout=5000):
        refresher.refresh()
    assert snapshot.value == "one|two"
    assert not refresher.busy


def test_a_failing_command_leaves_the_snapshot_empty_with_why(qtbot: Any) -> None:
    snapshot = joined([script("import sys; sys.exit(3)")])
    snapshot.feed(["old"])
    refresher = CommandRefresher([snapshot])
    with qtbot.waitSignal(refresher.refreshed, timeout=5000):
        refresher.refresh()
    assert snapshot.value is None
    assert "failed (exit 3)" in snapshot.error


def test_a_missing_program_leaves_the_snapshot_empty(qtbot: Any) -> None:
    snapshot = joined([["backbreak-no-such-tool", "list"]])
    refresher = CommandRefresher([snapshot])
    with qtbot.waitSignal(refresher.refreshed, timeout=5000):
        refresher.refresh()
    assert snapshot.error == "backbreak-no-such-tool could not start"


def test_a_command_that_hangs_is_killed(qtbot: Any) -> None:
    """A sound server that accepts the connection and never answers must not keep
    the runner busy for ever."""
    snapshot = joined([script("import time; time.sleep(30)")])
    refresher = CommandRefresher([snapshot], timeout_ms=200)
    with qtbot.waitSignal(refresher.refreshed, timeout=5000):
        refresher.refresh()
    assert "did not answer within 200 ms" in snapshot.error


def test_refreshes_asked_while_busy_run_once_more(qtbot: Any) -> None:
    counter = joined([script("print('x')")])
    runs: list[str] = []
    refresher = CommandRefresher([counter])
    refresher.refreshed.connect(lambda: runs.append(str(counter.value)))
    refresher.refresh()
    refresher.refresh()  # queued behind the running one
    refresher.refresh()  # already queued: not twice
    qtbot.waitUntil(lambda: len(runs) == 1 and not refresher.busy, timeout=5000)
    assert runs == ["x"]


def test_stop_kills_the_running_command_and_drops_the_queue(qtbot: Any) -> None:
    hanging = joined([script("import time; time.sleep(30)")])
    other = joined([script("print('x')")])
    refresher = CommandRefresher([hanging, other])
    refresher.refresh()
    assert refresher.busy
    refresher.stop()
    assert not refresher.busy
    qtbot.wait(100)
    assert (hanging.value, other.value) == (None, None)


@pytest.fixture
def watches() -> Iterator[list[ChangeWatch]]:
    """Watches stopped after the test, so no watcher process outlives it."""
    started: list[ChangeWatch] = []
    yield started
    for watch in started:
        watch.stop()


EVENTS = "import sys, time\nfor _ in range(50): print('Event new on source-output #1')\n"


def test_a_burst_of_event_lines_asks_once(qtbot: Any, watches: list[ChangeWatch]) -> None:
    calls: list[int] = []
    code = EVENTS + "sys.stdout.flush(); print('noise'); sys.stdout.flush(); time.sleep(30)"
    snapshot = joined([["true"]], watch=script(code), is_event=lambda line: "Event" in line)
    watch = ChangeWatch(snapshot, lambda: calls.append(1), settle_ms=300, poll_ms=60_000)
    watches.append(watch)
    watch.start()
    assert calls == [1]  # asked once at start, for the first answer
    qtbot.waitUntil(lambda: len(calls) == 2, timeout=5000)
    qtbot.wait(400)  # a second settle period: nothing more arrives
    assert len(calls) == 2
    assert not watch.polling


def test_lines_that_are_no_event_ask_nothing(qtbot: Any, watches: list[ChangeWatch]) -> None:
    calls: list[int] = []
    code = "import sys, time\nprint('Event on client #3'); sys.stdout.flush(); time.sleep(30)"
    snapshot = joined([["true"]], watch=script(code), is_event=lambda line: "source" in line)
    watch = ChangeWatch(snapshot, lambda: calls.append(1), settle_ms=0, poll_ms=60_000)
    watches.append(watch)
    watch.start()
    qtbot.wait(300)
    assert calls == [1]


def test_a_watcher_that_ends_falls_back_to_polling(qtbot: Any, watches: list[ChangeWatch]) -> None:
    calls: list[int] = []
    snapshot = joined([["true"]], watch=script("pass"))
    watch = ChangeWatch(snapshot, lambda: calls.append(1), settle_ms=0, poll_ms=20)
    watches.append(watch)
    watch.start()
    qtbot.waitUntil(lambda: watch.polling and len(calls) >= 3, timeout=5000)


def test_a_watcher_that_cannot_start_polls(qtbot: Any, watches: list[ChangeWatch]) -> None:
    snapshot = joined([["true"]], watch=["backbreak-no-such-monitor"])
    watch = ChangeWatch(snapshot, lambda: None, poll_ms=60_000)
    watches.append(watch)
    watch.start()
    qtbot.waitUntil(lambda: watch.polling, timeout=5000)


def test_no_watch_command_polls_from_the_start(watches: list[ChangeWatch]) -> None:
    watch = ChangeWatch(joined([["true"]]), lambda: None, poll_ms=60_000)
    watches.append(watch)
    watch.start()
    assert watch.polling
    watch.stop()
    assert not watch.polling
