"""The settings dialog: every setting the user can change, validated as they type.

Values are checked by the same ``Settings`` model as the file and ``backbreak
config set``: a value the model refuses gets its message beside the field and OK /
Apply are disabled until it is fixed; a value that is allowed but leaves what the
documents prescribe (``Settings.warnings()``) gets a note beside the field and can
still be applied. Settings the dialog doesn't show (e.g. ``safety_notice_seen``) are
carried over unchanged.

Signals:
    applied(Settings): a validated Settings, on OK or Apply. The app saves it and
        replans; the dialog never writes the file itself.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import time
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from backbreak.domain.catalog import Catalog
from backbreak.domain.exercise import Equipment, Group
from backbreak.domain.settings import (
    DisabledReason,
    EveningMode,
    NotificationStyle,
    Settings,
)
from backbreak.domain.settings_messages import setting_problems

DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

REASON_LABELS = {
    DisabledReason.PAIN: "It hurts",
    DisabledReason.NO_EQUIPMENT: "No equipment",
    DisabledReason.NO_SPACE: "No floor space here",
    DisabledReason.OTHER: "Other reason",
}
EQUIPMENT_LABELS = {
    Equipment.FLOOR_SPACE: "Floor space to lie down",
    Equipment.MAT: "A mat or towel",
    Equipment.WALL: "A free wall",
    Equipment.DOOR_FRAME: "A door frame",
    Equipment.CHAIR: "A sturdy chair",
    Equipment.BALL: "A small ball",
}
EVENING_LABELS = {
    EveningMode.ROTATE: "One group each night, in turn",
    EveningMode.ALL: "All groups every night",
}
STYLE_LABELS = {
    NotificationStyle.DESKTOP: "Desktop notification",
    NotificationStyle.CARD: "backbreak's own reminder card only",
    NotificationStyle.BOTH: "Both, always",
}

ERROR_STYLE = "color: #b3261e;"
WARNING_STYLE = "color: #8a5300;"
NOTE_STYLE = "color: palette(placeholder-text);"

FRIENDLY = {
    "work_end must differ from work_start": (
        "The work day can't start and end at the same time. To work past midnight, "
        "give an end earlier than the start (22:00 to 06:00)."
    ),
    "prone_overdue_minutes must be at least prone_due_minutes": (
        "“Overdue after” must not be shorter than “due after”."
    ),
}
"""The shared messages (``settings_messages``) name fields, which suits the CLI and the
file; beside the two pairs checked together the dialog says it in its own words."""


def model_bounds(name: str) -> tuple[int, int]:
    """The ``ge`` / ``le`` bounds the model puts on an integer field."""
    lo, hi = 0, 10_000
    for meta in Settings.model_fields[name].metadata:
        lo = int(getattr(meta, "ge", lo))
        hi = int(getattr(meta, "le", hi))
    return lo, hi


class SettingsDialog(QDialog):
    """OK / Cancel / Apply / Restore defaults over the whole ``Settings`` model.

    Signals:
        applied(Settings): on OK or Apply, with the validated settings.
    """

    applied = Signal(object)

    def __init__(self, settings: Settings, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("backbreak settings")
        self._base = settings
        self._catalog = catalog
        self._errors: dict[str, QLabel] = {}
        self._warnings: dict[str, QLabel] = {}
        self._loading = True
        """True while widgets are being built or filled: edits then are not the user's."""

        tabs = QTabWidget()
        tabs.addTab(self._schedule_tab(), "Work day")
        tabs.addTab(self._evening_tab(), "Evening")
        tabs.addTab(self._reminders_tab(), "Reminders")
        tabs.addTab(self._exercises_tab(), "Exercises")
        self.tabs = tabs

        self.general_error = self._message_label(ERROR_STYLE)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Apply
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        self.buttons = buttons
        buttons.accepted.connect(self._ok)
        buttons.rejected.connect(self.reject)
        buttons.clicked.connect(self._clicked)

        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        self.set_settings(settings)

    # -- building ------------------------------------------------------------------

    def _message_label(self, style: str) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setStyleSheet(style)
        label.hide()
        return label

    def _field(
        self,
        form: QFormLayout,
        title: str,
        control: QWidget,
        name: str,
        note: str = "",
    ) -> None:
        """A form row: the control, an optional note, and the error/warning lines."""
        box = QWidget()
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(2)
        if isinstance(control, (QSpinBox, QComboBox)):
            control = self._row(control)
        col.addWidget(control)
        if note:
            hint = QLabel(note)
            hint.setWordWrap(True)
            hint.setStyleSheet(NOTE_STYLE)
            col.addWidget(hint)
        self._errors[name] = self._message_label(ERROR_STYLE)
        self._warnings[name] = self._message_label(WARNING_STYLE)
        col.addWidget(self._errors[name])
        col.addWidget(self._warnings[name])
        form.addRow(title, box)

    def _spin(self, name: str, suffix: str = " min", special: str = "") -> QSpinBox:
        spin = QSpinBox()
        lo, hi = model_bounds(name)
        spin.setRange(lo, hi)
        spin.setSuffix(suffix)
        if special:
            spin.setSpecialValueText(special)
        spin.valueChanged.connect(self._changed)
        return spin

    def _check(self, text: str) -> QCheckBox:
        box = QCheckBox(text)
        box.toggled.connect(self._changed)
        return box

    def _time(self) -> QTimeEdit:
        edit = QTimeEdit()
        edit.setDisplayFormat("HH:mm")
        edit.timeChanged.connect(self._changed)
        return edit

    def _combo(self, labels: dict[Any, str]) -> QComboBox:
        combo = QComboBox()
        for value, label in labels.items():
            combo.addItem(label, value)
        combo.currentIndexChanged.connect(self._changed)
        return combo

    def _row(self, *widgets: QWidget) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        for w in widgets:
            row.addWidget(w)
        row.addStretch(1)
        return box

    def _schedule_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.work_start = self._time()
        self.work_end = self._time()
        self._field(
            form,
            "Work hours",
            self._row(self.work_start, QLabel("to"), self.work_end),
            "work_end",
            "Reminders come only in these hours (the evening session excepted). "
            "An end earlier than the start is a night shift that ends the next day.",
        )
        self.day_boxes = [self._check(name) for name in DAY_NAMES]
        self._field(form, "Work days", self._row(*self.day_boxes), "work_days")

        self.blocks_enabled = self._check("Remind me of a routine block")
        self.block_interval = self._spin("block_interval_minutes")
        self._field(
            form,
            "Routine blocks",
            self._row(self.blocks_enabled, QLabel("every"), self.block_interval),
            "block_interval_minutes",
            "The back-care guide: one 5–10 minute block every 1–2 hours at work, "
            "counted from the start of the last block.",
        )
        self.group_boxes = {
            g: self._check(g.label.replace("&", "&&")) for g in Group if g is not Group.LOW_BACK
        }
        self._field(
            form,
            "Blocks rotate through",
            self._row(*self.group_boxes.values()),
            "block_groups",
        )
        self.prone_enabled = self._check("Remind me of the prone holds")
        self.prone_due = self._spin("prone_due_minutes")
        self.prone_overdue = self._spin("prone_overdue_minutes")
        self._field(
            form,
            "Prone holds",
            self._row(
                self.prone_enabled,
                QLabel("due after"),
                self.prone_due,
                QLabel("overdue after"),
                self.prone_overdue,
            ),
            "prone_overdue_minutes",
            "The low-back sheet: lie on your front (or on your elbows) every 2–3 hours.",
        )
        self.daily_enabled = self._check(
            "Remind me of cat-camel (3 times a day) and ankle pumps (2 times a day)"
        )
        self._field(form, "Daily exercises", self.daily_enabled, "daily_enabled")
        return page

    def _evening_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.evening_enabled = self._check("Remind me of the evening stretch")
        self.evening_time = self._time()
        self._field(
            form,
            "Evening session",
            self._row(self.evening_enabled, QLabel("at"), self.evening_time),
            "evening_time",
            "The back-care guide: static stretches once a day, in the evening.",
        )
        self.evening_mode = self._combo(EVENING_LABELS)
        self._field(form, "Routine", self.evening_mode, "evening_mode")
        self.evening_all_days = self._check("Also on days off")
        self._field(form, "", self.evening_all_days, "evening_on_all_days")
        return page

    def _reminders_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.merge_window = self._spin("merge_window_minutes", special="off")
        self._field(
            form,
            "Merge reminders within",
            self.merge_window,
            "merge_window_minutes",
            "Reminders due this close together become one break.",
        )
        self.max_break = self._spin("max_break_minutes")
        self._field(form, "Longest break", self.max_break, "max_break_minutes")
        self.snooze = self._spin("snooze_minutes")
        self._field(form, "Snooze for", self.snooze, "snooze_minutes")
        self.reoffer = self._spin("reoffer_minutes", special="never")
        self._field(
            form,
            "Remind again after",
            self.reoffer,
            "reoffer_minutes",
            "When a reminder is left unanswered.",
        )
        self.idle = self._spin("idle_threshold_minutes")
        self._field(
            form,
            "Away counts as a break after",
            self.idle,
            "idle_threshold_minutes",
            "Time away from the keyboard restarts the routine-block timer; "
            "it never counts as an exercise done.",
        )
        self.notification_style = self._combo(STYLE_LABELS)
        self._field(form, "Announce breaks with", self.notification_style, "notification_style")
        self.sounds = self._check("Sound cues during sessions")
        self._field(form, "Sounds", self.sounds, "sounds_enabled")
        self.autostart = self._check("Start backbreak when I log in")
        self._field(form, "Autostart", self.autostart, "autostart")
        return page

    def _exercises_tab(self) -> QWidget:
        page = QWidget()
        col = QVBoxLayout(page)
        col.addWidget(QLabel("<b>What is at hand where you work</b>"))
        equip = QWidget()
        grid = QGridLayout(equip)
        grid.setContentsMargins(0, 0, 0, 0)
        self.equipment_boxes: dict[Equipment, QCheckBox] = {}
        for i, (item, label) in enumerate(EQUIPMENT_LABELS.items()):
            box = self._check(label)
            self.equipment_boxes[item] = box
            grid.addWidget(box, i // 3, i % 3)
        col.addWidget(equip)
        hint = QLabel("Breaks leave out exercises whose equipment isn't at hand.")
        hint.setStyleSheet(NOTE_STYLE)
        col.addWidget(hint)
        self._errors["equipment_at_hand"] = self._message_label(ERROR_STYLE)
        col.addWidget(self._errors["equipment_at_hand"])

        col.addWidget(QLabel("<b>Exercises</b> (untick to turn one off, and say why)"))
        table = QWidget()
        rows = QGridLayout(table)
        self.exercise_boxes: dict[str, QCheckBox] = {}
        self.reason_combos: dict[str, QComboBox] = {}
        self.needs_labels: dict[str, QLabel] = {}
        for r, ex in enumerate(self._catalog.exercises.values()):
            box = self._check(ex.name.replace("&", "&&"))
            reason = self._combo(REASON_LABELS)
            box.toggled.connect(reason.setHidden)
            needs = QLabel()
            needs.setStyleSheet(NOTE_STYLE)
            self.exercise_boxes[ex.id] = box
            self.reason_combos[ex.id] = reason
            self.needs_labels[ex.id] = needs
            rows.addWidget(box, r, 0)
            rows.addWidget(reason, r, 1)
            rows.addWidget(needs, r, 2)
        rows.setColumnStretch(2, 1)
        self._errors["disabled_exercises"] = self._message_label(ERROR_STYLE)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(table)
        col.addWidget(scroll, 1)
        col.addWidget(self._errors["disabled_exercises"])
        return page

    # -- values ----------------------------------------------------------------------

    def set_settings(self, settings: Settings) -> None:
        """Show ``settings`` in the widgets (no signal is emitted)."""
        self._loading = True
        try:
            self.work_start.setTime(_qtime(settings.work_start))
            self.work_end.setTime(_qtime(settings.work_end))
            for i, box in enumerate(self.day_boxes):
                box.setChecked(i in settings.work_days)
            self.blocks_enabled.setChecked(settings.blocks_enabled)
            self.block_interval.setValue(settings.block_interval_minutes)
            for group, box in self.group_boxes.items():
                box.setChecked(group in settings.block_groups)
            self.prone_enabled.setChecked(settings.prone_enabled)
            self.prone_due.setValue(settings.prone_due_minutes)
            self.prone_overdue.setValue(settings.prone_overdue_minutes)
            self.daily_enabled.setChecked(settings.daily_enabled)
            self.evening_enabled.setChecked(settings.evening_enabled)
            self.evening_time.setTime(_qtime(settings.evening_time))
            _select(self.evening_mode, settings.evening_mode)
            self.evening_all_days.setChecked(settings.evening_on_all_days)
            self.merge_window.setValue(settings.merge_window_minutes)
            self.max_break.setValue(settings.max_break_minutes)
            self.snooze.setValue(settings.snooze_minutes)
            self.reoffer.setValue(settings.reoffer_minutes)
            self.idle.setValue(settings.idle_threshold_minutes)
            _select(self.notification_style, settings.notification_style)
            self.sounds.setChecked(settings.sounds_enabled)
            self.autostart.setChecked(settings.autostart)
            for item, box in self.equipment_boxes.items():
                box.setChecked(item in settings.equipment_at_hand)
            for ex_id, box in self.exercise_boxes.items():
                reason = settings.disabled_exercises.get(ex_id)
                box.setChecked(reason is None)
                combo = self.reason_combos[ex_id]
                combo.setHidden(reason is None)
                _select(combo, reason or DisabledReason.OTHER)
        finally:
            self._loading = False
        self._changed()

    def values(self) -> dict[str, Any]:
        """The dialog's values as the model's fields (plus those it doesn't show)."""
        data = self._base.model_dump()
        disabled = dict(self._base.disabled_exercises)
        for ex_id, box in self.exercise_boxes.items():
            if box.isChecked():
                disabled.pop(ex_id, None)
            else:
                disabled[ex_id] = self.reason_combos[ex_id].currentData()
        data.update(
            work_start=_pytime(self.work_start.time()),
            work_end=_pytime(self.work_end.time()),
            work_days=[i for i, b in enumerate(self.day_boxes) if b.isChecked()],
            blocks_enabled=self.blocks_enabled.isChecked(),
            block_interval_minutes=self.block_interval.value(),
            block_groups=[g for g, b in self.group_boxes.items() if b.isChecked()],
            prone_enabled=self.prone_enabled.isChecked(),
            prone_due_minutes=self.prone_due.value(),
            prone_overdue_minutes=self.prone_overdue.value(),
            daily_enabled=self.daily_enabled.isChecked(),
            evening_enabled=self.evening_enabled.isChecked(),
            evening_time=_pytime(self.evening_time.time()),
            evening_mode=self.evening_mode.currentData(),
            evening_on_all_days=self.evening_all_days.isChecked(),
            merge_window_minutes=self.merge_window.value(),
            max_break_minutes=self.max_break.value(),
            snooze_minutes=self.snooze.value(),
            reoffer_minutes=self.reoffer.value(),
            idle_threshold_minutes=self.idle.value(),
            notification_style=self.notification_style.currentData(),
            sounds_enabled=self.sounds.isChecked(),
            autostart=self.autostart.isChecked(),
            equipment_at_hand=[e for e, b in self.equipment_boxes.items() if b.isChecked()],
            disabled_exercises=disabled,
        )
        return data

    def current_settings(self) -> Settings | None:
        """The validated settings shown now, or None while a value is refused."""
        try:
            return Settings.model_validate(self.values())
        except ValidationError:
            return None

    def error_text(self, name: str) -> str:
        """The message shown beside a field ('' when none); for tests and screen readers."""
        label = self._errors.get(name)
        return label.text() if label is not None and not label.isHidden() else ""

    def warning_text(self, name: str) -> str:
        label = self._warnings.get(name)
        return label.text() if label is not None and not label.isHidden() else ""

    # -- behaviour ---------------------------------------------------------------------

    def _changed(self, *_args: object) -> None:
        """Re-validate after any edit and show messages beside the fields."""
        if self._loading:
            return
        for label in (*self._errors.values(), *self._warnings.values(), self.general_error):
            label.clear()
            label.hide()
        self._update_needs()
        self._sync_enabled()
        errors: list[tuple[str, str]] = []
        settings: Settings | None = None
        values = self.values()
        try:
            settings = Settings.model_validate(values)
        except ValidationError as err:
            # The pairs (work_start/work_end, due/overdue) are validated together, so
            # an hour can be moved past the other without a refusal in between.
            for problem in setting_problems(err, values):
                message = next(
                    (
                        words
                        for start, words in FRIENDLY.items()
                        if problem.message.startswith(start)
                    ),
                    problem.message,
                )
                errors.append((problem.field, message))
        for name, message in errors:
            _show(self._errors.get(name, self.general_error), message)
        if settings is not None and settings.crosses_midnight:
            _show(
                self._warnings["work_end"],
                f"Night shift: from {settings.work_start:%H:%M} to {settings.work_end:%H:%M} "
                "the next morning.",
            )
        # Warnings read only the interval and prone fields, so they can be shown while
        # another field is refused: computed on an unvalidated copy in that case.
        shown = settings or Settings.model_construct(**self.values())
        for warning in shown.warnings():
            name = (
                "block_interval_minutes"
                if warning.startswith("block_interval")
                else "prone_overdue_minutes"
            )
            _show(self._warnings[name], "Note: " + warning.split(": ", 1)[-1])
        ok = settings is not None
        for which in (QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Apply):
            self.buttons.button(which).setEnabled(ok)

    def _sync_enabled(self) -> None:
        """Controls that only matter when their reminder is on are greyed out otherwise."""
        for switch, dependents in (
            (self.blocks_enabled, (self.block_interval, *self.group_boxes.values())),
            (self.prone_enabled, (self.prone_due, self.prone_overdue)),
            (self.evening_enabled, (self.evening_time, self.evening_mode, self.evening_all_days)),
        ):
            for widget in dependents:
                widget.setEnabled(switch.isChecked())

    def _update_needs(self) -> None:
        """Beside each exercise: what it needs that isn't at hand."""
        at_hand = {e for e, b in self.equipment_boxes.items() if b.isChecked()}
        for ex_id, label in self.needs_labels.items():
            missing = [
                EQUIPMENT_LABELS[e].lower()
                for e in self._catalog.exercises[ex_id].equipment
                if e not in at_hand
            ]
            label.setText(("left out: needs " + ", ".join(missing)) if missing else "")

    def apply(self) -> bool:
        """Emit ``applied`` with the shown settings if they are valid."""
        settings = self.current_settings()
        if settings is None:
            return False
        self._base = settings
        self.applied.emit(settings)
        return True

    def restore_defaults(self) -> None:
        """Show the defaults (applied only on OK / Apply); what the dialog hides is kept."""
        keep = {f: getattr(self._base, f) for f in ("safety_notice_seen",)}
        self.set_settings(Settings(**keep))

    def _ok(self) -> None:
        if self.apply():
            self.accept()

    def _clicked(self, button: QAbstractButton) -> None:
        role = self.buttons.standardButton(button)
        handlers: dict[QDialogButtonBox.StandardButton, Callable[[], object]] = {
            QDialogButtonBox.StandardButton.Apply: self.apply,
            QDialogButtonBox.StandardButton.RestoreDefaults: self.restore_defaults,
        }
        handler = handlers.get(role)
        if handler is not None:
            handler()


def _show(label: QLabel, text: str) -> None:
    label.setText(f"{label.text()}\n{text}" if label.text() else text)
    label.show()


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def _pytime(value: QTime) -> time:
    return time(value.hour(), value.minute())


def _select(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)
