"""The outbox as a Qt table model: one row per message, newest first, with its status, attempts
and the server's last reply. Tested without a view."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import tzinfo
from typing import Any

from PySide6.QtCore import QObject, Qt

from app.services.outbox import OutboxRecord
from app.ui.display import NO_VALUE, local_datetime_text
from app.ui.table_model import AnyIndex, RowsTableModel

COL_STATUS, COL_TO, COL_SUBJECT, COL_KIND, COL_ATTEMPTS, COL_CREATED, COL_SENT, COL_ERROR = range(8)
HEADERS = ("Status", "To", "Subject", "Kind", "Attempts", "Queued", "Sent", "Problem")
RECORD_ROLE = Qt.ItemDataRole.UserRole  # the row's OutboxRecord

STATUS_LABELS = {
    "queued": "Queued",
    "sending": "Sending",
    "sent": "Sent",
    "failed": "Failed",
    "discarded": "Discarded",
}
KIND_LABELS = {
    "invitation": "Invitation",
    "session_summary": "Session summary",
    "invoice": "Invoice",
    "receipt": "Receipt",
    "credit_note": "Credit note",
}


def status_label(status: str) -> str:
    return STATUS_LABELS.get(status, status.capitalize())


class OutboxTableModel(RowsTableModel):
    headers = HEADERS

    def __init__(self, zone: tzinfo | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._zone = zone  # None: the system's local zone
        self._rows: list[OutboxRecord] = []

    def set_rows(self, rows: Sequence[OutboxRecord]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def record(self, row: int) -> OutboxRecord:
        return self._rows[row]

    def row_of(self, message_id: int) -> int | None:
        for row, record in enumerate(self._rows):
            if record.id == message_id:
                return row
        return None

    def row_total(self) -> int:
        return len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(record, index.column())
        if role == RECORD_ROLE:
            return record
        if role == Qt.ItemDataRole.ToolTipRole and record.last_error:
            return record.last_error
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == COL_ATTEMPTS:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _text(self, record: OutboxRecord, column: int) -> str:
        texts = {
            COL_STATUS: status_label(record.status),
            COL_TO: record.recipient or "(no address)",
            COL_SUBJECT: record.subject,
            COL_KIND: KIND_LABELS.get(record.kind, record.kind),
            COL_ATTEMPTS: str(record.attempts),
            COL_CREATED: local_datetime_text(record.created_at, self._zone),
            COL_SENT: local_datetime_text(record.sent_at, self._zone),
            COL_ERROR: record.last_error or NO_VALUE,
        }
        return texts.get(column, "")
