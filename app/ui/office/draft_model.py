"""The drafts of "Create invoices for a period" as a Qt table model: one row per customer with the
sessions and total the preview worked out, a tick for the ones to issue, and what happened when
they were issued (the number, or the sentence saying why not). Tested without a view."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from app.services.invoicing import DraftInvoice
from app.ui.display import NO_VALUE, money_text
from app.ui.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.table_model import AnyIndex, RowsTableModel

COL_CUSTOMER, COL_SESSIONS, COL_TOTAL, COL_RESULT = range(4)
HEADERS = (
    QT_TRANSLATE_NOOP("DraftTable", "Customer"),
    QT_TRANSLATE_NOOP("DraftTable", "Sessions"),
    QT_TRANSLATE_NOOP("DraftTable", "Total"),
    QT_TRANSLATE_NOOP("DraftTable", "Result"),
)
DRAFT_ROLE = Qt.ItemDataRole.UserRole  # the row's DraftInvoice
_FAILED = QColor("#b3261e")


class DraftTableModel(RowsTableModel):
    """Every draft that can be issued starts ticked; one with a problem cannot be ticked."""

    def __init__(self, locale: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = tuple(translate("DraftTable", header) for header in HEADERS)
        self._locale = locale
        self._drafts: list[DraftInvoice] = []
        self._ticked: list[bool] = []
        self._results: list[tuple[str, bool]] = []  # (text, failed)

    def set_drafts(self, drafts: Sequence[DraftInvoice]) -> None:
        self.beginResetModel()
        self._drafts = list(drafts)
        self._ticked = [d.total is not None for d in self._drafts]
        self._results = [(d.problem, bool(d.problem)) for d in self._drafts]
        self.endResetModel()

    def draft(self, row: int) -> DraftInvoice:
        return self._drafts[row]

    def chosen(self) -> list[int]:
        """The rows ticked to be issued, top to bottom."""
        return [row for row, ticked in enumerate(self._ticked) if ticked]

    def set_result(self, row: int, text: str, failed: bool = False) -> None:
        """After issuing: the number, or why it failed; an issued row cannot be issued again."""
        self._results[row] = (text, failed)
        if not failed:
            self._ticked[row] = False
        self.dataChanged.emit(self.index(row, 0), self.index(row, COL_RESULT))

    def result(self, row: int) -> str:
        return self._results[row][0]

    def row_total(self) -> int:
        return len(self._drafts)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == COL_CUSTOMER and self._can_tick(index.row()):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def _can_tick(self, row: int) -> bool:
        text, failed = self._results[row]
        return self._drafts[row].total is not None and (failed or not text)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._drafts):
            return None
        row, column = index.row(), index.column()
        draft = self._drafts[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, draft, column)
        if role == Qt.ItemDataRole.CheckStateRole and column == COL_CUSTOMER:
            return Qt.CheckState.Checked if self._ticked[row] else Qt.CheckState.Unchecked
        if role == DRAFT_ROLE:
            return draft
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_RESULT:
            return _FAILED if self._results[row][1] else None
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_RESULT:
            return self._results[row][0] or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_SESSIONS, COL_TOTAL):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != COL_CUSTOMER:
            return False
        if not self._can_tick(index.row()):
            return False
        self._ticked[index.row()] = Qt.CheckState(value) == Qt.CheckState.Checked
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def _text(self, row: int, draft: DraftInvoice, column: int) -> str:
        if column == COL_CUSTOMER:
            return draft.customer
        if column == COL_SESSIONS:
            return str(len(draft.session_ids))
        if column == COL_TOTAL:
            if draft.total is None:
                return NO_VALUE
            return money_text(draft.total, draft.currency, self._locale)
        return self._results[row][0]
