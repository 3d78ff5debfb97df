"""The settings controller is the one owner of the current settings: every change is
saved (when it came from inside the app) and announced once."""

from __future__ import annotations

from typing import Any

from backbreak.app.settings_control import SettingsController
from backbreak.domain.settings import Settings


def controller(saved: list[Settings], fail: bool = False) -> SettingsController:
    def save(settings: Settings) -> None:
        if fail:
            raise OSError("read-only")
        saved.append(settings)

    return SettingsController(Settings(safety_notice_seen=True), save)


def test_a_change_is_saved_and_announced_once(qtbot: Any) -> None:
    saved: list[Settings] = []
    ctl = controller(saved)
    heard: list[Settings] = []
    ctl.changed.connect(heard.append)
    ctl.update(snooze_minutes=25)
    ctl.update(snooze_minutes=25)
    assert [s.snooze_minutes for s in saved] == [25, 25]
    assert [s.snooze_minutes for s in heard] == [25], "the same settings again: no news"
    assert ctl.current.snooze_minutes == 25


def test_a_failed_save_is_told_and_the_change_still_used(qtbot: Any) -> None:
    """A read-only settings file must not stop the user's change for this session."""
    ctl = controller([], fail=True)
    problems: list[str] = []
    ctl.problem.connect(lambda _title, text: problems.append(text))
    ctl.disable_exercise("cat-camel")
    assert problems and "could not be saved" in problems[0]
    assert "cat-camel" in ctl.current.disabled_exercises


def test_autostart_follows_the_setting(qtbot: Any) -> None:
    written: list[bool] = []
    ctl = SettingsController(
        Settings(safety_notice_seen=True),
        lambda _s: None,
        autostart=lambda on: written.append(on) or "here",
    )
    ctl.update(autostart=True)
    ctl.update(autostart=True)
    assert written == [True]
