"""A small bar chart painted with QPainter (no QtCharts: it is a large extra module).

Bars show a share from 0 to 1 (a day's adherence); a dashed line marks a threshold
(the streak's), and labels under the bars are thinned out so they never overlap.
The chart's numbers are also in its tooltip and accessible description, for people
who can't see the bars.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from backbreak.ui.palettes import Tone, tone


class BarChart(QWidget):
    """Bars for (label, share 0-1) pairs, oldest first. No signals."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        self._data: list[tuple[str, float]] = []
        self._threshold: float | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(150)

    def sizeHint(self) -> QSize:
        return QSize(420, 150)

    def set_data(self, data: Sequence[tuple[str, float]], threshold: float | None = None) -> None:
        self._data = [(label, max(0.0, min(1.0, value))) for label, value in data]
        self._threshold = threshold
        summary = ", ".join(f"{label}: {value:.0%}" for label, value in self._data)
        self.setToolTip(f"{self._title}\n{summary}")
        self.setAccessibleName(self._title)
        self.setAccessibleDescription(summary)
        self.update()

    def data(self) -> list[tuple[str, float]]:
        return list(self._data)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_color = self.palette().color(QPalette.ColorRole.WindowText)
        metrics = painter.fontMetrics()
        line = metrics.height()
        left = metrics.horizontalAdvance("100%") + 6
        top = line / 2 + 2
        plot = QRectF(left, top, self.width() - left - 4, self.height() - line - 8 - top)
        self._draw_scale(painter, plot, text_color)
        if not self._data:
            painter.setPen(text_color)
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.tr("No days yet"))
            return
        self._draw_bars(painter, plot, text_color)
        if self._threshold is not None:
            painter.setPen(QPen(text_color, 1, Qt.PenStyle.DashLine))
            y = plot.bottom() - self._threshold * plot.height()
            painter.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))

    @staticmethod
    def _draw_scale(painter: QPainter, plot: QRectF, text_color: QColor) -> None:
        """Faint lines at 0, 50 and 100 %, labelled left of the plot."""
        faint = QColor(text_color)
        faint.setAlpha(60)
        line = painter.fontMetrics().height()
        for share in (0.0, 0.5, 1.0):
            y = plot.bottom() - share * plot.height()
            painter.setPen(QPen(faint, 1))
            painter.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
            painter.setPen(text_color)
            painter.drawText(
                QRectF(0, y - line / 2, plot.left() - 4, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{share:.0%}",
            )

    def _draw_bars(self, painter: QPainter, plot: QRectF, text_color: QColor) -> None:
        """The bars (below the threshold in the warning colour), and every n-th label:
        as many as fit without overlapping, counted from the newest day."""
        metrics = painter.fontMetrics()
        line = metrics.height()
        n = len(self._data)
        slot = plot.width() / n
        bar_width = max(2.0, slot * 0.7)
        widest = max(metrics.horizontalAdvance(label) for label, _ in self._data) + 6
        every = max(1, int(widest // slot) + 1)
        for i, (label, share) in enumerate(self._data):
            x = plot.left() + i * slot + (slot - bar_width) / 2
            height = share * plot.height()
            low = self._threshold is not None and share < self._threshold
            painter.fillRect(
                QRectF(x, plot.bottom() - height, bar_width, height),
                tone(self.palette(), Tone.LOW if low else Tone.GOOD),
            )
            if (n - 1 - i) % every == 0:
                painter.setPen(text_color)
                painter.drawText(
                    QRectF(plot.left() + i * slot - slot, plot.bottom() + 4, slot * 3, line),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                    label,
                )
