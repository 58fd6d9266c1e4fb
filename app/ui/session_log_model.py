"""The session log as a Qt table model: newest first, read a page at a time as the view scrolls.

The model knows only a `fetch_page(offset, limit)` function, so tests drive it without a view or
a window, and a log of 10,000 sessions costs one page at start.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import tzinfo
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from app.core.records import SessionRecord
from app.core.session import SessionState
from app.core.timetext import format_hms
from app.ui.display import (
    NO_VALUE,
    STATE_LABELS,
    local_datetime_text,
    outcome_label,
    tool_label,
)

COL_CUSTOMER, COL_TOOL, COL_ACCEPTED, COL_ENDED, COL_DURATION, COL_OUTCOME = range(6)
HEADERS = ("Customer", "Tool", "Accepted", "Ended", "Duration", "Outcome")
PAGE_SIZE = 100  # a screenful or three
RECORD_ROLE = Qt.ItemDataRole.UserRole  # the row's SessionRecord

FetchPage = Callable[[int, int], Sequence[SessionRecord]]
AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the table's invisible root: rows hang off it


class SessionLogModel(QAbstractTableModel):
    """Rows of SessionRecord; `refresh()` starts over, `fetchMore()` appends the next page."""

    def __init__(
        self,
        fetch_page: FetchPage,
        page_size: int = PAGE_SIZE,
        zone: tzinfo | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._fetch_page = fetch_page
        self._page_size = page_size
        self._zone = zone  # None: the system's local zone
        self._rows: list[SessionRecord] = []
        self._ids: set[int] = set()
        self._exhausted = False  # a view attached before refresh() pulls the first page itself

    # -- loading -------------------------------------------------------------------------------

    def refresh(self, first_page: Sequence[SessionRecord] | None = None) -> None:
        """Start over from the newest session; `first_page` saves the query when already read."""
        rows = list(first_page if first_page is not None else self._fetch(0))
        self.beginResetModel()
        self._rows = rows
        self._ids = {r.id for r in rows}
        self._exhausted = len(rows) < self._page_size
        self.endResetModel()

    def canFetchMore(self, parent: AnyIndex = _ROOT) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: AnyIndex = _ROOT) -> None:
        if parent.isValid() or self._exhausted:
            return
        page = self._fetch(len(self._rows))
        self._exhausted = len(page) < self._page_size
        # A session added since the last page shifts the offsets; skip what is already shown.
        new = [r for r in page if r.id not in self._ids]
        if not new:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
        self._rows.extend(new)
        self._ids.update(r.id for r in new)
        self.endInsertRows()

    def _fetch(self, offset: int) -> Sequence[SessionRecord]:
        return self._fetch_page(offset, self._page_size)

    # -- reading -------------------------------------------------------------------------------

    def record(self, row: int) -> SessionRecord:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(record, column)
        if role == RECORD_ROLE:
            return record
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(record)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_DURATION:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _text(self, record: SessionRecord, column: int) -> str:
        if column == COL_CUSTOMER:
            return record.customer_name
        if column == COL_TOOL:
            return tool_label(record.tool)
        if column == COL_ACCEPTED:
            return local_datetime_text(record.accepted_at, self._zone)
        if column == COL_ENDED:
            return local_datetime_text(record.ended_at, self._zone)
        if column == COL_DURATION:
            seconds = record.duration_seconds
            return format_hms(seconds) if seconds is not None else NO_VALUE
        if column == COL_OUTCOME:
            if record.state is not SessionState.ENDED:
                return f"{STATE_LABELS[record.state]} (open)"
            return outcome_label(record.outcome)
        return ""

    @staticmethod
    def _tooltip(record: SessionRecord) -> str:
        lines = [f"Session {record.id}"]
        if record.equipment_label:
            lines.append(f"Equipment: {record.equipment_label}")
        if record.remote_id:
            lines.append(f"Remote ID: {record.remote_id}")
        if record.notes:
            lines.append(f"Notes: {record.notes}")
        return "\n".join(lines)
