"""The tray menu: every action is there (some tray hosts swallow clicks), each does
what it says, and the icon and tooltip show the state."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from backbreak.ui.tray import AppActions, IconState, MenuState, drawn_icon, state_icon


def test_menu_lists_every_action(make_rig: Any) -> None:
    """A user who can only right-click the icon still reaches every action."""
    rig = make_rig()
    texts = rig.app.actions.action_texts()
    assert texts[0] == "Start a break now"
    assert texts[1] == "Next: Prone holds at 10:30"  # due 30 min after the app clock's 10:00
    for wanted in ("Snooze", "Skip", "Pause", "Settings…", "History…", "About & safety", "Quit"):
        assert wanted in texts
    assert "Resume" not in " ".join(texts)


def test_start_submenu_offers_every_routine(make_rig: Any, catalog: Any) -> None:
    rig = make_rig()
    names = [a.text() for a in rig.app.actions.start_menu.actions() if not a.isSeparator()]
    assert names[0] == "The next break"
    assert names[1:] == [r.name.replace("&", "&&") for r in catalog.routines.values()]
    assert "Foot && calf block" in names, "a literal '&', not a shortcut marker"


def test_start_routine_from_menu_opens_a_session(make_rig: Any) -> None:
    rig = make_rig()
    routine = next(a for a in rig.app.actions.start_menu.actions() if a.text() == "Prone holds")
    routine.trigger()
    assert rig.driver.calls == [
        ("start_manual", "prone-holds"),
        ("start_break", "manual-prone-holds"),
    ], "the engine hears that the session runs, so it offers nothing over it"
    assert len(rig.windows.sessions) == 1
    assert rig.windows.sessions[0].isVisible()


def test_snooze_and_skip_only_when_a_break_is_due(make_rig: Any, due: Any) -> None:
    """Snooze/Skip on nothing would be confusing; they light up when a break is due."""
    rig = make_rig()
    acts = rig.app.actions
    assert not acts.snooze_action.isEnabled()
    rig.driver.make_due(due)
    assert acts.snooze_action.isEnabled() and acts.skip_action.isEnabled()
    acts.snooze_action.trigger()
    assert ("snooze", None) in rig.driver.calls
    assert [r.event.value for r in rig.recorder.breaks] == ["offered", "snoozed"]


def test_skip_is_recorded(make_rig: Any, due: Any) -> None:
    """Skipping is recorded as skipped, never silently dropped."""
    rig = make_rig()
    rig.driver.make_due(due)
    rig.app.actions.skip_action.trigger()
    assert ("skip", None) in rig.driver.calls
    assert rig.recorder.breaks[-1].event.value == "skipped"


def test_pause_choices_and_resume(make_rig: Any) -> None:
    rig = make_rig()
    acts = rig.app.actions
    labels = [a.text() for a in acts.pause_menu.actions()]
    assert labels == ["30 minutes", "1 hour", "2 hours", "Until tomorrow"]
    acts.pause_menu.actions()[1].trigger()
    assert rig.driver.calls[-1] == ("pause", (60, False))
    assert not acts.pause_menu_action.isVisible() and acts.resume_action.isVisible()
    assert rig.app.shell.tray is not None and rig.app.shell.tray.state is IconState.PAUSED
    acts.resume_action.trigger()
    assert rig.driver.calls[-1] == ("resume", None)
    acts.pause_menu.actions()[3].trigger()
    assert rig.driver.calls[-1] == ("pause", (None, True))


def test_windows_open_from_menu_once(make_rig: Any) -> None:
    """Choosing Settings twice raises the open dialog instead of stacking two."""
    rig = make_rig()
    acts = rig.app.actions
    acts.settings_action.trigger()
    acts.settings_action.trigger()
    acts.history_action.trigger()
    acts.about_action.trigger()
    assert rig.windows.opened == ["settings", "history", "about"]


def test_quit_from_menu(make_rig: Any, qtbot: Any) -> None:
    rig = make_rig()
    with qtbot.waitSignal(rig.app.quit_requested, timeout=1000):
        rig.app.actions.quit_action.trigger()


def test_icon_and_tooltip_follow_the_state(make_rig: Any, due: Any) -> None:
    """The icon says at a glance: nothing due, break due, paused."""
    rig = make_rig()
    tray = rig.app.shell.tray
    assert tray is not None
    states = [tray.state]
    assert "Next: Prone holds at" in tray.icon.toolTip()
    rig.driver.make_due(due)
    states.append(tray.state)
    assert states == [IconState.IDLE, IconState.DUE]
    assert "Break due now: Cat-camel" in tray.icon.toolTip()


def test_icons_exist_for_every_state(qtbot: Any) -> None:
    """The SVG icons load, and the drawn fallback is never empty."""
    for state in IconState:
        assert not state_icon(state).isNull()
        assert not drawn_icon(state).pixmap(22, 22).isNull()


def test_menu_state_tooltip_when_paused(qtbot: Any, now: Any) -> None:
    state = MenuState(paused=True, paused_until=now + timedelta(hours=1))
    assert state.icon_state is IconState.PAUSED
    assert "Paused until" in state.tooltip()
    actions = AppActions()
    actions.update(state)
    assert actions.resume_action.text().startswith("Resume (paused until")


def test_times_on_another_day_show_the_weekday(qtbot: Any, now: Any) -> None:
    """The menu reads "today" from the app's clock, not the machine's: a break due
    tomorrow says which day, one due today doesn't."""
    later = MenuState(next_title="Prone holds", next_due=now + timedelta(hours=1), now=now)
    assert "Next: Prone holds at 11:00" in later.tooltip()
    tomorrow = MenuState(next_title="Prone holds", next_due=now + timedelta(days=1), now=now)
    assert f"Next: Prone holds at {(now + timedelta(days=1)):%a} 10:00" in tomorrow.tooltip()


def test_pause_without_an_end_still_shows_paused(qtbot: Any) -> None:
    """A pause with no end time (paused_until None) must not look like normal running."""
    state = MenuState(paused=True, next_title="Prone holds")
    assert state.icon_state is IconState.PAUSED
    assert "Paused until you resume" in state.tooltip()


def test_the_icon_shown_while_starting_is_adopted_not_doubled(
    qtbot: Any, make_rig: Any, monkeypatch: Any
) -> None:
    """backbreak.launch shows the idle icon before the app is built; the app must take
    that icon over, so the user never sees two icons, or one that does nothing."""
    from PySide6.QtWidgets import QSystemTrayIcon

    early = QSystemTrayIcon()
    rig = make_rig(tray=True, startup_icon=early)
    assert rig.app.shell.tray is not None
    assert rig.app.shell.tray.icon is early
    assert early.contextMenu() is rig.app.actions.menu


def test_the_starting_icon_goes_away_when_there_is_no_tray(qtbot: Any, make_rig: Any) -> None:
    from PySide6.QtWidgets import QSystemTrayIcon

    early = QSystemTrayIcon(state_icon(IconState.IDLE))  # as backbreak.launch makes it
    early.show()
    rig = make_rig(tray=False, startup_icon=early)
    assert rig.app.shell.tray is None
    assert not early.isVisible()
    assert rig.app.shell.main_window is not None
