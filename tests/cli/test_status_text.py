"""``backbreak status`` in words, from the running app's status dict."""

from __future__ import annotations

from backbreak.cli.status_text import clock_text, status_text


def test_a_paused_app_with_a_held_break_says_so() -> None:
    text = status_text(
        {
            "version": "1.0",
            "pid": 42,
            "paused": True,
            "paused_until": "2026-03-02T11:30:00+01:00",
            "next_break": {"title": "Prone holds", "due": "2026-03-02T12:00:00+01:00"},
            "presence": {"idle time": "x11-screensaver", "held break": "b-1"},
        }
    )
    assert text.splitlines() == [
        "backbreak 1.0 is running (pid 42).",
        "Paused until Mon 11:30.",
        "Next: Prone holds at Mon 12:00.",
        "Idle time: x11-screensaver",
        "A due break waits until you are free (busy or full screen).",
    ]


def test_nothing_planned_and_an_unreadable_time() -> None:
    assert status_text({"version": "1.0", "pid": 1}).endswith("No break planned.")
    assert clock_text("soon") == "soon"


def test_a_time_on_the_app_s_own_day_has_no_weekday() -> None:
    now = "2026-03-02T09:00:00+01:00"
    assert clock_text("2026-03-02T12:00:00+01:00", now) == "12:00"
    assert clock_text("2026-03-03T08:30:00+01:00", now) == "Tue 08:30"
    assert clock_text("2026-03-02T12:00:00+01:00", "garbled") == "Mon 12:00"
    text = status_text(
        {
            "version": "1.0",
            "pid": 1,
            "now": now,
            "next_break": {"title": "Prone holds", "due": "2026-03-02T12:00:00+01:00"},
        }
    )
    assert "Next: Prone holds at 12:00." in text.splitlines()
