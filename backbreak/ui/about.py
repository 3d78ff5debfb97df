"""About & safety: what backbreak is, where its exercises come from, and when to stop."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from backbreak import __version__
from backbreak.domain.catalog import Catalog
from backbreak.i18n import QT_TRANSLATE_NOOP
from backbreak.ui.fit import fit_height

SAFETY = QT_TRANSLATE_NOOP(
    "AboutDialog",
    "These exercises are general advice for a healthy back, not a prescription written for "
    "you. If anything gets worse while or after you do an exercise, stop it and see a "
    "physiotherapist or doctor.",
)


def about_html(catalog: Catalog) -> str:
    parts = [
        f"<h3>backbreak {escape(__version__)}</h3>",
        "<p>{}</p>".format(
            escape(
                QCoreApplication.translate(
                    "AboutDialog",
                    "Reminds you to do back exercises while you sit at a computer, and guides "
                    "you through them.",
                )
            )
        ),
        "<p><b>{}</b> {}</p>".format(
            escape(QCoreApplication.translate("AboutDialog", "Safety.")),
            escape(QCoreApplication.translate("AboutDialog", SAFETY)),
        ),
        "<p><b>{}</b></p><ul>".format(
            escape(QCoreApplication.translate("AboutDialog", "Where the exercises come from"))
        ),
    ]
    for source in catalog.sources.values():
        parts.append(
            f"<li><b>{escape(source.title)}</b> ({escape(source.author)}, "
            f"{escape(source.kind)})<br>{escape(source.notice)}</li>"
        )
    parts.append("</ul>")
    return "".join(parts)


class AboutDialog(QDialog):
    """A plain dialog with the version, the safety text and the sources. Signals: none."""

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About backbreak"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        text = QLabel(about_html(catalog))
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setWordWrap(True)
        layout.addWidget(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_height(self, max(self.minimumWidth(), self.sizeHint().width()))
