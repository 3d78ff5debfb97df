"""No unreadable text under a light, a dark or a high-contrast palette (WCAG AA:
4.5:1 for text, 3:1 for large text and for graphics that carry meaning)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTabWidget, QWidget

from backbreak.domain.catalog import Catalog
from backbreak.domain.settings import Settings
from backbreak.ui import palettes
from backbreak.ui.palettes import AA_LARGE, AA_TEXT, TEXT_PAIRS, Tone, contrast, tone

UI = Path(palettes.__file__).parent
COLOUR_LITERAL = re.compile(r"#[0-9a-fA-F]{6}\b|QColor\(\"")
ALLOWED_COLOUR_FILES = {"palettes.py", "tray.py"}
"""palettes.py holds the checked colours; the tray icon's fallback drawing sits on the
panel's own background, which no palette describes."""


@pytest.fixture(params=sorted(palettes.PALETTES))
def palette(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[QPalette]:
    """The app under one of the three palettes; the old one is put back afterwards."""
    old = QPalette(qapp.palette())
    new = palettes.PALETTES[request.param]()
    qapp.setPalette(new)
    yield new
    qapp.setPalette(old)


def test_palette_text_roles_read(palette: QPalette) -> None:
    for text, background in TEXT_PAIRS:
        ratio = contrast(palette.color(text), palette.color(background))
        assert ratio >= AA_TEXT, f"{text.name} on {background.name}: {ratio:.2f}"


@pytest.mark.parametrize("which", list(Tone))
def test_tones_read(palette: QPalette, which: Tone) -> None:
    ratio = contrast(tone(palette, which), palette.color(QPalette.ColorRole.Window))
    assert ratio >= which.value[2], f"{which.name}: {ratio:.2f}"


def test_tone_gives_way_to_a_palette_that_would_hide_it() -> None:
    """A window in the error colour's own hue still gets an error line that reads."""
    odd = QPalette(palettes.light_palette())
    odd.setColor(QPalette.ColorRole.Window, odd.color(QPalette.ColorRole.Window).darker(130))
    ratio = contrast(tone(odd, Tone.ERROR), odd.color(QPalette.ColorRole.Window))
    assert ratio >= AA_TEXT


def _minimum(widget: QWidget) -> float:
    """3:1 for large text (≥ 24 px, or ≥ 18.67 px bold), else 4.5:1."""
    font = widget.font()
    px = font.pixelSize() if font.pixelSize() > 0 else font.pointSizeF() * 96 / 72
    large = px >= 24 or (font.bold() and px >= 18.67)
    return AA_LARGE if large else AA_TEXT


def unreadable(window: QWidget) -> list[str]:
    """Every shown label and button whose text doesn't reach its minimum ratio."""
    bad = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, (QLabel, QAbstractButton)) or not widget.isVisibleTo(window):
            continue
        if not widget.text().strip():
            continue
        pal = widget.palette()
        ratio = contrast(pal.color(widget.foregroundRole()), pal.color(widget.backgroundRole()))
        if ratio < _minimum(widget):
            bad.append(f"{widget.text()[:30]!r}: {ratio:.2f}")
    return bad


def test_session_window_reads(palette: QPalette, make_window: Any, clock: Any) -> None:
    w = make_window(["calf-stretch-lunge"], prepare_seconds=5)
    assert unreadable(w) == []
    w._next()
    assert unreadable(w) == []


def test_settings_dialog_reads(palette: QPalette, qtbot: Any, catalog: Catalog) -> None:
    from backbreak.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(Settings(safety_notice_seen=True), catalog)
    qtbot.addWidget(dialog)
    for line in (*dialog._kit.errors.values(), *dialog._kit.warnings.values()):
        line.setText("A message")
        line.show()
    tabs = dialog.findChild(QTabWidget)
    assert tabs is not None
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        assert unreadable(dialog) == [], tabs.tabText(index)


def test_reminder_card_reads(palette: QPalette, qtbot: Any) -> None:
    from backbreak.desktop.notify.base import Reminder
    from backbreak.ui.reminder_card import ReminderCard

    card = ReminderCard()
    qtbot.addWidget(card)
    card.show_reminder(Reminder(key="k", title="Time for a break", body="Prone lying, 3 min"))
    assert unreadable(card) == []
    card_style = card.findChild(QWidget, "card").styleSheet()
    assert tone(palette, Tone.ACCENT).name() in card_style


def test_no_unchecked_colour_literals() -> None:
    """Colours live in palettes.py, where the tests above check them."""
    found: list[str] = []
    for path in sorted(UI.glob("*.py")):
        if path.name in ALLOWED_COLOUR_FILES:
            continue
        for n, line in enumerate(path.read_text().splitlines(), 1):
            if COLOUR_LITERAL.search(line):
                found.append(f"{path.name}:{n}: {line.strip()}")
    assert found == []


def test_illustration_figure_stands_out(palette: QPalette) -> None:
    """The art's dark figure colour reads at 3:1 on what is behind it: the window, or
    the light plate drawn on dark windows."""
    from PySide6.QtGui import QColor

    from backbreak.ui.session_illustration import backdrop

    figure = QColor("#2e3a48")  # the body fill of every pose in assets/illustrations
    behind = backdrop(palette) or palette.color(QPalette.ColorRole.Window)
    assert contrast(figure, behind) >= AA_LARGE


def _strongest_edge(widget: QWidget, area: Any, ground: Any) -> float:
    """The highest contrast of any pixel in ``area`` of ``widget`` against ``ground``."""
    from PySide6.QtGui import QColor

    image = widget.grab().toImage()
    return max(
        contrast(QColor(image.pixel(x, y)), ground)
        for x in range(area.left(), area.right() + 1)
        for y in range(area.top(), area.bottom() + 1)
    )


def test_unchecked_boxes_fields_and_progress_tracks_show_their_edges(
    qtbot: Any, palette: QPalette
) -> None:
    """WCAG 1.4.11: a control's edge 3:1 against its ground. Fusion's outline was black
    on the high-contrast palette's black: an unchecked box could not be seen."""
    from PySide6.QtWidgets import (
        QCheckBox,
        QProgressBar,
        QSpinBox,
        QStyle,
        QStyleFactory,
        QStyleOptionButton,
    )

    from backbreak.ui.outline_style import VisibleOutlines

    style = VisibleOutlines(QStyleFactory.create("Fusion"))
    box, spin, progress = QCheckBox("Sat"), QSpinBox(), QProgressBar()
    progress.setTextVisible(False)
    for widget in (box, spin, progress):
        qtbot.addWidget(widget)
        widget.setStyle(style)
        widget.setPalette(palette)
        widget.show()
    option = QStyleOptionButton()
    option.initFrom(box)
    indicator = style.subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    base = palette.color(QPalette.ColorRole.Base)
    assert _strongest_edge(box, indicator, base) >= AA_LARGE
    window = palette.color(QPalette.ColorRole.Window)
    assert _strongest_edge(spin, spin.rect(), window) >= AA_LARGE
    assert _strongest_edge(progress, progress.rect(), window) >= AA_LARGE


def test_the_app_palettes_come_with_the_visible_outlines(monkeypatch: Any, qapp: Any) -> None:
    from backbreak.ui.outline_style import VisibleOutlines

    old_style, old_palette = qapp.style().name(), QPalette(qapp.palette())
    monkeypatch.setenv("BACKBREAK_PALETTE", "high-contrast")
    try:
        assert palettes.apply_from_env(qapp) == "high-contrast"
        assert isinstance(qapp.style(), VisibleOutlines)
    finally:
        qapp.setStyle(old_style)
        qapp.setPalette(old_palette)
