"""The composer: which owed items become the next break, when, how big, in what order.

Items are built by hand (``planning.model.Item``) with explicit Berlin times, and handed
to ``next_composition`` with the rules (catalog, settings, work hours, zone), the way
the engine does. Each test names the rule of the composer's docstring it pins.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from backbreak.domain.catalog import Catalog
from backbreak.domain.exercise import Group
from backbreak.domain.settings import Settings
from backbreak.planning.composer import (
    Composition,
    Rules,
    break_id_for,
    next_composition,
    order_by_position,
)
from backbreak.planning.hours import ActiveHours
from backbreak.planning.model import BreakKind, Cadence, Item

BERLIN = ZoneInfo("Europe/Berlin")
UTC = timezone.utc
LONG_AGO = datetime(1970, 1, 1, tzinfo=UTC)

PRONE = ("prone-lying", "prone-on-elbows")
HIP_BLOCK = ("standing-quad-stretch", "kneeling-hip-flexor-stretch", "side-lying-leg-raise")
EVENING_ALL = (
    "foot-ball-release",
    "calf-stretch-lunge",
    "standing-quad-stretch",
    "kneeling-hip-flexor-stretch",
    "side-lying-leg-raise",
    "doorway-pec-stretch",
    "kneeling-lat-stretch",
    "prone-upper-back-lift",
    "dead-bug-heel-touch",
)
BLOCK_BUDGET = (300.0, 600.0)
"""The guide's 5-10 minute block, in seconds."""


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=BERLIN).astimezone(UTC)


def item(
    key: str,
    cadence: Cadence,
    exercises: tuple[str, ...],
    due: str,
    *,
    earliest: str | None = None,
    latest: str | None = None,
    expires: str | None = None,
) -> Item:
    """An item as the cadences make it: blocks and evenings carry a time budget."""
    budget = None
    groups: tuple[Group, ...] = ()
    if cadence is Cadence.BLOCK:
        budget, groups = BLOCK_BUDGET, (Group.HIP_PELVIS,)
    elif cadence is Cadence.EVENING:
        budget = (BLOCK_BUDGET[0] * 4, BLOCK_BUDGET[1] * 4)
        groups = (Group.FOOT_CALF, Group.HIP_PELVIS, Group.UPPER_BACK, Group.CORE)
    return Item(
        key=f"{key}@{due}",
        slot=key,
        cadence=cadence,
        title=key,
        exercises=exercises,
        earliest=at(earliest or due),
        due=at(due),
        latest=at(latest or due),
        expires=None if expires is None else at(expires),
        groups=groups,
        budget=budget,
    )


def prone(due: str, **kw: str) -> Item:
    """Prone holds: due at 2 h, overdue at 3 h (latest one hour after due)."""
    kw.setdefault("latest", (datetime.fromisoformat(due) + timedelta(hours=1)).isoformat(" "))
    return item("Prone holds", Cadence.PRONE, PRONE, due, **kw)


def cat(due: str, **kw: str) -> Item:
    return item("Cat-camel", Cadence.DAILY, ("cat-camel",), due, **kw)


def pumps(due: str, **kw: str) -> Item:
    return item("Ankle pumps", Cadence.DAILY, ("supine-ankle-pumps",), due, **kw)


def hip_block(due: str, **kw: str) -> Item:
    return item("Hip & pelvis block", Cadence.BLOCK, HIP_BLOCK, due, **kw)


def compose(
    items: Sequence[Item],
    catalog: Catalog,
    *,
    now: str,
    not_before: datetime | str = LONG_AGO,
    catch_up: bool = True,
    settings: Settings | None = None,
) -> Composition:
    settings = settings or Settings()
    rules = Rules(catalog, settings, ActiveHours(settings, BERLIN), BERLIN)
    comp = next_composition(
        items,
        rules,
        now=at(now),
        not_before=at(not_before) if isinstance(not_before, str) else not_before,
        catch_up=catch_up,
    )
    assert comp is not None
    return comp


def keys(comp: Composition) -> set[str]:
    return {it.slot for it in comp.items}


# --- when, and with what ---------------------------------------------------------------


def test_items_due_within_the_merge_window_become_one_break(catalog: Catalog) -> None:
    """Two reminders 10 minutes apart are one break, not two pings: at the later one's
    time, since the prone holds' window doesn't open before their due time."""
    items = [
        cat("2026-03-30 10:20", earliest="2026-03-30 09:40", latest="2026-03-30 11:00"),
        prone("2026-03-30 10:30"),
    ]
    comp = compose(items, catalog, now="2026-03-30 09:00")
    assert keys(comp) == {"Cat-camel", "Prone holds"}
    assert comp.at == at("2026-03-30 10:30")
    assert comp.brk.kind is BreakKind.MERGED
    assert comp.brk.title == "Prone holds + Cat-camel", "the holds' priority comes first"


def test_a_break_knows_when_its_most_pressing_item_is_overdue(catalog: Catalog) -> None:
    """What a call may hold it to: the earliest latest time of what it holds."""
    items = [
        cat("2026-03-30 10:20", earliest="2026-03-30 09:40", latest="2026-03-30 11:00"),
        prone("2026-03-30 10:30"),
    ]
    comp = compose(items, catalog, now="2026-03-30 09:00")
    assert comp.brk.overdue == min(item.latest for item, _ in comp.parts)
    assert comp.brk.overdue == at("2026-03-30 11:00")


def test_an_item_that_cannot_wait_is_not_merged_later(catalog: Catalog) -> None:
    """The cat-camel can't wait (latest = due) for holds whose window opens 10 minutes
    later: it comes on its own, on time, rather than late for a merge."""
    items = [cat("2026-03-30 10:20"), prone("2026-03-30 10:30")]
    comp = compose(items, catalog, now="2026-03-30 09:00")
    assert keys(comp) == {"Cat-camel"}
    assert comp.at == at("2026-03-30 10:20")


def test_an_item_due_after_the_merge_window_is_not_pulled_in(catalog: Catalog) -> None:
    """Holds due 20 minutes after the cat-camel (merge window 15) whose window is not yet
    open come on their own: nothing comes before its window opens."""
    items = [cat("2026-03-30 10:20", earliest="2026-03-30 09:40"), prone("2026-03-30 10:40")]
    comp = compose(items, catalog, now="2026-03-30 09:00")
    assert keys(comp) == {"Cat-camel"}
    assert comp.at == at("2026-03-30 10:20")


def test_an_item_whose_window_is_open_rides_along(catalog: Catalog) -> None:
    """A block an hour in (its 1-2 h window open at 10:10, due 10:40) joins the 10:20
    cat-camel: otherwise it would ping on its own just after that break and its rest."""
    items = [
        cat("2026-03-30 10:20", earliest="2026-03-30 09:40"),
        hip_block("2026-03-30 10:40", earliest="2026-03-30 10:10", latest="2026-03-30 11:10"),
    ]
    comp = compose(items, catalog, now="2026-03-30 09:00")
    assert comp.at == at("2026-03-30 10:20")
    assert keys(comp) == {"Cat-camel", "Hip & pelvis block"}
    assert set(HIP_BLOCK) <= set(comp.brk.exercises), "the block is taken whole"


def test_not_before_keeps_the_rest_after_the_previous_break(catalog: Catalog) -> None:
    """``not_before`` (the last break's end + min rest) delays a due break: breaks never
    bunch up, and the cat-camel still comes, just later."""
    comp = compose(
        [cat("2026-03-30 10:20")],
        catalog,
        now="2026-03-30 10:20",
        not_before="2026-03-30 10:45",
    )
    assert comp.at == at("2026-03-30 10:45")
    assert comp.brk.kind is BreakKind.DAILY, "delayed by the rest, not missed"


# --- how big -----------------------------------------------------------------------------


def test_a_break_never_grows_past_the_maximum(catalog: Catalog) -> None:
    """Holds (6.7 min) + cat-camel (3.3) + ankle pumps (2.4) + a 5-10 min block > 15:
    the holds go first, the block that can't fit whole is left out (it keeps its own
    time for a later break), and nothing is cut in half."""
    due = "2026-03-30 13:00"
    items = [hip_block(due), pumps(due), cat(due), prone(due)]
    comp = compose(items, catalog, now=due)
    assert comp.brk.estimated_minutes <= 15
    assert keys(comp) == {"Prone holds", "Cat-camel", "Ankle pumps"}
    assert not set(HIP_BLOCK) & set(comp.brk.exercises)
    for it, ids in comp.parts:
        assert ids == it.exercises, f"{it.slot} is taken whole"


def test_prone_holds_go_first_when_room_is_short(catalog: Catalog) -> None:
    """With a 10-minute cap the sheet's holds come before the daily exercises, and the
    daily ones before a block: overdue low-back work wins over the routine."""
    due = "2026-03-30 13:00"
    items = [hip_block(due), cat(due), prone(due)]
    comp = compose(items, catalog, now=due, settings=Settings(max_break_minutes=10))
    assert comp.items[0].slot == "Prone holds"
    assert keys(comp) == {"Prone holds", "Cat-camel"}
    assert comp.brk.estimated_minutes <= 10


def test_a_block_is_taken_whole_and_filled_to_five_minutes_when_it_fits(
    catalog: Catalog,
) -> None:
    """Holds + a hip block: the block fits the 8.3 minutes left, so it comes whole and
    is filled to the guide's 5-10 minutes (second sets), never past the 15-minute cap."""
    due = "2026-03-30 13:00"
    comp = compose([prone(due), hip_block(due)], catalog, now=due)
    assert keys(comp) == {"Prone holds", "Hip & pelvis block"}
    block_minutes = comp.brk.estimated_minutes - 400 / 60
    assert 5 - 0.1 <= block_minutes <= 10
    assert comp.brk.estimated_minutes <= 15
    assert comp.brk.dose_of("standing-quad-stretch") is not None, "a dose above the minimum"
    assert "this block has room" in comp.brk.note_of("standing-quad-stretch")


def test_a_lower_cap_never_cuts_the_sheets_own_dose(catalog: Catalog) -> None:
    """A 5-minute cap and the two 3-minute prone holds: both come. The cap bounds what
    is merged, not the low-back sheet's prescription (a break is never empty, and never
    half of the holds)."""
    comp = compose(
        [prone("2026-03-30 13:00")],
        catalog,
        now="2026-03-30 13:00",
        settings=Settings(max_break_minutes=5),
    )
    assert comp.brk.exercises == PRONE
    assert comp.brk.estimated_minutes > 5


def test_a_block_alone_is_trimmed_to_a_lower_cap(catalog: Catalog) -> None:
    """A block of foot & calf plus core (5.2 min at its minimum) under a 5-minute cap:
    the routine block, unlike the sheet's holds, is cut to what fits, exercise by
    exercise in its order."""
    foot_core = ("foot-ball-release", "calf-stretch-lunge", "dead-bug-heel-touch")
    block = item("block", Cadence.BLOCK, foot_core, "2026-03-30 13:00")
    comp = compose([block], catalog, now="2026-03-30 13:00", settings=Settings(max_break_minutes=5))
    assert set(comp.brk.exercises) == {"foot-ball-release", "calf-stretch-lunge"}
    assert comp.brk.estimated_minutes <= 5


def test_overdue_wins_and_the_break_waits_for_its_window(catalog: Catalog) -> None:
    """A block due 12:30 and holds that become overdue at 12:50 - before the block and
    its rest would be over (about 12:56): the holds join, and the break waits for their
    window to open at 12:50 instead of leaving them to pass their limit."""
    items = [
        hip_block("2026-03-30 12:30", earliest="2026-03-30 12:00", latest="2026-03-30 13:00"),
        prone("2026-03-30 12:50", latest="2026-03-30 12:50"),
    ]
    comp = compose(items, catalog, now="2026-03-30 12:00")
    assert keys(comp) == {"Hip & pelvis block", "Prone holds"}
    assert comp.at == at("2026-03-30 12:50")
    assert all(it.latest >= comp.at for it in comp.items), "none past its limit"


def test_the_break_waits_for_overdue_holds_even_when_the_cap_leaves_an_item_out(
    catalog: Catalog,
) -> None:
    """A block due 07:06 with ankle pumps, and holds that open at 07:07 and are overdue
    at 07:37 - before that break and a 27-minute rest would be over. Block, pumps and
    holds don't fit 15 minutes together: the break still waits a minute for the holds,
    and the pumps, whose window runs to 09:30, keep their own time."""
    items = [
        hip_block("2026-03-23 07:06", earliest="2026-03-23 07:03", latest="2026-03-23 08:03"),
        prone("2026-03-23 07:07", latest="2026-03-23 07:37"),
        pumps("2026-03-23 07:15", earliest="2026-03-23 05:00", latest="2026-03-23 09:30"),
    ]
    settings = Settings(
        work_start=time(5, 0), max_break_minutes=15, min_rest_minutes=27, merge_window_minutes=9
    )
    comp = compose(items, catalog, now="2026-03-23 07:00", settings=settings)
    assert keys(comp) == {"Hip & pelvis block", "Prone holds"}
    assert comp.at == at("2026-03-23 07:07")
    assert comp.brk.estimated_minutes <= 15


# --- the end of work ----------------------------------------------------------------------


def test_a_break_that_would_run_past_work_moves_earlier(catalog: Catalog) -> None:
    """A 3.3-minute cat-camel due 16:58 would end after 17:00; its window is open, so it
    comes about 16:56:40, early enough to end as work ends."""
    comp = compose(
        [cat("2026-03-30 16:58", earliest="2026-03-30 15:20", expires="2026-03-30 17:00")],
        catalog,
        now="2026-03-30 16:00",
    )
    assert comp.ends <= at("2026-03-30 17:00")
    assert comp.at == at("2026-03-30 17:00") - timedelta(minutes=comp.brk.estimated_minutes)
    assert comp.at < at("2026-03-30 16:58")


def test_a_break_that_cannot_end_in_time_moves_to_the_next_period(catalog: Catalog) -> None:
    """Holds due 16:55 (6.7 min) can't end by 17:00 and may not come before 16:55: they
    are offered at 09:00 the next work day, not during the evening."""
    comp = compose([prone("2026-03-30 16:55")], catalog, now="2026-03-30 16:00")
    assert comp.at == at("2026-03-31 09:00")


def test_work_items_noticed_after_work_wait_for_the_next_work_day(catalog: Catalog) -> None:
    """Holds missed at 16:50 and noticed at 19:00: offered at 09:00 the next work day."""
    comp = compose([prone("2026-03-30 16:50")], catalog, now="2026-03-30 19:00")
    assert comp.at == at("2026-03-31 09:00")


# --- the evening --------------------------------------------------------------------------


LATE_WORK = Settings(work_end=time(21, 0))


def evening(due: str) -> Item:
    return item("Evening session", Cadence.EVENING, EVENING_ALL, due)


def test_the_evening_never_merges_with_work_items(catalog: Catalog) -> None:
    """Work until 21:00, holds due 20:25 and the evening at 20:30: two breaks, in either
    order - the evening is one routine done whole at home, not padding for work."""
    first = compose(
        [prone("2026-03-30 20:25"), evening("2026-03-30 20:30")],
        catalog,
        now="2026-03-30 20:00",
        settings=LATE_WORK,
    )
    assert keys(first) == {"Prone holds"}
    other = compose(
        [evening("2026-03-30 20:25"), prone("2026-03-30 20:30")],
        catalog,
        now="2026-03-30 20:00",
        settings=LATE_WORK,
    )
    assert keys(other) == {"Evening session"}
    assert other.brk.kind is BreakKind.EVENING


def test_the_evening_is_not_bounded_by_the_work_break_limit(catalog: Catalog) -> None:
    """All four groups tonight (budget 20-40 min): longer than the 15-minute work-break
    cap, and offered after work hours at its own time."""
    comp = compose([evening("2026-03-30 20:30")], catalog, now="2026-03-30 18:00")
    assert comp.at == at("2026-03-30 20:30")
    assert comp.brk.estimated_minutes > Settings().max_break_minutes
    assert set(comp.brk.exercises) == set(EVENING_ALL)


# --- catch-up ---------------------------------------------------------------------------------


def late_items() -> list[Item]:
    return [
        prone("2026-03-30 10:30"),
        cat("2026-03-30 11:00", latest="2026-03-30 12:20"),
        pumps("2026-03-30 13:00", latest="2026-03-30 15:00"),
    ]


def test_a_missed_break_is_gathered_into_one_catch_up(catalog: Catalog) -> None:
    """Hours after everything fell due (the machine slept), all of it comes as one
    catch-up break, now - not three breaks in a row, nor one planned in the past."""
    comp = compose(late_items(), catalog, now="2026-03-30 14:00", catch_up=True)
    assert comp.at == at("2026-03-30 14:00")
    assert comp.brk.kind is BreakKind.CATCH_UP
    assert comp.brk.title.startswith("Catch-up: ")
    assert keys(comp) == {"Prone holds", "Cat-camel", "Ankle pumps"}


def test_a_late_break_is_not_called_a_catch_up_when_nothing_was_missed(
    catalog: Catalog,
) -> None:
    """``catch_up=False`` (the first run ever): what is owed still comes as one break,
    now, but it is not labelled as something the user missed."""
    comp = compose(late_items(), catalog, now="2026-03-30 14:00", catch_up=False)
    assert comp.at == at("2026-03-30 14:00")
    assert comp.brk.kind is BreakKind.MERGED
    assert not comp.brk.title.startswith("Catch-up")
    caught = compose(late_items(), catalog, now="2026-03-30 14:00", catch_up=True)
    assert comp.brk.id == caught.brk.id, "the id names the occurrences, not the wording"


# --- order and identity ---------------------------------------------------------------------


def test_standing_work_comes_before_floor_work_and_prone_last(catalog: Catalog) -> None:
    """Down to the floor once: standing, kneeling, all fours, side, back, stomach."""
    ids = ["prone-lying", "cat-camel", "side-lying-leg-raise", "standing-quad-stretch"]
    ids += ["kneeling-hip-flexor-stretch", "supine-ankle-pumps"]
    assert order_by_position(ids, catalog) == (
        "standing-quad-stretch",
        "kneeling-hip-flexor-stretch",
        "cat-camel",
        "side-lying-leg-raise",
        "supine-ankle-pumps",
        "prone-lying",
    )


def test_a_composed_break_is_in_position_order(catalog: Catalog) -> None:
    """A merged break starts standing and ends with the prone holds, whatever order its
    items came in."""
    due = "2026-03-30 13:00"
    settings = Settings(max_break_minutes=25)
    comp = compose([prone(due), cat(due), hip_block(due)], catalog, now=due, settings=settings)
    assert keys(comp) == {"Prone holds", "Cat-camel", "Hip & pelvis block"}
    assert comp.brk.exercises == order_by_position(comp.brk.exercises, catalog)
    assert comp.brk.exercises[0] == "standing-quad-stretch"
    assert comp.brk.exercises[-2:] == PRONE


def test_break_ids_are_stable_per_occurrence(catalog: Catalog) -> None:
    """The same occurrences give the same id in any order (a re-offer is the same break
    to the history and the UI); different occurrences give a different one."""
    a, b = prone("2026-03-30 13:00"), cat("2026-03-30 13:00")
    assert break_id_for([a, b]) == break_id_for([b, a])
    assert break_id_for([a]) != break_id_for([a, b])
    assert break_id_for([a]) != break_id_for([prone("2026-03-30 15:00")])
    comp = compose([a, b], catalog, now="2026-03-30 13:00")
    assert comp.brk.id == break_id_for(comp.items)
    again = compose([b, a], catalog, now="2026-03-30 13:05")
    assert again.brk.id == comp.brk.id


@pytest.mark.parametrize("due", ["2026-03-30 10:00", "2026-03-30 14:30"])
def test_a_composition_says_when_it_starts_and_ends(catalog: Catalog, due: str) -> None:
    """``at`` is the break's due time (local) and ``ends`` is that plus its estimate:
    the engine's rest and the end-of-work rule read them."""
    comp = compose([prone(due)], catalog, now=due)
    assert comp.at == at(due)
    assert comp.brk.due.tzinfo == BERLIN
    assert comp.ends - comp.at == timedelta(minutes=comp.brk.estimated_minutes)
    assert comp.items == tuple(it for it, _ in comp.parts)
