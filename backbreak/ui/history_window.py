"""The history window: today against the prescription, adherence charts, pain reports.

The numbers come from backbreak/store/stats.py (no Qt); this module only lays them
out. The window re-reads the history each time it is shown, and on Refresh.
No signals.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from backbreak.domain.catalog import Catalog
from backbreak.domain.settings import Settings
from backbreak.i18n import QT_TRANSLATE_NOOP, formats
from backbreak.store.csv_export import write_csv
from backbreak.store.history import HistoryStore
from backbreak.store.stats import (
    EVENING_KEY,
    STREAK_THRESHOLD,
    DayProgress,
    break_summary,
    pain_reports,
    progress_series,
    streak,
)
from backbreak.ui.charts import BarChart
from backbreak.ui.palettes import Tone, tint_label

PAIN_ROWS = 50
FEELING_LABELS = {
    "better": QT_TRANSLATE_NOOP("HistoryWindow", "better"),
    "same": QT_TRANSLATE_NOOP("HistoryWindow", "the same"),
    "worse": QT_TRANSLATE_NOOP("HistoryWindow", "worse"),
}


class HistoryWindow(QWidget):
    """Today's progress, 7- and 30-day adherence, the streak, pain reports, CSV export."""

    def __init__(
        self,
        history: HistoryStore,
        catalog: Catalog,
        settings: Settings,
        clock: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("backbreak — history"))
        self._history = history
        self._catalog = catalog
        self._settings = settings
        self._clock = clock

        columns = QHBoxLayout()
        columns.addLayout(self._today_column(), 2)
        right = QVBoxLayout()
        right.addWidget(self._charts_box())
        right.addWidget(self._pain_box(), 1)
        columns.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(self._button_row())
        self.resize(1000, 620)
        self.refresh()

    def _today_column(self) -> QVBoxLayout:
        """Today's counts, what "~" means, the day's breaks and the streak."""
        self.today_box = QGroupBox(self.tr("Today"))
        self.today_grid = QGridLayout(self.today_box)
        self.streak_label = QLabel()
        self.streak_label.setWordWrap(True)
        self.breaks_label = QLabel()
        self.breaks_label.setWordWrap(True)
        self.explain_label = QLabel()
        self.explain_label.setWordWrap(True)
        tint_label(self.explain_label, Tone.NOTE)
        left = QVBoxLayout()
        left.addWidget(self.today_box)
        left.addWidget(self.explain_label)
        left.addWidget(self.breaks_label)
        left.addWidget(self.streak_label)
        left.addStretch(1)
        return left

    def _charts_box(self) -> QGroupBox:
        self.week_chart = BarChart(self.tr("Last 7 days: share of the prescription done"))
        self.month_chart = BarChart(self.tr("Last 30 days: share of the prescription done"))
        charts = QGroupBox(self.tr("Adherence"))
        chart_col = QVBoxLayout(charts)
        chart_col.addWidget(QLabel(self.tr("Last 7 days")))
        chart_col.addWidget(self.week_chart)
        chart_col.addWidget(QLabel(self.tr("Last 30 days")))
        chart_col.addWidget(self.month_chart)
        return charts

    def _pain_box(self) -> QGroupBox:
        pain_box = QGroupBox(self.tr("Pain reports"))
        self.pain_table = QTableWidget(0, 4)
        self.pain_table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Exercise"), self.tr("Felt afterwards"), self.tr("Note")]
        )
        self.pain_table.verticalHeader().hide()
        self.pain_table.setWordWrap(False)
        self.pain_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.pain_table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.pain_empty = QLabel(
            self.tr("No pain reported. If an exercise hurts, stop it with “This hurts”.")
        )
        pain_col = QVBoxLayout(pain_box)
        pain_col.addWidget(self.pain_empty)
        pain_col.addWidget(self.pain_table)
        return pain_box

    def _button_row(self) -> QHBoxLayout:
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.refresh)
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.clicked.connect(self._ask_export)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(refresh)
        buttons.addWidget(self.export_button)
        return buttons

    def set_settings(self, settings: Settings) -> None:
        """New settings change the prescription; recompute."""
        self._settings = settings
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        today = self._history.local_date(self._clock())
        month = progress_series(self._history, self._catalog, self._settings, today, 30)
        self.today_progress = month[-1]
        self._show_today(month[-1])
        self.explain_label.setText(self._explanation())
        start, end = self._history.day_bounds(today)
        self.breaks_label.setText(break_summary(self._history.breaks_between(start, end)).text())
        self.streak_days = streak(month)
        self.streak_label.setText(
            self.tr(
                "<b>Streak: %n day(s)</b> in a row with at least {percent} of the "
                "prescription done.",
                "",
                self.streak_days,
            ).format(percent=formats.percent(STREAK_THRESHOLD))
        )
        self.week_chart.set_data(
            [(formats.weekday(d.day), d.adherence) for d in month[-7:]], threshold=STREAK_THRESHOLD
        )
        self.month_chart.set_data(
            [(formats.number(d.day.day), d.adherence) for d in month], threshold=STREAK_THRESHOLD
        )
        self._show_pain()

    def _explanation(self) -> str:
        s = self._settings
        hours = f"{formats.clock(s.work_start)}–{formats.clock(s.work_end)}"
        return self.tr(
            "“~” marks an estimate from your work hours ({hours}): prone holds every "
            "2–3 hours, a routine block every %n minute(s). Exercises "
            "you turned off, or whose equipment isn't at hand, are not counted.",
            "",
            s.block_interval_minutes,
        ).format(hours=hours)

    def _show_today(self, progress: DayProgress) -> None:
        while self.today_grid.count():
            child = self.today_grid.takeAt(0)
            widget = child.widget() if child is not None else None
            if widget is not None:
                widget.setParent(None)  # out of findChild() now, not at the next event loop
                widget.deleteLater()
        self.today_box.setTitle(
            self.tr("Today, {date}").format(date=formats.long_date(progress.day))
        )
        if not progress.items:
            self.today_grid.addWidget(QLabel(self.tr("Nothing is prescribed today.")), 0, 0)
            return
        for row, item in enumerate(progress.items):
            bar = QProgressBar()
            bar.setRange(0, item.expected)
            bar.setValue(min(item.done, item.expected))
            bar.setTextVisible(False)
            if item.key == EVENING_KEY:
                text = self.tr("done") if item.done else self.tr("not yet")
            else:
                text = self.tr("{done} of {expected}").format(
                    done=item.done, expected=item.expected_text
                )
            count = QLabel(text)
            count.setObjectName(f"count-{item.key}")
            bar.setAccessibleName(f"{item.label}: {text}")
            self.today_grid.addWidget(QLabel(item.label), row, 0)
            self.today_grid.addWidget(bar, row, 1)
            self.today_grid.addWidget(count, row, 2)
        self.today_grid.setColumnStretch(1, 1)

    def _show_pain(self) -> None:
        reports = pain_reports(self._history, PAIN_ROWS)
        self.pain_table.setRowCount(len(reports))
        for row, report in enumerate(reports):
            exercise = self._catalog.exercises.get(report.exercise_id)
            cells = (
                formats.short_date_time(report.at),
                exercise.name if exercise else report.exercise_id,
                self.tr(FEELING_LABELS.get(report.feeling.value, ""))
                if report.feeling
                else self.tr("not said"),
                report.note,
            )
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.pain_table.setItem(row, col, cell)
        for col in range(3):
            self.pain_table.resizeColumnToContents(col)
        self.pain_table.resizeRowsToContents()
        self.pain_table.setCurrentCell(-1, -1)
        self.pain_table.setVisible(bool(reports))
        self.pain_empty.setVisible(not reports)

    def export_to(self, path: Path) -> int:
        """Write the CSV export; returns the number of records."""
        with path.open("w", encoding="utf-8", newline="") as out:
            return write_csv(self._history, out)

    def _ask_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export history"),
            str(Path.home() / "backbreak-history.csv"),
            self.tr("CSV (*.csv)"),
        )
        if not name:
            return
        try:
            count = self.export_to(Path(name))
        except OSError as err:
            QMessageBox.warning(
                self,
                self.tr("Export failed"),
                self.tr("Could not write {file}:\n{reason}").format(file=name, reason=err.strerror),
            )
            return
        QMessageBox.information(
            self,
            self.tr("Export done"),
            self.tr("Wrote %n record(s) to {file}.", "", count).format(file=name),
        )
