"""Sleep and lock sources as backends: each says whether it is there, and why not."""

from __future__ import annotations

from backbreak.desktop.backend import FORCE_ENV
from backbreak.desktop.sleep_sources import (
    LOGIND,
    choose_sleep_sources,
    unreachable,
)


def owner_of(*names: str):  # type: ignore[no-untyped-def]
    return lambda name: name in names


def test_every_source_that_is_there_is_used() -> None:
    choice = choose_sleep_sources(owner_of(LOGIND), owner_of("org.gnome.ScreenSaver"), environ={})
    assert [s.name for s in choice.backends] == ["logind", "screensaver", "clock-gap"]
    assert choice.describe() == "logind + screensaver + clock-gap"


def test_missing_services_are_named_and_the_gap_check_always_works() -> None:
    choice = choose_sleep_sources(owner_of(), unreachable, environ={})
    assert [s.name for s in choice.backends] == ["clock-gap"]
    assert choice.describe() == (
        f"clock-gap (logind: no {LOGIND} on the system bus; screensaver: its bus is not reachable)"
    )


def test_a_bus_left_out_is_not_a_candidate() -> None:
    choice = choose_sleep_sources(None, None, engine_gap_check=True, environ={})
    assert choice.describe() == "clock-gap"
    assert choice.backends[0].reason == "run by the engine's timer"


def test_one_source_can_be_forced() -> None:
    choice = choose_sleep_sources(
        owner_of(LOGIND), owner_of(), environ={FORCE_ENV: "sleep=clock-gap"}
    )
    assert [s.name for s in choice.backends] == ["clock-gap"]
