"""A day in the life: the real app, its APScheduler jobs, the notifications and the
guided session, live, at a fixed moment and at speed - compared with ``backbreak plan``.

The app runs under libfaketime from Tuesday 2026-11-24 08:50 Europe/Berlin, its clock
(wall and monotonic) ``SPEED`` times faster than real time. At the start the test asks
the running app for its plan of the day (the ``plan`` control command, what
``backbreak plan`` shows). Then a simulated user answers every notification by clicking
it, starts the session (→ on its intro), presses → whenever a ranged hold reaches its
minimum (the app logs it), and closes the summary. It passes when every planned break
was offered within ``TOLERANCE`` of its planned time with the same exercises, nothing
unplanned came, every exercise done is in the history, and nothing raised.

CI runs a shortened day (work 09:00-11:30): several merged breaks, a block, the prone
holds, the daily exercises. ``BACKBREAK_FULL_DAY=1`` runs the whole default day
(09:00-17:00, about 8 minutes at x60): ``tests/bench/day_in_the_life.py`` does that.
A second run answers one break with Snooze, one with Skip, and stays away from the
keyboard for 20 minutes (a fake GNOME idle monitor reports the idle time); after each,
the app's fresh plan must still be what it then does.
"""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from helpers.fake_dbus import FakeService

pytestmark = pytest.mark.e2e

DAY = "2026-11-24"
START = f"{DAY} 08:50:00"
ZONE = "Europe/Berlin"
SPEED = 60
TOLERANCE = timedelta(minutes=2)
FULL_DAY = os.environ.get("BACKBREAK_FULL_DAY") == "1"
SHORT_DAY = {"work_start": "09:00", "work_end": "11:30", "evening_enabled": False}
DUE = re.compile(r"break due: (\S+) (.*) at (\S+): (\S*)$")
MUTTER = "org.gnome.Mutter.IdleMonitor"


@dataclass
class Offer:
    id: str
    title: str
    at: datetime
    exercises: tuple[str, ...]


@dataclass
class Day:
    """What the simulated user saw and did."""

    offers: list[Offer] = field(default_factory=list)
    done: list[str] = field(default_factory=list)


class FakeMutterIdle(FakeService):
    """GNOME's idle monitor on the test bus, answering the idle time the test sets."""

    def __init__(self, desktop: Any) -> None:
        super().__init__(desktop.env["DBUS_SESSION_BUS_ADDRESS"], MUTTER)
        self.idle_ms = 0
        self.on(MUTTER, "GetIdletime", lambda _msg: ("t", (self.idle_ms,)))


def ask(desktop: Any, cmd: str, **args: Any) -> dict[str, Any]:
    from backbreak.desktop.single_instance import SOCKET_NAME, request, send_request

    name = str(Path(desktop.env["XDG_RUNTIME_DIR"]) / "backbreak" / SOCKET_NAME)
    answer: dict[str, Any] = send_request(request(cmd, **args), name, timeout=30)
    assert answer.get("ok"), answer
    return answer


def plan_now(desktop: Any) -> list[Offer]:
    rows = ask(desktop, "plan", date=DAY)["data"]["breaks"]
    return [
        Offer("", r["title"], datetime.fromisoformat(r["at"]), tuple(r["exercises"]))
        for r in rows
        if r["kind"] != "evening"
    ]


def offers_in_log(app: Any) -> list[Offer]:
    """Every break the app was told of, first time only (re-offers log the same id)."""
    seen: dict[str, Offer] = {}
    for line in app.log_text().splitlines():
        match = DUE.search(line)
        if match and match.group(1) not in seen:
            brk_id, title, at, exercises = match.groups()
            seen[brk_id] = Offer(
                brk_id, title, datetime.fromisoformat(at), tuple(exercises.split(","))
            )
    return list(seen.values())


def session_window(desktop: Any) -> str | None:
    found = desktop.run(["xdotool", "search", "--onlyvisible", "--name", " — backbreak$"])
    ids = found.stdout.split()
    return ids[-1] if ids else None


def press(desktop: Any, window: str, key: str) -> None:
    desktop.run(["xdotool", "windowfocus", "--sync", window, "key", key])


def run_session(app: Any, desktop: Any, mark: int, wait: Any) -> None:
    """The user in the session: start it, end each ranged hold at its minimum, close."""
    window = wait(lambda: session_window(desktop), 20, "the session window")
    press(desktop, window, "Right")
    at = mark
    while True:
        line = app.wait_for_log(r"session: (hold target reached|summary)", timeout=120, after=at)
        at = app.log_text().index(line, at) + len(line)
        if "summary" in line:
            press(desktop, window, "Return")
            wait(lambda: session_window(desktop) is None, 20, "the session window to close")
            return
        press(desktop, window, "Right")


def live_day(
    app: Any, desktop: Any, notes: Any, wait: Any, until: datetime, answer: Any = None
) -> list[Offer]:
    """Answer every notification until the app's clock passes ``until``.

    ``answer(note_index, offer) -> "start" | "snooze" | "skip"`` decides; default start.
    """
    handled = 0
    while app.now() < until:
        try:
            note = notes.wait_for("", timeout=5)  # "Time for a break: …" or "Still waiting: …"
        except AssertionError:
            continue
        mark = app.log_mark()
        offers = offers_in_log(app)
        choice = answer(handled, offers[-1]) if answer is not None else "start"
        handled += 1
        if choice == "snooze":
            ask(desktop, "snooze")
        elif choice == "skip":
            ask(desktop, "skip")
        else:
            assert note.actions.get("default"), note
            notes.click()
            run_session(app, desktop, mark, wait)
    return offers_in_log(app)


def matches(planned: list[Offer], offered: list[Offer]) -> list[str]:
    """Each planned break offered on time with its exercises; nothing unplanned."""
    problems = []
    left = list(offered)
    for plan in planned:
        near = [o for o in left if abs(o.at - plan.at) <= TOLERANCE]
        same = [o for o in near if set(o.exercises) == set(plan.exercises)]
        if not same:
            problems.append(f"planned {plan.at:%H:%M} {plan.title}: offered {near or 'nothing'}")
            continue
        left.remove(same[0])
    problems += [f"unplanned: {o.at:%H:%M} {o.title}" for o in left]
    return problems


def recorded_done(data_dir: Path) -> list[str]:
    with sqlite3.connect(data_dir / "history.sqlite3") as conn:
        rows = conn.execute(
            "SELECT exercise_id FROM exercise_records WHERE outcome IN ('done', 'partial')"
        ).fetchall()
    return sorted(r[0] for r in rows)


def test_a_day_in_the_life_matches_the_plan(
    desktop: Any, start_app: Any, notifications: Any, wait: Any, tmp_path: Path
) -> None:
    """Tuesday 08:50 Berlin (nothing due before 09:00): the app's day, live, is its plan."""
    settings = {} if FULL_DAY else SHORT_DAY
    app = start_app(at=START, tz=ZONE, speed=SPEED, **settings)
    app.assert_clock(slack_s=SPEED * 30)
    planned = plan_now(desktop)
    assert len(planned) >= 3, planned
    jobs = {job["id"]: job for job in app.status()["jobs"]}
    assert {"cadence:prone", "cadence:block", "cadence:daily:cat-camel", "break"} <= set(jobs)
    first_due = datetime.fromisoformat(jobs["break"]["next_run_time"])
    assert first_due == planned[0].at, "APScheduler's break job fires at the plan's first break"
    end = planned[-1].at + timedelta(minutes=20)
    offered = live_day(app, desktop, notifications, wait, until=end)
    assert matches(planned, offered) == []
    expected = sorted(e for o in offered for e in o.exercises)
    assert recorded_done(tmp_path / "data") == expected, "every exercise done is recorded"
    assert "Traceback" not in app.log_text()


def next_block(plan: list[Offer]) -> datetime | None:
    """The next routine block in ``plan``; None when none is left that day."""
    firsts = ("foot-ball-release", "standing-quad-stretch", "doorway-pec-stretch")
    return next(
        (o.at for o in plan if any(e in o.exercises for e in (*firsts, "dead-bug-heel-touch"))),
        None,
    )


def test_snooze_skip_and_idle_follow_the_fresh_plan(
    desktop: Any, start_app: Any, notifications: Any, wait: Any, tmp_path: Path
) -> None:
    """The first break is snoozed (it comes back as the same break), then skipped
    (recorded as skipped); then 20 minutes away from the keyboard move the next block.
    After that the app's fresh plan is asked again, and what follows is what it said."""
    mutter = FakeMutterIdle(desktop)  # before the app starts: presence picks it at start
    try:
        app = start_app(at=START, tz=ZONE, speed=SPEED, **SHORT_DAY)
        app.assert_clock(slack_s=SPEED * 30)
        first = notifications.wait_for("Time for a break: ", timeout=120)
        offered = offers_in_log(app)[0]
        ask(desktop, "snooze")
        again = notifications.wait_for("", timeout=60)
        assert again.summary == f"Still waiting: {offered.title}", "the same break, back"
        assert offers_in_log(app) == [offered], "no new break: the snoozed one"
        ask(desktop, "skip")
        assert first.summary.endswith(offered.title)

        before = next_block(plan_now(desktop))
        assert before is not None
        mutter.idle_ms = 20 * 60 * 1000  # no input for 20 minutes

        def block_moved() -> bool:
            """Later, or out of the day: time away restarts the block's clock."""
            after = next_block(plan_now(desktop))
            return after is None or after > before

        wait(block_moved, 30, "the block to move")
        mutter.idle_ms = 0
        fresh = plan_now(desktop)
        now = app.now()
        end = now + timedelta(minutes=80)
        later = live_day(app, desktop, notifications, wait, until=end)
        new = [o for o in later if o.id != offered.id]
        horizon = end - timedelta(minutes=20)
        assert (
            matches([p for p in fresh if p.at <= horizon], [o for o in new if o.at <= horizon])
            == []
        )
        with sqlite3.connect(tmp_path / "data" / "history.sqlite3") as conn:
            events = {r[0] for r in conn.execute("SELECT event FROM break_records").fetchall()}
        assert {"snoozed", "skipped"} <= events
        assert "Traceback" not in app.log_text()
    finally:
        mutter.close()
