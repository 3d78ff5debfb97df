"""Rebuilding the cadences' state from the history at start.

The running engine moves its cadences on as breaks are answered (``Cadences.consume``);
an engine built after a restart must arrive at the same state from what the history
kept, so that it plans the same next break: the prone holds and the daily exercises
counted from the end of the break they were done in, the block from its start, the
rotation from the last block's groups, and the breaks skipped with the Skip button
replayed over all that as they moved the running engine on. Exercises skipped inside a
session need nothing: they answered nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta

from backbreak.domain.history import HistoryReader, LastDone, SkippedBreak
from backbreak.planning.cadences import BLOCK, EVENING, EVENING_EARLY, PRONE, Cadences, Taken
from backbreak.planning.hours import UTC
from backbreak.planning.triggers import EveningTrigger

SKIP_LOOKBACK = timedelta(days=7)
"""How far back a restart reads skips: older ones moved nothing the days since haven't
(every cadence but the block rotation renews within a day)."""

LONG_AGO = datetime(1970, 1, 1, tzinfo=UTC)
NEVER = LastDone(LONG_AGO, LONG_AGO, LONG_AGO)
"""What ``rebuild`` reads for exercises never done."""


def utc(t: datetime) -> datetime:
    return t.astimezone(UTC)


def rebuild(cad: Cadences, history: HistoryReader, now: datetime) -> None:
    """Anchors, rotation and counts from what the history says was done, then the
    breaks skipped with the Skip button replayed over them as ``consume`` moved
    the running engine on (so a restart right after a skip plans what the running
    app would have)."""

    def last(ids: Iterable[str]) -> LastDone | None:
        return history.last_done_in(tuple(ids))

    # The running engine counts the prone holds and the daily exercises from the
    # end of the break they were done in, the block from its start.
    prone = utc((last(cad.routines.prone_ids) or NEVER).ended)
    # The last block's exercises, not the last break of any kind: a prone-only break
    # doesn't restart the block clock, before a restart or after it.
    block = utc((last(cad.routines.block_ids()) or NEVER).started)
    recent = [
        (utc(done.at), i)
        for i, group in enumerate(cad.settings.block_groups)
        if (routine := cad.routines.block(group)) is not None
        and (done := last(routine.exercises)) is not None
    ]
    cad.block_next = (max(recent)[1] + 1) % len(cad.settings.block_groups) if recent else 0
    today = cad.local(now).date()
    cad.daily = {}
    for ex_id in cad.routines.daily_times:
        count = history.done_count(ex_id, today)
        taken = last([ex_id])
        if count and taken is not None:
            cad.daily[ex_id] = Taken(today, count, utc(taken.ended))
    routine = cad.routines.evening()
    evening = last(routine.exercises) if routine is not None else None
    tonight = evening is not None and _counts_tonight(cad, utc(evening.at), today)
    cad.evening_done = today if tonight else None
    for skip in history.skipped_breaks(now - SKIP_LOOKBACK):
        at = min(skip.at.astimezone(UTC), now)
        if PRONE in skip.covers:
            prone = max(prone, at)
        if BLOCK in skip.covers and at > block:
            block = at
            cad.block_next = _after_groups(cad, skip.exercises)
        _replay_day(cad, skip, at, today)
    cad.prone_anchor = now if prone == LONG_AGO else prone
    cad.block_anchor = now if block == LONG_AGO else min(now, block)


def _counts_tonight(cad: Cadences, when: datetime, day: date) -> bool:
    """Whether evening stretches done at ``when`` count for ``day``'s session."""
    tonight = EveningTrigger(cad.settings.evening_time, frozenset(range(7)), cad.tz, day)
    at = tonight.on(day)
    return at is not None and when >= at - EVENING_EARLY


def _replay_day(cad: Cadences, skip: SkippedBreak, at: datetime, today: date) -> None:
    """Today's daily counts and evening session, as a skip today moved them."""
    if cad.local(at).date() != today:
        return
    for slot in skip.covers:
        if slot == EVENING:
            cad.evening_done = today
        elif slot.startswith("daily:"):
            ex_id = slot.split(":", 1)[1]
            taken = cad.daily.get(ex_id)
            count = taken.count + 1 if taken is not None and taken.day == today else 1
            last = at if taken is None else max(taken.last.astimezone(UTC), at)
            cad.daily[ex_id] = Taken(today, count, last)


def _after_groups(cad: Cadences, exercises: tuple[str, ...]) -> int:
    """The rotation after a block made of ``exercises``: the group after the last
    of its groups, counted from the group it started with (``block_next``)."""
    groups = cad.settings.block_groups
    present = set(exercises)
    last_step = None
    for step in range(len(groups)):
        routine = cad.routines.block(groups[(cad.block_next + step) % len(groups)])
        if routine is not None and present & set(routine.exercises):
            last_step = step
    if last_step is None:
        return cad.block_next
    return (cad.block_next + last_step + 1) % len(groups)
