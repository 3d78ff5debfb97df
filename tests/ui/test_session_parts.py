"""The window's parts: countdown text, the picture or its placeholder, the safety notice."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer

from backbreak.domain.history import ExerciseRecord, Feeling, Outcome
from backbreak.ui import illustration
from backbreak.ui.safety_notice import SafetyNotice, show_safety_notice
from backbreak.ui.session_illustration import IllustrationView
from backbreak.ui.session_text import clock_text, equipment_needed, outcome_text


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(300, "5:00"), (299.01, "5:00"), (299.0, "4:59"), (59.5, "1:00"), (3.2, "4"), (0, "0")],
)
def test_clock_text_rounds_up(seconds: float, text: str) -> None:
    """A countdown shows "1" until the last second is over, never "0" while time is left."""
    assert clock_text(seconds) == text


def test_equipment_listed_once(catalog: Any) -> None:
    exercises = [catalog.exercise("prone-lying"), catalog.exercise("kneeling-hip-flexor-stretch")]
    assert equipment_needed(exercises) == ["floor space to lie down", "a mat or folded towel"]


def test_outcome_text() -> None:
    from datetime import datetime, timezone

    at = datetime(2026, 1, 1, tzinfo=timezone.utc)
    partial = ExerciseRecord("x", Outcome.PARTIAL, at, fraction=0.456)
    pain = ExerciseRecord("x", Outcome.PAIN, at, feeling=Feeling.WORSE)
    assert outcome_text(partial) == "Partly done (46%)"
    assert outcome_text(pain) == "Stopped: it hurt, felt worse"


def test_missing_illustration_shows_the_position(qtbot: Any, catalog: Any) -> None:
    view = IllustrationView()
    qtbot.addWidget(view)
    ex = catalog.exercise("prone-lying").model_copy(update={"illustration": "nope.svg"})
    view.set_exercise(ex)
    assert not view.has_picture
    assert view.accessibleName() == "Position: Lying on your stomach"
    view.grab()  # paints without error


def test_svg_illustration_is_drawn(
    qtbot: Any, catalog: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    svg = tmp_path / "illustrations" / "x.svg"
    svg.parent.mkdir()
    svg.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100">'
        '<rect width="200" height="100" fill="#000"/></svg>'
    )
    monkeypatch.setattr(illustration, "asset", lambda *p: tmp_path.joinpath(*p))
    view = IllustrationView()
    qtbot.addWidget(view)
    view.set_exercise(catalog.exercise("cat-camel").model_copy(update={"illustration": "x.svg"}))
    assert view.has_picture
    view.resize(400, 400)
    image = view.grab().toImage()
    assert image.pixelColor(200, 200).value() < 20  # the black rect, centred
    assert image.pixelColor(200, 20).value() > 20  # letterboxed: aspect ratio kept


@pytest.mark.qt_log_ignore(r"^Cannot read file .*bad\.svg")  # the damage this test makes
def test_broken_svg_falls_back(
    qtbot: Any, catalog: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "illustrations").mkdir()
    (tmp_path / "illustrations" / "bad.svg").write_text("not svg")
    monkeypatch.setattr(illustration, "asset", lambda *p: tmp_path.joinpath(*p))
    view = IllustrationView()
    qtbot.addWidget(view)
    view.set_exercise(catalog.exercise("cat-camel").model_copy(update={"illustration": "bad.svg"}))
    assert not view.has_picture


def test_safety_notice_says_what_the_sources_say(qtbot: Any) -> None:
    dialog = SafetyNotice()
    qtbot.addWidget(dialog)
    text = dialog.text.text()
    assert "not a prescription" in text
    assert "physiotherapist or doctor" in text
    assert "pillow under your stomach" in text


def test_show_safety_notice_is_modal_and_returns(qtbot: Any) -> None:
    from PySide6.QtWidgets import QApplication

    def accept() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SafetyNotice)
        dialog.ok.click()

    QTimer.singleShot(0, accept)
    show_safety_notice()
