"""Top-level windows as tall as their wrapped texts need.

``QWidget.adjustSize`` sizes a window to its layout's preferred size, and for wrapped
labels the preferred height belongs to the preferred width, which is not the width the
window gets: a long (German) title then overlapped the text below it on the reminder
card, and the About text lost its last lines. These helpers ask the layout for the
height at the width the window really has.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QWidget


def fit_height(window: QWidget, width: int) -> None:
    """Resize ``window`` to ``width`` and the height its layout needs at that width."""
    # New texts' heights reach the layouts through posted layout requests: deliver them.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    layout = window.layout()
    wrapped = layout is not None and layout.hasHeightForWidth()
    height = layout.totalHeightForWidth(width) if layout is not None and wrapped else -1
    window.resize(width, max(height, window.sizeHint().height()))
