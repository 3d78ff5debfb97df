"""Tab titles keep their accents when the tab isn't selected (Fusion clipped the dots
of "Ü" off the German "Übungen" tab)."""

from __future__ import annotations

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from backbreak.ui.tab_text import keep_tab_titles_whole


def _unselected_tab(qtbot: QtBot, title: str) -> QImage:
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    tabs.addTab(QWidget(), "Arbeitstag")
    tabs.addTab(QWidget(), title)
    style = keep_tab_titles_whole(tabs)
    tabs.resize(320, 80)
    tabs.show()
    bar = tabs.tabBar()
    image = bar.grab(bar.tabRect(1)).toImage()
    del style
    return image


def test_an_accent_on_an_unselected_tab_is_drawn(qtbot: QtBot) -> None:
    with_dots = _unselected_tab(qtbot, "Übungen")
    without = _unselected_tab(qtbot, "Ubungen")
    assert with_dots.size() == without.size()
    assert with_dots != without, "the dots of Ü were clipped off"


def test_the_settings_dialog_uses_it(qtbot: QtBot) -> None:
    from backbreak.domain.catalog import load_catalog
    from backbreak.domain.settings import Settings
    from backbreak.ui.settings_dialog import SettingsDialog
    from backbreak.ui.tab_text import WholeTabTitles

    dialog = SettingsDialog(Settings(), load_catalog().catalog)
    qtbot.addWidget(dialog)
    assert isinstance(dialog.tabs.tabBar().style(), WholeTabTitles)
