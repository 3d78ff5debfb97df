"""Control commands as the running app answers them (the socket part is tested in
test_single_instance_socket.py)."""

from __future__ import annotations

from typing import Any


def cmd(rig: Any, name: str, **args: Any) -> dict[str, Any]:
    result: dict[str, Any] = rig.app.handle({"cmd": name, "args": args})
    return result


def test_status_reports_the_plan(make_rig: Any) -> None:
    rig = make_rig()
    answer = cmd(rig, "status")
    assert answer["ok"]
    data = answer["data"]
    assert data["running"] and data["tray"] and data["notifier"] == "fake"
    assert data["next_break"]["title"] == "Prone holds"
    assert data["current_break"] is None and data["session_open"] is False
    assert "Next: Prone holds" in answer["message"]


def test_status_names_the_presence_sources_and_a_held_break(make_rig: Any) -> None:
    """`backbreak status` is where a user learns how backbreak knows they are away."""
    rig = make_rig()
    rig.presence.busy = True
    rig.driver.make_due(rig.engine.upcoming)
    answer = cmd(rig, "status")
    presence = answer["data"]["presence"]
    assert presence["idle"] == "x11-screensaver"
    assert presence["busy"] == "x11-fullscreen"
    assert presence["held break"] == "b-next"
    assert presence["notifications"] == "fake"
    assert presence["sound"]  # the player a session would use, or why there is none
    assert "Idle: x11-screensaver" in answer["message"]
    assert "Notifications: fake" in answer["message"]
    assert "waits until you are free" in answer["message"]


def test_start_with_unknown_routine_is_a_user_error(make_rig: Any) -> None:
    rig = make_rig()
    answer = cmd(rig, "start", routine="nope")
    assert not answer["ok"] and answer["code"] == 2
    assert "prone-holds" in answer["message"]
    assert rig.windows.sessions == []


def test_start_routine_opens_one_session(make_rig: Any) -> None:
    rig = make_rig()
    assert cmd(rig, "start", routine="prone-holds")["ok"]
    again = cmd(rig, "start")
    assert again["ok"] and "already open" in again["message"]
    assert len(rig.windows.sessions) == 1


def test_remind_goes_through_the_notification_path(make_rig: Any) -> None:
    rig = make_rig()
    answer = cmd(rig, "remind")
    assert answer["ok"] and answer["data"]["break_id"] == "b-next"
    assert [r.key for r in rig.notifier.shown] == ["b-next"]


def test_remind_with_nothing_planned(make_rig: Any) -> None:
    rig = make_rig()
    rig.engine.upcoming = None
    answer = cmd(rig, "remind")
    assert not answer["ok"] and answer["code"] == 1


def test_snooze_needs_a_due_break(make_rig: Any, due: Any) -> None:
    rig = make_rig()
    assert cmd(rig, "snooze")["code"] == 1
    rig.driver.make_due(due)
    assert cmd(rig, "snooze", minutes=20)["ok"]
    assert rig.driver.calls[-1] == ("snooze", 20)


def test_pause_resume_and_quit(make_rig: Any, qtbot: Any, notifier_of: Any) -> None:
    rig = make_rig(notifier=notifier_of("plyer", clicks=False))
    cmd(rig, "remind")
    assert rig.app.reminders.card_visible()
    assert "Paused until" in cmd(rig, "pause", minutes=30)["message"]
    assert not rig.app.reminders.card_visible(), "pausing takes the reminder down"
    assert cmd(rig, "status")["data"]["paused_until"] is not None
    cmd(rig, "pause", tomorrow=True)
    assert rig.driver.calls[-1] == ("pause", (None, True))
    assert cmd(rig, "resume")["ok"]
    with qtbot.waitSignal(rig.app.quit_requested, timeout=1000):
        assert cmd(rig, "quit")["ok"]


def test_settings_command_opens_the_dialog(make_rig: Any) -> None:
    rig = make_rig()
    assert cmd(rig, "settings")["ok"]
    assert rig.windows.opened == ["settings"]


def test_unknown_command(make_rig: Any) -> None:
    rig = make_rig()
    answer = cmd(rig, "dance")
    assert not answer["ok"] and answer["code"] == 2


def test_autostart_command_saves_the_setting(
    make_rig: Any, tmp_path: Any, monkeypatch: Any
) -> None:
    """Turning autostart on writes the login entry and remembers it in the settings."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    rig = make_rig()
    answer = cmd(rig, "autostart", enabled=True)
    assert answer["ok"]
    assert rig.saved[-1].autostart is True
    assert (tmp_path / "xdg" / "autostart" / "io.github.backbreak.Backbreak.desktop").is_file()
    cmd(rig, "autostart", enabled=False)
    assert not (tmp_path / "xdg" / "autostart" / "io.github.backbreak.Backbreak.desktop").exists()


def test_settings_edited_outside_are_adopted(make_rig: Any, qtbot: Any, tmp_path: Any) -> None:
    """`backbreak config set` while the app runs: the app takes the new value, so its
    next save can't undo it."""
    from backbreak.domain.settings import Settings

    path = tmp_path / "cfg" / "settings.json"
    on_disk = {"settings": Settings(safety_notice_seen=True)}

    class Load:
        def __init__(self, settings: Settings) -> None:
            self.settings = settings
            self.problems: list[str] = []

    rig = make_rig(load_settings=lambda: Load(on_disk["settings"]), settings_path=path)
    on_disk["settings"] = Settings(safety_notice_seen=True, snooze_minutes=25)
    path.write_text("{}")
    qtbot.waitUntil(lambda: rig.settings.current.snooze_minutes == 25, timeout=3000)
    assert rig.driver.calls[-1] == ("update_settings", on_disk["settings"])
    assert rig.saved == [], "adopting does not write the file back"
    answer = cmd(rig, "reload-settings")
    assert answer["ok"] and answer["data"]["problems"] == []
