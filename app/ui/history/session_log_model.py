"""The session log as a Qt table model: newest first, read a page at a time as the view scrolls.

The model knows only a `fetch_page(offset, limit)` function, so tests drive it without a view or
a window, and a log of 10,000 sessions costs one page at start. The Price column shows what an
ended session was charged, as stored when it ended; it is never recomputed here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import tzinfo
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QTableView

from app.core.records import SessionRecord
from app.core.session import SessionState
from app.core.timetext import format_hms
from app.ui.display import (
    NO_VALUE,
    local_datetime_text,
    money_text,
    outcome_label,
    state_label,
    system_locale,
    tool_label,
)
from app.ui.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.table_model import ROOT, AnyIndex, RowsTableModel

COL_CUSTOMER, COL_TOOL, COL_ACCEPTED, COL_ENDED, COL_DURATION, COL_OUTCOME, COL_PRICE = range(7)
HEADERS = (
    QT_TRANSLATE_NOOP("SessionLog", "Customer"),
    QT_TRANSLATE_NOOP("SessionLog", "Tool"),
    QT_TRANSLATE_NOOP("SessionLog", "Accepted"),
    QT_TRANSLATE_NOOP("SessionLog", "Ended"),
    QT_TRANSLATE_NOOP("SessionLog", "Duration"),
    QT_TRANSLATE_NOOP("SessionLog", "Outcome"),
    QT_TRANSLATE_NOOP("SessionLog", "Price"),
)
PAGE_SIZE = 100  # a screenful or three
RECORD_ROLE = Qt.ItemDataRole.UserRole  # the row's SessionRecord

# Short columns get a fixed width, sized for this text, so the words in the others are not cut.
NARROW_COLUMNS = {COL_DURATION: "000:00:00", COL_PRICE: "R$ 00,000.00"}

FetchPage = Callable[[int, int], Sequence[SessionRecord]]


class SessionLogModel(RowsTableModel):
    """Rows of SessionRecord; `refresh()` starts over, `fetchMore()` appends the next page.
    Dates are ISO ("2026-11-24 10:05") in every language: a table is read by comparing rows."""

    def __init__(
        self,
        fetch_page: FetchPage,
        page_size: int = PAGE_SIZE,
        zone: tzinfo | None = None,
        parent: QObject | None = None,
        locale: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.headers = tuple(translate("SessionLog", header) for header in HEADERS)
        self._fetch_page = fetch_page
        self._page_size = page_size
        self._zone = zone  # None: the system's local zone
        self._locale = locale  # for money; None: the system's, asked when first needed
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

    def canFetchMore(self, parent: AnyIndex = ROOT) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: AnyIndex = ROOT) -> None:
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

    def row_total(self) -> int:
        return len(self._rows)

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
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_PRICE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
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
                text = translate("SessionLog", "{state} (open)")
                return text.format(state=state_label(record.state))
            return outcome_label(record.outcome)
        if column == COL_PRICE:
            charge = record.charge
            return self._money(charge.total, charge.currency) if charge else NO_VALUE
        return ""

    def _money(self, amount: Decimal, currency: str) -> str:
        return money_text(amount, currency, self._locale or system_locale())

    def _tooltip(self, record: SessionRecord) -> str:
        lines = [translate("SessionLog", "Session {id}").format(id=record.id)]
        if record.policy_id:
            lines.append(
                translate("SessionLog", "Policy: {policy}").format(policy=record.policy_id)
            )
        if record.charge is not None:
            charge, money = record.charge, self._money
            price = translate("SessionLog", "Price: {total} (net {net} + VAT {vat})")
            lines.append(
                price.format(
                    total=money(charge.total, charge.currency),
                    net=money(charge.net, charge.currency),
                    vat=money(charge.vat, charge.currency),
                )
            )
            if charge.free_seconds:
                free = translate("SessionLog", "Free time used: {time}")
                lines.append(free.format(time=format_hms(charge.free_seconds)))
        if record.equipment_label:
            text = translate("SessionLog", "Equipment: {equipment}")
            lines.append(text.format(equipment=record.equipment_label))
        if record.remote_id:
            lines.append(translate("SessionLog", "Remote ID: {id}").format(id=record.remote_id))
        if record.notes:
            lines.append(translate("SessionLog", "Notes: {notes}").format(notes=record.notes))
        return "\n".join(lines)


def fit_columns(view: QTableView) -> None:
    """After `view.setModel(...)`: fixed widths for the short columns, the rest stretched."""
    header = view.horizontalHeader()
    metrics = view.fontMetrics()
    for column, sample in NARROW_COLUMNS.items():
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(column, metrics.horizontalAdvance(sample) + 24)
