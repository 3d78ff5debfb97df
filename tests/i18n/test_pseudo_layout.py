"""Layouts survive longer languages: the main windows under the pseudo-locale (every
text about 40% longer, accented) show every label and button whole.

A text counts as cut off when its widget is narrower than the text needs; labels that
wrap, and the labels that elide on purpose (the session title), are exempt.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from helpers.fakes import FakeClock, FakeRecorder
from PySide6.QtCore import QLocale
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from backbreak import i18n
from backbreak.domain.catalog import Catalog
from backbreak.domain.settings import Settings
from backbreak.session.events import Cue
from backbreak.store.history import MEMORY, HistoryStore

BUTTON_PADDING = 8
"""The least room a button's style needs around its text."""


class _Silent:
    def play(self, cue: Cue) -> None:
        del cue


@pytest.fixture
def pseudo() -> Iterator[None]:
    before = QLocale()
    assert i18n.install(i18n.PSEUDO)
    yield
    i18n.install("en")
    QLocale.setDefault(before)


def _text_width(widget: QWidget, text: str) -> int:
    return max(
        (QFontMetrics(widget.font()).horizontalAdvance(line) for line in text.split("\n")),
        default=0,
    )


def cut_off(window: QWidget) -> list[str]:
    """The visible labels and buttons of ``window`` too narrow for their text."""
    from backbreak.ui.session_header import ElidedLabel

    found = []
    for label in window.findChildren(QLabel):
        if not label.isVisibleTo(window) or label.wordWrap() or isinstance(label, ElidedLabel):
            continue
        text = label.text()
        if text and "<" not in text and _text_width(label, text) > label.contentsRect().width():
            found.append(f"label {text!r}")
    for button in window.findChildren(QAbstractButton):
        text = button.text().replace("&&", "&")
        if not button.isVisibleTo(window) or not text:
            continue
        if _text_width(button, text) + BUTTON_PADDING > button.width():
            found.append(f"button {text!r}")
    return found


def _shown(qtbot: QtBot, window: QWidget) -> QWidget:
    qtbot.addWidget(window)
    window.show()
    QApplication.processEvents()
    return window


@pytest.mark.usefixtures("pseudo")
def test_the_session_window(qtbot: QtBot, catalog: Catalog) -> None:
    from backbreak.ui.session_window import SessionWindow

    ids = list(catalog.routine("prone-holds").exercises)
    window = SessionWindow(
        catalog,
        ids,
        title="Prone holds",
        break_id="b1",
        recorder=FakeRecorder(),
        settings=Settings(),
        clock=FakeClock(),
        sound=_Silent(),
    )
    window.resize(1024, 720)
    assert cut_off(_shown(qtbot, window)) == []


@pytest.mark.usefixtures("pseudo")
def test_the_settings_dialog(qtbot: QtBot, catalog: Catalog) -> None:
    from PySide6.QtWidgets import QTabWidget

    from backbreak.ui.settings_dialog import SettingsDialog

    dialog = _shown(qtbot, SettingsDialog(Settings(), catalog))
    tabs = dialog.findChild(QTabWidget)
    assert tabs is not None
    problems = []
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        QApplication.processEvents()
        problems += cut_off(tabs.widget(index))
    assert problems == []


@pytest.mark.usefixtures("pseudo")
def test_the_history_window(qtbot: QtBot, catalog: Catalog) -> None:
    from backbreak.ui.history_window import HistoryWindow

    clock = FakeClock()
    history = HistoryStore.open(MEMORY, clock=clock)
    window = HistoryWindow(history, catalog, Settings(), clock=clock.now)
    assert cut_off(_shown(qtbot, window)) == []


@pytest.mark.usefixtures("pseudo")
def test_the_reminder_card_and_the_no_tray_window(qtbot: QtBot) -> None:
    from backbreak.desktop.notify import Reminder
    from backbreak.ui.main_window import MainWindow
    from backbreak.ui.reminder_card import ReminderCard
    from backbreak.ui.tray import AppActions

    card = ReminderCard()
    card.show_reminder(Reminder("b1", "Time for a break: Prone holds", "About 5 min: Prone"))
    assert cut_off(_shown(qtbot, card)) == []
    actions = AppActions()
    assert all("[" in a.text() for a in actions.menu.actions() if a.text())
    assert cut_off(_shown(qtbot, MainWindow(actions))) == []


@pytest.mark.usefixtures("pseudo")
def test_the_tray_menu_stays_narrow_with_a_long_merged_title(qtbot: QtBot) -> None:
    from backbreak.ui.tray import AppActions, MenuState

    title = "Prone holds + Upper back block + Cat-camel on all fours + Foot & calf block"
    now = datetime(2026, 12, 2, 10, 0, tzinfo=UTC)
    actions = AppActions()
    routines = [("evening-stretch", "Evening stretch"), ("core", "Deep core block")]
    actions.update(MenuState(next_title=title, next_due=now, now=now, routines=routines))
    menus = [actions.menu, actions.start_menu, actions.pause_menu]
    metrics = QFontMetrics(actions.menu.font())
    for menu in menus:
        menu.adjustSize()  # the size it pops up at (popping up warns on offscreen)
        for action in menu.actions():
            text = action.text().replace("&&", "&")
            assert metrics.horizontalAdvance(text) < menu.width(), text
    assert actions.menu.width() < 80 * metrics.averageCharWidth()
    assert "…" in actions.next_action.text()
    assert title in actions.next_action.toolTip()
