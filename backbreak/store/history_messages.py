"""What the history tells the user when it can't be opened or written, in their language.

The store keeps Qt's widgets out, but its sentences go through the translator like
every other text the user reads (context ``history``). They are made when the problem
happens, with the language the app installed; without a running Qt application (a
test of the store alone) they are English. The reasons filled in come from the
system (``strerror``) or from SQLite, in their own words.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication


def no_data_folder(folder: Path, reason: str) -> str:
    """The data folder can't be made: the app runs, recording into memory."""
    return QCoreApplication.translate(
        "history",
        "{folder}: can't create the data folder for your history ({reason}). "
        "backbreak works, but nothing is recorded this session.",
    ).format(folder=folder, reason=reason)


def schema_too_new(found: int, known: int) -> str:
    """The database was written by a newer backbreak."""
    return QCoreApplication.translate(
        "history",
        "the history database has schema version {found}; this backbreak knows up to "
        "{known}. Update backbreak to read it.",
    ).format(found=found, known=known)


def too_new_in_memory(path: Path, problem: str) -> str:
    """A newer database is left alone; this session records into memory."""
    #: {problem} is a whole sentence: why the history can't be used.
    return QCoreApplication.translate(
        "history", "{path}: {problem} Nothing will be recorded until then."
    ).format(path=path, problem=problem)


def cannot_open(path: Path, reason: str) -> str:
    """The database can't be opened now; records wait for it."""
    return QCoreApplication.translate(
        "history",
        "{path}: can't open the history now ({reason}). The file is left as it is; what "
        "you do is kept and written to it as soon as it can be opened.",
    ).format(path=path, reason=reason)


def damaged_not_moved(path: Path, reason: str, move_reason: str) -> str:
    """A damaged database that could not be moved aside: nothing is recorded."""
    return QCoreApplication.translate(
        "history",
        "{path}: can't be read as a history database ({reason}) nor moved aside "
        "({move_reason}); nothing will be recorded this session.",
    ).format(path=path, reason=reason, move_reason=move_reason)


def damaged_moved(path: Path, reason: str, aside: Path) -> str:
    """A damaged database was kept under another name; a new one was started."""
    return QCoreApplication.translate(
        "history",
        "{path}: can't be read as a history database ({reason}). It was kept as "
        "{aside} and a new history was started.",
    ).format(path=path, reason=reason, aside=aside)


def locked() -> str:
    """Why a write waits: SQLite's "database is locked" in words."""
    return QCoreApplication.translate("history", "the database is locked by another program")


def not_journaled(reason: str, journal: Path | None, journal_reason: str) -> str:
    """A record neither the database nor the journal took (kept in memory only)."""
    return QCoreApplication.translate(
        "history",
        "can't write to the history ({reason}) nor to {journal} ({journal_reason}); the "
        "record is kept in memory and written when the history can take it",
    ).format(reason=reason, journal=journal, journal_reason=journal_reason)


def stuck(reason: str, count: int, journal: Path | None) -> str:
    """Records have waited minutes for the database."""
    if journal is None:
        return QCoreApplication.translate(
            "history",
            "backbreak can't write to its history ({reason}). %n record(s) kept in "
            "memory, to be saved as soon as the history can be written again.",
            "",
            count,
        ).format(reason=reason)
    return QCoreApplication.translate(
        "history",
        "backbreak can't write to its history ({reason}). %n record(s) kept safe in "
        "{journal}, to be saved as soon as the history can be written again.",
        "",
        count,
    ).format(reason=reason, journal=journal)


def recovered(count: int) -> str:
    """The waiting records reached the database."""
    return QCoreApplication.translate(
        "history", "The history can be written again; %n waiting record(s) saved.", "", count
    )


def file_lost(path: Path, *, missing: bool) -> str:
    """The database was deleted or replaced under the running app."""
    if missing:
        return QCoreApplication.translate(
            "history", "{path} was deleted while backbreak ran; a new history was started there."
        ).format(path=path)
    return QCoreApplication.translate(
        "history", "{path} was replaced while backbreak ran; now writing to the new file."
    ).format(path=path)
