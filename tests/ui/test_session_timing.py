"""The session window's timer wakes for the next event, and at least once a second."""

from __future__ import annotations

from backbreak.ui.session_timing import wake_delay_ms


def test_wakes_when_the_shown_second_changes() -> None:
    """2.3 s left: the display changes from "3" to "2" in 0.3 s."""
    assert wake_delay_ms(100.0, None, 2.3) == 300


def test_an_earlier_session_wakeup_wins() -> None:
    assert wake_delay_ms(100.0, 100.05, 2.3) == 50


def test_never_longer_than_a_second_nor_a_busy_loop() -> None:
    assert wake_delay_ms(100.0, None, None) == 1000
    assert wake_delay_ms(100.0, 99.0, None) == 5
