"""The shared look of backbreak's windows: font sizes and big touch-friendly buttons.

Colours come from the palette (roles, not hex values), so a high-contrast or dark
system theme carries through; sizes are in pixels relative to the window where text
must be read from across a room.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractButton, QWidget

BUTTON_HEIGHT = 64
"""Big enough to hit from a kneeling position with an outstretched hand."""

BODY_PX = 20
HEADING_PX = 34
CAPTION_PX = 17


def font(widget: QWidget, px: int, *, bold: bool = False) -> QFont:
    """The widget's font at ``px`` pixels (pixel sizes keep proportions across DPI settings)."""
    f = QFont(widget.font())
    f.setPixelSize(max(8, px))
    f.setBold(bold)
    return f


def set_font(widget: QWidget, px: int, *, bold: bool = False) -> None:
    widget.setFont(font(widget, px, bold=bold))


def big_button(button: QAbstractButton, accessible_name: str, *, px: int = BODY_PX) -> None:
    """Make a button large and give it a name screen readers announce."""
    button.setMinimumHeight(BUTTON_HEIGHT)
    button.setMinimumWidth(120)
    set_font(button, px, bold=True)
    button.setAccessibleName(accessible_name)
