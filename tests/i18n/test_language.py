"""Which language the app speaks, and times, dates and numbers in the user's locale."""

from __future__ import annotations

import json
from datetime import date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from backbreak import i18n
from backbreak.domain.describe import dose_text
from backbreak.domain.exercise import Dose
from backbreak.i18n import formats
from backbreak.ui.session_text import POSITION_TEXT, minutes_text


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"LANG": "de_DE.UTF-8"}, "de"),
        ({"LANG": "de_AT.UTF-8"}, "de"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LANG": "fr_FR.UTF-8"}, "en"),
        ({"LANGUAGE": "fr:de", "LANG": "fr_FR.UTF-8"}, "de"),
        ({"LC_ALL": "C", "LANG": "de_DE.UTF-8"}, "en"),
        ({"LC_MESSAGES": "de_CH.UTF-8", "LANG": "en_US.UTF-8"}, "de"),
    ],
)
def test_the_system_language_comes_from_the_environment(env: dict[str, str], expected: str) -> None:
    assert i18n.system_language(env) == expected


def test_the_setting_overrides_the_system_and_the_env_override_wins() -> None:
    german = {"LANG": "de_DE.UTF-8"}
    assert i18n.pick_language("system", german) == "de"
    assert i18n.pick_language("en", german) == "en"
    assert i18n.pick_language("de", {"LANG": "en_US.UTF-8"}) == "de"
    assert i18n.pick_language("en", {**german, i18n.LANGUAGE_ENV: "pseudo"}) == "pseudo"


def test_the_saved_setting_is_read_without_the_model(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    assert i18n.saved_language_setting(path) == "system"
    path.write_text(json.dumps({"language": "de"}))
    assert i18n.saved_language_setting(path) == "de"
    path.write_text("not json")
    assert i18n.saved_language_setting(path) == "system"


@pytest.mark.usefixtures("restore_language")
def test_german_texts_plurals_and_tables() -> None:
    assert i18n.install("de")
    assert QCoreApplication.translate("AppActions", "Skip exercise") == "Skip exercise"
    assert QCoreApplication.translate("ControlBar", "Skip exercise") == "Übung überspringen"
    assert QCoreApplication.translate("ControlBar", "This hurts (H)") == "Das tut weh (H)"
    assert minutes_text(60) == "etwa 1 Minute"
    assert minutes_text(300) == "etwa 5 Minuten"
    assert POSITION_TEXT[next(iter(POSITION_TEXT))] != ""
    dose = Dose.model_validate(
        {"sets": {"min": 1, "max": 2}, "hold_seconds": {"min": 30, "max": 60}, "per_side": True}
    )
    assert dose_text(dose) == "1–2 Sätze × 30–60 s halten, je Seite"


@pytest.mark.usefixtures("restore_language")
def test_english_plurals_come_from_the_english_catalog() -> None:
    assert i18n.install("en")
    assert minutes_text(60) == "about 1 minute"
    assert minutes_text(120) == "about 2 minutes"


@pytest.mark.usefixtures("restore_language")
def test_times_follow_the_locale_clock_convention() -> None:
    QLocale.setDefault(QLocale("en_US"))
    assert formats.clock(time(14, 30)) == "2:30\u202fPM" or formats.clock(time(14, 30)) in (
        "2:30 PM",
        "2:30\u202fPM",
    )
    QLocale.setDefault(QLocale("de_DE"))
    assert formats.clock(time(14, 30)) == "14:30"
    assert formats.weekday(date(2026, 3, 30)) == "Mo."
    assert formats.weekday(1, short=False) == "Montag"
    assert "30. März 2026" in formats.long_date(date(2026, 3, 30))
    assert formats.number(1.5, 1) == "1,5"


@pytest.mark.usefixtures("restore_language")
def test_another_day_shows_its_weekday() -> None:
    QLocale.setDefault(QLocale("de_DE"))
    moment = datetime(2026, 3, 31, 9, 5)
    assert formats.day_and_clock(moment, date(2026, 3, 31)) == "09:05"
    assert formats.day_and_clock(moment, date(2026, 3, 30)) == "Di. 09:05"


@pytest.mark.usefixtures("restore_language")
def test_the_tray_menu_and_the_card_in_german(qtbot: object) -> None:
    from backbreak.ui.reminder_card import ReminderCard
    from backbreak.ui.tray import AppActions

    i18n.install("de")
    actions = AppActions()
    shown = [a.text() for a in actions.menu.actions() if a.text()]
    assert "Jetzt eine Pause starten" in shown
    assert "Beenden" in shown
    card = ReminderCard()
    assert [b.text() for b in card.buttons.values()] == ["Starten", "Später erinnern", "Auslassen"]
    card.deleteLater()
