"""The session window's header: the break's title, progress, position and what comes next.

A merged break's title can be long ("Routine block: hip & pelvis + prone holds + …");
it ends in "…" where the header runs out of room instead of being cut mid-word, and
the full title stays available as the tooltip and to screen readers. No signals.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from backbreak.session.machine import Phase, SessionView
from backbreak.ui import theme

TITLE_MIN_CHARS = 6
NEXT_MIN_CHARS = 40
"""Squeezed, the title gives way first: "Next: …" keeps room for most exercise names."""


class ElidedLabel(QLabel):
    """A one-line label that ends its text in "…" where its width runs out.

    ``text()`` is the whole text, also set as the tooltip and the accessible name;
    :meth:`shown_text` is what fits, re-elided at every paint (so after every resize).
    The size hint asks for the whole text, so the label grows back when there is room;
    the minimum shows the first ``min_chars`` characters (or the whole text if shorter),
    so a long text never pushes the rest aside.
    """

    def __init__(self, text: str = "", min_chars: int = 6, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._min_chars = min_chars
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(False)
        self.setText(text)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)
        self.setAccessibleName(text)

    def shown_text(self) -> str:
        """The text as it fits the label's width now ("…" at the end when cut)."""
        width = self.contentsRect().width()
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, width)

    def minimumSizeHint(self) -> QSize:
        start = self.text()[: self._min_chars] + "…"
        width = min(self.fontMetrics().horizontalAdvance(start), self.sizeHint().width())
        return QSize(width, super().minimumSizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.drawText(self.contentsRect(), int(self.alignment()), self.shown_text())


class SessionHeader(QWidget):
    """Title · progress bar · "2 of 5" · "Next: …" across the top of the window."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(24, 12, 24, 0)
        self.title_label = ElidedLabel(title, TITLE_MIN_CHARS)
        theme.set_font(self.title_label, theme.CAPTION_PX + 2, bold=True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Progress through the break"))
        self.progress.setMaximumHeight(14)
        self.position_label = QLabel()
        theme.set_font(self.position_label, theme.CAPTION_PX + 2, bold=True)
        self.next_label = ElidedLabel(min_chars=NEXT_MIN_CHARS)
        theme.set_font(self.next_label, theme.CAPTION_PX + 2)
        self.title_label.setAccessibleDescription(self.tr("Break"))
        self.progress.setAccessibleDescription(self.tr("How much of the break is done"))
        self.position_label.setAccessibleDescription(self.tr("Exercise number"))
        self.next_label.setAccessibleDescription(self.tr("The exercise after this one"))
        row.addWidget(self.title_label)
        row.addWidget(self.progress, 1)
        row.addWidget(self.position_label)
        row.addWidget(self.next_label)

    def show_view(self, view: SessionView) -> None:
        """Progress always; where we are and what comes next only during the exercises."""
        self.progress.setValue(int(view.progress * 1000))
        if view.phase in (Phase.INTRO, Phase.SUMMARY):
            self.position_label.setText("")
            self.next_label.setText("")
            return
        self.position_label.setText(
            self.tr("{number} of {count}").format(number=view.index + 1, count=view.count)
        )
        nxt = view.next_exercise
        self.next_label.setText(
            self.tr("·  Next: {name}").format(name=nxt.name) if nxt else self.tr("·  Last one")
        )
