"""Check boxes, radio buttons and fields whose edges can be seen on every palette.

Fusion draws these outlines in the window colour darkened by 40%: on the high-contrast
palette (black window) an unchecked check box was a black square on black, and the
spin boxes and the session's progress bar had no edge at all; on the dark palette they
were faint. WCAG asks 3:1 for the edge of a control against what it sits on. Where
Fusion's outline falls short of that, this style draws the edge again in a colour of
the palette that reaches it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QStyleOptionComplex, QWidget

from backbreak.ui.palettes import AA_LARGE, contrast

Role = QPalette.ColorRole
PE = QStyle.PrimitiveElement
CC = QStyle.ComplexControl
_BOXES = (PE.PE_IndicatorCheckBox, PE.PE_FrameLineEdit)
_FIELDS = (CC.CC_SpinBox, CC.CC_ComboBox)


def fusion_outline(palette: QPalette) -> QColor:
    """The colour Fusion outlines controls with (its window colour, darker)."""
    return palette.color(Role.Window).darker(140)


def edge_colour(palette: QPalette) -> QColor | None:
    """The colour to draw a control's edge in, or None when Fusion's own is clear
    enough (3:1 against both the field and the window)."""
    grounds = (palette.color(Role.Base), palette.color(Role.Window))
    if all(contrast(fusion_outline(palette), g) >= AA_LARGE for g in grounds):
        return None
    for role in (Role.Mid, Role.Text, Role.WindowText):
        colour = palette.color(role)
        if all(contrast(colour, g) >= AA_LARGE for g in grounds):
            return colour
    return palette.color(Role.WindowText)


class VisibleOutlines(QProxyStyle):
    """Fusion (or the style given), with control edges redrawn where they are faint."""

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        /,
        widget: QWidget | None = None,
    ) -> None:
        self.baseStyle().drawPrimitive(element, option, painter, widget)
        if element in _BOXES or element == PE.PE_IndicatorRadioButton:
            _edge(painter, option, round_=element == PE.PE_IndicatorRadioButton)

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        /,
        widget: QWidget | None = None,
    ) -> None:
        self.baseStyle().drawControl(element, option, painter, widget)
        if element == QStyle.ControlElement.CE_ProgressBarGroove:
            _edge(painter, option, round_=False)

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        /,
        widget: QWidget | None = None,
    ) -> None:
        self.baseStyle().drawComplexControl(control, option, painter, widget)
        if control in _FIELDS:
            _edge(painter, option, round_=False)


def _edge(painter: QPainter, option: QStyleOption, *, round_: bool) -> None:
    colour = edge_colour(option.palette)
    if colour is None:
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, round_)
    painter.setPen(QPen(colour, 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    rect = option.rect.adjusted(0, 0, -1, -1)
    if round_:
        painter.drawEllipse(rect)
    else:
        painter.drawRect(rect)
    painter.restore()
