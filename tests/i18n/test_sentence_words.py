"""Words that go inside a sentence come from their own messages: German lowers the
preposition of "im Stehen" after a colon, but keeps the capital of a noun, which only
the translation can know (an "In Bauchlage" mid-sentence was wrong before)."""

from __future__ import annotations

from backbreak import i18n
from backbreak.domain.exercise import Position
from backbreak.domain.exercise_labels import POSITION_IN_SENTENCE, POSITION_TEXT
from backbreak.ui.session_text import side_text


def test_positions_and_sides_inside_a_sentence_in_english_and_german() -> None:
    assert i18n.install("en")
    assert POSITION_TEXT[Position.PRONE] == "Lying on your stomach"
    assert POSITION_IN_SENTENCE[Position.PRONE] == "lying on your stomach"
    assert side_text("Left side", in_sentence=True) == "left side"
    assert i18n.install("de")
    assert POSITION_TEXT[Position.STANDING] == "Im Stehen"
    assert POSITION_IN_SENTENCE[Position.STANDING] == "im Stehen"
    assert POSITION_IN_SENTENCE[Position.PRONE] == "in Bauchlage"
    assert side_text("Left side") == "Linke Seite"
    assert side_text("Left side", in_sentence=True) == "linke Seite"


def test_every_position_has_its_sentence_form() -> None:
    assert set(POSITION_IN_SENTENCE) == set(POSITION_TEXT) == set(Position)
