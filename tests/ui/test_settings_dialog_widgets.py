"""SettingsDialog: validation beside the fields, live apply, cancel, restore defaults."""

from __future__ import annotations

from datetime import time

import pytest
from PySide6.QtCore import QTime
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from backbreak.domain.catalog import Catalog
from backbreak.domain.exercise import Equipment, Group
from backbreak.domain.settings import DisabledReason, EveningMode, NotificationStyle, Settings
from backbreak.ui.settings_dialog import SettingsDialog

Btn = QDialogButtonBox.StandardButton


@pytest.fixture
def dialog(qtbot: QtBot, catalog: Catalog) -> SettingsDialog:
    dlg = SettingsDialog(Settings(safety_notice_seen=True), catalog)
    qtbot.addWidget(dlg)
    return dlg


def test_shows_the_settings_it_was_given(qtbot: QtBot, catalog: Catalog) -> None:
    """Opening and pressing OK changes nothing, for every field."""
    original = Settings(
        work_start=time(7, 30),
        work_days=[0, 2, 4],
        block_interval_minutes=75,
        block_groups=[Group.CORE],
        evening_mode=EveningMode.ALL,
        notification_style=NotificationStyle.CARD,
        reoffer_minutes=0,
        disabled_exercises={"cat-camel": DisabledReason.PAIN},
        equipment_at_hand=[Equipment.CHAIR],
        autostart=True,
        safety_notice_seen=True,
    )
    dlg = SettingsDialog(original, catalog)
    qtbot.addWidget(dlg)
    with qtbot.waitSignal(dlg.applied) as blocker:
        dlg.buttons.button(Btn.Ok).click()
    assert blocker.args == [original]


def test_apply_emits_and_stays_open(dialog: SettingsDialog, qtbot: QtBot) -> None:
    """Apply hands the new settings to the app at once; the dialog stays for more edits."""
    dialog.show()
    dialog.reminders.snooze.setValue(25)
    dialog.schedule.day_boxes[5].setChecked(True)
    dialog.exercises.exercise_boxes["cat-camel"].setChecked(False)
    dialog.exercises.reason_combos["cat-camel"].setCurrentIndex(
        dialog.exercises.reason_combos["cat-camel"].findData(DisabledReason.NO_SPACE)
    )
    with qtbot.waitSignal(dialog.applied) as blocker:
        dialog.buttons.button(Btn.Apply).click()
    applied: Settings = blocker.args[0]
    assert applied.snooze_minutes == 25
    assert applied.work_days == [0, 1, 2, 3, 4, 5]
    assert applied.disabled_exercises == {"cat-camel": DisabledReason.NO_SPACE}
    assert applied.safety_notice_seen, "fields the dialog doesn't show are kept"
    assert dialog.isVisible()


def test_invalid_hours_message_beside_the_field(dialog: SettingsDialog, qtbot: QtBot) -> None:
    """End equal to start: a clear message by the hours, OK and Apply disabled, nothing sent.

    (An end before the start is not refused: it is a night shift.)"""
    dialog.schedule.work_end.setTime(QTime(9, 0))
    assert dialog.error_text("work_end").startswith("The work day can't start and end at")
    assert not dialog.buttons.button(Btn.Ok).isEnabled()
    assert not dialog.buttons.button(Btn.Apply).isEnabled()
    assert dialog.current_settings() is None
    with qtbot.assertNotEmitted(dialog.applied):
        assert dialog.apply() is False
    dialog.schedule.work_end.setTime(QTime(18, 0))
    assert dialog.error_text("work_end") == ""
    assert dialog.buttons.button(Btn.Ok).isEnabled()


def test_prone_window_and_groups_validate(dialog: SettingsDialog) -> None:
    """Overdue before due, and no block group, are each refused beside their field."""
    dialog.schedule.prone_due.setValue(200)
    assert "Overdue after" in dialog.error_text("prone_overdue_minutes")
    dialog.schedule.prone_due.setValue(120)
    for box in dialog.schedule.group_boxes.values():
        box.setChecked(False)
    assert "at least one group" in dialog.error_text("block_groups")


def test_off_guide_interval_is_a_warning_not_an_error(dialog: SettingsDialog) -> None:
    """A 3-hour interval is allowed, with the guide's 1-2 hours named beside it."""
    dialog.schedule.block_interval.setValue(180)
    assert "1-2 hours" in dialog.warning_text("block_interval_minutes")
    assert dialog.error_text("block_interval_minutes") == ""
    assert dialog.buttons.button(Btn.Apply).isEnabled()
    dialog.schedule.block_interval.setValue(90)
    assert dialog.warning_text("block_interval_minutes") == ""


def test_spin_ranges_come_from_the_model(dialog: SettingsDialog) -> None:
    """The dialog can't offer a value the file would refuse."""
    interval, reoffer = dialog.schedule.block_interval, dialog.reminders.reoffer
    assert (interval.minimum(), interval.maximum()) == (15, 240)
    assert reoffer.minimum() == 0 and reoffer.specialValueText() == "never"


def test_missing_equipment_is_explained(dialog: SettingsDialog) -> None:
    """Without a ball, the ball exercise says it will be left out."""
    dialog.exercises.equipment_boxes[Equipment.BALL].setChecked(False)
    assert "tennis or lacrosse ball" in dialog.exercises.needs_labels["foot-ball-release"].text()
    assert dialog.exercises.needs_labels["calf-stretch-lunge"].text() == ""


def test_cancel_sends_nothing(dialog: SettingsDialog, qtbot: QtBot) -> None:
    """Cancel discards the edits."""
    dialog.reminders.snooze.setValue(30)
    with qtbot.assertNotEmitted(dialog.applied):
        dialog.buttons.button(Btn.Cancel).click()
    assert dialog.result() == SettingsDialog.DialogCode.Rejected


def test_restore_defaults_then_ok(qtbot: QtBot, catalog: Catalog) -> None:
    """Restore defaults shows the defaults; OK applies them, keeping the safety flag."""
    dlg = SettingsDialog(Settings(snooze_minutes=40, safety_notice_seen=True), catalog)
    qtbot.addWidget(dlg)
    dlg.buttons.button(Btn.RestoreDefaults).click()
    assert dlg.reminders.snooze.value() == Settings().snooze_minutes
    with qtbot.waitSignal(dlg.applied) as blocker:
        dlg.buttons.button(Btn.Ok).click()
    assert blocker.args == [Settings(safety_notice_seen=True)]


def test_warning_stays_while_another_field_is_refused(dialog: SettingsDialog) -> None:
    """Fixing one field shouldn't hide what the dialog says about another."""
    dialog.schedule.block_interval.setValue(200)
    dialog.schedule.work_end.setTime(QTime(9, 0))
    assert dialog.error_text("work_end")
    assert "1-2 hours" in dialog.warning_text("block_interval_minutes")


def test_switched_off_reminders_grey_out_their_options(qtbot: QtBot, catalog: Catalog) -> None:
    """With blocks off, the interval can't be edited, but is kept for later."""
    dlg = SettingsDialog(Settings(blocks_enabled=False, block_interval_minutes=60), catalog)
    qtbot.addWidget(dlg)
    assert not dlg.schedule.block_interval.isEnabled()
    dlg.schedule.blocks_enabled.setChecked(True)
    assert dlg.schedule.block_interval.isEnabled() and dlg.schedule.block_interval.value() == 60


def test_min_rest_is_shown_saved_and_bounded(qtbot: QtBot, catalog: Catalog) -> None:
    """The rest between breaks is on the work-day tab, explained, and saved like the rest."""
    dlg = SettingsDialog(Settings(min_rest_minutes=35, safety_notice_seen=True), catalog)
    qtbot.addWidget(dlg)
    rest = dlg.schedule.min_rest
    assert rest.value() == 35
    assert (rest.minimum(), rest.maximum()) == (0, 90), "the model's bounds"
    assert rest.specialValueText() == "none"
    assert "after a break" in rest.toolTip()
    rest.setValue(45)
    with qtbot.waitSignal(dlg.applied) as blocker:
        dlg.buttons.button(Btn.Apply).click()
    assert blocker.args[0].min_rest_minutes == 45
    rest.setValue(0)
    assert dlg.error_text("min_rest_minutes") == ""
    shown = dlg.current_settings()
    assert shown is not None and shown.min_rest_minutes == 0
    dlg.buttons.button(Btn.RestoreDefaults).click()
    assert rest.value() == Settings().min_rest_minutes


def test_call_options_are_shown_and_saved(qtbot: QtBot, catalog: Catalog) -> None:
    """Each call source can be turned off; the grace and the maximum are bounded."""
    original = Settings(call_camera=False, call_grace_minutes=5, safety_notice_seen=True)
    dlg = SettingsDialog(original, catalog)
    qtbot.addWidget(dlg)
    tab = dlg.calls
    assert tab.call_microphone.isChecked() and not tab.call_camera.isChecked()
    assert tab.call_grace.value() == 5 and tab.call_max.value() == 90
    assert (tab.call_grace.minimum(), tab.call_grace.maximum()) == (0, 30)
    assert tab.call_grace.specialValueText() == "at once"
    tab.call_screen.setChecked(False)
    tab.call_max.setValue(45)
    with qtbot.waitSignal(dlg.applied) as blocker:
        dlg.buttons.button(Btn.Ok).click()
    applied: Settings = blocker.args[0]
    assert applied.call_sources == ("microphone",)
    assert (applied.call_grace_minutes, applied.call_max_minutes) == (5, 45)
    assert applied.call_hold_limit_minutes == 60 + 45
