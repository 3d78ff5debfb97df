"""The composer: which due items become one break, in what order, and how big it may get.

Merging. Every item has a window (``earliest`` ≤ ``due`` ≤ ``latest``, see
``planning.model``). The next break is planned at the earliest due time ``T`` among the
pending items (work items aligned into work hours). It takes every item due by
``T + merge window`` and every item whose window already allows it by then (its
``earliest``), e.g. a routine block that is one hour in, or a cat-camel half a spacing
before its slot. If the next item not taken is due within twice the merge window and
every item taken can still wait for it (their ``latest``), the break moves to that time
and takes it too: the prone holds and a block due half an hour apart become one break
instead of two. Work items never join a break outside work hours; the evening session
never pulls work items in.

Catch-up. When the planned time has passed by more than ``CATCH_UP_AFTER`` (the machine
slept, the app was paused, a break stayed unanswered), nothing is replayed one by one:
everything due by now plus the merge window becomes a single catch-up break, offered
now (work items at the next start of work hours).

Bounding. A break never grows past ``Settings.max_break_minutes``: items are taken oldest
due first (ties: prone holds, then daily exercises, then the block, then the evening),
exercise by exercise, adding each one that still fits; the first exercise is always
taken, so a break is never empty and the oldest item always moves forward. What does not
fit is not dropped: when the break is answered, the rest is deferred and joins the next
break, or comes on its own ``DEFER_MINUTES`` later if no break comes sooner. An item that
was only pulled forward (not due yet) joins whole or not at all; if it doesn't fit it
simply keeps its own time. Exercises
that are disabled or need equipment not at hand are left out before any of this.

Order. Exercises are ordered by starting position - standing, sitting, kneeling, on all
fours, side-lying, on the back, on the stomach - so a break goes down to the floor once
and ends lying down (the prone holds come last), keeping the source order within a
position.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from backbreak.domain.catalog import Catalog
from backbreak.domain.duration import exercise_seconds
from backbreak.domain.exercise import Position
from backbreak.domain.settings import Settings
from backbreak.planning.hours import ActiveHours
from backbreak.planning.model import Break, BreakKind, Item

DEFER_MINUTES = 30
"""What didn't fit into a break comes at the latest this long after the break ends."""

CATCH_UP_AFTER = timedelta(minutes=5)
"""A planned break this late was missed (sleep, pause): gather what is due into one."""

POSITION_ORDER = {p: i for i, p in enumerate(Position)}


@dataclass(frozen=True)
class Cluster:
    """The items of the next break and when it is offered (UTC)."""

    at: datetime
    items: tuple[Item, ...]
    catch_up: bool
    merge: timedelta = timedelta(0)

    @property
    def owed_by(self) -> datetime:
        """Items due by then are owed now; later ones were only pulled forward."""
        return self.at + self.merge


@dataclass(frozen=True)
class Composition:
    """A composed break: which exercises of each item it holds, and what waits."""

    brk: Break
    parts: tuple[tuple[Item, tuple[str, ...]], ...]
    leftovers: tuple[tuple[Item, tuple[str, ...]], ...]


def usable_exercises(ids: Iterable[str], catalog: Catalog, settings: Settings) -> tuple[str, ...]:
    """Leave out unknown, disabled, and equipment-needing-what-isn't-here exercises."""
    at_hand = set(settings.equipment_at_hand)
    out = []
    for ex_id in ids:
        exercise = catalog.exercises.get(ex_id)
        if exercise is None or not settings.exercise_enabled(ex_id):
            continue
        if all(e in at_hand for e in exercise.equipment):
            out.append(ex_id)
    return tuple(out)


def pick_cluster(
    items: Sequence[Item],
    now: datetime,
    hours: ActiveHours,
    merge: timedelta,
) -> Cluster | None:
    """The next break's items and time, by the merging and catch-up rules above."""
    timed = [(t, it) for it in items if (t := _offer_time(it, it.due, hours)) is not None]
    if not timed:
        return None
    at, members = _merge_from(timed, min(t for t, _ in timed), hours, merge)
    rest = [t for t, it in timed if it not in members]
    if rest:
        later = min(rest)
        if (
            later - at <= 2 * merge
            and all(it.latest >= later for it in members)
            and (hours.contains(later) or all(it.is_evening for it in members))
        ):
            at, members = _merge_from(timed, later, hours, merge)
    on_time = at >= now - CATCH_UP_AFTER
    if on_time and (at >= now or hours.contains(now) or all(m.is_evening for m in members)):
        return Cluster(at, tuple(members), catch_up=False, merge=merge)
    return gather(items, now, hours, merge, catch_up=True)


def _merge_from(
    timed: Sequence[tuple[datetime, Item]], start: datetime, hours: ActiveHours, merge: timedelta
) -> tuple[datetime, list[Item]]:
    """What is due by ``start``, plus what can join within the merge window.

    An item joins when its window opens (``earliest``) by ``start`` + merge window and
    every member can still wait until then (``latest``); the break then moves to the
    latest ``earliest`` among its members, so no item comes before its window opens.
    """
    in_hours = hours.contains(start)
    members = [it for t, it in timed if t <= start and (it.is_evening or in_hours)]
    at = start
    cap = min((it.latest for it in members), default=start)
    candidates = sorted(
        ((max(it.earliest, start), t, it) for t, it in timed if t > start),
        key=lambda c: (c[0], c[1]),
    )
    for opens, t, it in candidates:
        when = max(at, opens)
        if t > start + merge and it.earliest > start + merge:
            continue
        if when > start + merge or when > cap or when > it.latest:
            continue
        if not (hours.contains(when) or (it.is_evening and all(m.is_evening for m in members))):
            continue
        members.append(it)
        at, cap = when, min(cap, it.latest)
    return at, members


def gather(
    items: Sequence[Item],
    now: datetime,
    hours: ActiveHours,
    merge: timedelta,
    *,
    catch_up: bool,
    keep: frozenset[str] = frozenset(),
) -> Cluster | None:
    """Everything owed by ``now`` as one break (catch-up, re-offer), at ``now`` or, for
    work items outside work hours, at the next start of work.

    Items whose window is already open join too; items whose key is in ``keep`` (what a
    re-offered break already held) stay in it.
    """
    timed = [(t, it) for it in items if (t := _offer_time(it, now, hours)) is not None]
    owed = [t for t, it in timed if it.due <= now or it.key in keep]
    if not owed:
        return None
    at = min(owed)
    in_hours = hours.contains(at)
    members = [
        it
        for _, it in timed
        if (it.key in keep or it.due <= now or it.earliest <= at) and (it.is_evening or in_hours)
    ]
    if not members:
        return None
    late = any(it.due < at - CATCH_UP_AFTER for it in members)
    return Cluster(at, tuple(members), catch_up=catch_up and late, merge=merge)


def _offer_time(item: Item, when: datetime, hours: ActiveHours) -> datetime | None:
    t = max(item.due, when)
    return t if item.is_evening else hours.align(t)


def compose(
    cluster: Cluster,
    catalog: Catalog,
    settings: Settings,
    tz: tzinfo,
    *,
    break_id: str | None = None,
    catch_up: bool | None = None,
    held: frozenset[tuple[str, str]] = frozenset(),
) -> Composition:
    """The break for a cluster: bounded, ordered, estimated.

    ``held`` lists (item key, exercise) pairs a re-offered break already held: they are
    taken first, so a re-offer never loses what the first offer showed.
    """
    budget = settings.max_break_minutes * 60.0
    items = sorted(cluster.items, key=lambda it: (it.due, it.cadence.priority))
    usable = {it.key: usable_exercises(it.exercises, catalog, settings) for it in items}
    chosen: list[str] = []
    total = 0.0

    def take(ex_id: str) -> None:
        nonlocal total
        chosen.append(ex_id)
        total += exercise_seconds(catalog.exercise(ex_id))

    for item in items:
        for ex_id in usable[item.key]:
            if (item.key, ex_id) in held and ex_id not in chosen:
                take(ex_id)
    parts: list[tuple[Item, tuple[str, ...]]] = []
    leftovers: list[tuple[Item, tuple[str, ...]]] = []
    for item in items:
        ids = usable[item.key]
        cost = sum(exercise_seconds(catalog.exercise(e)) for e in ids if e not in chosen)
        pulled = item.due > cluster.owed_by and not any((item.key, e) in held for e in ids)
        if pulled and chosen and total + cost > budget:
            continue  # pulled forward but doesn't fit: it keeps its own time
        taken: list[str] = []
        left: list[str] = []
        for ex_id in ids:
            if ex_id not in chosen and (not chosen or total + _seconds(catalog, ex_id) <= budget):
                take(ex_id)
            (taken if ex_id in chosen else left).append(ex_id)
        if taken:
            parts.append((item, tuple(taken)))
        if left:
            leftovers.append((item, tuple(left)))
    is_catch_up = cluster.catch_up if catch_up is None else catch_up
    brk = Break(
        id=break_id or break_id_for(cluster.items),
        due=cluster.at.astimezone(tz),
        kind=_kind([it for it, _ in parts], is_catch_up),
        exercises=order_by_position(chosen, catalog),
        estimated_minutes=round(total / 60.0, 1),
        title=_title([it for it, _ in parts], is_catch_up),
        routine_id=parts[0][0].routine_id if len(parts) == 1 else None,
    )
    return Composition(brk, tuple(parts), tuple(leftovers))


def _seconds(catalog: Catalog, ex_id: str) -> float:
    return exercise_seconds(catalog.exercise(ex_id))


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
    title = " + ".join(dict.fromkeys(it.title for it in items)) or "Break"
    return f"Catch-up: {title}" if catch_up else title
