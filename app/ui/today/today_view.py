"""The "Today" tab, laid out: the date and the opening hours that apply, the day's appointments,
and what can be done with one. A view only; app.ui.today.today wires it."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui.i18n import translate
from app.ui.today.today_model import COL_CUSTOMER, COL_REMOTE, COL_STATUS, COL_TIME


class TodayView(QWidget):
    """Public widgets: `day`, `hours`, `table`, `empty` and the four action buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day = QLabel()  # "Tuesday 24 November"
        font = self.day.font()
        font.setBold(True)
        self.day.setFont(font)
        self.hours = QLabel()  # one line per policy that matters today
        self.hours.setWordWrap(True)
        self.table = QTableView()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.empty = QLabel(translate("TodayView", "No appointments today."))
        self.start = QPushButton(translate("TodayView", "Start session"))
        self.book = QPushButton(translate("TodayView", "Book…"))
        self.reschedule = QPushButton(translate("TodayView", "Reschedule…"))
        self.cancel = QPushButton(translate("TodayView", "Cancel…"))

        heading = QHBoxLayout()
        heading.addWidget(self.day)
        heading.addWidget(self.hours, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start)
        buttons.addStretch(1)
        for button in (self.reschedule, self.cancel, self.book):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)

    def fit_columns(self) -> None:
        """After the model is set: time and status sized to their text (the status in bold, as
        a waited-for customer's reads), the rest shares."""
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        bold = self.table.font()
        bold.setBold(True)
        header.setSectionResizeMode(COL_TIME, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(COL_TIME, metrics.horizontalAdvance("00:00") + 24)
        header.setSectionResizeMode(COL_CUSTOMER, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_STATUS, QHeaderView.ResizeMode.Fixed)
        sample = translate("Appointments", "late by {span} (tolerance ends {time})").format(
            span=translate("Appointments", "{minutes} min").format(minutes=10), time="00:00"
        )
        header.resizeSection(COL_STATUS, QFontMetrics(bold).horizontalAdvance(sample) + 24)
        header.setSectionResizeMode(COL_REMOTE, QHeaderView.ResizeMode.Stretch)
