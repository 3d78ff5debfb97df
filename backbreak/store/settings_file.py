"""The settings file: one JSON document holding the ``Settings`` model.

Reading never fails: whatever is wrong with the file, the app starts, and the user is
told once what was wrong and where their file went. The rules:

* No file: defaults, nothing to report.
* Unreadable as settings at all (not UTF-8, not JSON, not an object, too large, too
  deeply nested, an unknown version): defaults. The file is moved aside as
  ``settings.json.bad-<timestamp>`` (never deleted) and the problem is reported.
* Readable, but some keys are unknown or have invalid values: the valid keys are kept,
  the others fall back to their defaults and are named in the report. The original is
  moved aside as ``settings.json.bad-<timestamp>`` (so the unknown keys and the values
  that were refused are kept for the user), and the cleaned settings are written back,
  so the report is shown once, not at every start. Keeping the valid keys matters more
  than keeping the file byte-for-byte: one typo must not reset a whole week's tuning.
* Written by a newer backbreak (a higher ``version``): what this version understands
  is loaded, the file is kept aside as ``settings.json.newer-<timestamp>``.

* There, but not readable by us (chmod 000, or left owned by root by ``sudo backbreak``):
  that is not a corrupt file. Defaults in memory, the user is told how to fix it, and
  nothing writes over the file (``save_settings`` raises ``SettingsUnreadable``).

Writes are atomic: a temporary file in the same directory, flushed and fsynced, then
renamed over the old file, then the directory fsynced; a crash at any point leaves
either the old or the new file, never a mix. A temporary file a kill left behind is
removed by the next load.

Every change is a read-modify-write under one lock (``.settings.json.lock`` beside the
file, see backbreak/store/locking.py), taken by ``backbreak config set`` and by the
running app alike, so two changes at once both land. The app saves through
:class:`SettingsFile`, which writes only the keys the app itself changed over what the
file holds now: a ``config set`` the app has not re-read yet is not undone.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import stat
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication

from backbreak.clock import system_clock
from backbreak.domain.files import read_regular_bytes
from backbreak.domain.settings import SETTINGS_VERSION, Settings
from backbreak.store import paths
from backbreak.store.locking import file_lock, private_dir, tighten
from backbreak.store.settings_migrations import MigrationError, file_version, migrate

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 1024 * 1024
"""A settings file is a few kilobytes; anything this large is not one."""


@dataclass
class SettingsLoad:
    """Loaded settings and what to tell the user about the file (empty when all was well)."""

    settings: Settings
    problems: list[str] = field(default_factory=list)
    unreadable_reason: str | None = None
    """Why the file, which is there, can't be read (then it must not be written over)."""

    @property
    def unreadable(self) -> bool:
        return self.unreadable_reason is not None


class _Unusable(Exception):
    """The file can't be read as settings at all; the message says why."""


class SettingsUnreadable(OSError):
    """The settings file exists but can't be read, so writing would destroy it."""

    def __str__(self) -> str:
        if self.args:
            return str(self.args[0])
        return QCoreApplication.translate("settings_file", "the settings file can't be read")


def unreadable_message(path: Path, reason: str) -> str:
    """What to tell the user about a settings file they can't read, and how to fix it."""
    #: Keep the command after "run:" exactly as it is.
    return QCoreApplication.translate(
        "settings_file",
        "{path}: can't read it ({reason}), so backbreak will not write over it. "
        "It may belong to another user (left by 'sudo backbreak ...'); to fix it run: "
        "sudo chown \"$USER\" '{path}' && chmod 600 '{path}'",
    ).format(path=path, reason=reason)


def lock_path(path: Path) -> Path:
    """The lock file every settings change holds: ``.settings.json.lock`` beside it."""
    return path.with_name(f".{path.name}.lock")


@contextlib.contextmanager
def settings_lock(path: Path, *, create_dir: bool) -> Iterator[None]:
    """Hold the settings lock; the folder is created (0700) only for writers.

    A reader without a folder, or in a read-only one, goes on unlocked: it has nothing
    to protect, and a write would fail on its own.
    """
    if create_dir:
        private_dir(path.parent)
    elif not path.parent.is_dir():
        yield
        return
    tighten(path.parent)  # a folder (or file) from before: owner only
    tighten(path)
    with file_lock(lock_path(path), required=create_dir):
        yield


def load_settings(path: Path | None = None) -> SettingsLoad:
    """Read the settings file; never raises for anything the file contains."""
    path = path or paths.settings_file()
    with settings_lock(path, create_dir=False):
        _remove_stale_temp_files(path)
        return _load_locked(path)


def update_settings(
    change: Callable[[Settings], Settings],
    path: Path | None = None,
    *,
    report: Callable[[str], None] | None = None,
) -> Settings:
    """Read, ``change`` and write the settings under the lock; returns what was written.

    ``report`` hears about problems with the file as it was read. Raises
    ``SettingsUnreadable`` (before ``change`` runs) for a file that can't be read,
    ``LockTimeout`` when another process holds the lock too long, and whatever
    ``change`` raises (nothing is written then).
    """
    path = path or paths.settings_file()
    with settings_lock(path, create_dir=True):
        loaded = _load_locked(path)
        if loaded.unreadable_reason is None and report is not None:
            for problem in loaded.problems:
                report(problem)
        if loaded.unreadable_reason is not None:
            raise SettingsUnreadable(unreadable_message(path, loaded.unreadable_reason))
        new = change(loaded.settings)
        _write_locked(new, path)
    return new


class SettingsFile:
    """The running app's settings file: load, and save what the app changed.

    ``save`` writes, under the lock, the file's current settings with the keys the
    app changed since its last load or save: a ``backbreak config set`` that the app
    has not re-read yet stays. For a file that can't be read, the user was told at
    load; ``save`` then keeps the change in memory only and writes nothing (the file
    is kept intact), until the file can be read again.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._base: Settings | None = None
        """What the app last loaded or saved; the app's changes are relative to it."""
        self._unreadable_told = False

    def load(self) -> SettingsLoad:
        loaded = load_settings(self.path)
        self._base = loaded.settings
        self._unreadable_told = loaded.unreadable
        return loaded

    def save(self, settings: Settings) -> None:
        base = self._base

        def merge(current: Settings) -> Settings:
            if base is None:
                return settings
            mine, before, now = settings.model_dump(), base.model_dump(), current.model_dump()
            merged = {key: (mine[key] if mine[key] != before[key] else now[key]) for key in mine}
            try:
                return Settings.model_validate(merged)
            except ValidationError:  # the two changes don't fit together: the app's wins
                return settings

        try:
            update_settings(merge, self.path, report=lambda p: log.warning("%s", p))
        except SettingsUnreadable:
            if not self._unreadable_told:
                self._unreadable_told = True
                raise
            log.warning("%s still can't be read; settings kept in memory only", self.path)
            return
        self._base = settings
        self._unreadable_told = False


def _load_locked(path: Path) -> SettingsLoad:
    try:
        raw = _read_json_object(path)
    except FileNotFoundError:
        return SettingsLoad(Settings())
    except OSError as err:
        reason = err.strerror or str(err)
        using = QCoreApplication.translate(
            "settings_file",
            "backbreak is using default settings; changes made in the app last until it quits.",
        )
        message = f"{unreadable_message(path, reason)}\n{using}"
        return SettingsLoad(Settings(), [message], unreadable_reason=reason)
    except _Unusable as err:
        problem = _at(path, str(err))
        return SettingsLoad(Settings(), [_set_aside(path, "bad", problem, salvaged=False)])

    notes: list[str] = []
    tag = "bad"
    version = file_version(raw)
    if version > SETTINGS_VERSION:
        tag = "newer"
        note = QCoreApplication.translate(
            "settings_file",
            "written by a newer backbreak (settings version {version}; this one reads "
            "{known}): settings this version doesn't know were left out",
        )
        notes.append(note.format(version=version, known=SETTINGS_VERSION))
    settings, key_notes = _salvage(raw)
    notes += key_notes
    if not notes:
        return SettingsLoad(settings)
    message = _set_aside(path, tag, _at(path, "; ".join(notes)), salvaged=True)
    try:
        _write_locked(settings, path)
    except OSError as err:
        not_written = QCoreApplication.translate(
            "settings_file", "Could not write the cleaned settings back: {reason}"
        )
        message += "\n" + not_written.format(reason=err)
    return SettingsLoad(settings, [message])


def _at(path: Path, problem: str) -> str:
    """``problem`` (what is wrong, in words) said of the file at ``path``."""
    #: {path} is the settings file; {problem} says what is wrong with it.
    return QCoreApplication.translate("settings_file", "{path}: {problem}").format(
        path=path, problem=problem
    )


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write ``settings`` atomically, under the lock; never over a file that can't be read.

    Raises ``SettingsUnreadable`` for such a file (it is left as it is).
    """
    update_settings(lambda _current: settings, path)


def _write_locked(settings: Settings, path: Path) -> None:
    text = json.dumps(settings_json(settings), indent=2, ensure_ascii=False) + "\n"
    atomic_write_text(path, text)


def _remove_stale_temp_files(path: Path) -> None:
    """Remove temporary files a killed save left behind (called under the lock, so no
    save of ours is writing one now)."""
    try:
        leftovers = list(path.parent.glob(f".{path.name}.*.tmp"))
    except OSError:
        return
    for leftover in leftovers:
        try:
            if stat.S_ISREG(leftover.lstat().st_mode):
                leftover.unlink()
        except OSError as err:
            log.info("could not remove %s: %s", leftover, err)


def settings_json(settings: Settings) -> dict[str, Any]:
    """The file's JSON shape: every field, with the current format version."""
    data = settings.model_dump(mode="json")
    data["version"] = SETTINGS_VERSION
    return data


def atomic_write_text(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` so that a crash leaves the old or the new content."""
    private_dir(path.parent)
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as tmp:
            tmp.write(text)
            tmp.flush()
            os.fsync(tmp.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    _fsync_dir(path.parent)


def _fsync_dir(directory: Path) -> None:
    """Make the rename durable; directories can't be opened for fsync on Windows."""
    if os.name == "nt":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _read_json_object(path: Path) -> dict[str, Any]:
    raw = _parse_json(path)
    if not isinstance(raw, dict):
        raise _Unusable(
            QCoreApplication.translate(
                "settings_file", "expected a JSON object of settings, found {found}"
            ).format(found=type(raw).__name__)
        )
    data: dict[str, Any] = raw
    try:
        if file_version(data) <= SETTINGS_VERSION:
            data = migrate(data)
    except MigrationError as err:
        raise _Unusable(str(err)) from None
    except (ValueError, TypeError, KeyError) as err:
        text = QCoreApplication.translate(
            "settings_file", "could not upgrade it from version {version}: {reason}"
        )
        raise _Unusable(text.format(version=raw.get("version"), reason=err)) from None
    return data


def _parse_json(path: Path) -> Any:
    """The file's JSON; ``_Unusable`` saying why when it has none."""
    blob = read_regular_bytes(path, MAX_FILE_BYTES + 1)  # a FIFO or device: OSError
    if len(blob) > MAX_FILE_BYTES:
        too_large = QCoreApplication.translate(
            "settings_file", "too large to be a settings file (over {size} KiB)"
        )
        raise _Unusable(too_large.format(size=MAX_FILE_BYTES // 1024))
    try:
        text = blob.decode("utf-8")
    except UnicodeDecodeError as err:
        not_utf8 = QCoreApplication.translate(
            "settings_file", "not UTF-8 text ({reason} at byte {offset})"
        )
        raise _Unusable(not_utf8.format(reason=err.reason, offset=err.start)) from None
    if not text.strip():
        raise _Unusable(QCoreApplication.translate("settings_file", "the file is empty"))
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        #: {reason} is Python's own description of the JSON error, in English.
        invalid = QCoreApplication.translate(
            "settings_file", "not valid JSON: {reason} (line {line}, column {column})"
        )
        raise _Unusable(invalid.format(reason=err.msg, line=err.lineno, column=err.colno)) from None
    except RecursionError:
        raise _Unusable(
            QCoreApplication.translate("settings_file", "nested too deeply to be a settings file")
        ) from None
    except ValueError as err:  # e.g. an integer too long for Python to convert
        unusable = QCoreApplication.translate("settings_file", "not usable JSON: {reason}")
        raise _Unusable(unusable.format(reason=err)) from None


def _salvage(raw: dict[str, Any]) -> tuple[Settings, list[str]]:
    """Settings from the valid known keys of ``raw``, and a note for each key left out."""
    known = set(Settings.model_fields) - {"version"}
    unknown = sorted(str(k) for k in raw if k not in known and k != "version")
    notes: list[str] = []
    if unknown:
        count = len(unknown)
        names = ", ".join(repr(k) for k in unknown)
        #: {names} lists the unknown setting names as they are in the file.
        text = QCoreApplication.translate("settings_file", "unknown setting(s) {names}", "", count)
        notes.append(text.format(names=names))
    candidate = {k: v for k, v in raw.items() if k in known}
    try:
        return Settings.model_validate(candidate), notes
    except ValidationError:
        pass
    good: dict[str, Any] = {}
    for key, value in candidate.items():
        try:
            Settings.model_validate({key: value})
        except ValidationError as err:
            #: {setting} is the setting's name in the file; {problem} what is wrong with it.
            text = QCoreApplication.translate(
                "settings_file", "{setting}: {problem} (using the default)"
            )
            notes.append(text.format(setting=key, problem=_first_message(err)))
        else:
            good[key] = value
    try:
        return Settings.model_validate(good), notes
    except ValidationError as err:
        text = QCoreApplication.translate("settings_file", "{problem} (using default settings)")
        notes.append(text.format(problem=_first_message(err)))
        return Settings(), notes


def _first_message(err: ValidationError) -> str:
    from backbreak.domain.settings_messages import setting_problems  # the CLI's words too

    return setting_problems(err)[0].detail


def _set_aside(path: Path, tag: str, problem: str, *, salvaged: bool) -> str:
    """Move the file aside under a timestamped name; the message for the user."""
    aside = aside_path(path, tag)
    try:
        os.replace(path, aside)
    except OSError as err:
        if salvaged:
            text = QCoreApplication.translate(
                "settings_file",
                "Could not move the file aside ({reason}); using the rest of your settings.",
            )
        else:
            text = QCoreApplication.translate(
                "settings_file", "Could not move the file aside ({reason}); using default settings."
            )
        return f"{problem}\n{text.format(reason=err.strerror)}"
    if salvaged:
        text = QCoreApplication.translate(
            "settings_file",
            "Your file was kept as {aside}; backbreak is using the rest of your settings.",
        )
    else:
        text = QCoreApplication.translate(
            "settings_file", "Your file was kept as {aside}; backbreak is using default settings."
        )
    return f"{problem}\n{text.format(aside=aside)}"


def aside_path(path: Path, tag: str, now: datetime | None = None) -> Path:
    """``settings.json.<tag>-<timestamp>``, numbered if that name is taken."""
    stamp = (now or system_clock()).strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.name}.{tag}-{stamp}")
    n = 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.name}.{tag}-{stamp}-{n}")
    return candidate
