"""Due breaks reach the user through the notifier, the reminder card, or both, and
whatever they click (Start / Snooze / Skip, or the notification itself) does that."""

from __future__ import annotations

from typing import Any

import shiboken6

from backbreak.desktop.notify import ReminderAction
from backbreak.domain.settings import NotificationStyle, Settings


def test_due_break_goes_to_a_clickable_notification_only(make_rig: Any, due: Any) -> None:
    """With a backend that reports clicks, no card is needed: no second popup."""
    rig = make_rig()
    rig.driver.make_due(due)
    assert [r.key for r in rig.notifier.shown] == ["b-due"]
    shown = rig.notifier.shown[0]
    assert shown.title == "Time for a break: Cat-camel"
    assert "About 6 min" in shown.body and "Cat-camel" in shown.body
    reminders = rig.app.reminders
    assert not reminders.card_visible() and reminders._card is None, "built on first use"


def test_unclickable_backend_adds_the_card(make_rig: Any, due: Any, notifier_of: Any) -> None:
    """plyer / tray messages can't say what was clicked, so the card shows too."""
    rig = make_rig(notifier=notifier_of("plyer", clicks=False))
    rig.driver.make_due(due)
    assert len(rig.notifier.shown) == 1
    assert rig.app.reminders.card.isVisible() and rig.app.reminders.card.key == "b-due"


def test_no_notification_service_means_card_only(make_rig: Any, due: Any, notifier_of: Any) -> None:
    rig = make_rig(notifier=notifier_of("dead", ok=False))
    assert rig.app.reminders.notifier.name == "card"
    rig.driver.make_due(due)
    assert rig.app.reminders.card.isVisible()


def test_style_card_skips_the_desktop_notification(make_rig: Any, due: Any) -> None:
    settings = Settings(safety_notice_seen=True, notification_style=NotificationStyle.CARD)
    rig = make_rig(settings=settings)
    rig.driver.make_due(due)
    assert rig.notifier.shown == []
    assert rig.app.reminders.card.isVisible()


def test_style_both_shows_both(make_rig: Any, due: Any) -> None:
    settings = Settings(safety_notice_seen=True, notification_style=NotificationStyle.BOTH)
    rig = make_rig(settings=settings)
    rig.driver.make_due(due)
    assert len(rig.notifier.shown) == 1 and rig.app.reminders.card.isVisible()


def test_clicking_the_notification_opens_the_session(make_rig: Any, due: Any) -> None:
    """The default action ("start") opens the guided session for that very break."""
    rig = make_rig()
    rig.driver.make_due(due)
    rig.notifier.action_invoked.emit("b-due", "start")
    assert len(rig.windows.sessions) == 1
    assert rig.windows.sessions[0].brk is due
    assert "b-due" in rig.notifier.withdrawn
    assert rig.app.status()["session_open"] is True


def test_finishing_the_session_completes_the_break(make_rig: Any, due: Any, now: Any) -> None:
    from backbreak.domain.history import ExerciseRecord, Outcome

    rig = make_rig()
    rig.driver.make_due(due)
    rig.app.reminders.answer("b-due", "start")
    records = [
        ExerciseRecord("cat-camel", Outcome.DONE, now),
        ExerciseRecord("supine-ankle-pumps", Outcome.SKIPPED, now),
    ]
    rig.windows.sessions[0].finished.emit(records)
    assert rig.driver.calls[-1] == ("complete", ("b-due", ["cat-camel"]))
    assert rig.app.status()["session_open"] is False


def test_turning_an_exercise_off_in_the_session_is_kept(make_rig: Any, due: Any) -> None:
    """ "This hurts" twice, then "turn it off": saved, and the engine replans without it."""
    rig = make_rig()
    rig.driver.make_due(due)
    rig.app.reminders.answer("b-due", "start")
    rig.windows.sessions[0].exercise_disabled.emit("cat-camel")
    saved = rig.saved[-1]
    assert saved.disabled_exercises == {"cat-camel": "pain"}
    assert rig.driver.calls[-1] == ("update_settings", saved)


def test_closing_the_session_window_completes_once(make_rig: Any, due: Any, qtbot: Any) -> None:
    """Closing the window ends the session: the break is completed, the window goes
    away cleanly, and the next Start opens a fresh one."""
    rig = make_rig()
    rig.driver.make_due(due)
    rig.app.reminders.answer("b-due", "start")
    window = rig.windows.sessions[0]
    with qtbot.waitSignal(rig.app.session_closed, timeout=1000):
        window.close()
    assert rig.driver.calls[-1] == ("complete", ("b-due", []))
    qtbot.waitUntil(lambda: not shiboken6.isValid(window), timeout=1000)
    rig.app.start_now("prone-holds")
    assert len(rig.windows.sessions) == 2 and rig.windows.sessions[1].isVisible()


def test_card_buttons_snooze_and_skip(make_rig: Any, due: Any, notifier_of: Any) -> None:
    rig = make_rig(notifier=notifier_of("plyer", clicks=False))
    rig.driver.make_due(due)
    rig.app.reminders.card.buttons[ReminderAction.SNOOZE].click()
    assert ("snooze", None) in rig.driver.calls
    assert not rig.app.reminders.card_visible()
    rig.driver.make_due(due)
    assert rig.app.reminders.card.isVisible()

    rig.app.reminders.card.buttons[ReminderAction.SKIP].click()
    assert ("skip", None) in rig.driver.calls


def test_reoffer_is_gentle_and_recorded_once(make_rig: Any, due: Any) -> None:
    """The engine re-offers an unanswered break; the app shows it again, marked as such."""
    rig = make_rig()
    rig.driver.make_due(due)
    rig.driver.make_due(due)
    assert [r.again for r in rig.notifier.shown] == [False, True]
    assert rig.notifier.shown[1].title == "Still waiting: Cat-camel"
    assert [r.event.value for r in rig.recorder.breaks] == ["offered"]


def test_no_reminder_during_a_session(make_rig: Any, due: Any) -> None:
    rig = make_rig()
    rig.app.start_now("prone-holds")
    rig.driver.make_due(due)
    assert rig.notifier.shown == []


def test_reminder_taken_down_when_the_break_goes(make_rig: Any, due: Any, notifier_of: Any) -> None:
    """Snoozed from the CLI: the notification and card for it go away."""
    rig = make_rig(notifier=notifier_of("plyer", clicks=False))
    rig.driver.make_due(due)
    rig.app.handle({"cmd": "snooze", "args": {"minutes": 5}})
    assert ("snooze", 5) in rig.driver.calls
    assert "b-due" in rig.notifier.withdrawn
    assert not rig.app.reminders.card_visible()


def test_busy_holds_the_reminder_back(make_rig: Any, due: Any) -> None:
    """Presenting or fullscreen: no popup now; it comes when presence says the user is free."""
    rig = make_rig()
    assert rig.presence.started
    rig.presence.busy = True
    rig.driver.make_due(due)
    assert rig.notifier.shown == [] and rig.presence.held() is due
    rig.presence.release()
    assert [r.key for r in rig.notifier.shown] == ["b-due"]


def test_presence_feeds_the_engine(make_rig: Any) -> None:
    """Idle samples and resume-from-sleep reach the engine through its driver."""
    rig = make_rig()
    rig.presence.idle_sampled.emit(420.0)
    rig.presence.resumed.emit()
    assert ("note_idle", 420.0) in rig.driver.calls
    assert ("resumed", None) in rig.driver.calls


def test_settings_change_reaches_presence_and_engine(make_rig: Any) -> None:
    rig = make_rig()
    new = rig.settings.current.model_copy(update={"idle_threshold_minutes": 12})
    rig.settings.apply(new)
    assert rig.presence.threshold == 12
    assert rig.driver.calls[-1] == ("update_settings", new)
    assert rig.saved[-1] is new


def test_first_run_shows_the_safety_notice_once(make_rig: Any, qtbot: Any) -> None:
    rig = make_rig(settings=Settings())
    qtbot.waitUntil(lambda: rig.windows.notice_shown == 1, timeout=1000)
    assert rig.saved and rig.saved[-1].safety_notice_seen
    assert rig.settings.current.safety_notice_seen


def test_a_skip_is_recorded_with_the_cadences_it_answered(make_rig: Any) -> None:
    """A restart replays the skip from the history, so the record names what it covered."""
    from dataclasses import replace

    from backbreak.domain.history import BreakEvent, covered_slots

    rig = make_rig()
    brk = replace(rig.engine.upcoming, id="b-skip", covers=("prone", "block"))
    rig.driver.make_due(brk)
    rig.app.reminders.skip()
    skipped = [r for r in rig.recorder.breaks if r.event is BreakEvent.SKIPPED]
    assert [covered_slots(r.detail) for r in skipped] == [("prone", "block")]
