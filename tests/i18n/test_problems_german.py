"""The problems a user is told about at start-up, in German: a damaged settings file, a
broken own catalog, a history that can't be opened or written.

They are made while the app loads, so the language must be installed before: the app's
``build_core`` reads the settings file's raw ``language`` entry first. English stays
as it was (the store's and the catalog's own tests assert it).
"""

from __future__ import annotations

import json
import os
import sqlite3
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from helpers.fakes import FakeClock
from PySide6.QtCore import QCoreApplication

from backbreak import i18n
from backbreak.app.build import build_core
from backbreak.domain.catalog import Catalog, builtin_catalog_path, load_catalog
from backbreak.domain.history import BreakEvent, BreakRecord, ExerciseRecord
from backbreak.domain.validation_words import problem_text
from backbreak.session.events import Event, EventKind
from backbreak.session.outcomes import OutcomeLog
from backbreak.store import history
from backbreak.store.history import HistoryStore, open_history
from backbreak.store.settings_file import load_settings

LOCKED = "the database is locked by another program"


@pytest.fixture
def german() -> None:
    assert i18n.install("de")


def _write(path: Path, data: object) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data) if not isinstance(data, str) else data, encoding="utf-8")
    return path


# -- the settings file ------------------------------------------------------------------


def test_a_partly_invalid_settings_file_is_reported_in_german(tmp_path: Path, german: None) -> None:
    path = _write(tmp_path / "settings.json", {"work_start": "8.30", "theme": "dark"})
    (problem,) = load_settings(path).problems
    assert "unbekannte Einstellung 'theme'" in problem
    assert "work_start: muss eine Uhrzeit wie 08:30" in problem
    assert "(der Standardwert wird verwendet)" in problem
    assert "Ihre Datei wurde als " in problem
    assert "backbreak verwendet Ihre übrigen Einstellungen." in problem
    assert list(tmp_path.glob("settings.json.bad-*")), "the file itself is kept, as before"


def test_an_unusable_settings_file_is_reported_in_german(tmp_path: Path, german: None) -> None:
    path = _write(tmp_path / "settings.json", "{nope")
    (problem,) = load_settings(path).problems
    assert f"{path}: kein gültiges JSON: " in problem
    assert "(Zeile 1, Spalte 2)" in problem
    assert problem.endswith("backbreak verwendet die Standardeinstellungen.")


def test_a_settings_file_from_an_unknown_version_in_german(tmp_path: Path, german: None) -> None:
    path = _write(tmp_path / "settings.json", {"version": "two"})
    (problem,) = load_settings(path).problems
    assert "version: 'two' ist keine Einstellungsversion" in problem


def test_the_settings_problems_read_as_before_in_english(tmp_path: Path) -> None:
    path = _write(tmp_path / "settings.json", {"theme": "dark", "snooze": 1})
    (problem,) = load_settings(path).problems
    first, second = problem.splitlines()
    assert first == f"{path}: unknown settings 'snooze', 'theme'"
    assert second.startswith("Your file was kept as ")
    assert second.endswith("; backbreak is using the rest of your settings.")


# -- the user's catalog -----------------------------------------------------------------


def test_a_broken_own_catalog_is_reported_in_german(tmp_path: Path, german: None) -> None:
    bad = {"id": "Bad Id", "name": "", "dose": {"per_side": 1}, "colour": "red"}
    user = _write(tmp_path / "catalog.json", {"exercises": [bad]})
    (warning,) = load_catalog(user_file=user).warnings
    lines = warning.splitlines()
    assert lines[0].startswith(f"{user}: ") and lines[0].endswith(" Probleme:")
    where = "  exercises[0] (id 'Bad Id')"
    assert f"{where}.id: 'Bad Id' ist nicht in kebab-case (wie 'prone-on-elbows')" in lines
    assert f"{where}.name: darf nicht leer sein" in lines
    assert f"{where}.group: fehlt" in lines
    assert f"{where}.dose.per_side: muss true oder false sein" in lines
    assert f"{where}.colour: ist kein Feld, das backbreak kennt" in lines
    assert (
        lines[-1] == "Ihre eigenen Übungen wurden weggelassen; die mitgelieferten werden geladen."
    )


def test_own_routines_naming_unknown_exercises_in_german(tmp_path: Path, german: None) -> None:
    routine = {"id": "my-mix", "name": "Mine", "exercises": ["cat-camel", "nope"]}
    user = _write(tmp_path / "catalog.json", {"routines": [routine]})
    (warning,) = load_catalog(user_file=user).warnings
    assert "routines[0] (id 'my-mix').exercises: unbekannte Übung 'nope'" in warning


def test_a_catalog_translation_that_is_not_json_in_german(tmp_path: Path, german: None) -> None:
    builtin = tmp_path / "catalog.json"
    builtin.write_bytes(builtin_catalog_path().read_bytes())
    _write(tmp_path / "i18n" / "catalog.de.json", "{nope")
    (warning,) = load_catalog(builtin, language="de").warnings
    assert "kein verwendbares JSON" in warning
    assert warning.endswith("Der Katalog wird auf Englisch angezeigt.")


def test_pydantic_s_own_words_become_ours_and_rare_ones_stay_english(german: None) -> None:
    assert problem_text({"type": "missing", "msg": "Field required"}) == "fehlt"
    limit = {"type": "less_than_equal", "msg": "x", "ctx": {"le": 600}}
    assert problem_text(limit) == "darf höchstens 600 sein"
    items = {"type": "too_long", "msg": "x", "ctx": {"max_length": 30}}
    assert problem_text(items) == "darf höchstens 30 Einträge enthalten"
    ours = {"type": "value_error", "msg": "Value error, schon übersetzt"}
    assert problem_text(ours) == "schon übersetzt"
    rare = {"type": "frozen_instance", "msg": "Instance is frozen"}
    assert problem_text(rare) == "Instance is frozen"
    odd = {"type": "greater_than_equal", "msg": "Input should be >= 1", "ctx": {}}
    assert problem_text(odd) == "Input should be >= 1", "a ctx unlike pydantic's: its words"


# -- the history ------------------------------------------------------------------------


def test_a_damaged_history_is_reported_in_german(tmp_path: Path, german: None) -> None:
    path = _write(tmp_path / "history.sqlite3", "not a database, just text " * 100)
    store, (problem,) = open_history(path)
    store.close()
    assert problem.startswith(f"{path}: kann nicht als Verlaufsdatenbank gelesen werden (")
    assert "Sie wurde als " in problem and "ein neuer Verlauf begonnen." in problem


def test_a_history_write_that_waits_is_told_in_german(tmp_path: Path, german: None) -> None:
    path = tmp_path / "data" / "history.sqlite3"
    clock = FakeClock(datetime(2026, 3, 2, 10, 0, tzinfo=ZoneInfo("Europe/Berlin")))
    store = HistoryStore.open(path, clock=clock)
    notices: list[str] = []
    store.connect_retry(lambda _seconds: None, notices.append)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # another program holds the database
    try:
        for _ in range(2):
            store.record_break(BreakRecord("b1", BreakEvent.SKIPPED, clock.now(), "evening"))
        clock.advance(history.STUCK_AFTER + history.RETRY_MAX)
        assert not store.retry()
    finally:
        other.execute("ROLLBACK")
        other.close()
    clock.advance(history.RETRY_MAX)
    assert store.retry()
    store.close()
    stuck, landed = notices
    assert stuck.startswith("backbreak kann nicht in den Verlauf schreiben (")
    assert "die Datenbank ist von einem anderen Programm gesperrt" in stuck
    assert "2 Einträge sind in " in stuck and "sicher aufbewahrt" in stuck
    assert landed == "Der Verlauf kann wieder beschrieben werden; 2 wartende Einträge gespeichert."


def test_a_history_deleted_under_the_app_is_told_in_german(tmp_path: Path, german: None) -> None:
    path = tmp_path / "data" / "history.sqlite3"
    store = HistoryStore.open(path)
    notices: list[str] = []
    store.connect_retry(lambda _seconds: None, notices.append)
    os.unlink(path)
    store.record_break(BreakRecord("b1", BreakEvent.SKIPPED, datetime.now().astimezone(), "x"))
    store.close()
    assert notices == [
        f"{path} wurde gelöscht, während backbreak lief; dort wurde ein neuer Verlauf begonnen."
    ]


class _FailingRecorder:
    def record_exercise(self, record: ExerciseRecord) -> None:
        raise OSError("disk full")

    def record_break(self, record: BreakRecord) -> None:
        raise OSError("disk full")


def test_the_session_says_in_german_that_a_break_was_not_saved(
    catalog: Catalog, german: None
) -> None:
    events: list[Event] = []
    log = OutcomeLog(
        _FailingRecorder(),
        events.append,
        lambda: datetime(2026, 3, 2, 10, 0).astimezone(),
        break_id="b1",
        break_kind="work-block",
        exercises=list(catalog.exercises.values())[:1],
    )
    log.break_event(BreakEvent.STARTED)
    (event,) = events
    assert event.kind is EventKind.RECORD_FAILED
    assert event.message == "Die Pause konnte nicht gespeichert werden: disk full"


# -- the app's start-up: the problems come out in the file's language --------------------


@pytest.fixture
def broken_start(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A settings file asking for German with an unknown key, a broken own catalog, and
    a data folder that can't be created (a file stands where its parent should be)."""
    monkeypatch.delenv(i18n.LANGUAGE_ENV, raising=False)
    monkeypatch.setenv("LANGUAGE", "en")  # the system's language: English
    config = tmp_path / "config"
    monkeypatch.setenv("BACKBREAK_CONFIG_DIR", str(config))
    _write(tmp_path / "blocker", "a file, not a folder")
    monkeypatch.setenv("BACKBREAK_DATA_DIR", str(tmp_path / "blocker" / "data"))
    _write(config / "catalog.json", {"exercises": [{"id": "mine"}]})
    return config / "settings.json"


def _start_up_problems() -> tuple[list[str], str]:
    """The problems a start of the app reports, and the language setting it ends with."""
    core = build_core(presence=False)
    try:
        return list(core.services.problems), core.settings.current.language.value
    finally:
        core.services.driver.stop()
        assert core.services.history is not None
        core.services.history.close()


def test_the_app_s_start_up_problems_come_out_in_german(broken_start: Path) -> None:
    _write(broken_start, {"language": "de", "theme": "dark"})
    (catalog, settings, data), language = _start_up_problems()
    assert catalog.endswith(
        "Ihre eigenen Übungen wurden weggelassen; die mitgelieferten werden geladen."
    )
    assert "unbekannte Einstellung 'theme'" in settings
    assert "Der Datenordner für Ihren Verlauf kann nicht angelegt werden" in data
    assert "in dieser Sitzung wird nichts aufgezeichnet" in data
    assert language == "de"
    assert QCoreApplication.translate("history", LOCKED) != LOCKED, "German stays installed"


def test_a_refused_file_words_its_problem_in_german_then_the_default_language_counts(
    broken_start: Path,
) -> None:
    _write(broken_start, {"language": "de", "version": "two"})
    problems, language = _start_up_problems()
    settings = next(p for p in problems if str(broken_start) in p)
    assert "version: 'two' ist keine Einstellungsversion" in settings
    assert language == "system"
    assert QCoreApplication.translate("history", LOCKED) == LOCKED, "the system's English"


def test_the_start_up_problems_read_as_before_in_english(broken_start: Path) -> None:
    _write(broken_start, {"language": "en", "theme": "dark"})
    (catalog, settings, data), language = _start_up_problems()
    assert language == "en"
    assert catalog.endswith("Your own exercises were left out; the built-in ones load.")
    assert "unknown setting 'theme'" in settings
    assert "can't create the data folder for your history (" in data
    assert data.endswith("). backbreak works, but nothing is recorded this session.")
