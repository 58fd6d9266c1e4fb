"""The outbox as a Qt table model: one row per message, newest first, with its status, attempts
and the server's last reply. Tested without a view. Labels are translated when shown (context
"OutboxModel")."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import tzinfo
from typing import Any

from PySide6.QtCore import QObject, Qt

from app.services.outbox import OutboxRecord
from app.ui.display import NO_VALUE, local_datetime_text
from app.ui.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.table_model import AnyIndex, RowsTableModel

COL_STATUS, COL_TO, COL_SUBJECT, COL_KIND, COL_ATTEMPTS, COL_CREATED, COL_SENT, COL_ERROR = range(8)
CONTEXT = "OutboxModel"
HEADERS = (
    QT_TRANSLATE_NOOP("OutboxModel", "Status"),
    QT_TRANSLATE_NOOP("OutboxModel", "To"),
    QT_TRANSLATE_NOOP("OutboxModel", "Subject"),
    QT_TRANSLATE_NOOP("OutboxModel", "Kind"),
    QT_TRANSLATE_NOOP("OutboxModel", "Attempts"),
    QT_TRANSLATE_NOOP("OutboxModel", "Queued"),
    QT_TRANSLATE_NOOP("OutboxModel", "Sent"),
    QT_TRANSLATE_NOOP("OutboxModel", "Problem"),
)
RECORD_ROLE = Qt.ItemDataRole.UserRole  # the row's OutboxRecord

STATUS_LABELS = {
    "queued": QT_TRANSLATE_NOOP("OutboxModel", "Queued"),
    "held": QT_TRANSLATE_NOOP("OutboxModel", "Held for review"),
    "sending": QT_TRANSLATE_NOOP("OutboxModel", "Sending"),
    "sent": QT_TRANSLATE_NOOP("OutboxModel", "Sent"),
    "failed": QT_TRANSLATE_NOOP("OutboxModel", "Failed"),
    "discarded": QT_TRANSLATE_NOOP("OutboxModel", "Discarded"),
}
KIND_LABELS = {
    "invitation": QT_TRANSLATE_NOOP("OutboxModel", "Invitation"),
    "rescheduled": QT_TRANSLATE_NOOP("OutboxModel", "Rescheduled"),
    "cancellation": QT_TRANSLATE_NOOP("OutboxModel", "Cancellation"),
    "session_summary": QT_TRANSLATE_NOOP("OutboxModel", "Session summary"),
    "invoice": QT_TRANSLATE_NOOP("OutboxModel", "Invoice"),
    "receipt": QT_TRANSLATE_NOOP("OutboxModel", "Receipt"),
    "credit_note": QT_TRANSLATE_NOOP("OutboxModel", "Credit note"),
}
NO_ADDRESS = QT_TRANSLATE_NOOP("OutboxModel", "(no address)")


def status_label(status: str) -> str:
    label = STATUS_LABELS.get(status)
    return translate(CONTEXT, label) if label else status.capitalize()


def kind_label(kind: str) -> str:
    label = KIND_LABELS.get(kind)
    return translate(CONTEXT, label) if label else kind


class OutboxTableModel(RowsTableModel):
    def __init__(self, zone: tzinfo | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers: tuple[str, ...] = tuple(translate(CONTEXT, header) for header in HEADERS)
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
            COL_TO: record.recipient or translate(CONTEXT, NO_ADDRESS),
            COL_SUBJECT: record.subject,
            COL_KIND: kind_label(record.kind),
            COL_ATTEMPTS: str(record.attempts),
            COL_CREATED: local_datetime_text(record.created_at, self._zone),
            COL_SENT: local_datetime_text(record.sent_at, self._zone),
            COL_ERROR: record.last_error or NO_VALUE,
        }
        return texts.get(column, "")
