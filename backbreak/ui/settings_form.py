"""The settings dialog's building blocks: labels, styles, and the form kit its tabs share.

A :class:`FormKit` makes the controls of every tab (each wired to one "something
changed" callback) and keeps, per setting, the error and warning lines shown beside
its field, so the dialog can place a refusal beside the control it belongs to
whatever tab holds it. No signals.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import time
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from backbreak.domain.exercise import Equipment
from backbreak.domain.settings import (
    DisabledReason,
    EveningMode,
    Language,
    NotificationStyle,
)
from backbreak.domain.settings_messages import int_bounds
from backbreak.i18n import QT_TRANSLATE_NOOP
from backbreak.i18n.tables import Translated
from backbreak.ui.palettes import Tone, tint_label

REASON_LABELS: Mapping[DisabledReason, str] = Translated(
    "settings_form",
    {
        DisabledReason.PAIN: QT_TRANSLATE_NOOP("settings_form", "It hurts"),
        DisabledReason.NO_EQUIPMENT: QT_TRANSLATE_NOOP("settings_form", "No equipment"),
        DisabledReason.NO_SPACE: QT_TRANSLATE_NOOP("settings_form", "No floor space here"),
        DisabledReason.OTHER: QT_TRANSLATE_NOOP("settings_form", "Other reason"),
    },
)
EQUIPMENT_LABELS: Mapping[Equipment, str] = Translated(
    "settings_form",
    {
        Equipment.FLOOR_SPACE: QT_TRANSLATE_NOOP("settings_form", "Floor space to lie down"),
        Equipment.MAT: QT_TRANSLATE_NOOP("settings_form", "A mat or folded towel"),
        Equipment.WALL: QT_TRANSLATE_NOOP("settings_form", "A free stretch of wall"),
        Equipment.DOOR_FRAME: QT_TRANSLATE_NOOP("settings_form", "A door frame"),
        Equipment.CHAIR: QT_TRANSLATE_NOOP("settings_form", "A sturdy chair"),
        Equipment.BALL: QT_TRANSLATE_NOOP("settings_form", "A tennis or lacrosse ball"),
    },
)
EVENING_LABELS: Mapping[EveningMode, str] = Translated(
    "settings_form",
    {
        EveningMode.ROTATE: QT_TRANSLATE_NOOP("settings_form", "One group each night, in turn"),
        EveningMode.ALL: QT_TRANSLATE_NOOP("settings_form", "All groups every night"),
    },
)
STYLE_LABELS: Mapping[NotificationStyle, str] = Translated(
    "settings_form",
    {
        NotificationStyle.DESKTOP: QT_TRANSLATE_NOOP("settings_form", "Desktop notification"),
        NotificationStyle.CARD: QT_TRANSLATE_NOOP(
            "settings_form", "backbreak's own reminder card only"
        ),
        NotificationStyle.BOTH: QT_TRANSLATE_NOOP("settings_form", "Both, always"),
    },
)

LANGUAGE_LABELS: Mapping[Language, str] = Translated(
    "settings_form",
    {
        Language.SYSTEM: QT_TRANSLATE_NOOP("settings_form", "As the system"),
        Language.ENGLISH: "English",
        Language.GERMAN: "Deutsch",
    },
)
"""Each language is named in itself, so it can be found whatever the current one."""


def message_label(which: Tone) -> QLabel:
    """A hidden, wrapping line for an error, a warning or a note, in a colour that
    reads on the palette (:func:`backbreak.ui.palettes.tone`)."""
    label = QLabel()
    label.setWordWrap(True)
    tint_label(label, which)
    label.hide()
    return label


def named(control: QWidget, title: str, note: str = "") -> None:
    """Give ``control`` its form label as accessible name (mnemonic "&" and ":" dropped);
    a check box keeps its own text as name and gets the label as description."""
    title = title.replace("&", "").rstrip(": ")
    own = control.text() if isinstance(control, QAbstractButton) else ""
    if title and not own:
        control.setAccessibleName(title)
    description = note or (title if own else "")
    if description:
        control.setAccessibleDescription(description)


def _focus_target(box: QWidget) -> QWidget:
    """The first control in ``box`` that takes the keyboard focus (else ``box``)."""
    for child in box.findChildren(QWidget):
        if child.focusPolicy() & Qt.FocusPolicy.TabFocus:
            return child
    return box


def row(*widgets: QWidget) -> QWidget:
    """Widgets side by side, packed to the left."""
    box = QWidget()
    line = QHBoxLayout(box)
    line.setContentsMargins(0, 0, 0, 0)
    for before, w in zip((None, *widgets), widgets, strict=False):
        line.addWidget(w)
        if isinstance(before, QLabel) and w.focusPolicy() & Qt.FocusPolicy.TabFocus:
            before.setBuddy(w)  # "due after [spin]": the words name the control
    line.addStretch(1)
    return box


class FormKit:
    """Makes the tabs' controls, each calling ``changed`` on edit, and keeps their messages."""

    def __init__(self, changed: Callable[..., None]) -> None:
        self._changed = changed
        self.errors: dict[str, QLabel] = {}
        self.warnings: dict[str, QLabel] = {}

    def field(
        self,
        form: QFormLayout,
        title: str,
        control: QWidget,
        name: str,
        note: str = "",
    ) -> None:
        """A form row: the control, an optional note, and the error/warning lines.

        The row's label is the control's buddy (its mnemonic focuses the control) and
        its accessible name; the note is its accessible description."""
        named(control, title, note)
        box = QWidget()
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(2)
        if isinstance(control, (QSpinBox, QComboBox)):
            control = row(control)
        col.addWidget(control)
        if note:
            hint = QLabel(note)
            hint.setWordWrap(True)
            tint_label(hint, Tone.NOTE)
            col.addWidget(hint)
        self.errors[name] = message_label(Tone.ERROR)
        self.warnings[name] = message_label(Tone.WARNING)
        col.addWidget(self.errors[name])
        col.addWidget(self.warnings[name])
        form.addRow(title, box)
        label = form.labelForField(box)
        if isinstance(label, QLabel):
            label.setBuddy(_focus_target(box))

    def error_line(self, name: str) -> QLabel:
        """An error line for a setting shown outside a form row."""
        self.errors[name] = message_label(Tone.ERROR)
        return self.errors[name]

    def spin(self, name: str, suffix: str | None = None, special: str = "") -> QSpinBox:
        spin = QSpinBox()
        lo, hi = int_bounds(name)
        spin.setRange(lo, hi)
        #: The unit after a number of minutes in a spin box, with its leading space.
        spin.setSuffix(QCoreApplication.translate("FormKit", " min") if suffix is None else suffix)
        if special:
            spin.setSpecialValueText(special)
        spin.valueChanged.connect(self._changed)
        return spin

    def check(self, text: str) -> QCheckBox:
        box = QCheckBox(text)
        box.toggled.connect(self._changed)
        return box

    def time(self) -> QTimeEdit:
        edit = QTimeEdit()
        edit.setDisplayFormat(QLocale().timeFormat(QLocale.FormatType.ShortFormat))
        edit.timeChanged.connect(self._changed)
        return edit

    def combo(self, labels: Mapping[Any, str]) -> QComboBox:
        combo = QComboBox()
        for value, label in labels.items():
            combo.addItem(label, value)
        combo.currentIndexChanged.connect(self._changed)
        return combo


def qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def pytime(value: QTime) -> time:
    return time(value.hour(), value.minute())


def select(combo: QComboBox, value: object) -> None:
    """Show the item whose data is ``value`` (unknown values leave the combo as it is)."""
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)
