"""The exercise's picture: its SVG from assets/illustrations/, or a clean placeholder.

No signals.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from backbreak.assets_path import asset
from backbreak.domain.exercise import Exercise
from backbreak.ui import theme
from backbreak.ui.session_text import POSITION_TEXT


def illustration_renderer(exercise: Exercise) -> QSvgRenderer | None:
    """The exercise's SVG, or None when it has none or the file is missing or broken."""
    if not exercise.illustration:
        return None
    path = asset("illustrations", exercise.illustration)
    if not path.is_file():
        return None
    renderer = QSvgRenderer(str(path))
    return renderer if renderer.isValid() else None


class IllustrationView(QWidget):
    """Draws the SVG scaled to fit (aspect kept), or the starting position in words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._renderer: QSvgRenderer | None = None
        self._caption = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 160)

    def sizeHint(self) -> QSize:
        return QSize(480, 400)

    @property
    def has_picture(self) -> bool:
        return self._renderer is not None

    def set_exercise(self, exercise: Exercise | None) -> None:
        self._renderer = illustration_renderer(exercise) if exercise else None
        self._caption = POSITION_TEXT[exercise.position] if exercise else ""
        name = exercise.name if exercise else ""
        self.setAccessibleName(
            f"Picture: {name}" if self._renderer else f"Position: {self._caption}"
        )
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect()).adjusted(8, 8, -8, -8)
        if self._renderer is not None:
            box = self._renderer.viewBoxF()
            if box.width() > 0 and box.height() > 0:
                scale = min(area.width() / box.width(), area.height() / box.height())
                w, h = box.width() * scale, box.height() * scale
                area = QRectF(area.center().x() - w / 2, area.center().y() - h / 2, w, h)
            self._renderer.render(painter, area)
            return
        pal = self.palette()
        pen = QPen(pal.color(QPalette.ColorRole.Mid), 3, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(pal.color(QPalette.ColorRole.AlternateBase))
        painter.drawRoundedRect(area, 18, 18)
        painter.setPen(pal.color(QPalette.ColorRole.WindowText))
        painter.setFont(theme.font(self, max(16, int(min(area.height(), area.width()) / 13))))
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        painter.drawText(area.adjusted(24, 24, -24, -24), flags, self._caption)
