"""The settings dialog: every setting the user can change, validated as they type.

Values are checked by the same ``Settings`` model as the file and ``backbreak
config set``: a value the model refuses gets its message beside the field and OK /
Apply are disabled until it is fixed; a value that is allowed but leaves what the
documents prescribe (``Settings.warnings()``) gets a note beside the field and can
still be applied. Settings the dialog doesn't show (e.g. ``safety_notice_seen``) are
carried over unchanged.

The tabs (``settings_tabs``) each fill and read their own part of the settings; this
dialog assembles them, validates the whole, places the messages, and applies.

Signals:
    applied(Settings): a validated Settings, on OK or Apply. The app saves it and
        replans; the dialog never writes the file itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from backbreak.domain.catalog import Catalog
from backbreak.domain.settings import Settings
from backbreak.domain.settings_messages import setting_problems
from backbreak.i18n import QT_TRANSLATE_NOOP, formats
from backbreak.ui.palettes import Tone
from backbreak.ui.settings_form import FormKit, message_label
from backbreak.ui.settings_tabs import (
    CallsTab,
    EveningTab,
    ExercisesTab,
    RemindersTab,
    ScheduleTab,
)
from backbreak.ui.tab_text import keep_tab_titles_whole

Btn = QDialogButtonBox.StandardButton

FRIENDLY = {
    "work_end must differ from work_start": QT_TRANSLATE_NOOP(
        "SettingsDialog",
        "The work day can't start and end at the same time. To work past midnight, "
        "give an end earlier than the start (22:00 to 06:00).",
    ),
    "prone_overdue_minutes must be at least prone_due_minutes": QT_TRANSLATE_NOOP(
        "SettingsDialog", "“Overdue after” must not be shorter than “due after”."
    ),
}
"""The shared messages (``settings_messages``) name fields, which suits the CLI and the
file; beside the two pairs checked together the dialog says it in its own words."""


class SettingsDialog(QDialog):
    """OK / Cancel / Apply / Restore defaults over the whole ``Settings`` model.

    The tabs are ``schedule``, ``evening``, ``reminders`` and ``exercises``.

    Signals:
        applied(Settings): on OK or Apply, with the validated settings.
    """

    applied = Signal(object)

    def __init__(self, settings: Settings, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("backbreak settings"))
        self._base = settings
        self._loading = True
        """True while widgets are being built or filled: edits then are not the user's."""
        self._kit = FormKit(self._changed)
        self.schedule = ScheduleTab(self._kit, group_label=catalog.group_label)
        self.evening = EveningTab(self._kit)
        self.reminders = RemindersTab(self._kit)
        self.calls = CallsTab(self._kit)
        self.exercises = ExercisesTab(self._kit, catalog)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.schedule, self.tr("Work day"))
        self.tabs.addTab(self.evening, self.tr("Evening"))
        self.tabs.addTab(self.reminders, self.tr("Reminders"))
        self.tabs.addTab(self.calls, self.tr("Calls"))
        self.tabs.addTab(self.exercises, self.tr("Exercises"))
        self._tab_style = keep_tab_titles_whole(self.tabs)

        self.general_error = message_label(Tone.ERROR)
        self.buttons = QDialogButtonBox(Btn.Ok | Btn.Cancel | Btn.Apply | Btn.RestoreDefaults)
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        self.buttons.clicked.connect(self._clicked)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.set_settings(settings)

    # -- values ----------------------------------------------------------------------

    def set_settings(self, settings: Settings) -> None:
        """Show ``settings`` in the widgets (no signal is emitted)."""
        self._loading = True
        try:
            for tab in (self.schedule, self.evening, self.reminders, self.calls, self.exercises):
                tab.load(settings)
        finally:
            self._loading = False
        self._changed()

    def values(self) -> dict[str, Any]:
        """The dialog's values as the model's fields (plus those it doesn't show)."""
        data = self._base.model_dump()
        for tab in (self.schedule, self.evening, self.reminders, self.calls, self.exercises):
            tab.store(data)
        return data

    def current_settings(self) -> Settings | None:
        """The validated settings shown now, or None while a value is refused."""
        try:
            return Settings.model_validate(self.values())
        except ValidationError:
            return None

    def error_text(self, name: str) -> str:
        """The message shown beside a field ('' when none); for tests and screen readers."""
        return _shown_text(self._kit.errors.get(name))

    def warning_text(self, name: str) -> str:
        return _shown_text(self._kit.warnings.get(name))

    # -- behaviour ---------------------------------------------------------------------

    def _changed(self, *_args: object) -> None:
        """Re-validate after any edit and show messages beside the fields."""
        if self._loading:
            return
        for label in (*self._kit.errors.values(), *self._kit.warnings.values()):
            _hide(label)
        _hide(self.general_error)
        self.exercises.update_needs()
        self.schedule.sync_enabled()
        self.evening.sync_enabled()
        values = self.values()
        settings = self._validate(values)
        # Warnings read only the interval and prone fields, so they can be shown while
        # another field is refused: computed on an unvalidated copy in that case.
        self._show_warnings(settings or Settings.model_construct(**values))
        for which in (Btn.Ok, Btn.Apply):
            self.buttons.button(which).setEnabled(settings is not None)

    def _validate(self, values: dict[str, Any]) -> Settings | None:
        """The settings, or None with each refusal shown beside its field."""
        try:
            return Settings.model_validate(values)
        except ValidationError as err:
            # The pairs (work_start/work_end, due/overdue) are validated together, so
            # an hour can be moved past the other without a refusal in between.
            for problem in setting_problems(err, values):
                message = next(
                    (
                        self.tr(w)
                        for start, w in FRIENDLY.items()
                        if problem.message.startswith(start)
                    ),
                    problem.message,
                )
                _show(self._kit.errors.get(problem.field, self.general_error), message)
            return None

    def _show_warnings(self, shown: Settings) -> None:
        warnings = self._kit.warnings
        if shown.crosses_midnight:
            _show(
                warnings["work_end"],
                self.tr("Night shift: from {start} to {end} the next morning.").format(
                    start=formats.clock(shown.work_start), end=formats.clock(shown.work_end)
                ),
            )
        for warning in shown.warnings():
            name = (
                "block_interval_minutes"
                if warning.startswith("block_interval")
                else "prone_overdue_minutes"
            )
            _show(
                warnings[name],
                self.tr("Note: {text}").format(text=warning.split(": ", 1)[-1]),
            )

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
        handlers: dict[QDialogButtonBox.StandardButton, Callable[[], object]] = {
            Btn.Apply: self.apply,
            Btn.RestoreDefaults: self.restore_defaults,
        }
        handler = handlers.get(self.buttons.standardButton(button))
        if handler is not None:
            handler()


def _shown_text(label: QLabel | None) -> str:
    return label.text() if label is not None and not label.isHidden() else ""


def _show(label: QLabel, text: str) -> None:
    label.setText(f"{label.text()}\n{text}" if label.text() else text)
    label.show()


def _hide(label: QLabel) -> None:
    label.clear()
    label.hide()
