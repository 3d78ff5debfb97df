"""The settings dialog's tabs: each shows part of a ``Settings`` and writes it back.

Every tab has ``load(settings)`` (fill the controls) and ``store(data)`` (put the
controls' values into a dict of the model's fields); tabs whose options depend on a
switch grey them out in ``sync_enabled()``. The dialog validates; tabs never do.
No signals.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from backbreak.domain.catalog import Catalog
from backbreak.domain.exercise import Equipment, Group
from backbreak.domain.exercise_labels import EQUIPMENT_TEXT
from backbreak.domain.settings import DisabledReason, Settings
from backbreak.i18n import QT_TRANSLATE_NOOP, formats
from backbreak.ui.palettes import Tone, tint_label
from backbreak.ui.settings_form import (
    EQUIPMENT_LABELS,
    EVENING_LABELS,
    LANGUAGE_LABELS,
    REASON_LABELS,
    STYLE_LABELS,
    FormKit,
    pytime,
    qtime,
    row,
    select,
)

MIN_REST_NOTE = QT_TRANSLATE_NOOP(
    "settings_tabs", "The shortest gap between the end of one break and the next reminder."
)
MIN_REST_TIP = QT_TRANSLATE_NOOP(
    "settings_tabs",
    "A reminder that falls due sooner after a break waits until this much time has "
    "passed, so breaks never come back to back. 'none' lets one follow the other at once.",
)


class ScheduleTab(QWidget):
    """The work day: hours, days, and the cadences that run inside it."""

    def __init__(
        self,
        kit: FormKit,
        parent: QWidget | None = None,
        group_label: Callable[[Group], str] | None = None,
    ) -> None:
        """``group_label`` names a group in the user's language (``Catalog.group_label``);
        without it the groups show their English labels."""
        super().__init__(parent)
        self._kit = kit
        self._group_label = group_label or (lambda g: g.label)
        form = QFormLayout(self)
        self._add_hours(form)
        self._add_blocks(form)
        self._add_prone(form)
        self.daily_enabled = kit.check(
            QCoreApplication.translate(
                "settings_tabs",
                "Remind me of cat-camel (3 times a day) and ankle pumps (2 times a day)",
            )
        )
        kit.field(
            form,
            QCoreApplication.translate("settings_tabs", "Daily exercises"),
            self.daily_enabled,
            "daily_enabled",
        )
        self._add_rest(form)

    def _add_hours(self, form: QFormLayout) -> None:
        kit = self._kit
        self.work_start = kit.time()
        self.work_end = kit.time()
        kit.field(
            form,
            QCoreApplication.translate("settings_tabs", "Work hours"),
            row(
                self.work_start,
                #: Between the start and end times of the work day: "09:00 to 17:00".
                QLabel(QCoreApplication.translate("settings_tabs", "to")),
                self.work_end,
            ),
            "work_end",
            QCoreApplication.translate(
                "settings_tabs",
                "Reminders come only in these hours (the evening session excepted). "
                "An end earlier than the start is a night shift that ends the next day.",
            ),
        )
        self.day_boxes = [kit.check(formats.weekday(day)) for day in range(1, 8)]
        kit.field(
            form,
            QCoreApplication.translate("settings_tabs", "Work days"),
            row(*self.day_boxes),
            "work_days",
        )

    def _add_blocks(self, form: QFormLayout) -> None:
        kit = self._kit
        self.blocks_enabled = kit.check(
            QCoreApplication.translate("settings_tabs", "Remind me of a routine block")
        )
        self.block_interval = kit.spin("block_interval_minutes")
        kit.field(
            form,
            QCoreApplication.translate("settings_tabs", "Routine blocks"),
            row(
                self.blocks_enabled,
                #: Before the minutes between routine blocks: "every 90 min".
                QLabel(QCoreApplication.translate("settings_tabs", "every")),
                self.block_interval,
            ),
            "block_interval_minutes",
            QCoreApplication.translate(
                "settings_tabs",
                "The back-care guide: one 5–10 minute block every 1–2 hours at work, "
                "counted from the start of the last block.",
            ),
        )
        self.group_boxes = {
            g: kit.check(self._group_label(g).replace("&", "&&"))
            for g in Group
            if g is not Group.LOW_BACK
        }
        kit.field(
            form,
            QCoreApplication.translate("settings_tabs", "Blocks rotate through"),
            row(*self.group_boxes.values()),
            "block_groups",
        )

    def _add_prone(self, form: QFormLayout) -> None:
        kit = self._kit
        self.prone_enabled = kit.check(
            QCoreApplication.translate("settings_tabs", "Remind me of the prone holds")
        )
        self.prone_due = kit.spin("prone_due_minutes")
        self.prone_overdue = kit.spin("prone_overdue_minutes")
        kit.field(
            form,
            QCoreApplication.translate("settings_tabs", "Prone holds"),
            row(
                self.prone_enabled,
                #: Before a number of minutes: prone holds are due after this long.
                QLabel(QCoreApplication.translate("settings_tabs", "due after")),
                self.prone_due,
                QLabel(QCoreApplication.translate("settings_tabs", "overdue after")),
                self.prone_overdue,
            ),
            "prone_overdue_minutes",
            QCoreApplication.translate(
                "settings_tabs",
                "The low-back sheet: lie on your front (or on your elbows) every 2–3 hours.",
            ),
        )

    def _add_rest(self, form: QFormLayout) -> None:
        self.min_rest = self._kit.spin(
            #: Shown in the spin box at zero minutes of rest: no rest required.
            "min_rest_minutes",
            special=QCoreApplication.translate("settings_tabs", "none"),
        )
        self.min_rest.setToolTip(QCoreApplication.translate("settings_tabs", MIN_REST_TIP))
        self.min_rest.setAccessibleName(
            QCoreApplication.translate("settings_tabs", "Rest between breaks, at least")
        )
        self._kit.field(
            form,
            QCoreApplication.translate("settings_tabs", "Rest between breaks"),
            #: Before a number of minutes of rest between breaks.
            row(QLabel(QCoreApplication.translate("settings_tabs", "at least")), self.min_rest),
            "min_rest_minutes",
            QCoreApplication.translate("settings_tabs", MIN_REST_NOTE),
        )

    def load(self, settings: Settings) -> None:
        self.work_start.setTime(qtime(settings.work_start))
        self.work_end.setTime(qtime(settings.work_end))
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
        self.min_rest.setValue(settings.min_rest_minutes)

    def store(self, data: dict[str, Any]) -> None:
        data.update(
            work_start=pytime(self.work_start.time()),
            work_end=pytime(self.work_end.time()),
            work_days=[i for i, b in enumerate(self.day_boxes) if b.isChecked()],
            blocks_enabled=self.blocks_enabled.isChecked(),
            block_interval_minutes=self.block_interval.value(),
            block_groups=[g for g, b in self.group_boxes.items() if b.isChecked()],
            prone_enabled=self.prone_enabled.isChecked(),
            prone_due_minutes=self.prone_due.value(),
            prone_overdue_minutes=self.prone_overdue.value(),
            daily_enabled=self.daily_enabled.isChecked(),
            min_rest_minutes=self.min_rest.value(),
        )

    def sync_enabled(self) -> None:
        """The interval, groups and prone times only matter when their reminder is on."""
        for switch, dependents in (
            (self.blocks_enabled, (self.block_interval, *self.group_boxes.values())),
            (self.prone_enabled, (self.prone_due, self.prone_overdue)),
        ):
            for widget in dependents:
                widget.setEnabled(switch.isChecked())


class EveningTab(QWidget):
    """The evening stretch: whether, when, which groups, and on which days."""

    def __init__(self, kit: FormKit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        self.evening_enabled = kit.check(
            QCoreApplication.translate("settings_tabs", "Remind me of the evening stretch")
        )
        self.evening_time = kit.time()
        kit.field(
            form,
            QCoreApplication.translate("settings_tabs", "Evening session"),
            row(
                self.evening_enabled,
                #: Before the time of the evening session: "at 20:30".
                QLabel(QCoreApplication.translate("settings_tabs", "at")),
                self.evening_time,
            ),
            "evening_time",
            QCoreApplication.translate(
                "settings_tabs", "The back-care guide: static stretches once a day, in the evening."
            ),
        )
        self.evening_mode = kit.combo(EVENING_LABELS)
        kit.field(
            form,
            QCoreApplication.translate("settings_tabs", "Routine"),
            self.evening_mode,
            "evening_mode",
        )
        self.evening_all_days = kit.check(
            QCoreApplication.translate("settings_tabs", "Also on days off")
        )
        kit.field(form, "", self.evening_all_days, "evening_on_all_days")

    def load(self, settings: Settings) -> None:
        self.evening_enabled.setChecked(settings.evening_enabled)
        self.evening_time.setTime(qtime(settings.evening_time))
        select(self.evening_mode, settings.evening_mode)
        self.evening_all_days.setChecked(settings.evening_on_all_days)

    def store(self, data: dict[str, Any]) -> None:
        data.update(
            evening_enabled=self.evening_enabled.isChecked(),
            evening_time=pytime(self.evening_time.time()),
            evening_mode=self.evening_mode.currentData(),
            evening_on_all_days=self.evening_all_days.isChecked(),
        )

    def sync_enabled(self) -> None:
        on = self.evening_enabled.isChecked()
        for widget in (self.evening_time, self.evening_mode, self.evening_all_days):
            widget.setEnabled(on)


class RemindersTab(QWidget):
    """How breaks are put together and announced: merging, snoozing, idle, calls, sounds."""

    def __init__(self, kit: FormKit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        self._add_timing(kit, form)
        self._add_away(kit, form)
        self._add_announcing(kit, form)

    def _add_timing(self, kit: FormKit, form: QFormLayout) -> None:
        """Merging, the longest break, snoozing, re-offering and time away."""
        self.merge_window = kit.spin(
            #: Shown in the spin box at zero minutes: reminders are never merged.
            "merge_window_minutes",
            special=QCoreApplication.translate("settings_tabs", "off"),
        )
        kit.field(
            form,
            QCoreApplication.translate("settings_tabs", "Merge reminders within"),
            self.merge_window,
            "merge_window_minutes",
            QCoreApplication.translate(
                "settings_tabs", "Reminders due this close together become one break."
            ),
        )
        self.max_break = kit.spin("max_break_minutes")
        kit.field(
            form,
            QCoreApplication.translate("settings_tabs", "Longest break"),
            self.max_break,
            "max_break_minutes",
        )
        self.snooze = kit.spin("snooze_minutes")
        kit.field(
            form,
            QCoreApplication.translate("settings_tabs", "Snooze for"),
            self.snooze,
            "snooze_minutes",
        )
        self.reoffer = kit.spin(
            #: Shown in the spin box at zero minutes: an unanswered reminder is not repeated.
            "reoffer_minutes",
            special=QCoreApplication.translate("settings_tabs", "never"),
        )
        kit.field(
            form,
            QCoreApplication.translate("settings_tabs", "Remind again after"),
            self.reoffer,
            "reoffer_minutes",
            QCoreApplication.translate("settings_tabs", "When a reminder is left unanswered."),
        )

    def _add_away(self, kit: FormKit, form: QFormLayout) -> None:
        """How long away from the keyboard counts as a break."""
        self.idle = kit.spin("idle_threshold_minutes")
        kit.field(
            form,
            QCoreApplication.translate("settings_tabs", "Away counts as a break after"),
            self.idle,
            "idle_threshold_minutes",
            QCoreApplication.translate(
                "settings_tabs",
                "Time away from the keyboard restarts the routine-block timer; "
                "it never counts as an exercise done.",
            ),
        )

    def _add_announcing(self, kit: FormKit, form: QFormLayout) -> None:
        """How a break is announced and heard, starting at login, the language."""
        self.notification_style = kit.combo(STYLE_LABELS)
        kit.field(
            form,
            QCoreApplication.translate("settings_tabs", "Announce breaks with"),
            self.notification_style,
            "notification_style",
        )
        self.sounds = kit.check(
            QCoreApplication.translate("settings_tabs", "Sound cues during sessions")
        )
        kit.field(
            form,
            QCoreApplication.translate("settings_tabs", "Sounds"),
            self.sounds,
            "sounds_enabled",
        )
        self.autostart = kit.check(
            QCoreApplication.translate("settings_tabs", "Start backbreak when I log in")
        )
        kit.field(
            form,
            QCoreApplication.translate("settings_tabs", "Autostart"),
            self.autostart,
            "autostart",
        )
        self.language = kit.combo(LANGUAGE_LABELS)
        kit.field(
            form,
            QCoreApplication.translate("settings_tabs", "Language"),
            self.language,
            "language",
            QCoreApplication.translate("settings_tabs", "Takes effect when backbreak next starts."),
        )

    def load(self, settings: Settings) -> None:
        self.merge_window.setValue(settings.merge_window_minutes)
        self.max_break.setValue(settings.max_break_minutes)
        self.snooze.setValue(settings.snooze_minutes)
        self.reoffer.setValue(settings.reoffer_minutes)
        self.idle.setValue(settings.idle_threshold_minutes)
        select(self.notification_style, settings.notification_style)
        self.sounds.setChecked(settings.sounds_enabled)
        self.autostart.setChecked(settings.autostart)
        select(self.language, settings.language)

    def store(self, data: dict[str, Any]) -> None:
        data.update(
            merge_window_minutes=self.merge_window.value(),
            max_break_minutes=self.max_break.value(),
            snooze_minutes=self.snooze.value(),
            reoffer_minutes=self.reoffer.value(),
            idle_threshold_minutes=self.idle.value(),
            notification_style=self.notification_style.currentData(),
            sounds_enabled=self.sounds.isChecked(),
            autostart=self.autostart.isChecked(),
            language=self.language.currentData(),
        )


class CallsTab(QWidget):
    """When a call (microphone, camera, shared screen) holds a due break, and how long."""

    def __init__(self, kit: FormKit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        self.call_microphone = kit.check(
            QCoreApplication.translate("settings_tabs", "Microphone in use")
        )
        self.call_camera = kit.check(QCoreApplication.translate("settings_tabs", "Camera on"))
        self.call_screen = kit.check(QCoreApplication.translate("settings_tabs", "Screen shared"))
        kit.field(
            form,
            QCoreApplication.translate("settings_tabs", "In a call when"),
            row(self.call_microphone, self.call_camera, self.call_screen),
            "call_microphone",
            QCoreApplication.translate(
                "settings_tabs", "A break due during a call waits quietly until the call ends."
            ),
        )
        self.call_grace = kit.spin(
            "call_grace_minutes", special=QCoreApplication.translate("settings_tabs", "at once")
        )
        kit.field(
            form,
            QCoreApplication.translate("settings_tabs", "After a call, wait"),
            self.call_grace,
            "call_grace_minutes",
            QCoreApplication.translate("settings_tabs", "Then the waiting break is offered."),
        )
        self.call_max = kit.spin("call_max_minutes")
        kit.field(
            form,
            QCoreApplication.translate("settings_tabs", "A call holds a break at most"),
            self.call_max,
            "call_max_minutes",
            QCoreApplication.translate(
                "settings_tabs",
                "Counted past the time the prone holds are overdue; after that the break "
                "comes as a silent notification.",
            ),
        )

    def load(self, settings: Settings) -> None:
        self.call_microphone.setChecked(settings.call_microphone)
        self.call_camera.setChecked(settings.call_camera)
        self.call_screen.setChecked(settings.call_screen)
        self.call_grace.setValue(settings.call_grace_minutes)
        self.call_max.setValue(settings.call_max_minutes)

    def store(self, data: dict[str, Any]) -> None:
        data.update(
            call_microphone=self.call_microphone.isChecked(),
            call_camera=self.call_camera.isChecked(),
            call_screen=self.call_screen.isChecked(),
            call_grace_minutes=self.call_grace.value(),
            call_max_minutes=self.call_max.value(),
        )


class ExercisesTab(QWidget):
    """What is at hand where the user works, and which exercises are off (and why)."""

    def __init__(self, kit: FormKit, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._kit = kit
        col = QVBoxLayout(self)
        col.addWidget(
            QLabel(
                QCoreApplication.translate("settings_tabs", "<b>What is at hand where you work</b>")
            )
        )
        col.addWidget(self._equipment_grid())
        hint = QLabel(
            QCoreApplication.translate(
                "settings_tabs", "Breaks leave out exercises whose equipment isn't at hand."
            )
        )
        tint_label(hint, Tone.NOTE)
        col.addWidget(hint)
        col.addWidget(kit.error_line("equipment_at_hand"))
        col.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "settings_tabs", "<b>Exercises</b> (untick to turn one off, and say why)"
                )
            )
        )
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._exercise_table())
        col.addWidget(scroll, 1)
        col.addWidget(kit.error_line("disabled_exercises"))

    def _equipment_grid(self) -> QWidget:
        equip = QWidget()
        grid = QGridLayout(equip)
        grid.setContentsMargins(0, 0, 0, 0)
        self.equipment_boxes: dict[Equipment, QCheckBox] = {}
        for i, (item, label) in enumerate(EQUIPMENT_LABELS.items()):
            box = self._kit.check(label)
            self.equipment_boxes[item] = box
            grid.addWidget(box, i // 3, i % 3)
        return equip

    def _exercise_table(self) -> QWidget:
        """One row per exercise: on/off, why it is off, and what it needs that is missing."""
        table = QWidget()
        rows = QGridLayout(table)
        self.exercise_boxes: dict[str, QCheckBox] = {}
        self.reason_combos: dict[str, QComboBox] = {}
        self.needs_labels: dict[str, QLabel] = {}
        for r, ex in enumerate(self._catalog.exercises.values()):
            box = self._kit.check(ex.name.replace("&", "&&"))
            reason = self._kit.combo(REASON_LABELS)
            box.toggled.connect(reason.setHidden)
            reason.setAccessibleName(self.tr("Why {name} is off").format(name=ex.name))
            needs = QLabel()
            tint_label(needs, Tone.NOTE)
            self.exercise_boxes[ex.id] = box
            self.reason_combos[ex.id] = reason
            self.needs_labels[ex.id] = needs
            rows.addWidget(box, r, 0)
            rows.addWidget(reason, r, 1)
            rows.addWidget(needs, r, 2)
        rows.setColumnStretch(2, 1)
        return table

    def load(self, settings: Settings) -> None:
        for item, box in self.equipment_boxes.items():
            box.setChecked(item in settings.equipment_at_hand)
        for ex_id, box in self.exercise_boxes.items():
            reason = settings.disabled_exercises.get(ex_id)
            box.setChecked(reason is None)
            combo = self.reason_combos[ex_id]
            combo.setHidden(reason is None)
            select(combo, reason or DisabledReason.OTHER)

    def store(self, data: dict[str, Any]) -> None:
        """Exercises the catalog no longer has stay off as they were (``data`` holds them)."""
        disabled = dict(data.get("disabled_exercises", {}))
        for ex_id, box in self.exercise_boxes.items():
            if box.isChecked():
                disabled.pop(ex_id, None)
            else:
                disabled[ex_id] = self.reason_combos[ex_id].currentData()
        data.update(
            equipment_at_hand=[e for e, b in self.equipment_boxes.items() if b.isChecked()],
            disabled_exercises=disabled,
        )

    def update_needs(self) -> None:
        """Beside each exercise: what it needs that isn't at hand."""
        at_hand = {e for e, b in self.equipment_boxes.items() if b.isChecked()}
        for ex_id, label in self.needs_labels.items():
            missing = [
                EQUIPMENT_TEXT[e]
                for e in self._catalog.exercises[ex_id].equipment
                if e not in at_hand
            ]
            label.setText(
                QCoreApplication.translate("settings_tabs", "left out: needs {things}").format(
                    things=", ".join(missing)
                )
                if missing
                else ""
            )
