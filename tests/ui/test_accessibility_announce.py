"""The countdown speaks to screen readers at its start, halfway, last ten seconds and
end only: a label read out every second would drown the user's screen reader."""

from __future__ import annotations

from typing import Any

from backbreak.ui.countdown_moments import Countdown, CountdownMoments, Moment


def test_moments_of_one_countdown() -> None:
    """A 60 s countdown ticking each second is told four times, each at its moment."""
    moments = CountdownMoments()
    told: dict[int, list[Moment]] = {}
    for left in range(60, -1, -1):
        got = moments.observe(Countdown("hold", 60.0, float(left)))
        if got:
            told[left] = got
    assert told == {
        60: [Moment.START],
        30: [Moment.HALFWAY],
        10: [Moment.LAST_SECONDS],
        0: [Moment.DONE],
    }


def test_short_countdown_has_no_halfway_and_late_wakeups_tell_the_latest() -> None:
    """Halfway only when it is more than ten seconds out; a jump over two moments tells one."""
    moments = CountdownMoments()
    assert moments.observe(Countdown("rest", 15.0, 15.0)) == [Moment.START]
    assert moments.observe(Countdown("rest", 15.0, 7.0)) == [Moment.LAST_SECONDS]
    moments = CountdownMoments()
    moments.observe(Countdown("hold", 60.0, 60.0))
    assert moments.observe(Countdown("hold", 60.0, 5.0)) == [Moment.LAST_SECONDS]


def test_done_when_a_step_runs_out_but_not_when_skipped() -> None:
    moments = CountdownMoments()
    moments.observe(Countdown("a", 20.0, 20.0))
    moments.observe(Countdown("a", 20.0, 0.4))
    assert moments.observe(Countdown("b", 30.0, 30.0)) == [Moment.DONE, Moment.START]
    assert moments.observe(Countdown("c", 30.0, 30.0)) == [Moment.START]  # skipped b early
    assert moments.observe(None) == []


def test_session_announces_only_at_the_moments(make_window: Any, clock: Any) -> None:
    """Driven second by second on the fake clock through the prepare step and a 30-60 s
    hold, the window announces exactly at: prepare start, its last ten seconds, the
    hold's start (with the prepare's "done"), halfway, last ten, minimum reached."""
    w = make_window(["calf-stretch-lunge"], prepare_seconds=20)
    said: list[tuple[float, str]] = []
    start = clock.mono
    w.announcer.announced.connect(lambda text: said.append((clock.mono - start, text)))
    w._next()  # intro -> prepare
    for _ in range(20 + 30 + 5):
        clock.advance(1.0)
        w.poll()
    times = [t for t, _ in said]
    texts = [s for _, s in said]
    assert times == [0, 10, 20, 35, 40, 50]
    assert texts[0].startswith("Get ready: ") and "20 seconds" in texts[0]
    assert texts[1] == "10 seconds left."
    assert texts[2].startswith("Done. ") and "hold, 30 seconds" in texts[2]
    assert texts[3] == "Halfway, 15 seconds left."
    assert texts[5].startswith("Done. Minimum reached")
    assert w.exercise_page.big.accessibleDescription() == texts[-1]


def test_paused_countdown_stays_quiet(make_window: Any, clock: Any) -> None:
    w = make_window(["calf-stretch-lunge"], prepare_seconds=20)
    said: list[str] = []
    w.announcer.announced.connect(said.append)
    w._next()
    w._toggle_pause()
    for _ in range(100):
        clock.advance(1.0)
        w.poll()
    assert len(said) == 1
