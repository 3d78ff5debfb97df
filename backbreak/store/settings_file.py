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

Writes are atomic: a temporary file in the same directory, flushed and fsynced, then
renamed over the old file, then the directory fsynced; a crash at any point leaves
either the old or the new file, never a mix.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from backbreak.clock import system_clock
from backbreak.domain.settings import SETTINGS_VERSION, Settings
from backbreak.store import paths
from backbreak.store.settings_migrations import MigrationError, file_version, migrate

MAX_FILE_BYTES = 1024 * 1024
"""A settings file is a few kilobytes; anything this large is not one."""


@dataclass
class SettingsLoad:
    """Loaded settings and what to tell the user about the file (empty when all was well)."""

    settings: Settings
    problems: list[str] = field(default_factory=list)


class _Unusable(Exception):
    """The file can't be read as settings at all; the message says why."""


def load_settings(path: Path | None = None) -> SettingsLoad:
    """Read the settings file; never raises for anything the file contains."""
    path = path or paths.settings_file()
    try:
        raw = _read_json_object(path)
    except FileNotFoundError:
        return SettingsLoad(Settings())
    except OSError as err:
        return SettingsLoad(
            Settings(), [f"{path}: can't read it ({err.strerror}); using default settings."]
        )
    except _Unusable as err:
        return SettingsLoad(Settings(), [_set_aside(path, "bad", f"{path}: {err}", salvaged=False)])

    notes: list[str] = []
    tag = "bad"
    version = file_version(raw)
    if version > SETTINGS_VERSION:
        tag = "newer"
        notes.append(
            f"{path} was written by a newer backbreak (settings version {version}; this one "
            f"reads {SETTINGS_VERSION}): settings this version doesn't know were left out"
        )
    settings, key_notes = _salvage(raw)
    notes += key_notes
    if not notes:
        return SettingsLoad(settings)
    message = _set_aside(path, tag, f"{path}: " + "; ".join(notes), salvaged=True)
    try:
        save_settings(settings, path)
    except OSError as err:
        message += f"\nCould not write the cleaned settings back: {err}"
    return SettingsLoad(settings, [message])


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write ``settings`` atomically (temp file, fsync, rename, fsync the directory)."""
    path = path or paths.settings_file()
    text = json.dumps(settings_json(settings), indent=2, ensure_ascii=False) + "\n"
    atomic_write_text(path, text)


def settings_json(settings: Settings) -> dict[str, Any]:
    """The file's JSON shape: every field, with the current format version."""
    data = settings.model_dump(mode="json")
    data["version"] = SETTINGS_VERSION
    return data


def atomic_write_text(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` so that a crash leaves the old or the new content."""
    path.parent.mkdir(parents=True, exist_ok=True)
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
    with path.open("rb") as fh:
        blob = fh.read(MAX_FILE_BYTES + 1)
    if len(blob) > MAX_FILE_BYTES:
        raise _Unusable(f"too large to be a settings file (over {MAX_FILE_BYTES // 1024} KiB)")
    try:
        text = blob.decode("utf-8")
    except UnicodeDecodeError as err:
        raise _Unusable(f"not UTF-8 text ({err.reason} at byte {err.start})") from None
    if not text.strip():
        raise _Unusable("the file is empty")
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as err:
        raise _Unusable(
            f"not valid JSON: {err.msg} (line {err.lineno}, column {err.colno})"
        ) from None
    except RecursionError:
        raise _Unusable("nested too deeply to be a settings file") from None
    except ValueError as err:  # e.g. an integer too long for Python to convert
        raise _Unusable(f"not usable JSON: {err}") from None
    if not isinstance(raw, dict):
        raise _Unusable(f"expected a JSON object of settings, found {type(raw).__name__}")
    data: dict[str, Any] = raw
    try:
        if file_version(data) <= SETTINGS_VERSION:
            data = migrate(data)
    except MigrationError as err:
        raise _Unusable(str(err)) from None
    except (ValueError, TypeError, KeyError) as err:
        raise _Unusable(f"could not upgrade it from version {raw.get('version')}: {err}") from None
    return data


def _salvage(raw: dict[str, Any]) -> tuple[Settings, list[str]]:
    """Settings from the valid known keys of ``raw``, and a note for each key left out."""
    known = set(Settings.model_fields) - {"version"}
    unknown = sorted(str(k) for k in raw if k not in known and k != "version")
    notes: list[str] = []
    if unknown:
        notes.append("unknown settings " + ", ".join(repr(k) for k in unknown))
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
            notes.append(f"{key}: {_first_message(err)} (using the default)")
        else:
            good[key] = value
    try:
        return Settings.model_validate(good), notes
    except ValidationError as err:
        notes.append(f"{_first_message(err)} (using default settings)")
        return Settings(), notes


def _first_message(err: ValidationError) -> str:
    msg = str(err.errors()[0]["msg"])
    return msg.removeprefix("Value error, ")


def _set_aside(path: Path, tag: str, problem: str, *, salvaged: bool) -> str:
    """Move the file aside under a timestamped name; the message for the user."""
    aside = aside_path(path, tag)
    using = "the rest of your settings" if salvaged else "default settings"
    try:
        os.replace(path, aside)
    except OSError as err:
        return f"{problem}\nCould not move the file aside ({err.strerror}); using {using}."
    return f"{problem}\nYour file was kept as {aside}; backbreak is using {using}."


def aside_path(path: Path, tag: str, now: datetime | None = None) -> Path:
    """``settings.json.<tag>-<timestamp>``, numbered if that name is taken."""
    stamp = (now or system_clock()).strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.name}.{tag}-{stamp}")
    n = 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.name}.{tag}-{stamp}-{n}")
    return candidate
