"""A restart plans what the running app would have: skips included.

Each test drives an engine the way the app does while writing what the app and the
session write into a real (in-memory) history, then builds a second engine from that
history at the same moment - a restart - and compares the next breaks both would
offer. The running engine's own plan (``plan_ahead``, a fork) must match the rebuilt
engine's for the rest of the day too.

The rules checked here (README, "How breaks are planned"): a break skipped with the
Skip button answers every cadence it held; inside a session, an item answers its
cadence only if at least one of its exercises was done, so skipped prone holds stay
due and come back after the minimum rest, a block with every exercise skipped is not
a block done, a partly done block is.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from helpers.fakes import FakeClock

from backbreak.domain.catalog import Catalog
from backbreak.domain.history import (
    BreakEvent,
    BreakRecord,
    ExerciseRecord,
    Outcome,
    skip_detail,
)
from backbreak.domain.settings import Settings
from backbreak.planning.cadences import PRONE
from backbreak.planning.dayplan import plan_ahead
from backbreak.planning.engine import Engine
from backbreak.planning.model import Break
from backbreak.store.history import HistoryStore

BERLIN = ZoneInfo("Europe/Berlin")
MONDAY = datetime(2026, 3, 30, 8, 0, tzinfo=BERLIN)
PRONE_IDS = ("prone-lying", "prone-on-elbows")


class App:
    """An engine, its clock and its history, answered the way the app answers."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self.settings = Settings()
        self.clock = FakeClock(MONDAY)
        self.store = HistoryStore.open(":memory:", tz=BERLIN, clock=self.clock)
        yesterday = MONDAY - timedelta(hours=16)
        for ex in ("prone-lying", "dead-bug-heel-touch"):  # the core block: foot & calf next
            self.store.record_exercise(ExerciseRecord(ex, Outcome.DONE, yesterday))
        self.store.record_break(BreakRecord("y", BreakEvent.COMPLETED, yesterday))
        self.engine = Engine(catalog, self.settings, self.store, self.clock)

    def restarted(self) -> Engine:
        return Engine(self.catalog, self.settings, self.store, self.clock)

    def next_offer(self) -> Break:
        for _ in range(50):
            wake = self.engine.next_wakeup()
            assert wake is not None
            self.clock.set(max(self.clock.wall, wake))
            brk = self.engine.tick()
            if brk is not None:
                self.store.record_break(self._event(brk, BreakEvent.OFFERED))
                return brk
        raise AssertionError("no break came")

    def skip(self, brk: Break) -> None:
        """The Skip button: the record says what the skip answered."""
        self.store.record_break(self._event(brk, BreakEvent.SKIPPED, skip_detail(brk.covers)))
        self.engine.skip()

    def session(self, brk: Break, skipped: Callable[[str], bool]) -> None:
        """A session in which the exercises ``skipped`` says were skipped, the rest done,
        each recorded as it ends (the block counts from the break's start, the other
        cadences from its end: a restart reads both from the break's records)."""
        self.engine.start_break(brk)
        self.store.record_break(self._event(brk, BreakEvent.STARTED))
        done = []
        for ex in brk.exercises:
            self.clock.advance(minutes=brk.estimated_minutes / len(brk.exercises))
            outcome = Outcome.SKIPPED if skipped(ex) else Outcome.DONE
            record = ExerciseRecord(ex, outcome, self.clock.wall, break_id=brk.id)
            self.store.record_exercise(record)
            done += [ex] if outcome is Outcome.DONE else []
        self.store.record_break(self._event(brk, BreakEvent.COMPLETED))
        self.engine.complete(brk, done)

    def skip_from_intro(self, brk: Break) -> None:
        """The session opened, and its first screen's Skip ended it: nothing done."""
        self.engine.start_break(brk)
        self.store.record_break(self._event(brk, BreakEvent.SKIPPED))
        self.engine.complete(brk, [])

    def _event(self, brk: Break, event: BreakEvent, detail: str = "") -> BreakRecord:
        return BreakRecord(brk.id, event, self.clock.wall, brk.kind.value, brk.exercises, detail)


def agree(app: App) -> Break:
    """The running and the restarted engine offer the same next break, and plan the
    same rest of the day; returns that break."""
    live, rebuilt = app.engine.next_break(), app.restarted().next_break()
    assert live is not None and rebuilt is not None
    assert (rebuilt.due, rebuilt.exercises, rebuilt.id) == (live.due, live.exercises, live.id)
    today = app.clock.wall.date()
    plan = [(b.due, b.exercises) for b in plan_ahead(app.engine, today)]
    assert [(b.due, b.exercises) for b in plan_ahead(app.restarted(), today)] == plan
    return live


def test_a_restart_after_the_skip_button_plans_what_the_app_would(catalog: Catalog) -> None:
    """Skipping answers every cadence the break held (prone, block, a daily exercise):
    after a restart the prone holds are not due again at once, the cat-camel count
    keeps the skip, and the block rotation has moved on - as in the running app."""
    app = App(catalog)
    for _ in range(6):
        brk = app.next_offer()
        app.skip(brk)
        agree(app)


def test_skipped_prone_holds_stay_due_and_come_back_after_the_rest(catalog: Catalog) -> None:
    """Skipping the prone holds inside a break doesn't restart their 2-hour clock: the
    next break, right after the minimum rest, holds them again - before a restart and
    after it."""
    app = App(catalog)
    while PRONE not in (brk := app.next_offer()).covers:
        app.session(brk, lambda ex: False)
    due_before = app.engine.triggers()[PRONE].window()
    app.session(brk, lambda ex: ex in PRONE_IDS)
    assert app.engine.triggers()[PRONE].window() == due_before
    again = agree(app)
    rest = timedelta(minutes=app.settings.min_rest_minutes)
    assert set(PRONE_IDS) <= set(again.exercises)
    assert again.due == app.clock.wall + rest


def test_a_block_with_every_exercise_skipped_is_not_a_block_done(catalog: Catalog) -> None:
    """Every exercise of the block skipped: the block stays owed (same group next time),
    before and after a restart."""
    app = App(catalog)
    brk = app.next_offer()
    block = [e for e in brk.exercises if e.startswith(("foot", "calf"))]
    assert block, brk.exercises
    app.session(brk, lambda ex: ex in block)
    again = agree(app)
    assert set(block) <= set(again.exercises)


def test_a_partly_done_block_is_a_block_done(catalog: Catalog) -> None:
    """One exercise of the block done: the block counts, the rotation moves on."""
    app = App(catalog)
    brk = app.next_offer()
    app.session(brk, lambda ex: ex == "calf-stretch-lunge")
    later = app.next_offer()
    assert not {"foot-ball-release", "calf-stretch-lunge"} & set(later.exercises)
    app.session(later, lambda ex: False)
    agree(app)


def test_skipping_from_the_session_intro_answers_nothing(catalog: Catalog) -> None:
    """A break skipped from the session's first screen is like a session with every
    exercise skipped: its items stay owed, live and after a restart."""
    app = App(catalog)
    brk = app.next_offer()
    app.skip_from_intro(brk)
    again = agree(app)
    assert set(brk.exercises) <= set(again.exercises)
