"""The composer: merging due items into one break, bounding it, ordering its exercises."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from backbreak.domain.catalog import Catalog
from backbreak.domain.exercise import Equipment
from backbreak.domain.settings import DisabledReason, Settings
from backbreak.planning.composer import Cluster, compose, order_by_position, pick_cluster
from backbreak.planning.hours import ActiveHours
from backbreak.planning.model import BreakKind, Cadence, Item

BERLIN = ZoneInfo("Europe/Berlin")
HOURS = ActiveHours(Settings(), BERLIN)
MERGE = timedelta(minutes=15)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=BERLIN).astimezone(timezone.utc)


def item(
    key: str,
    cadence: Cadence,
    exercises: tuple[str, ...],
    due: str,
    *,
    earliest: str | None = None,
    latest: str | None = None,
) -> Item:
    return Item(
        key=key,
        slot=key,
        cadence=cadence,
        title=key,
        exercises=exercises,
        earliest=at(earliest or due),
        due=at(due),
        latest=at(latest or due),
    )


PRONE = ("prone-lying", "prone-on-elbows")
HIP_BLOCK = ("standing-quad-stretch", "kneeling-hip-flexor-stretch", "side-lying-leg-raise")


def test_items_due_within_the_merge_window_become_one_break() -> None:
    """Two reminders 10 minutes apart are one break, at the later one's time."""
    items = [
        item("a", Cadence.DAILY, ("cat-camel",), "2026-03-30 10:20", latest="2026-03-30 11:00"),
        item("b", Cadence.PRONE, PRONE, "2026-03-30 10:30", latest="2026-03-30 11:30"),
    ]
    cluster = pick_cluster(items, at("2026-03-30 09:00"), HOURS, MERGE)
    assert cluster is not None
    assert {it.key for it in cluster.items} == {"a", "b"}
    assert cluster.at == at("2026-03-30 10:30")


def test_an_item_that_cannot_wait_is_not_merged_later() -> None:
    """The first item can't wait (latest = due): the second comes on its own."""
    items = [
        item("a", Cadence.PRONE, PRONE, "2026-03-30 10:20"),
        item("b", Cadence.DAILY, ("cat-camel",), "2026-03-30 10:30"),
    ]
    cluster = pick_cluster(items, at("2026-03-30 09:00"), HOURS, MERGE)
    assert cluster is not None
    assert [it.key for it in cluster.items] == ["a"]


def test_a_block_waits_for_prone_holds_due_soon_after() -> None:
    """Within its 1-2 h window a block waits up to twice the merge window for the holds."""
    items = [
        item("block", Cadence.BLOCK, HIP_BLOCK, "2026-03-30 12:37", latest="2026-03-30 13:07"),
        item("prone", Cadence.PRONE, PRONE, "2026-03-30 13:05", latest="2026-03-30 14:05"),
    ]
    cluster = pick_cluster(items, at("2026-03-30 09:00"), HOURS, MERGE)
    assert cluster is not None
    assert cluster.at == at("2026-03-30 13:05")
    assert {it.key for it in cluster.items} == {"block", "prone"}


def test_a_missed_break_is_gathered_into_one_catch_up() -> None:
    """Hours after everything fell due, all of it comes as one catch-up break, now."""
    items = [
        item("a", Cadence.BLOCK, HIP_BLOCK, "2026-03-30 10:30"),
        item("b", Cadence.PRONE, PRONE, "2026-03-30 11:00"),
        item("c", Cadence.DAILY, ("cat-camel",), "2026-03-30 13:00"),
    ]
    now = at("2026-03-30 14:00")
    cluster = pick_cluster(items, now, HOURS, MERGE)
    assert cluster is not None and cluster.catch_up
    assert cluster.at == now
    assert len(cluster.items) == 3


def test_work_items_never_come_outside_work_hours() -> None:
    """Missed at 16:50 and noticed at 19:00: offered at 09:00 the next work day."""
    items = [item("a", Cadence.PRONE, PRONE, "2026-03-30 16:50")]
    cluster = pick_cluster(items, at("2026-03-30 19:00"), HOURS, MERGE)
    assert cluster is not None
    assert cluster.at == at("2026-03-31 09:00")


def test_a_break_never_grows_past_the_maximum(catalog: Catalog) -> None:
    """Prone holds (6.7 min) + hip block (4.8) + cat-camel (3.3) + ankle pumps (2.4) > 15:
    what doesn't fit is kept as a leftover for the next break, never dropped."""
    due = "2026-03-30 13:00"
    items = (
        item("prone", Cadence.PRONE, PRONE, due),
        item("cat", Cadence.DAILY, ("cat-camel",), due),
        item("block", Cadence.BLOCK, HIP_BLOCK, due),
        item("pumps", Cadence.DAILY, ("supine-ankle-pumps",), due),
    )
    comp = compose(Cluster(at(due), items, False, MERGE), catalog, Settings(), BERLIN)
    assert comp.brk.estimated_minutes <= 15
    offered = set(comp.brk.exercises)
    left = {ex for _, exs in comp.leftovers for ex in exs}
    assert left, "something had to wait"
    assert offered | left == {ex for it in items for ex in it.exercises}
    assert not offered & left
    assert set(PRONE) <= offered, "the oldest, highest-priority item goes first"


def test_the_first_exercise_is_taken_even_if_it_alone_is_too_long(catalog: Catalog) -> None:
    """With a 5-minute cap, the 6.7-minute holds still move forward one hold at a time."""
    due = "2026-03-30 13:00"
    prone = item("prone", Cadence.PRONE, PRONE, due)
    settings = Settings(max_break_minutes=5)
    comp = compose(Cluster(at(due), (prone,), False, MERGE), catalog, settings, BERLIN)
    assert comp.brk.exercises == ("prone-lying",)
    assert comp.leftovers == ((prone, ("prone-on-elbows",)),)


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


def test_disabled_and_equipment_missing_exercises_are_left_out(catalog: Catalog) -> None:
    """Turned off after pain, or no mat here: those exercises are not offered."""
    due = "2026-03-30 13:00"
    settings = Settings(
        disabled_exercises={"standing-quad-stretch": DisabledReason.PAIN},
        equipment_at_hand=[e for e in Equipment if e is not Equipment.MAT],
    )
    block = item("block", Cadence.BLOCK, HIP_BLOCK, due)
    comp = compose(Cluster(at(due), (block,), False, MERGE), catalog, settings, BERLIN)
    assert comp.brk.exercises == ("side-lying-leg-raise",)
    assert comp.leftovers == ()


def test_kind_and_title_say_what_the_break_is(catalog: Catalog) -> None:
    """One cadence keeps its kind; several make a merged break; a catch-up says so."""
    due = "2026-03-30 13:00"
    prone = item("Prone holds", Cadence.PRONE, PRONE, due)
    cat = item("Cat-camel", Cadence.DAILY, ("cat-camel",), due)
    single = compose(Cluster(at(due), (prone,), False, MERGE), catalog, Settings(), BERLIN)
    assert single.brk.kind is BreakKind.PRONE_HOLDS
    merged = compose(Cluster(at(due), (prone, cat), False, MERGE), catalog, Settings(), BERLIN)
    assert merged.brk.kind is BreakKind.MERGED
    assert merged.brk.title == "Prone holds + Cat-camel"
    late = compose(Cluster(at(due), (prone, cat), True, MERGE), catalog, Settings(), BERLIN)
    assert late.brk.kind is BreakKind.CATCH_UP
    assert late.brk.title.startswith("Catch-up: ")
    assert merged.brk.id == late.brk.id, "the id names the occurrences, not the wording"
