"""What is owed and what comes next, from the cadences' state: the planning half of
the engine (the other half offers breaks and takes the user's answers).

The state is the cadences' (``planning.cadences``), when the last break ended (no break
starts sooner than the minimum rest after it), whether what fell due is to be offered
as a catch-up (after sleep, a pause, a clock change), and whether anything was ever
recorded. Between two changes of that state the triggers and the next break don't
change as the clock moves on, so they are kept (``planning.memo``).
"""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo

from backbreak.domain.catalog import Catalog
from backbreak.domain.settings import Settings
from backbreak.planning.cadences import Cadences
from backbreak.planning.composer import CATCH_UP_AFTER, Composition, Rules, next_composition
from backbreak.planning.hours import UTC, ActiveHours
from backbreak.planning.memo import Memo
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

    @property
    def settings(self) -> Settings:
        return self.cad.settings

    @property
    def tz(self) -> tzinfo:
        return self.cad.tz

    def hours(self) -> ActiveHours:
        return self.memo.hours(self.settings, self.tz)

    def rules(self) -> Rules:
        return self.memo.rules(self.catalog, self.settings, self.tz)

    def state(self, now: datetime, running: Composition | None) -> tuple[object, ...]:
        """Everything the owed items and the next break depend on, besides the catalog:
        the cadences' state, and of ``now`` only its work day and local date."""
        cad = self.cad
        hours = self.hours()
        period = hours.period_at_or_after(now)
        return (
            hours.day_of(period) if period is not None else None,
            now.astimezone(self.tz).date(),
            id(self.settings),
            self.tz,
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
            made = self.cad.triggers(now, self.hours())
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

    def _compose(self, now: datetime, running: Composition | None) -> Composition | None:
        in_session = {item.slot for item in running.items} if running else set()
        items = [it for it in self.cad.items(now, self.hours()) if it.slot not in in_session]
        rest = timedelta(minutes=self.settings.min_rest_minutes)
        not_before = LONG_AGO if self.last_end is None else self.last_end + rest
        comp = next_composition(
            items,
            self.rules(),
            now=now,
            not_before=not_before,
            catch_up=self.missed or not self.first_run,
        )
        return comp if comp is not None and comp.brk.exercises else None
