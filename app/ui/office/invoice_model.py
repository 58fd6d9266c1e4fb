"""The invoices list as a Qt table model, and the proxy that filters and sorts it.

The model shows InvoiceRows as they are given (drafts, then issued invoices newest first); the
proxy keeps the rows a status, a piece of a customer's name and a period allow, and sorts on the
rows' own values (dates, Decimals), never on the text shown. Both are tested without a view.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QObject,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from app.ui.display import NO_VALUE, money_text
from app.ui.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.office.document_mailing import mail_label, mail_line
from app.ui.office.invoice_rows import DRAFT, STATUS_LABELS, InvoiceRow, Period, row_matches
from app.ui.table_model import AnyIndex, RowsTableModel

COL_NUMBER, COL_CUSTOMER, COL_ISSUED, COL_DUE, COL_TOTAL, COL_PAID, COL_OPEN, COL_STATUS = range(8)
COL_MAIL = 8
HEADERS = (
    QT_TRANSLATE_NOOP("InvoiceTable", "Number"),
    QT_TRANSLATE_NOOP("InvoiceTable", "Customer"),
    QT_TRANSLATE_NOOP("InvoiceTable", "Issued"),
    QT_TRANSLATE_NOOP("InvoiceTable", "Due"),
    QT_TRANSLATE_NOOP("InvoiceTable", "Total"),
    QT_TRANSLATE_NOOP("InvoiceTable", "Paid"),
    QT_TRANSLATE_NOOP("InvoiceTable", "Open"),
    QT_TRANSLATE_NOOP("InvoiceTable", "Status"),
    QT_TRANSLATE_NOOP("InvoiceTable", "Mail"),
)
ROW_ROLE = Qt.ItemDataRole.UserRole  # the row's InvoiceRow
MONEY_COLUMNS = (COL_TOTAL, COL_PAID, COL_OPEN)
DRAFT_NUMBER_TEXT = QT_TRANSLATE_NOOP("InvoiceTable", "Draft")

_COLOURS = {"overdue": QColor("#b3261e"), "paid": QColor("#1e6b2f"), DRAFT: QColor("#6b6b6b")}
_COLOURS["credited"] = _COLOURS["settled"] = _COLOURS[DRAFT]  # nothing left to pay


class InvoiceTableModel(RowsTableModel):
    """Rows of InvoiceRow; `set_rows` starts over after every change the window makes. Dates
    are ISO ("2026-11-24") in every language, so the columns line up and sort by eye."""

    def __init__(self, locale: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = tuple(translate("InvoiceTable", header) for header in HEADERS)
        self._locale = locale
        self._rows: list[InvoiceRow] = []

    def set_rows(self, rows: Sequence[InvoiceRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> InvoiceRow:
        return self._rows[row]

    def row_total(self) -> int:
        return len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column in MONEY_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_STATUS:
            return _COLOURS.get(row.status)
        if role == Qt.ItemDataRole.FontRole and row.is_draft:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_MAIL and not row.is_draft:
            return mail_line(row.mail)
        if role == Qt.ItemDataRole.ToolTipRole and row.is_draft:
            if row.problem:
                return row.problem
            text = translate("InvoiceTable", "{count} session(s) not invoiced yet")
            return text.format(count=len(row.session_ids))
        return None

    def _text(self, row: InvoiceRow, column: int) -> str:
        if column == COL_NUMBER:
            return row.number or translate("InvoiceTable", DRAFT_NUMBER_TEXT)
        if column == COL_CUSTOMER:
            return row.customer
        if column == COL_ISSUED:
            return _day(row.issued_on)
        if column == COL_DUE:
            return _day(row.due_date)
        if column == COL_STATUS:
            return translate("Invoices", STATUS_LABELS[row.status])
        if column == COL_MAIL:
            return mail_label(row.mail)
        amount = {COL_TOTAL: row.total, COL_PAID: row.paid, COL_OPEN: row.open_amount}[column]
        if amount is None or not row.currency:
            return NO_VALUE
        return money_text(amount, row.currency, self._locale)


def _day(day: date | None) -> str:
    return day.isoformat() if day else NO_VALUE


def sort_key(row: InvoiceRow, column: int) -> tuple[Any, ...]:
    """What a column sorts on: the value itself, so €9 comes before €10 and dates by date."""
    values: dict[int, Any] = {
        COL_NUMBER: row.number,
        COL_CUSTOMER: row.customer.casefold(),
        COL_ISSUED: row.issued_on or date.max,  # drafts are issued last, when issued at all
        COL_DUE: row.due_date or date.max,
        COL_TOTAL: row.total,
        COL_PAID: row.paid,
        COL_OPEN: row.open_amount,
        COL_STATUS: translate("Invoices", STATUS_LABELS[row.status]),
        COL_MAIL: mail_label(row.mail),
    }
    value = values[column]
    if column in MONEY_COLUMNS:  # no amount sorts below every amount
        return (value is not None, value if value is not None else Decimal(0))
    return (value,)


class InvoiceFilter(QSortFilterProxyModel):
    """Keeps the rows whose status, customer and day match; `today` places the drafts."""

    def __init__(self, model: InvoiceTableModel, today: date) -> None:
        super().__init__(model)
        self.setSourceModel(model)
        self._model = model
        self._status = ""
        self._customer = ""
        self._period: Period = None
        self._today = today

    def set_status(self, status: str) -> None:
        """A key of STATUS_LABELS, or "" for every status."""
        self.beginFilterChange()
        self._status = status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_customer_text(self, text: str) -> None:
        self.beginFilterChange()
        self._customer = text.strip()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_period(self, period: Period, today: date) -> None:
        self.beginFilterChange()
        self._period, self._today = period, today
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def row_at(self, proxy_row: int) -> InvoiceRow:
        return self._model.row_at(self.mapToSource(self.index(proxy_row, 0)).row())

    def rows(self) -> list[InvoiceRow]:
        """The rows shown, in the order shown."""
        return [self.row_at(r) for r in range(self.rowCount())]

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        row = self._model.row_at(source_row)
        return row_matches(row, self._status, self._customer, self._period, self._today)

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:
        a, b = self._model.row_at(left.row()), self._model.row_at(right.row())
        return sort_key(a, left.column()) < sort_key(b, right.column())
