"""The first-run safety notice (the app shows it once and then sets
``Settings.safety_notice_seen``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from backbreak.i18n import QT_TRANSLATE_NOOP
from backbreak.ui import theme

TITLE = QT_TRANSLATE_NOOP("SafetyNotice", "Before you start")

POINTS = (
    QT_TRANSLATE_NOOP(
        "SafetyNotice",
        "The exercises come from a physiotherapy clinic's low-back handout and a personal "
        "trainer's back-care guide. They are general advice for a healthy back, not a "
        "prescription written for you.",
    ),
    QT_TRANSLATE_NOOP(
        "SafetyNotice",
        "If an exercise makes anything worse, stop it and see a physiotherapist or doctor. "
        "The “This hurts” button in every exercise stops it and notes how you feel; after "
        "two “worse” reports backbreak suggests leaving that exercise out and getting it "
        "looked at.",
    ),
    QT_TRANSLATE_NOOP(
        "SafetyNotice",
        "If lying on your stomach is too painful, put a pillow under your stomach.",
    ),
    QT_TRANSLATE_NOOP(
        "SafetyNotice",
        "Move gently, within what is comfortable.",
    ),
)


class SafetyNotice(QDialog):
    """A modal notice with one button. No signals beyond QDialog's."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("{title} — backbreak").format(title=self.tr(TITLE)))
        self.setModal(True)
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(14)
        title = QLabel(self.tr(TITLE))
        theme.set_font(title, theme.HEADING_PX - 6, bold=True)
        layout.addWidget(title)
        self.text = QLabel("\n\n".join(f"•  {self.tr(p)}" for p in POINTS))
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        theme.set_font(self.text, theme.BODY_PX - 2)
        layout.addWidget(self.text)
        self.ok = QPushButton(self.tr("I understand"))
        theme.big_button(self.ok, self.tr("I understand: close the safety notice"))
        self.ok.setDefault(True)
        self.ok.clicked.connect(self.accept)
        layout.addWidget(self.ok)


def show_safety_notice(parent: QWidget | None = None) -> None:
    """Show the notice and wait until the user closes it."""
    SafetyNotice(parent).exec()
