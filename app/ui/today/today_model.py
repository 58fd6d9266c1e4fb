"""The day's appointments as a Qt table model, each with its live status.

The model holds plain AppointmentRecords and the instant they were last looked at; `set_records`
starts over (after a booking, a change, a started or ended session), and `tick(now)` only works
out each row's live status again ("upcoming (starts in 12 min)", "late by 6 min (tolerance ends
14:10)", "missed"…) and signals the cells whose text changed, so a timer can call it cheaply.
Tested without a view.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, tzinfo
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.core.appointment import (
    AppointmentRecord,
    AppointmentStatus,
    LiveState,
    LiveStatus,
    live_status,
)
from app.ui.display import NO_VALUE, tool_label
from app.ui.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.table_model import AnyIndex, RowsTableModel
from app.ui.today.reminders import live_text

COL_TIME, COL_CUSTOMER, COL_STATUS, COL_REMOTE, COL_NOTE = range(5)
HEADERS = (
    QT_TRANSLATE_NOOP("TodayModel", "Time"),
    QT_TRANSLATE_NOOP("TodayModel", "Customer"),
    QT_TRANSLATE_NOOP("TodayModel", "Status"),
    QT_TRANSLATE_NOOP("TodayModel", "Equipment"),
    QT_TRANSLATE_NOOP("TodayModel", "Note"),
)
STATUS_WORDS = {
    AppointmentStatus.BOOKED: QT_TRANSLATE_NOOP("TodayModel", "booked"),
    AppointmentStatus.STARTED: QT_TRANSLATE_NOOP("TodayModel", "started"),
    AppointmentStatus.MISSED: QT_TRANSLATE_NOOP("TodayModel", "missed"),
    AppointmentStatus.CANCELLED: QT_TRANSLATE_NOOP("TodayModel", "cancelled"),
    AppointmentStatus.RESCHEDULED: QT_TRANSLATE_NOOP("TodayModel", "rescheduled"),
}
RECORD_ROLE = Qt.ItemDataRole.UserRole  # the row's AppointmentRecord
STATE_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's LiveState

_COLOURS = {  # the status cell's text: amber while the customer is awaited, red once too late
    LiveState.DUE: QColor("#8a5a00"),
    LiveState.LATE: QColor("#8a5a00"),
    LiveState.MISSED: QColor("#b3261e"),
    LiveState.CANCELLED: QColor("#6b6b6b"),
    LiveState.RESCHEDULED: QColor("#6b6b6b"),
    LiveState.DONE: QColor("#6b6b6b"),
}
_URGENT = (LiveState.DUE, LiveState.LATE)


class TodayModel(RowsTableModel):
    """Rows of (AppointmentRecord, LiveStatus), in the order they are given (by start time)."""

    def __init__(self, zone: tzinfo | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = tuple(translate("TodayModel", header) for header in HEADERS)
        self._zone = zone  # None: the system's local zone
        self._records: list[AppointmentRecord] = []
        self._live: list[LiveStatus] = []
        self._texts: list[str] = []  # each row's live status, as shown

    def set_records(self, records: Sequence[AppointmentRecord], now: datetime) -> None:
        self.beginResetModel()
        self._records = list(records)
        self._live = [live_status(r, now, self._zone) for r in self._records]
        self._texts = [
            live_text(r, live, now, self._zone)
            for r, live in zip(self._records, self._live, strict=True)
        ]
        self.endResetModel()

    def tick(self, now: datetime) -> None:
        """Work out the live statuses at `now`; only changed status cells are redrawn."""
        for row, record in enumerate(self._records):
            live = live_status(record, now, self._zone)
            if live != self._live[row]:
                self._live[row] = live
                self._texts[row] = live_text(record, live, now, self._zone)
                cell = self.index(row, COL_STATUS)
                self.dataChanged.emit(cell, cell)

    # -- reading -------------------------------------------------------------------------------

    def record(self, row: int) -> AppointmentRecord:
        return self._records[row]

    def live(self, row: int) -> LiveStatus:
        return self._live[row]

    def records(self) -> list[AppointmentRecord]:
        return list(self._records)

    def row_of(self, appointment_id: int) -> int | None:
        for row, record in enumerate(self._records):
            if record.id == appointment_id:
                return row
        return None

    def count(self, *states: LiveState) -> int:
        return sum(1 for live in self._live if live.state in states)

    def row_total(self) -> int:
        return len(self._records)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        record, live = self._records[index.row()], self._live[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(record, index.row(), column)
        if role == RECORD_ROLE:
            return record
        if role == STATE_ROLE:
            return live.state
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(record)
        if column == COL_STATUS and role == Qt.ItemDataRole.ForegroundRole:
            colour = _COLOURS.get(live.state)
            return QBrush(colour) if colour is not None else None
        if column == COL_STATUS and role == Qt.ItemDataRole.FontRole and live.state in _URGENT:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, record: AppointmentRecord, row: int, column: int) -> str:
        if column == COL_TIME:
            return f"{record.scheduled_at.astimezone(self._zone):%H:%M}"
        if column == COL_CUSTOMER:
            return record.customer_name
        if column == COL_STATUS:
            return self._texts[row]
        if column == COL_REMOTE:
            parts = [record.equipment_label, record.tool.display_name if record.tool else ""]
            return " — ".join(p for p in parts if p) or NO_VALUE
        if column == COL_NOTE:
            return record.note
        return ""

    def _tooltip(self, record: AppointmentRecord) -> str:
        status = translate("TodayModel", STATUS_WORDS[record.status])
        lines = [
            translate("TodayModel", "Appointment {id}, {status}").format(
                id=record.id, status=status
            )
        ]
        if record.expected_minutes:
            text = translate("TodayModel", "Expected length: {minutes} min")
            lines.append(text.format(minutes=record.expected_minutes))
        if record.tool is not None:
            text = translate("TodayModel", "Tool: {tool}")
            lines.append(text.format(tool=tool_label(record.tool)))
        if record.rescheduled_from_id is not None:
            text = translate("TodayModel", "Replaces appointment {id}")
            lines.append(text.format(id=record.rescheduled_from_id))
        if record.rescheduled_to_id is not None:
            text = translate("TodayModel", "Replaced by appointment {id}")
            lines.append(text.format(id=record.rescheduled_to_id))
        if record.reason:
            lines.append(translate("TodayModel", "Reason: {reason}").format(reason=record.reason))
        if record.note:
            lines.append(translate("TodayModel", "Note: {note}").format(note=record.note))
        return "\n".join(lines)
