"""The domain's and the day summary's own sentences (settings problems, how often) in German."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from backbreak import i18n
from backbreak.domain.catalog import Catalog
from backbreak.domain.describe import frequency_text
from backbreak.domain.exercise import Exercise
from backbreak.domain.settings import Settings
from backbreak.domain.settings_messages import describe_settings_error
from backbreak.store.stats import BreakSummary


def _with_frequency(catalog_exercise: Exercise, frequency: dict[str, object]) -> Exercise:
    data = catalog_exercise.model_dump()
    data["frequency"] = frequency
    return Exercise.model_validate(data)


def _refusal(**values: object) -> str:
    with pytest.raises(ValidationError) as caught:
        Settings.model_validate(values)
    return describe_settings_error(caught.value, values)


def test_frequency_in_english_and_german(catalog: Catalog) -> None:
    base = next(iter(catalog.exercises.values()))
    twice = _with_frequency(base, {"times_per_day": 2})
    hourly = _with_frequency(base, {"every_hours": {"min": 2, "max": 3}})
    assert i18n.install("en")
    assert frequency_text(twice) == "2 times a day"
    assert frequency_text(hourly) == "every 2–3 hours"
    assert i18n.install("de")
    try:
        assert frequency_text(twice) == "2-mal täglich"
        assert frequency_text(hourly) == "alle 2–3 Stunden"
    finally:
        i18n.install("en")


def test_one_is_said_in_words_not_as_a_count(catalog: Catalog) -> None:
    """ "every 1 hour" / "jede 1 Stunde" read like a form; people say "every hour"."""
    base = next(iter(catalog.exercises.values()))
    once = _with_frequency(base, {"times_per_day": 1})
    hourly = _with_frequency(base, {"every_hours": 1})
    one_or_two = _with_frequency(base, {"every_hours": {"min": 1, "max": 2}})
    assert i18n.install("en")
    assert (frequency_text(once), frequency_text(hourly)) == ("once a day", "every hour")
    assert frequency_text(one_or_two) == "every 1–2 hours"
    assert i18n.install("de")
    try:
        assert (frequency_text(once), frequency_text(hourly)) == ("einmal täglich", "stündlich")
        assert frequency_text(one_or_two) == "alle 1–2 Stunden"
    finally:
        i18n.install("en")


def test_a_refused_setting_in_english_and_german() -> None:
    assert i18n.install("en")
    english = _refusal(blocks_enabled="loud", nonsense=1)
    assert "blocks_enabled must be true or false; got 'loud'" in english
    assert "nonsense is not a setting backbreak knows" in english
    assert i18n.install("de")
    try:
        german = _refusal(blocks_enabled="loud", nonsense=1)
        same_hours = _refusal(work_start="09:00", work_end="09:00")
    finally:
        i18n.install("en")
    assert "blocks_enabled muss true oder false sein; angegeben: 'loud'" in german
    assert "nonsense ist keine Einstellung, die backbreak kennt" in german
    assert same_hours.startswith("work_end muss sich von work_start unterscheiden (beide 09:00)")


def test_the_day_summary_in_german() -> None:
    assert i18n.install("de")
    try:
        summary = BreakSummary(offered=2, completed=1, snoozed=1, skipped=0).text()
        empty = BreakSummary().text()
    finally:
        i18n.install("en")
    assert summary == "Pausen heute: 2 angeboten, 1 erledigt, 1 verschoben, 0 ausgelassen."
    assert empty == "Heute noch keine Pausen."
