"""No tray host (plain GNOME): the app still works through a small window, and the
tray icon appears once a StatusNotifierWatcher shows up."""

from __future__ import annotations

from typing import Any

from backbreak.desktop.tray_watch import TrayWatch
from backbreak.ui.main_window import NO_TRAY_HINT, TRAY_HINT, MainWindow


def test_without_tray_the_main_window_shows(make_rig: Any) -> None:
    rig = make_rig(tray=False)
    assert rig.app.shell.tray is None
    window = rig.app.shell.main_window
    assert isinstance(window, MainWindow) and window.isVisible()
    assert window.hint.text() == NO_TRAY_HINT
    assert "Next: Prone holds at" in window.status_label.text()
    assert rig.app.status()["tray"] is False


def test_main_window_buttons_do_the_menu_actions(make_rig: Any, due: Any) -> None:
    rig = make_rig(tray=False)
    window = rig.app.shell.main_window
    assert isinstance(window, MainWindow)
    assert not window.snooze_button.isEnabled()
    rig.driver.make_due(due)
    assert window.snooze_button.isEnabled()
    window.skip_button.click()
    assert ("skip", None) in rig.driver.calls
    assert window.start_button.menu() is rig.app.actions.start_menu
    assert window.pause_button.menu() is rig.app.actions.pause_menu


def test_closing_the_window_keeps_the_app(make_rig: Any) -> None:
    """Without a tray, closing the window must not end the reminders."""
    rig = make_rig(tray=False)
    window = rig.app.shell.main_window
    assert window is not None
    window.close()
    assert not window.isVisible()
    rig.app.handle({"cmd": "activate", "args": {}})
    assert window.isVisible()


def test_tray_created_when_the_host_appears(make_rig: Any) -> None:
    rig = make_rig(tray=False)
    rig.app.shell.tray_watch.changed.emit(True)
    assert rig.app.shell.tray is not None
    window = rig.app.shell.main_window
    assert isinstance(window, MainWindow) and window.hint.text() == TRAY_HINT
    rig.app.shell.tray_watch.changed.emit(False)
    assert rig.app.shell.tray is None and window.isVisible()


def test_tray_watch_rechecks_until_the_host_answers(qtbot: Any) -> None:
    """The watcher name comes before its host: ask again until the tray says yes."""
    answers = iter([False, False, True])
    watch = TrayWatch(probe=lambda: next(answers), watch_bus=False)
    assert not watch.available()
    with qtbot.waitSignal(watch.changed, timeout=3000) as blocker:
        watch.recheck(tries=3)
    assert blocker.args == [True]
    assert watch.available()
