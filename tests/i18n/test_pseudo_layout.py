"""Layouts survive longer languages: the main windows under the pseudo-locale (every
text about 40% longer, accented) and in German show every label and button whole.

A text counts as cut off when its widget is narrower than the text needs, or, for a
label that wraps, lower than its wrapped lines need; the labels that elide on purpose
(the session title) are exempt.
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
from backbreak.domain.catalog import Catalog, load_catalog
from backbreak.domain.settings import Settings
from backbreak.session.events import Cue
from backbreak.store.history import MEMORY, HistoryStore

BUTTON_PADDING = 8
"""The least room a button's style needs around its text."""


class _Silent:
    def play(self, cue: Cue) -> None:
        del cue


@pytest.fixture(params=[i18n.PSEUDO, "de"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    """Each longer language installed in turn: the pseudo-locale and German."""
    before = QLocale()
    assert i18n.install(request.param)
    yield request.param
    i18n.install("en")
    QLocale.setDefault(before)


@pytest.fixture
def catalog(language: str) -> Catalog:
    """The catalog in the language under test (German names and steps are longer)."""
    return load_catalog(language=language).catalog


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
        if not label.isVisibleTo(window) or isinstance(label, ElidedLabel):
            continue
        if label.wordWrap():
            if label.text() and label.height() < label.heightForWidth(label.width()):
                found.append(f"wrapped label {label.text()[:40]!r}")
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


@pytest.mark.usefixtures("language")
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


@pytest.mark.usefixtures("language")
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


@pytest.mark.usefixtures("language")
def test_the_history_window(qtbot: QtBot, catalog: Catalog) -> None:
    from backbreak.ui.history_window import HistoryWindow

    clock = FakeClock()
    history = HistoryStore.open(MEMORY, clock=clock)
    window = HistoryWindow(history, catalog, Settings(), clock=clock.now)
    assert cut_off(_shown(qtbot, window)) == []


def test_the_reminder_card_and_the_no_tray_window(qtbot: QtBot, language: str) -> None:
    from backbreak.desktop.notify import Reminder
    from backbreak.ui.main_window import MainWindow
    from backbreak.ui.reminder_card import ReminderCard
    from backbreak.ui.tray import AppActions

    card = ReminderCard()
    card.show_reminder(Reminder("b1", "Time for a break: Prone holds", "About 5 min: Prone"))
    assert cut_off(_shown(qtbot, card)) == []
    title = "Zeit für eine Pause: Block tiefe Rumpfmuskulatur + Block Fuß & Wade + Bein zur Decke"
    body = "Etwa 8 Min.: Fußsohle auf dem Ball rollen, Wadendehnung in Schrittstellung, " * 2
    long_card = ReminderCard()
    long_card.show_reminder(Reminder("b2", title, body))
    assert cut_off(_shown(qtbot, long_card)) == []
    card.show_reminder(Reminder("b2", title, body))
    assert cut_off(_shown(qtbot, card)) == []
    actions = AppActions()
    if language == i18n.PSEUDO:
        assert all("[" in a.text() for a in actions.menu.actions() if a.text())
    assert cut_off(_shown(qtbot, MainWindow(actions))) == []


@pytest.mark.usefixtures("language")
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


def test_the_about_dialog_shows_its_whole_text(qtbot: QtBot, catalog: Catalog) -> None:
    from backbreak.ui.about import AboutDialog

    assert cut_off(_shown(qtbot, AboutDialog(catalog))) == []
