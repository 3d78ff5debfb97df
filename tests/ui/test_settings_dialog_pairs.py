"""The dialog checks work hours as a pair, and accepts a night shift (an end before the start)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTime
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from backbreak.domain.catalog import Catalog, load_catalog
from backbreak.domain.settings import Settings
from backbreak.ui.settings_dialog import SettingsDialog

Btn = QDialogButtonBox.StandardButton


@pytest.fixture
def dialog(qtbot: QtBot) -> SettingsDialog:
    catalog: Catalog = load_catalog().catalog
    dlg = SettingsDialog(Settings(safety_notice_seen=True), catalog)
    qtbot.addWidget(dlg)
    return dlg


def test_a_night_shift_can_be_applied(dialog: SettingsDialog, qtbot: QtBot) -> None:
    dialog.schedule.work_start.setTime(QTime(22, 0))
    dialog.schedule.work_end.setTime(QTime(6, 0))
    assert dialog.error_text("work_end") == ""
    assert "Night shift" in dialog.warning_text("work_end")
    with qtbot.waitSignal(dialog.applied) as blocker:
        dialog.buttons.button(Btn.Apply).click()
    applied: Settings = blocker.args[0]
    assert applied.crosses_midnight


def test_moving_one_hour_past_the_other_is_never_refused(dialog: SettingsDialog) -> None:
    """Start 18:00 while the end is still 17:00: a valid (night) pair, not an error."""
    dialog.schedule.work_start.setTime(QTime(18, 0))
    assert dialog.error_text("work_end") == ""
    dialog.schedule.work_end.setTime(QTime(23, 0))
    assert dialog.warning_text("work_end") == ""
    assert dialog.buttons.button(Btn.Ok).isEnabled()


def test_equal_hours_are_refused_beside_the_end(dialog: SettingsDialog) -> None:
    dialog.schedule.work_end.setTime(QTime(9, 0))
    assert "can't start and end at the same time" in dialog.error_text("work_end")
    assert not dialog.buttons.button(Btn.Ok).isEnabled()
