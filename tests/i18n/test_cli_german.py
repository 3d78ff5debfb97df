"""The command line in German: help, argparse's own errors, ``catalog``, ``show`` and the
commands' messages; and in English as before.

Each run is a fresh process, as a user starts it: the parser, ``--help`` and argparse's
errors come before any Qt application exists, so these are the only tests that see the
CLI's own translation path (``backbreak.i18n.translate`` without an application).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GERMAN = "de_DE.UTF-8"
ENGLISH = "en_US.UTF-8"


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """The user's folders for these runs: empty, so no real settings or history count."""
    return tmp_path


def _backbreak(home: Path, *argv: str, lang: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "LANG": lang,
        "LC_ALL": "",
        "LANGUAGE": "",
        "COLUMNS": "80",
        "PYTHONPATH": str(ROOT),
        "XDG_CONFIG_HOME": str(home / "xdg-config"),
        "XDG_DATA_HOME": str(home / "xdg-data"),
        "BACKBREAK_CONFIG_DIR": str(home / "config"),
        "BACKBREAK_DATA_DIR": str(home / "data"),
        "BACKBREAK_RUNTIME_DIR": str(home / "run"),
    }
    env.pop("BACKBREAK_LANGUAGE", None)
    return subprocess.run(
        [sys.executable, "-m", "backbreak", *argv],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


def test_help_in_german_fits_80_columns(home: Path) -> None:
    result = _backbreak(home, "--help", lang=GERMAN)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("Aufruf: backbreak [-h] [--version] [--backend KIND=NAME] BEFEHL")
    assert "backbreak erinnert Sie an Ihre Rückenübungen" in out
    for words in ("Argumente:", "Optionen:", "diese Hilfe zeigen und beenden"):
        assert words in out
    assert "alle Übungen auflisten" in out and "die Versionsnummer zeigen" in out
    assert max(len(line) for line in out.splitlines()) <= 80


def test_help_in_english_reads_as_before(home: Path) -> None:
    out = _backbreak(home, "--help", lang=ENGLISH).stdout
    assert out.startswith("usage: backbreak [-h] [--version] [--backend KIND=NAME] COMMAND")
    assert "backbreak reminds you to do your back exercises" in out
    for words in ("positional arguments:", "options:", "show this help message and exit"):
        assert words in out
    assert "list every exercise" in out and "show program's version number and exit" in out


def test_a_subcommand_help_in_both_languages(home: Path) -> None:
    german = _backbreak(home, "config", "set", "--help", lang=GERMAN).stdout
    english = _backbreak(home, "config", "set", "--help", lang=ENGLISH).stdout
    assert german.startswith("Aufruf: backbreak config set [-h] SCHLÜSSEL WERT [SCHLÜSSEL WERT")
    assert "Einstellungen ändern: ein oder mehrere Paare SCHLÜSSEL WERT" in german
    assert "weitere Paare, gemeinsam geprüft" in german
    assert max(len(line) for line in german.splitlines()) <= 80
    assert english.startswith("usage: backbreak config set [-h] KEY VALUE [KEY VALUE")
    assert "more pairs, checked together" in english


def test_argparse_errors_in_german(home: Path) -> None:
    bad_minutes = _backbreak(home, "snooze", "x", lang=GERMAN)
    assert bad_minutes.returncode == 2
    assert bad_minutes.stderr == (
        "backbreak snooze: Fehler: Argument MINUTEN: „x“ ist keine Minutenzahl"
        " (eine ganze Zahl, z. B. 15)\n„backbreak snooze --help“ zeigt die Hilfe.\n"
    )
    unknown = _backbreak(home, "bogus", lang=GERMAN).stderr
    assert "Argument BEFEHL: ungültige Wahl: 'bogus' (möglich: 'catalog'," in unknown
    missing = _backbreak(home, "show", lang=GERMAN).stderr
    assert "backbreak show: Fehler: diese Argumente fehlen: ID" in missing
    extra = _backbreak(home, "snooze", "5", "6", lang=GERMAN).stderr
    assert "unbekannte Argumente: 6" in extra


def test_argparse_errors_in_english_as_before(home: Path) -> None:
    result = _backbreak(home, "snooze", "x", lang=ENGLISH)
    assert result.stderr == (
        "backbreak snooze: error: argument MINUTES: 'x' is not a number of minutes"
        " (a whole number, e.g. 15)\nTry 'backbreak snooze --help'.\n"
    )
    assert (
        "the following arguments are required: ID" in _backbreak(home, "show", lang=ENGLISH).stderr
    )


def test_the_language_setting_counts_before_any_application(home: Path) -> None:
    """The settings file's ``language`` chooses the help's language over the system's."""
    (home / "config").mkdir()
    (home / "config" / "settings.json").write_text(json.dumps({"language": "de"}))
    assert _backbreak(home, "--help", lang=ENGLISH).stdout.startswith("Aufruf: backbreak")


def test_catalog_in_german(home: Path) -> None:
    result = _backbreak(home, "catalog", lang=GERMAN)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split()[:5] == ["ID", "NAME", "GRUPPE", "DOSIERUNG", "WIE"]
    prone = next(line for line in lines if line.startswith("prone-lying "))
    assert "Unterer Rücken" in prone and "alle 2–3 Stunden" in prone
    for heading in ("GRUPPE", "DOSIERUNG", "WIE OFT"):  # the columns line up on the German
        assert prone[lines[0].index(heading) - 2 : lines[0].index(heading)] == "  "
        assert prone[lines[0].index(heading)] != " "
    assert lines[-1] == "13 Übungen. „backbreak show ID“ zeigt eine ausführlich."


def test_catalog_json_stays_english_for_scripts(home: Path) -> None:
    data = json.loads(_backbreak(home, "catalog", "--json", lang=GERMAN).stdout)
    by_id = {item["id"]: item for item in data}
    assert by_id["prone-lying"]["group"] == "low-back"
    assert by_id["prone-lying"]["name"] == "Lying on your stomach"


def test_show_in_german(home: Path) -> None:
    result = _backbreak(home, "show", "prone-lying", lang=GERMAN)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[1] == "Unterer Rücken · Ruhelage · Ausgangshaltung: in Bauchlage"
    for heading in ("Schritte:", "Vorsicht:", "Varianten:"):
        assert heading in lines
    facts = [line for line in lines if line.startswith(("Dosierung:", "Wie oft:", "Sie brauchen:"))]
    assert facts[2] == "Sie brauchen:  Platz am Boden zum Hinlegen"
    assert {line.index(line.split(":", 1)[1].strip()) for line in facts} == {15}
    assert any(line.startswith("Quelle:        ") for line in lines)


def test_show_in_english_names_the_position_and_equipment(home: Path) -> None:
    out = _backbreak(home, "show", "cat-camel", lang=ENGLISH).stdout.splitlines()
    assert out[1] == "Low back · Movement · starts on hands and knees"
    assert "You need:   floor space to lie down" in out


def test_an_unknown_exercise_in_german(home: Path) -> None:
    result = _backbreak(home, "show", "handstand", lang=GERMAN)
    assert result.returncode == 2
    assert result.stderr.startswith("backbreak: keine Übung mit der ID „handstand“. Bekannte IDs: ")


def test_config_errors_in_german(home: Path) -> None:
    no_action = _backbreak(home, "config", lang=GERMAN)
    assert no_action.returncode == 2
    assert no_action.stderr.startswith("Aufruf: backbreak config [-h] AKTION ...\n")
    assert "Fehler: wählen Sie eine Aktion: path, get, set oder reset" in no_action.stderr
    unknown = _backbreak(home, "config", "set", "no_such_key", "3", lang=GERMAN)
    assert unknown.returncode == 2
    assert unknown.stderr.startswith("backbreak: keine Einstellung namens 'no_such_key'.")
    odd = _backbreak(home, "config", "set", "work_start", "08:00", "work_end", lang=GERMAN)
    assert "„work_end“ hat keinen Wert" in odd.stderr


def test_plan_and_backend_errors_in_german(home: Path) -> None:
    bad_date = _backbreak(home, "plan", "--date", "xx", lang=GERMAN)
    assert bad_date.stderr == "backbreak: --date: „xx“ ist kein Datum wie 2026-03-30 (JJJJ-MM-TT)\n"
    backend = _backbreak(home, "--backend", "mouse=x", lang=GERMAN)
    assert backend.returncode == 2
    assert backend.stderr.startswith("backbreak: unbekannte Backend-Art 'mouse'; bekannte Arten:")


def test_start_without_the_app_speaks_german_before_any_application(home: Path) -> None:
    """``start`` makes no QCoreApplication (the window's QApplication must be first)."""
    result = _backbreak(home, "start", "no-such-routine", lang=GERMAN)
    assert result.returncode == 2
    assert result.stderr.startswith("backbreak: keine Routine „no-such-routine“.")


def test_plurals_before_any_application(home: Path) -> None:
    """Without an application the CLI's translator picks the plural form and fills in
    ``%n`` itself, as ``QCoreApplication.translate`` would."""
    message = "%n break(s), about {minutes} minutes in all."
    code = (
        "from backbreak.i18n import translate\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "assert QCoreApplication.instance() is None\n"
        f"print(translate('plan_cmd', {message!r}, '', 1))\n"
        f"print(translate('plan_cmd', {message!r}, '', 3))\n"
    )
    expected = {
        GERMAN: "1 Pause, insgesamt etwa {minutes} Minuten.\n"
        "3 Pausen, insgesamt etwa {minutes} Minuten.\n",
        ENGLISH: "1 break, about {minutes} minutes in all.\n"
        "3 breaks, about {minutes} minutes in all.\n",
    }
    for lang, lines in expected.items():
        env = {**os.environ, "LANG": lang, "LC_ALL": "", "LANGUAGE": "", "PYTHONPATH": str(ROOT)}
        env.pop("BACKBREAK_LANGUAGE", None)
        result = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
        )
        assert result.stdout == lines


def test_an_error_in_german(home: Path) -> None:
    status = _backbreak(home, "status", lang=GERMAN)
    assert status.returncode == 1
    assert "backbreak läuft nicht" in status.stdout + status.stderr


def test_plan_in_german_and_english(home: Path) -> None:
    day = (date.today() + timedelta(days=2)).isoformat()  # a day to come, whatever the hour
    german = _backbreak(home, "plan", "--date", day, lang=GERMAN)
    english = _backbreak(home, "plan", "--date", day, lang=ENGLISH)
    assert german.returncode == english.returncode == 0, german.stderr + english.stderr
    assert german.stdout.startswith("Geplante Pausen für ")
    assert "insgesamt etwa" in german.stdout
    assert english.stdout.startswith("Planned breaks for ")
