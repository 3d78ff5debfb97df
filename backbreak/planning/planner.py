"""What is owed and what comes next, from the cadences' state: the planning half of
the engine (the other half offers breaks and takes the user's answers).

The state is the cadences' (``planning.cadences``), when the last break ended (no break
starts sooner than the minimum rest after it), whether what fell due is to be offered
as a catch-up (after sleep, a pause, a clock change), and whether anything was ever
recorded. Between two changes of that state the triggers and the next break don't
change as the clock moves on, so they are kept (``planning.memo``).
"""

from __future__ import annotations

import copy
from datetime import datetime, timedelta, tzinfo

from backbreak.domain.catalog import Catalog
from backbreak.domain.history import HistoryReader
from backbreak.domain.settings import Settings
from backbreak.planning.cadences import BLOCK, Cadences
from backbreak.planning.composer import CATCH_UP_AFTER, Composition, Rules, next_composition
from backbreak.planning.hours import UTC, ActiveHours
from backbreak.planning.memo import Memo
from backbreak.planning.rebuild import rebuild
from backbreak.planning.triggers import CadenceTrigger

LONG_AGO = datetime(1970, 1, 1, tzinfo=UTC)


class Planner:
    """The cadences' state and the breaks it leads to."""

    def __init__(
        self,
        catalog: Catalog,
        cadences: Cadences,
        *,
        first_run: bool,
        last_end: datetime | None,
    ) -> None:
        self.catalog = catalog
        self.cad = cadences
        self.first_run = first_run
        """Nothing was ever recorded: what fell due before is not a catch-up."""
        self.last_end = last_end
        """When the last break ended (UTC)."""
        self.missed = False
        """What fell due is to be offered as one catch-up break (sleep, pause, a jump)."""
        self.memo = Memo()

    @classmethod
    def from_history(
        cls,
        catalog: Catalog,
        settings: Settings,
        tz: tzinfo,
        history: HistoryReader,
        now: datetime,
        first_run: bool | None = None,
    ) -> Planner:
        """The state at start, rebuilt from what the history kept (``planning.rebuild``)."""
        if first_run is None:
            first_run = (
                history.last_break_end() is None
                and history.last_done_in(tuple(catalog.exercises)) is None
            )
        cadences = Cadences(catalog, settings, tz, now)
        rebuild(cadences, history, now)
        end = history.last_break_end()
        last_end = None if end is None else min(now, end.astimezone(UTC))
        return cls(catalog, cadences, first_run=first_run, last_end=last_end)

    def fork(self) -> Planner:
        """A copy whose cadences change apart from this one's (catalog, settings and
        kept answers are shared)."""
        shared = {id(self.catalog): self.catalog, id(self.settings): self.settings}
        twin = copy.copy(self)
        twin.cad = copy.deepcopy(self.cad, shared)
        return twin

    @property
    def settings(self) -> Settings:
        return self.cad.settings

    @property
    def tz(self) -> tzinfo:
        return self.cad.tz

    def hours(self) -> ActiveHours:
        return self.memo.hours(self.cad.settings, self.cad.tz)

    def rules(self) -> Rules:
        return self.memo.rules(self.catalog, self.cad.settings, self.cad.tz)

    def state(self, now: datetime, running: Composition | None) -> tuple[object, ...]:
        """Everything the owed items and the next break depend on, besides the catalog:
        the cadences' state, and of ``now`` only its work day and local date."""
        cad = self.cad
        tz, settings = cad.tz, cad.settings
        hours = self.memo.hours(settings, tz)
        period = hours.period_at_or_after(now)
        return (
            hours.day_of(period) if period is not None else None,
            now.astimezone(tz).date(),
            id(settings),
            tz,
            cad.prone_anchor,
            cad.block_anchor,
            cad.block_next,
            tuple(cad.daily.items()),
            cad.evening_done,
            self.last_end,
            None if running is None else running.brk.id,
            self.missed,
            self.first_run,
        )

    def triggers(self, now: datetime, running: Composition | None) -> dict[str, CadenceTrigger]:
        """One trigger per enabled cadence: the scheduler's job triggers."""
        key = ("triggers", *self.state(now, running))
        made = self.memo.get(key)
        if made is None:
            made = self.cad.triggers(now, self.memo.hours(self.cad.settings, self.cad.tz))
            self.memo.remember(key, made)
        return made  # type: ignore[return-value]

    def next(self, now: datetime, running: Composition | None) -> Composition | None:
        """The next break. Between two changes of state it stays the same break as the
        clock moves on, until it is late or a new work day begins; so it is kept."""
        key = ("next", *self.state(now, running))
        kept = self.memo.get(key)
        if isinstance(kept, Composition) and kept.at >= now - CATCH_UP_AFTER:
            return kept
        made = self._compose(now, running)
        self.memo.remember(key, made)
        return made

    def done(
        self, comp: Composition | None, done: set[str], *, started: datetime, ended: datetime
    ) -> None:
        """A session ended: each item of which something was done moves its cadence on
        (a partly done block is a block done); an item none of whose exercises were done
        stays owed, its clock where it was. Without a composition (a manual break), each
        cadence owed now whose exercises were done moves on."""
        if comp is not None and comp.parts:
            for item, ids in comp.parts:
                if done & set(ids):
                    self.cad.consume(item, started=started, ended=ended)
        elif done:
            self.cad.consume_exercises(done, ended)

    def skipped(self, comp: Composition, now: datetime) -> None:
        """The Skip button: every item of the break moves its cadence on, as if done now."""
        for item, _ in comp.parts:
            self.cad.consume(item, started=now, ended=now)

    def away(self, now: datetime) -> None:
        """Away from the keyboard: a natural break for the routine-block timer (unless a
        block is already due), never an exercise done."""
        block = self.cad.triggers(now).get(BLOCK)
        window = block.window() if block is not None else None
        if window is not None and window.due <= now:
            return
        self.cad.block_anchor = max(self.cad.block_anchor, now)

    def clock_set_back(self, now: datetime) -> None:
        """Anchors and the last break's end left in the future come back to now."""
        self.cad.prone_anchor = min(self.cad.prone_anchor, now)
        self.cad.block_anchor = min(self.cad.block_anchor, now)
        if self.last_end is not None:
            self.last_end = min(self.last_end, now)

    def _compose(self, now: datetime, running: Composition | None) -> Composition | None:
        in_session = {item.slot for item in running.items} if running else set()
        items = [it for it in self.cad.items(now, self.hours()) if it.slot not in in_session]
        rest = timedelta(minutes=self.cad.settings.min_rest_minutes)
        not_before = LONG_AGO if self.last_end is None else self.last_end + rest
        comp = next_composition(
            items,
            self.rules(),
            now=now,
            not_before=not_before,
            catch_up=self.missed or not self.first_run,
        )
        return comp if comp is not None and comp.brk.exercises else None
