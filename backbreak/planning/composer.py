"""The composer: which owed items become the next break, when, in what order, how big.

Time. The next break comes at the earliest due time among the owed items (work items
aligned into work hours), but never before ``not_before``: the end of the previous
break plus ``Settings.min_rest_minutes``, so breaks never bunch up or overlap.

Merging. It takes every item due within the merge window of that time, and moves to
the latest ``earliest`` among them (no item comes before its window opens). An item
whose window is already open and that would otherwise fall due before this break is
over and rested from (a routine block an hour in, a cat-camel half a spacing early)
rides along instead of pinging on its own just after. Work items never join a break
outside work hours; the evening session never merges with work items.

Bounding. A work break never grows past ``Settings.max_break_minutes`` by merging:
the prone holds come first (the sheet's), then an item that would pass its ``latest``
if it waited for the next break (overdue wins), then items due now, then items only
pulled forward; among equals the daily exercises before the block. An item is taken whole or
left for the next break, where it keeps its own due time. The first item is always
taken, so a break is never empty; a cadence's own prescription (the two prone holds
take 7 minutes) is never cut by a lower cap, only a routine block is trimmed to it. A
routine block is filled to its time budget (``planning.dosing``) with the room left.
The evening session is one routine the user chose to do whole and is bounded by its
own budget, not by the work-break limit.

Overdue. An item a break can't take (its window opens only after the break, or the cap
leaves it out) must not be pushed past its ``latest`` by the break and the rest after it:
the break comes earlier, when its items, the previous rest and the work period allow. The
documents' overdue limit binds even with a merge window of zero.

End of work. A work break that could not finish before work ends moves earlier when its
items and the rest allow, else to the start of the next work period.

Catch-up. When the planned time has passed by more than ``CATCH_UP_AFTER`` (the machine
slept, the app was paused or not running), everything owed by now comes as one break,
offered now.

Order. Exercises are ordered by starting position - standing, sitting, kneeling, on all
fours, side-lying, on the back, on the stomach - so a break goes down to the floor once
and ends lying down (the prone holds come last), keeping the source order within a
position.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, tzinfo

from PySide6.QtCore import QCoreApplication

from backbreak.domain.catalog import Catalog
from backbreak.domain.exercise import Position
from backbreak.domain.settings import Settings
from backbreak.planning.dosing import Choice, fill
from backbreak.planning.hours import UTC, ActiveHours
from backbreak.planning.model import Break, BreakKind, Cadence, Item

CATCH_UP_AFTER = timedelta(minutes=5)
"""A planned break this late was missed (sleep, pause): gather what is due into one."""

POSITION_ORDER = {p: i for i, p in enumerate(Position)}


@dataclass(frozen=True)
class Composition:
    """A composed break: the items it answers and the exercises it holds of each."""

    brk: Break
    parts: tuple[tuple[Item, tuple[str, ...]], ...]

    @property
    def at(self) -> datetime:
        return self.brk.due.astimezone(UTC)

    @property
    def ends(self) -> datetime:
        """When it ends (UTC: local wall-clock arithmetic is wrong across DST)."""
        return self.brk.due.astimezone(UTC) + timedelta(minutes=self.brk.estimated_minutes)

    @property
    def items(self) -> tuple[Item, ...]:
        return tuple(item for item, _ in self.parts)

    @property
    def is_work(self) -> bool:
        return any(not item.is_evening for item in self.items)


@dataclass(frozen=True)
class Rules:
    """What the composer needs besides the items: the hours, limits and catalog."""

    catalog: Catalog
    settings: Settings
    hours: ActiveHours
    tz: tzinfo
    memo: dict[tuple[object, ...], list[Choice]] = field(
        default_factory=dict, compare=False, hash=False
    )
    """Doses filled for a list of exercises, a target and a limit (they repeat a lot)."""

    def fill(self, ids: Sequence[str], target: float, limit: float) -> list[Choice]:
        key = (tuple(ids), target, limit)
        if key not in self.memo:
            self.memo[key] = fill([self.catalog.exercise(e) for e in ids], target, limit)
        return self.memo[key]

    @property
    def merge(self) -> timedelta:
        return timedelta(minutes=self.settings.merge_window_minutes)

    @property
    def rest(self) -> timedelta:
        return timedelta(minutes=self.settings.min_rest_minutes)

    @property
    def budget(self) -> float:
        return self.settings.max_break_minutes * 60.0

    def seconds(self, ids: Iterable[str]) -> float:
        return sum(self.least(e).seconds for e in ids)

    def least(self, exercise_id: str) -> Choice:
        """The catalog's minimum dose of an exercise (kept: asked for very often)."""
        key = ("least", exercise_id)
        if key not in self.memo:
            self.memo[key] = [Choice.minimum(self.catalog.exercise(exercise_id))]
        return self.memo[key][0]


def offer_time(item: Item, when: datetime, hours: ActiveHours) -> datetime | None:
    """When ``item`` could be offered at ``when`` or later: work items in work hours."""
    t = max(item.due, when)
    return t if item.is_evening else hours.align(t)


def next_composition(
    items: Sequence[Item],
    rules: Rules,
    *,
    now: datetime,
    not_before: datetime,
    catch_up: bool,
) -> Composition | None:
    """The next break from ``items`` (see the module docstring), at ``not_before`` or later.

    ``catch_up`` says whether a break found late may be called a catch-up (something the
    app missed while the machine slept, or it was paused or not running). A break that
    was only moved - it couldn't end before work did, so it waits for the next period -
    is not late when that period begins.
    """
    pending = list(items)
    start = not_before
    for _ in range(3):
        comp = _compose_at(pending, rules, start, now=now, catch_up=catch_up)
        if comp is None or not comp.is_work:
            return comp
        period = rules.hours.period_at_or_after(comp.at)
        if period is None or comp.ends <= period.end:
            return comp
        earlier = period.end - (comp.ends - comp.at)
        if earlier >= max(not_before, *(it.earliest for it in comp.items)):
            return _retimed(comp, earlier, rules)
        later = rules.hours.next_period(period)
        if later is None:
            return None
        start = later.start
        pending = [it for it in pending if it.expires is None or it.expires > start]
    return None


def _compose_at(
    items: Sequence[Item],
    rules: Rules,
    not_before: datetime,
    *,
    now: datetime,
    catch_up: bool,
) -> Composition | None:
    hours = rules.hours
    off_hours = not hours.contains(now)

    def when(item: Item) -> datetime | None:
        t = offer_time(item, not_before, hours)
        if t is not None and t < now and off_hours and not item.is_evening:
            t = hours.align(now)  # owed work waits for work hours, behind tonight's session
        return t

    timed = sorted(
        ((t, it) for it in items if (t := when(it)) is not None),
        key=lambda pair: (pair[0], pair[1].cadence.priority),
    )
    timed = [(t, it) for t, it in timed if it.expires is None or it.expires > t]
    if not timed:
        return None
    at, first = timed[0]
    late = _planned_for(first, at, rules) < now - CATCH_UP_AFTER
    missed = late and catch_up
    if late:
        at = now if first.is_evening else (hours.align(now) or now)
    if first.is_evening:
        members = [first]
    else:
        horizon = now if late else at
        members = [
            it
            for t, it in timed
            if not it.is_evening and (t <= at + rules.merge or (late and it.due <= horizon))
        ]
        riders = _riders(timed, members, at, rules)
        needed = members + _urgent(timed, members + riders, at, rules)
        waited = _when_all_open(timed, needed, at, rules, catch_up=missed)
        if waited is not None:
            return waited
        members = [it for it in needed + riders if it.earliest <= at]
        if not hours.contains(at):
            return None
    comp = _build(members, at, rules, catch_up=missed, due_by=at + rules.merge)
    if comp is None or late or first.is_evening:
        return comp
    return _early_enough(comp, timed, rules, not_before=not_before, now=now)


def _early_enough(
    comp: Composition,
    timed: Sequence[tuple[datetime, Item]],
    rules: Rules,
    *,
    not_before: datetime,
    now: datetime,
) -> Composition:
    """The break moved earlier, when its items and the rest allow, so that a work item it
    leaves out (one whose window opens only after it, or one the cap left out) is not
    pushed past its ``latest`` by the break and the rest after it: the documents' overdue
    limit binds even when nothing may merge. Without this, prone holds opening a few
    minutes after a block that couldn't wait for them came after it and the rest, late."""
    at = comp.at
    length = timedelta(minutes=comp.brk.estimated_minutes)
    rested = at + length + rules.rest
    left = [
        it
        for _, it in timed
        if it.latest < rested and not it.is_evening and (it.expires is None or it.expires > at)
    ]
    if not left:
        return comp
    taken = set(comp.items)
    lowest = max(not_before, *(it.earliest for it in taken))
    targets = [_minute(it.latest - rules.rest - length) for it in left if it not in taken]
    fitting = [t for t in targets if lowest <= t < at]
    if not fitting:
        return comp
    earlier = max(min(fitting), now)  # when asked late (the timer fired), as soon as it can
    period = rules.hours.period_at_or_after(at)
    if earlier >= at or period is None or earlier not in period or at not in period:
        return comp
    return _retimed(comp, earlier, rules)


def _minute(t: datetime) -> datetime:
    return t.replace(second=0, microsecond=0)


def _when_all_open(
    timed: Sequence[tuple[datetime, Item]],
    needed: list[Item],
    at: datetime,
    rules: Rules,
    *,
    catch_up: bool,
) -> Composition | None:
    """The break at the moment the last of ``needed`` opens its window, if that is
    inside every one's window and the break then takes every item it waited for: a due
    item is never pushed back for one that can't join.

    What the cap leaves out of it keeps its own time, which must not take it past its
    ``latest`` (the next break comes after this one and the rest): otherwise the break
    doesn't wait. Without this, prone holds opening a minute after a full break was due
    were left for the break after it, past their overdue time."""
    opens = max(it.earliest for it in needed)
    if not at < opens <= min(it.latest for it in needed):
        return None
    later = rules.hours.align(opens) or opens
    if not rules.hours.contains(later):
        return None
    group = needed + _riders(timed, needed, later, rules)
    comp = _build(group, later, rules, catch_up=catch_up, due_by=later)
    if comp is None:
        return None
    taken = set(comp.items)
    if any(it not in taken for it in needed if it.earliest > at):
        return None
    rested = comp.ends + rules.rest
    left = [it for it in needed if it not in taken]
    return None if any(it.latest < rested for it in left) else comp


def _planned_for(first: Item, at: datetime, rules: Rules) -> datetime:
    """When a break led by ``first`` was planned: ``at``, or the start of the next work
    period when it couldn't have ended before this one did."""
    if first.is_evening:
        return at
    period = rules.hours.period_at_or_after(at)
    if period is None or at not in period or _rested([first], at, rules) - rules.rest <= period.end:
        return at
    later = rules.hours.next_period(period)
    return at if later is None else later.start


def _rested(members: Sequence[Item], at: datetime, rules: Rules) -> datetime:
    """When a break of ``members`` at ``at`` would be over and rested from."""
    _parts, choices = _choose(members, rules, at)
    minutes = round(sum(c.seconds for c in choices) / 60.0, 1)
    return at + timedelta(minutes=minutes) + rules.rest


def _urgent(
    timed: Sequence[tuple[datetime, Item]], members: Sequence[Item], at: datetime, rules: Rules
) -> list[Item]:
    """Items that would be overdue (past ``latest``) by the time this break is rested
    from: they join it, and the break waits for their window if it must (overdue wins)."""
    rested = _rested(members, at, rules)
    return [
        it
        for _, it in timed
        if it not in members
        and not it.is_evening
        and it.latest < rested
        and it.earliest <= min(m.latest for m in members)
        and (it.expires is None or it.expires > at)
    ]


def _riders(
    timed: Sequence[tuple[datetime, Item]], members: Sequence[Item], at: datetime, rules: Rules
) -> list[Item]:
    """Items whose window is open and that would fall due before this break is rested from."""
    rested = _rested(members, at, rules)
    return [
        it
        for _, it in timed
        if it not in members
        and not it.is_evening
        and it.earliest <= at
        and it.due < rested
        and (it.expires is None or it.expires > at)
    ]


def _choose(
    members: Sequence[Item], rules: Rules, due_by: datetime
) -> tuple[list[tuple[Item, tuple[str, ...]]], list[Choice]]:
    """Which members (and exercises, at which doses) one break holds, by the rules of
    bounding in the module docstring."""
    work = any(not it.is_evening for it in members)
    budget = rules.budget if work else float("inf")
    # The sheet's prone holds first; then whatever would pass its latest time if it
    # waited for the next break; then what is due; then what was only pulled forward.
    next_break = due_by + timedelta(seconds=min(budget, 3600.0)) + rules.rest

    def rank(it: Item) -> tuple[bool, bool, bool, int, datetime]:
        prone = it.cadence is Cadence.PRONE
        urgent = it.latest < next_break
        return (not prone, not urgent, it.due > due_by, it.cadence.priority, it.due)

    ordered = sorted(members, key=rank)
    parts: list[tuple[Item, tuple[str, ...]]] = []
    choices: list[Choice] = []
    used = 0.0
    for item in ordered:
        room = budget - used
        first = not parts
        if item.budget is None:
            picked = item.exercises  # the documents' own dose is never cut by the cap
            chosen = [rules.least(e) for e in picked]
        else:
            lo, hi = item.budget
            picked = _trim(item.exercises, min(hi, room), rules) if first else item.exercises
            chosen = rules.fill(picked, lo, min(hi, room))
            if not first and sum(c.seconds for c in chosen) < min(lo, _most(item, rules)):
                continue  # the room left can't hold a whole block: it keeps its own time
        cost = sum(c.seconds for c in chosen)
        if not first and cost > room:
            continue  # doesn't fit: it keeps its own time, for the next break
        parts.append((item, picked))
        choices += chosen
        used += cost
    return parts, choices


def _build(
    members: Sequence[Item], at: datetime, rules: Rules, *, catch_up: bool, due_by: datetime
) -> Composition | None:
    if not members:
        return None
    parts, choices = _choose(members, rules, due_by)
    taken = [item for item, _ in parts]
    seconds = sum(c.seconds for c in choices)
    ids = order_by_position([c.exercise.id for c in choices], rules.catalog)
    brk = Break(
        id=break_id_for(taken),
        due=at.astimezone(rules.tz),
        kind=_kind(taken, catch_up),
        exercises=ids,
        estimated_minutes=round(seconds / 60.0, 1),
        title=_title(taken, catch_up),
        routine_id=taken[0].routine_id if len(taken) == 1 else None,
        doses=tuple((c.exercise.id, c.dose()) for c in choices if c.decided),
        notes=tuple((c.exercise.id, n) for c in choices if (n := c.note())),
        covers=tuple(item.slot for item in taken),
        overdue=min((item.latest for item in taken), default=None),
    )
    return Composition(brk, tuple(parts))


def _most(item: Item, rules: Rules) -> float:
    return sum(c.seconds for c in rules.fill(item.exercises, float("inf"), float("inf")))


def _trim(ids: Sequence[str], room: float, rules: Rules) -> tuple[str, ...]:
    """The exercises that fit ``room`` at their minimum, in order; at least the first."""
    out: list[str] = []
    used = 0.0
    for ex_id in ids:
        cost = rules.seconds([ex_id])
        if out and used + cost > room:
            continue
        out.append(ex_id)
        used += cost
    return tuple(out)


def _retimed(comp: Composition, at: datetime, rules: Rules) -> Composition:
    return Composition(replace(comp.brk, due=at.astimezone(rules.tz)), comp.parts)


def order_by_position(ids: Sequence[str], catalog: Catalog) -> tuple[str, ...]:
    """Standing first, lying on the stomach last; a stable sort keeps the source order."""

    def rank(ex_id: str) -> int:
        return POSITION_ORDER[catalog.exercise(ex_id).position]

    return tuple(sorted(ids, key=rank))


def break_id_for(items: Iterable[Item]) -> str:
    """Stable per planned occurrence: the same items give the same id."""
    digest = hashlib.sha1("|".join(sorted(it.key for it in items)).encode()).hexdigest()
    return f"brk-{digest[:12]}"


def _kind(items: Sequence[Item], catch_up: bool) -> BreakKind:
    if catch_up:
        return BreakKind.CATCH_UP
    cadences = {it.cadence for it in items}
    if len(cadences) == 1:
        return next(iter(cadences)).kind
    return BreakKind.MERGED


def _title(items: Sequence[Item], catch_up: bool) -> str:
    title = " + ".join(dict.fromkeys(it.title for it in items)) or QCoreApplication.translate(
        "composer", "Break"
    )
    if not catch_up:
        return title
    #: A break that makes up for missed ones; {title} is the routine's name.
    return QCoreApplication.translate("composer", "Catch-up: {title}").format(title=title)


__all__ = [
    "CATCH_UP_AFTER",
    "Cadence",
    "Composition",
    "Rules",
    "break_id_for",
    "next_composition",
    "offer_time",
    "order_by_position",
]
