"""Colours with enough contrast: WCAG ratios, the palettes backbreak offers, and tones.

Text colours come from palette roles. Where a window needs a colour of its own (an
error line, a warning, a faint note, a chart's bars, the reminder card's border),
:func:`tone` picks it for the palette in use: a variant for light and one for dark
backgrounds, pulled toward the palette's text colour until it reaches the WCAG AA
ratio (4.5:1 for text, 3:1 for large text and graphics), so no system theme can
make it unreadable.

Three palettes: ``light`` (Fusion's, with a darker selection so white selected text
stays readable), ``dark`` and ``high-contrast``. The app keeps the system's palette
unless ``BACKBREAK_PALETTE`` names one of them (:func:`apply_from_env`).
"""

from __future__ import annotations

import os
from enum import Enum

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

AA_TEXT = 4.5
AA_LARGE = 3.0
"""Also the minimum for graphics that carry meaning (bars, borders)."""

ENV = "BACKBREAK_PALETTE"

PAPER = "#f4f3ef"
"""The illustrations' own background: their art is drawn for a light page, so on a dark
window they sit on a plate of this colour (``session_illustration.backdrop``)."""

Role = QPalette.ColorRole

TEXT_PAIRS: tuple[tuple[QPalette.ColorRole, QPalette.ColorRole], ...] = (
    (Role.WindowText, Role.Window),
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),
    (Role.ButtonText, Role.Button),
    (Role.HighlightedText, Role.Highlight),
    (Role.ToolTipText, Role.ToolTipBase),
    (Role.PlaceholderText, Role.Base),
)
"""(text, background) role pairs that must read at :data:`AA_TEXT` in every palette."""


class Tone(Enum):
    """A colour of backbreak's own: (on light backgrounds, on dark ones), its minimum ratio."""

    ERROR = ("#b3261e", "#ffb4ab", AA_TEXT)
    WARNING = ("#8a5300", "#ffb95c", AA_TEXT)
    NOTE = ("#5f6368", "#b0b4ba", AA_TEXT)
    GOOD = ("#2f6f4f", "#6fcf97", AA_LARGE)
    LOW = ("#a0600f", "#f0b35a", AA_LARGE)
    ACCENT = ("#b8641a", "#f0a050", AA_LARGE)


def luminance(colour: QColor) -> float:
    """WCAG relative luminance of an opaque colour."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio, 1 to 21."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def flatten(colour: QColor, background: QColor) -> QColor:
    """``colour`` as seen over ``background`` (its alpha blended in)."""
    alpha = colour.alphaF()
    return mix(background, colour, alpha)


def mix(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` moved a fraction ``t`` of the way to ``b``."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
    )


def tone(palette: QPalette, which: Tone, background: QPalette.ColorRole = Role.Window) -> QColor:
    """``which`` for ``palette``, at least its minimum ratio against ``background``."""
    light, dark, minimum = which.value
    bg = palette.color(background)
    base = QColor(dark if luminance(bg) < 0.2 else light)
    text = palette.color(Role.WindowText if background == Role.Window else Role.Text)
    for step in range(11):
        colour = mix(base, text, step / 10)
        if contrast(colour, bg) >= minimum:
            return colour
    return text


def tint(widget_palette: QPalette, which: Tone) -> QPalette:
    """A copy of a label's palette whose text is ``which``."""
    palette = QPalette(widget_palette)
    colour = tone(palette, which)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, Role.WindowText, colour)
    return palette


def tint_label(label: QWidget, which: Tone) -> None:
    """Give ``label`` the text colour ``which`` for the palette it has now."""
    label.setPalette(tint(label.palette(), which))


def _build(colours: dict[QPalette.ColorRole, str], disabled: str) -> QPalette:
    palette = QPalette()
    for role, value in colours.items():
        palette.setColor(role, QColor(value))
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled))
    return palette


def light_palette() -> QPalette:
    from PySide6.QtWidgets import QStyleFactory

    style = QStyleFactory.create("Fusion")
    palette = QPalette(style.standardPalette()) if style is not None else QPalette()
    palette.setColor(Role.Highlight, QColor("#1d5f99"))
    palette.setColor(Role.HighlightedText, QColor("#ffffff"))
    palette.setColor(Role.PlaceholderText, QColor("#5f6368"))
    return palette


def dark_palette() -> QPalette:
    """A Fusion-style dark palette."""
    return _build(
        {
            Role.Window: "#353535",
            Role.WindowText: "#f0f0f0",
            Role.Base: "#262626",
            Role.AlternateBase: "#3c3c3c",
            Role.Text: "#f0f0f0",
            Role.Button: "#3d3d3d",
            Role.ButtonText: "#f0f0f0",
            Role.BrightText: "#ff8080",
            Role.Highlight: "#5fa8f0",
            Role.HighlightedText: "#101010",
            Role.ToolTipBase: "#202020",
            Role.ToolTipText: "#f0f0f0",
            Role.PlaceholderText: "#a8a8a8",
            Role.Link: "#8cc4ff",
            Role.Light: "#5a5a5a",
            Role.Midlight: "#474747",
            Role.Mid: "#8a8a8a",
            Role.Dark: "#1e1e1e",
            Role.Shadow: "#0a0a0a",
        },
        disabled="#808080",
    )


def high_contrast_palette() -> QPalette:
    """White on black, selection in yellow: the usual high-contrast scheme."""
    return _build(
        {
            Role.Window: "#000000",
            Role.WindowText: "#ffffff",
            Role.Base: "#000000",
            Role.AlternateBase: "#1a1a1a",
            Role.Text: "#ffffff",
            Role.Button: "#000000",
            Role.ButtonText: "#ffffff",
            Role.BrightText: "#ffff00",
            Role.Highlight: "#ffff00",
            Role.HighlightedText: "#000000",
            Role.ToolTipBase: "#000000",
            Role.ToolTipText: "#ffffff",
            Role.PlaceholderText: "#d0d0d0",
            Role.Link: "#00ffff",
            Role.Light: "#ffffff",
            Role.Midlight: "#c0c0c0",
            Role.Mid: "#ffffff",
            Role.Dark: "#ffffff",
            Role.Shadow: "#ffffff",
        },
        disabled="#a0a0a0",
    )


PALETTES = {"light": light_palette, "dark": dark_palette, "high-contrast": high_contrast_palette}


def apply_from_env(app: QGuiApplication) -> str | None:
    """Use the palette ``BACKBREAK_PALETTE`` names (with the Fusion style, which follows
    palettes faithfully); returns its name, or None to keep the system's."""
    name = os.environ.get(ENV, "").strip().lower()
    if name not in PALETTES:
        return None
    from PySide6.QtWidgets import QApplication

    if isinstance(app, QApplication):
        from PySide6.QtWidgets import QStyleFactory

        from backbreak.ui.outline_style import VisibleOutlines

        app.setStyle(VisibleOutlines(QStyleFactory.create("Fusion")))
    app.setPalette(PALETTES[name]())
    return name
