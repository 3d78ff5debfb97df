"""Thirty simulated days of a user who does some breaks (whole or in part), snoozes,
skips and ignores others, closes the laptop for 5 minutes to 14 hours and walks away
from the desk - across a DST change each way (Europe/Berlin, late March and late
October).

These are the promises the README's planning rules make; a random walk through a month finds
the orderings a hand-written test would not think of. The walk reads the engine's owed
items (``engine._plan.cad.items``) and the offered composition (``engine._offer.comp``) only to
know which occurrences a break answers; everything it checks is what the user sees.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cache
from zoneinfo import ZoneInfo

from helpers.fakes import FakeClock
from hypothesis import HealthCheck, Phase, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from backbreak.clock import ClockJump
from backbreak.domain.catalog import Catalog, load_catalog
from backbreak.domain.settings import Settings
from backbreak.planning.composer import Composition
from backbreak.planning.dayplan import EmptyHistory
from backbreak.planning.engine import Engine
from backbreak.planning.hours import ActiveHours
from backbreak.planning.model import Break, BreakKind, Cadence, Item

BERLIN = ZoneInfo("Europe/Berlin")
STARTS = {
    "march": datetime(2026, 3, 16, 7, 0, tzinfo=BERLIN),  # clocks go forward on 29 March
    "october": datetime(2026, 10, 12, 7, 0, tzinfo=BERLIN),  # and back on 25 October
}
DAYS = 30
LATE = timedelta(minutes=6)
"""How late a tick may see a due break in this walk (idle spells advance in 5-minute steps)."""


@cache
def builtin_catalog() -> Catalog:
    """Loaded once; not a fixture, so hypothesis doesn't print it in a failure report."""
    return load_catalog().catalog


@dataclass
class Walk:
    """What the walk saw, and the checks it makes as it goes."""

    engine: Engine
    clock: FakeClock
    hours: ActiveHours
    rest: timedelta
    pairs: dict[tuple[str, str], str] = field(default_factory=dict)
    announced_keys: set[str] = field(default_factory=set)
    owed: dict[str, Item] = field(default_factory=dict)
    seen_ids: set[str] = field(default_factory=set)
    held: dict[str, list[Item]] = field(default_factory=dict)
    last_end: datetime | None = None
    resumed_at: datetime | None = None
    catch_ups_since_resume: dict[str, int] = field(default_factory=dict)
    prone_done: datetime | None = None
    prone_undisturbed: bool = False
    block_started: datetime | None = None
    block_undisturbed: bool = False
    breaks: int = 0

    def note_owed(self) -> None:
        now = self.clock.wall
        for item in self.engine._plan.cad.items(now):
            if item.due <= now:
                self.owed.setdefault(item.key, item)

    def same_period(self, a: datetime, b: datetime) -> bool:
        return self.hours.period_at_or_after(a) == self.hours.period_at_or_after(b)

    def offered(self) -> Composition:
        comp = self.engine._offer.comp
        assert comp is not None
        return comp

    def announced(self, brk: Break) -> None:
        now = self.clock.wall
        comp = self.offered()
        assert comp.brk == brk
        items = list(comp.items)
        self.held[brk.id] = items
        new = brk.id not in self.seen_ids
        self.seen_ids.add(brk.id)
        self.breaks += new
        # Nothing outside work hours but the evening session.
        if not self.hours.contains(now):
            assert all(it.cadence is Cadence.EVENING for it in items), (now, brk)
        # The evening never merges with work items; a work break keeps to the cap.
        assert len({it.is_evening for it in items}) == 1, brk
        if not items[0].is_evening:
            assert brk.estimated_minutes <= self.engine.settings.max_break_minutes + 0.05
        # Breaks never bunch up: a new break starts after the rest.
        if new and self.last_end is not None:
            assert brk.due >= self.last_end + self.rest - timedelta(seconds=1), (brk, self.last_end)
        # None duplicated: each exercise of each occurrence belongs to one break only.
        for item, exercises in comp.parts:
            self.announced_keys.add(item.key)
            self.announced_keys.update(self.also_answered(item, now))
            for ex_id in exercises:
                owner = self.pairs.setdefault((item.key, ex_id), brk.id)
                assert owner == brk.id, f"{item.key}/{ex_id} in {owner} and {brk.id}"
        # No flood after resume: what fell due while asleep comes as one catch-up
        # break (one for work hours, one for the evening session); what didn't fit in
        # it keeps its own time and comes after the rest (checked above), not as more
        # catch-ups in the same work period.
        resumed = self.resumed_at
        if (
            new
            and resumed is not None
            and brk.kind is BreakKind.CATCH_UP
            and self.same_period(resumed, now)
            and any(it.due <= resumed for it in items)
        ):
            part = "evening" if items[0].is_evening else "work"
            count = self.catch_ups_since_resume.get(part, 0) + 1
            self.catch_ups_since_resume[part] = count
            assert count == 1, f"second {part} catch-up after one resume"
        if not new or brk.kind is BreakKind.CATCH_UP:
            return
        for item in items:
            if (
                item.cadence is Cadence.PRONE
                and self.prone_undisturbed
                and self.prone_done is not None
                and self.hours.contains(self.prone_done)
                and self.same_period(self.prone_done, now)
            ):
                gap = now - self.prone_done
                assert timedelta(hours=2) <= gap <= timedelta(hours=3) + LATE, gap
            if (
                item.cadence is Cadence.BLOCK
                and self.block_undisturbed
                and self.block_started is not None
                and self.hours.contains(self.block_started)
                and self.same_period(self.block_started, now)
            ):
                gap = now - self.block_started
                assert timedelta(hours=1) <= gap <= timedelta(hours=2) + LATE, gap

    def answered(
        self,
        comp: Composition,
        done: set[str],
        started: datetime,
        *,
        whole: bool,
        skipped: bool = False,
    ) -> None:
        """A break's session ended (``done`` its exercises done), or it was skipped.

        An item none of whose exercises were done stays owed and comes again in a later
        break: its exercises are free to belong to that one.
        """
        now = self.clock.wall
        self.last_end = None if skipped else now
        for item, ids in comp.parts:
            consumed = skipped or bool(done & set(ids))
            if not consumed:
                for ex_id in ids:
                    self.pairs.pop((item.key, ex_id), None)
            if item.cadence is Cadence.PRONE:
                if consumed:
                    self.prone_done = now
                    self.prone_undisturbed = whole
                else:
                    self.prone_undisturbed = False
            elif item.cadence is Cadence.BLOCK:
                if consumed:
                    self.block_started = now if skipped else started
                    self.block_undisturbed = whole
                else:
                    self.block_undisturbed = False
        if not whole:
            # Part of a break left undone delays what it held, and what it crowded out.
            self.disturbed()

    def withdrawn(self, break_id: str) -> None:
        """An unanswered break withdrawn at the end of work hours (its items are owed
        again), or because all it held belonged to a day that is over."""
        now = self.clock.wall
        held = self.held.get(break_id, [])
        expired = all(it.expires is not None and it.expires <= now for it in held)
        assert expired or not self.hours.contains(now)
        self.pairs = {pair: owner for pair, owner in self.pairs.items() if owner != break_id}
        self.catch_ups_since_resume = {}  # what it held comes again, once
        self.disturbed()

    def disturbed(self) -> None:
        self.prone_undisturbed = False
        self.block_undisturbed = False

    def also_answered(self, item: Item, now: datetime) -> list[str]:
        """The owed occurrences of ``item``'s cadence that a break offering it answers.

        A break answers its cadences as they stand when it is answered, not as they stood
        when it was composed: if a cadence's clock moved while the break waited (a walk
        away restarted the block clock, so its occurrence has a new key), the offered
        break is still that cadence's reminder, and doing it moves the cadence on.
        """
        return [k for k, it in self.owed.items() if it.slot == item.slot and it.due <= now]

    def lost(self, end: datetime) -> list[Item]:
        """Owed occurrences that went away without being offered, minus those the rules
        let go (daily and evening items belong to their day). One still owed at the end
        is not lost: the walk ended (perhaps asleep) before it could come. A break offered
        with a cadence offers that cadence's occurrence owed by then (``also_answered``)."""
        still = {item.key for item in self.engine._plan.cad.items(end)}
        out = []
        for key, item in self.owed.items():
            if key in self.announced_keys or key in still:
                continue
            if item.expires is not None and item.expires <= end:
                continue
            out.append(item)
        return out


def respond(walk: Walk, brk: Break, data: st.DataObject) -> None:
    engine, clock = walk.engine, walk.clock
    choice = data.draw(st.sampled_from(["complete"] * 5 + ["partial", "snooze", "skip", "ignore"]))
    comp = walk.offered()
    if choice in ("complete", "partial"):
        started = clock.wall
        engine.start_break(brk)
        assert engine.current_break() is None and engine.running_break() == brk
        done = set(brk.exercises)
        if choice == "partial":  # exercises skipped inside the session
            done = set(data.draw(st.lists(st.sampled_from(brk.exercises), unique=True)))
        clock.advance(minutes=brk.estimated_minutes)
        assert engine.tick() is None, "nothing offered while the session runs"
        engine.complete(brk, done)
        walk.answered(comp, done, started, whole=done == set(brk.exercises))
    elif choice == "skip":
        walk.answered(comp, set(), clock.wall, whole=False, skipped=True)
        engine.skip()
        # A skip is no break (no rest follows): what the skipped catch-up couldn't hold
        # may come at once, once.
        walk.catch_ups_since_resume = {}
    elif choice == "snooze":
        walk.disturbed()
        engine.snooze(data.draw(st.integers(1, 30)))
    else:
        walk.disturbed()


def tick(walk: Walk, data: st.DataObject) -> None:
    walk.note_owed()
    before = walk.engine.current_break()
    brk = walk.engine.tick()
    after = walk.engine.current_break()
    if before is not None and (after is None or after.id != before.id):
        walk.withdrawn(before.id)
    if brk is not None:
        walk.announced(brk)
        respond(walk, brk, data)


@given(data=st.data(), start=st.sampled_from(sorted(STARTS)))
@hsettings(
    deadline=None,
    max_examples=25,
    phases=[Phase.generate],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
def test_a_month_of_random_use_keeps_every_promise(data: st.DataObject, start: str) -> None:
    """No reminder lost or duplicated, no flood after resume, work hours and the rest
    respected, cadences kept - through random use and both DST changes."""
    walk_a_month(data, start)


def walk_a_month(data: st.DataObject, start: str) -> None:
    """The walk itself (a plain function, so it can be replayed outside pytest)."""
    settings = Settings()
    clock = FakeClock(STARTS[start])
    engine = Engine(builtin_catalog(), settings, EmptyHistory(), clock)
    walk = Walk(
        engine, clock, ActiveHours(settings, BERLIN), timedelta(minutes=settings.min_rest_minutes)
    )
    end = clock.wall + timedelta(days=DAYS)
    for _ in range(DAYS * 60):
        if clock.wall >= end:
            break
        event = data.draw(st.sampled_from(["wait"] * 8 + ["suspend", "idle"]))
        if event == "suspend":
            walk.note_owed()
            clock.advance(minutes=data.draw(st.integers(5, 14 * 60)))
            walk.disturbed()
            walk.resumed_at = clock.wall
            walk.catch_ups_since_resume = {}
            if data.draw(st.booleans()):  # the suspend watcher may or may not have seen it
                engine.note_clock_jump(ClockJump.FORWARD)
        elif event == "idle":
            walk.block_undisturbed = False
            spell = data.draw(st.integers(1, 18)) * 5
            for away in range(5, spell + 1, 5):
                clock.advance(minutes=5)
                engine.note_idle(away * 60)
                tick(walk, data)
                walk.block_undisturbed = False  # still away: the block timer keeps moving
            continue
        else:
            wake = engine.next_wakeup()
            clock.set(
                max(clock.wall, wake) if wake is not None else clock.wall + timedelta(hours=1)
            )
        tick(walk, data)
    assert walk.breaks > DAYS, "the walk should have seen breaks on most days"
    assert walk.lost(clock.wall) == []
