"""The lines typed in the "Create invoice" dialog as a Qt table model: description, quantity,
unit price, VAT rate and whether the price includes VAT, in the order they were added. A
discount is a line with a negative price. Tested without a view."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt

from app.core.manual_lines import ManualLine
from app.core.money import plain
from app.ui.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.table_model import ROOT, AnyIndex, RowsTableModel

COL_DESCRIPTION, COL_QUANTITY, COL_PRICE, COL_VAT, COL_INCLUDED = range(5)
HEADERS = (
    QT_TRANSLATE_NOOP("ManualLines", "Description"),
    QT_TRANSLATE_NOOP("ManualLines", "Quantity"),
    QT_TRANSLATE_NOOP("ManualLines", "Unit price"),
    QT_TRANSLATE_NOOP("ManualLines", "VAT"),
    QT_TRANSLATE_NOOP("ManualLines", "Price"),
)
INCLUDED = QT_TRANSLATE_NOOP("ManualLines", "incl. VAT")
EXCLUDED = QT_TRANSLATE_NOOP("ManualLines", "excl. VAT")
_NUMBERS = (COL_QUANTITY, COL_PRICE, COL_VAT)


class ManualLinesModel(RowsTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = tuple(translate("ManualLines", header) for header in HEADERS)
        self._lines: list[ManualLine] = []

    def lines(self) -> tuple[ManualLine, ...]:
        return tuple(self._lines)

    def add(self, line: ManualLine) -> None:
        row = len(self._lines)
        self.beginInsertRows(ROOT, row, row)
        self._lines.append(line)
        self.endInsertRows()

    def remove(self, row: int) -> None:
        if not 0 <= row < len(self._lines):
            return
        self.beginRemoveRows(ROOT, row, row)
        del self._lines[row]
        self.endRemoveRows()

    def row_total(self) -> int:
        return len(self._lines)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line, column = self._lines[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return _text(line, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _text(line: ManualLine, column: int) -> str:
    if column == COL_DESCRIPTION:
        return line.description
    if column == COL_QUANTITY:
        return plain(line.quantity)
    if column == COL_PRICE:
        return plain(line.unit_price)
    if column == COL_VAT:
        return f"{plain(line.vat_percent)} %"
    return translate("ManualLines", INCLUDED if line.includes_vat else EXCLUDED)
