"""A call holds the due break: the tray says so, and a long call's break comes quietly."""

from __future__ import annotations

from typing import Any

from backbreak.ui.tray import MenuState


def test_the_tooltip_says_why_the_due_break_waits(make_rig: Any, due: Any) -> None:
    rig = make_rig()
    tray = rig.app.shell.tray
    assert tray is not None
    rig.presence.busy = True
    rig.presence.reason = "you're in a call"
    rig.driver.make_due(due)
    assert "held: you're in a call" in tray.icon.toolTip()
    assert rig.app.reminders.held_reason() == "you're in a call"
    rig.presence.release()
    assert "held:" not in tray.icon.toolTip()
    assert [r.key for r in rig.notifier.shown] == ["b-due"]


def test_a_break_a_long_call_held_comes_quietly(make_rig: Any, due: Any) -> None:
    """No sound (the notification says so), no card popping up."""
    rig = make_rig()
    rig.presence.busy = True
    rig.driver.make_due(due)
    rig.presence.release(quiet=True)
    assert [(r.key, r.quiet) for r in rig.notifier.shown] == [("b-due", True)]
    assert not rig.app.reminders.card_visible()


def test_a_quiet_break_still_reaches_the_card_without_a_notifier(
    make_rig: Any, due: Any, notifier_of: Any
) -> None:
    rig = make_rig(notifier=notifier_of("none", ok=False))
    rig.notifier.notify = lambda reminder: False  # nothing could be sent
    rig.presence.busy = True
    rig.driver.make_due(due)
    rig.presence.release(quiet=True)
    assert rig.app.reminders.card_visible(), "a reminder is never lost"


def test_a_running_break_is_never_interrupted(make_rig: Any, due: Any) -> None:
    """A break due while a session is open is not offered, call or not; the session stays."""
    rig = make_rig()
    rig.app.start_now()
    assert rig.app.session.is_open
    rig.presence.busy = True
    rig.driver.make_due(due)
    assert rig.presence.held() is None and rig.notifier.shown == []
    assert rig.app.session.is_open


def test_the_held_line_follows_the_due_line() -> None:
    state = MenuState(due_title="Cat-camel", held="you're in a call")
    assert state.tooltip().splitlines()[1:3] == [
        "Break due now: Cat-camel",
        "held: you're in a call",
    ]


def test_status_names_the_call_that_holds_the_break() -> None:
    from backbreak.cli.status_text import status_text

    status = {
        "presence": {
            "calls": "microphone: pulse; camera: proc-video",
            "held": "you're in a call (microphone in use by parecord)",
            "held break": "b-due",
        }
    }
    lines = status_text(status).splitlines()
    assert "Held: you're in a call (microphone in use by parecord)" in lines
    assert "Calls: microphone: pulse; camera: proc-video" in lines
    assert not any("until you are free" in line for line in lines)


def test_a_call_may_hold_a_break_until_its_overdue_moment_plus_the_maximum(
    make_rig: Any, due: Any
) -> None:
    """The prone holds are never held past overdue plus ``call_max_minutes``."""
    from dataclasses import replace
    from datetime import timedelta

    rig = make_rig()
    brk = replace(due, overdue=due.due + timedelta(hours=1))
    rig.driver.make_due(brk)
    maximum = timedelta(minutes=rig.settings.current.call_max_minutes)
    assert rig.presence.release_by == brk.overdue + maximum
