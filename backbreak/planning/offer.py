"""What the user is shown, and when: the break offered, its re-offer and snooze, and a
pause of all reminders. Plain state the engine keeps; times are UTC."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from backbreak.planning.composer import Composition
from backbreak.planning.hours import ActiveHours, next_midnight
from backbreak.planning.model import Break


@dataclass
class Offer:
    """The break offered and not yet answered, and when it is shown again."""

    comp: Composition | None = None
    reoffer_at: datetime | None = None
    """Unanswered, it is shown again then (``Settings.reoffer_minutes``; 0 = never)."""
    reannounce: bool = False
    """Show it again at once (a snooze ended)."""
    quiet_until: datetime | None = None
    """Snoozed until then."""

    def make(self, comp: Composition, now: datetime, reoffer_minutes: int) -> Break:
        self.comp = comp
        self.reoffer_at = now + timedelta(minutes=reoffer_minutes) if reoffer_minutes > 0 else None
        self.reannounce = False
        return comp.brk

    def clear(self) -> None:
        self.comp = None
        self.reoffer_at = None
        self.reannounce = False
        self.quiet_until = None

    def snooze(self, now: datetime, minutes: int) -> None:
        self.quiet_until = now + timedelta(minutes=max(1, minutes))

    def snoozed(self, now: datetime) -> bool:
        """Still snoozed at ``now``; when the snooze is over, the offered break is to be
        announced again."""
        if self.quiet_until is None:
            return False
        if now < self.quiet_until:
            return True
        self.quiet_until = None
        self.reannounce = self.comp is not None
        return False

    def due_again(self, now: datetime) -> bool:
        return self.reannounce or (self.reoffer_at is not None and now >= self.reoffer_at)

    def still_owed(self, slots: set[str]) -> Composition | None:
        """The offered break, if every cadence it answers is still on (``slots``);
        else it is withdrawn."""
        if self.comp is not None and all(item.slot in slots for item in self.comp.items):
            return self.comp
        self.clear()
        return None

    def is_for(self, brk: Break) -> bool:
        return self.comp is not None and self.comp.brk.id == brk.id

    def work_ends(self, now: datetime, hours: ActiveHours) -> datetime | None:
        """When work hours end, if the offered break has work items."""
        if self.comp is None or not self.comp.is_work:
            return None
        period = hours.period_at_or_after(now)
        return period.end if period is not None and now in period else now

    def withdraw_after_hours(self, now: datetime, hours: ActiveHours) -> None:
        """At the end of work hours an unanswered work break is withdrawn, not consumed:
        what it answered stays owed and comes with the next work period's first break,
        and the evening session does not wait behind it."""
        if self.comp is not None and self.comp.is_work and not hours.contains(now):
            self.clear()


@dataclass
class Pause:
    """Reminders paused: until a time, or (``until`` None) until resumed."""

    on: bool = False
    until: datetime | None = None

    def start(
        self, now: datetime, tz: tzinfo, minutes: int | None, *, until_tomorrow: bool
    ) -> None:
        """For ``minutes``, until local midnight, or (neither) until resumed."""
        self.on = True
        if until_tomorrow:
            self.until = next_midnight(now, tz)
        elif minutes is not None:
            self.until = now + timedelta(minutes=max(1, minutes))
        else:
            self.until = None

    def active(self, now: datetime) -> bool:
        """Paused at ``now`` (a timed pause that is over is not)."""
        return self.on and (self.until is None or now < self.until)

    def stop(self) -> None:
        self.on = False
        self.until = None
