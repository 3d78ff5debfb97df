"""The exercise's picture: its SVG poses from assets/illustrations/, or a placeholder.

Movement exercises have several key poses (``backbreak.ui.illustration`` names them);
the session shows the one that goes with the beat of the rep in progress, so the
picture moves in time with the pacing, and flips it left-right for the other side.

No signals.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from backbreak.domain.exercise import Exercise
from backbreak.ui import palettes, theme
from backbreak.ui.illustration import pose_paths
from backbreak.ui.session_text import POSITION_TEXT

DARK_WINDOW = 0.2
"""A window darker than this relative luminance gets the picture on a light plate."""


def backdrop(palette: QPalette) -> QColor | None:
    """The plate drawn behind the picture: none on a light window; on a dark one the
    light paper the art was drawn for, so its dark figure doesn't vanish into it."""
    window = palette.color(QPalette.ColorRole.Window)
    return QColor(palettes.PAPER) if palettes.luminance(window) < DARK_WINDOW else None


def pose_renderers(exercise: Exercise) -> list[QSvgRenderer]:
    """The exercise's poses that load; empty when it has none or they are broken."""
    renderers = [QSvgRenderer(str(path)) for path in pose_paths(exercise)]
    return [r for r in renderers if r.isValid()]


class IllustrationView(QWidget):
    """Draws the SVG scaled to fit (aspect kept), or the starting position in words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._poses: list[QSvgRenderer] = []
        self._pose = 0
        self._mirrored = False
        self._caption = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 160)

    def sizeHint(self) -> QSize:
        return QSize(480, 400)

    @property
    def has_picture(self) -> bool:
        return bool(self._poses)

    @property
    def pose_count(self) -> int:
        return len(self._poses)

    @property
    def shown_pose(self) -> tuple[int, bool]:
        """(pose index, mirrored) as drawn now."""
        return self._pose, self._mirrored

    def set_exercise(self, exercise: Exercise | None) -> None:
        self._poses = pose_renderers(exercise) if exercise else []
        self._pose, self._mirrored = 0, False
        self._caption = POSITION_TEXT[exercise.position] if exercise else ""
        name = exercise.name if exercise else ""
        if self._poses:
            self.setAccessibleName(self.tr("Picture: {name}").format(name=name))
        else:
            self.setAccessibleName(self.tr("Position: {position}").format(position=self._caption))
        self.update()

    def show_pose(self, index: int, mirrored: bool) -> None:
        """Draw pose ``index`` (wrapping), flipped for the other side when ``mirrored``."""
        pose = index % len(self._poses) if self._poses else 0
        if (pose, mirrored) != (self._pose, self._mirrored):
            self._pose, self._mirrored = pose, mirrored
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect()).adjusted(8, 8, -8, -8)
        if self._poses:
            renderer = self._poses[self._pose]
            box = renderer.viewBoxF()
            if box.width() > 0 and box.height() > 0:
                scale = min(area.width() / box.width(), area.height() / box.height())
                w, h = box.width() * scale, box.height() * scale
                area = QRectF(area.center().x() - w / 2, area.center().y() - h / 2, w, h)
            plate = backdrop(self.palette())
            if plate is not None:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(plate)
                painter.drawRoundedRect(area.adjusted(-6, -6, 6, 6), 12, 12)
            if self._mirrored:
                painter.translate(self.width(), 0)
                painter.scale(-1, 1)
            renderer.render(painter, area)
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
