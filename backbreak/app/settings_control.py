"""SettingsController: the one owner of the running app's current settings.

Settings change from the dialog, a control command, the session ("turn this exercise
off") or the file itself (``backbreak config set`` while the app runs). Each change
goes through here: saved when it came from inside the app, then announced with
``changed(Settings)``, which the engine driver, presence and the shell listen to.
Nobody else keeps a copy to mutate.

Signals:
    changed(Settings): the current settings are new (already saved).
    problem(str title, str text): something to tell the user (a save that failed).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, QTimer, Signal

from backbreak.domain.settings import DisabledReason, Settings

if TYPE_CHECKING:
    from backbreak.store.settings_file import SettingsLoad

SETTINGS_SETTLE_MS = 300


def set_autostart(enabled: bool) -> str:
    """Write or remove the login entry; returns where it lives."""
    from backbreak.desktop.autostart import set_autostart as write

    return write(enabled)


class SettingsController(QObject):
    """Current settings, their file, the file watcher and autostart (signals above)."""

    changed = Signal(object)
    problem = Signal(str, str)

    def __init__(
        self,
        settings: Settings,
        save: Callable[[Settings], None],
        *,
        load: Callable[[], SettingsLoad] | None = None,
        path: Path | None = None,
        autostart: Callable[[bool], str] = set_autostart,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._current = settings
        self._save = save
        self.load = load
        """Re-read the settings file; None when there is none."""
        self.path = path
        """The settings file, watched for changes made while the app runs."""
        self._autostart = autostart
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTINGS_SETTLE_MS)
        self._settle.timeout.connect(self._file_changed)
        self._watch: QFileSystemWatcher | None = None

    @property
    def current(self) -> Settings:
        return self._current

    def apply(self, settings: Settings) -> None:
        """New settings from the dialog or a command: save, then adopt them."""
        try:
            self._save(settings)
        except OSError as err:
            self.problem.emit(
                "backbreak",
                QCoreApplication.translate(
                    "SettingsController", "Your settings could not be saved: {reason}"
                ).format(reason=err),
            )
        self.adopt(settings)

    def adopt(self, settings: Settings) -> None:
        """Use new settings (already saved): autostart follows, listeners hear of it."""
        old = self._current
        if settings == old:
            return
        self._current = settings
        if settings.autostart != old.autostart:
            self.write_autostart(settings.autostart)
        self.changed.emit(settings)

    def update(self, **changes: object) -> None:
        """Apply the current settings with ``changes`` (``autostart=True``)."""
        self.apply(self._current.model_copy(update=changes))

    def disable_exercise(self, exercise_id: str) -> None:
        """After repeated "worse" reports the user turned an exercise off: keep it off."""
        disabled = dict(self._current.disabled_exercises)
        disabled[exercise_id] = DisabledReason.PAIN
        self.update(disabled_exercises=disabled)

    def reload(self) -> list[str]:
        """Re-read the settings file (changed by ``backbreak config set`` or by hand), so
        that the app's next save does not undo the change. Returns the file's problems."""
        if self.load is None:
            return []
        loaded = self.load()
        self.adopt(loaded.settings)
        return list(loaded.problems)

    def write_autostart(self, enabled: bool) -> str:
        """The login entry; a failure is told, not raised. Returns where it lives."""
        from backbreak.desktop.autostart import AutostartError

        try:
            return self._autostart(enabled)
        except AutostartError as err:
            self.problem.emit(
                "backbreak",
                QCoreApplication.translate("SettingsController", "Start at login: {reason}").format(
                    reason=err
                ),
            )
            return ""

    def watch_file(self) -> None:
        """Notice edits of the settings file made while the app runs. The folder is
        watched too: atomic saves replace the file, which ends a watch on the file
        itself. Changes are read once they settle (SETTINGS_SETTLE_MS)."""
        path = self.path
        if path is None or self.load is None:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            return
        watch = QFileSystemWatcher([str(path.parent)], self)
        watch.directoryChanged.connect(lambda _p: self._settle.start())
        watch.fileChanged.connect(lambda _p: self._settle.start())
        if path.exists():
            watch.addPath(str(path))
        self._watch = watch

    def _file_changed(self) -> None:
        path, watch = self.path, self._watch
        if path is None or watch is None:
            return
        if path.exists() and str(path) not in watch.files():
            watch.addPath(str(path))
        problems = self.reload()
        if problems:
            self.problem.emit("backbreak", "\n\n".join(problems))
