"""Screen readers find a name (and where it helps, a description) on every control and
live region, and every session button has a key that does the same."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from backbreak.domain.catalog import Catalog
from backbreak.domain.settings import Settings
from backbreak.session.machine import Phase
from backbreak.ui.session_controls import BUTTONS, KEYS
from backbreak.ui.session_keys import command_for

KEY_NAMES = {
    "Left arrow": Qt.Key.Key_Left,
    "Space": Qt.Key.Key_Space,
    "Enter": Qt.Key.Key_Return,
    "Right arrow": Qt.Key.Key_Right,
    "H": Qt.Key.Key_H,
    "Esc": Qt.Key.Key_Escape,
    "N": Qt.Key.Key_N,
}
PHASE_OF_BUTTON = {"confirm": Phase.WORK, "cancel": Phase.WORK, "close": Phase.SUMMARY}
INPUTS = ("QSpinBox", "QComboBox", "QTimeEdit", "QCheckBox", "QRadioButton", "QLineEdit")


def test_every_session_button_names_a_key_that_does_the_same() -> None:
    for key, command, _text, _name in BUTTONS:
        if key == "skip":
            continue  # Alt+S, a shortcut: see the next test
        phase = PHASE_OF_BUTTON.get(key, Phase.WORK)
        confirming = key in ("confirm", "cancel")
        got = command_for(KEY_NAMES[KEYS[key]], phase, confirming=confirming)
        assert got is command, key


def test_alt_s_skips_the_exercise(qtbot: Any, make_window: Any) -> None:
    w = make_window(["calf-stretch-lunge", "cat-camel"], prepare_seconds=5)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    w._next()
    qtbot.keyClick(w, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    assert w.session.view().exercise.id == "cat-camel"


def _unnamed(window: QWidget) -> list[str]:
    """Shown buttons without a name or description, labels without text or name."""
    bad = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QAbstractButton):
            if not (widget.accessibleName() or widget.text().strip()):
                bad.append(f"button {widget.toolTip()!r}")
            elif not widget.accessibleDescription():
                bad.append(f"button {widget.text()!r} has no description")
    return bad


def test_session_window_names(make_window: Any, clock: Any) -> None:
    w = make_window(["calf-stretch-lunge", "cat-camel"], prepare_seconds=5)
    assert w.accessibleName()
    assert _unnamed(w) == []
    w._next()
    page = w.exercise_page
    assert _unnamed(w) == []
    for label in (page.name, page.dose, page.phase, page.big, page.cue, page.steps):
        assert label.accessibleDescription(), label.text()
    assert page.big.accessibleName() == "Time left"
    assert page.picture.accessibleName().startswith(("Picture: ", "Position: "))
    for part in (w.header.title_label, w.header.progress, w.header.position_label):
        assert part.accessibleDescription()
    w.session.end_early()
    w.poll()
    assert _unnamed(w) == []


def test_reminder_card_names(qtbot: Any) -> None:
    from backbreak.desktop.notify.base import Reminder
    from backbreak.ui.reminder_card import ReminderCard

    card = ReminderCard()
    qtbot.addWidget(card)
    card.show_reminder(Reminder(key="k", title="Time for a break", body="Prone lying, 3 min"))
    assert _unnamed(card) == []
    assert card.accessibleName() == "Time for a break"
    assert card.accessibleDescription() == "Prone lying, 3 min"


def test_every_settings_field_is_named(qtbot: Any, catalog: Catalog) -> None:
    """Each input has a name: its own text, its form label, or a label that is its buddy."""
    from backbreak.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(Settings(safety_notice_seen=True), catalog)
    qtbot.addWidget(dialog)
    buddies = {id(label.buddy()) for label in dialog.findChildren(QLabel) if label.buddy()}
    unnamed = []
    for widget in dialog.findChildren(QWidget):
        if type(widget).__name__ not in INPUTS or widget.focusProxy() is not None:
            continue
        if type(widget.parent()).__name__ in INPUTS:
            continue  # the line edit inside a spin box or combo box
        own = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not (own.strip() or widget.accessibleName() or id(widget) in buddies):
            unnamed.append(f"{type(widget).__name__} under {widget.parent().accessibleName()!r}")
    assert unnamed == []
