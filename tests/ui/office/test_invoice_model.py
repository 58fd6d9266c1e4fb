"""The invoices list model and its filter, without a view: what each column says, how rows sort,
which rows each filter keeps, and the periods counted from today."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from app.core.invoice_document import DocumentKind
from app.services.invoicing import DraftInvoice
from app.services.payments import InvoiceStatus, InvoiceSummary
from app.ui.office.invoice_model import (
    COL_CUSTOMER,
    COL_DUE,
    COL_ISSUED,
    COL_NUMBER,
    COL_OPEN,
    COL_PAID,
    COL_STATUS,
    COL_TOTAL,
    HEADERS,
    ROW_ROLE,
    InvoiceFilter,
    InvoiceTableModel,
)
from app.ui.office.invoice_rows import (
    ALL_DATES,
    LAST_MONTH,
    LAST_YEAR,
    THIS_MONTH,
    THIS_YEAR,
    invoice_rows,
    period_range,
)
from tests.services.invoicing_fixtures import D

TODAY = date(2026, 11, 24)


def summary(
    number: str,
    customer: str,
    issued: date,
    total: str,
    paid: str = "0.00",
    status: InvoiceStatus = InvoiceStatus.ISSUED,
) -> InvoiceSummary:
    return InvoiceSummary(
        number, DocumentKind.INVOICE, hash(customer) % 100, customer, issued,
        date.fromordinal(issued.toordinal() + 14), "EUR", D(total), D(paid), D("0.00"), status,
    )  # fmt: skip


SUMMARIES = [
    summary("FT 2026/0001", "Ana Silva", date(2026, 10, 31), "120.00", "120.00",
            InvoiceStatus.PAID),
    summary("FT 2026/0002", "Bert Peeters", date(2026, 11, 2), "9.50", "4.00",
            InvoiceStatus.PARTLY_PAID),
    summary("FT 2025/0031", "Cleo", date(2025, 12, 30), "35.00", status=InvoiceStatus.OVERDUE),
]  # fmt: skip
DRAFTS = [
    DraftInvoice(7, "Dirk", (11, 12), "EUR", D("15.00")),
    DraftInvoice(8, "Shop", (13, 14), problem="Shop's sessions are in EUR, GBP; invoice each."),
]


@pytest.fixture
def rows() -> InvoiceFilter:
    model = InvoiceTableModel("en_US")
    model.set_rows(invoice_rows(SUMMARIES, DRAFTS))
    return InvoiceFilter(model, TODAY)


def column(rows: InvoiceFilter, col: int) -> list[str]:
    return [str(rows.index(r, col).data()) for r in range(rows.rowCount())]


def test_each_column_says_what_the_office_reads(rows: InvoiceFilter) -> None:
    assert HEADERS == (
        "Number", "Customer", "Issued", "Due", "Total", "Paid", "Open", "Status", "Mail",
    )  # fmt: skip
    assert column(rows, COL_NUMBER) == [
        "Draft", "Draft", "FT 2026/0002", "FT 2026/0001", "FT 2025/0031",
    ]  # fmt: skip
    bert = [rows.index(2, c).data() for c in range(len(HEADERS))]
    assert bert == [
        "FT 2026/0002", "Bert Peeters", "2026-11-02", "2026-11-16", "€9.50", "€4.00", "€5.50",
        "Partly paid", "",
    ]  # fmt: skip
    dirk = [rows.index(0, c).data() for c in (COL_ISSUED, COL_DUE, COL_TOTAL, COL_PAID, COL_OPEN)]
    assert dirk == ["—", "—", "€15.00", "—", "€15.00"]
    assert rows.index(1, COL_TOTAL).data() == "—"
    assert rows.index(1, COL_NUMBER).data(Qt.ItemDataRole.ToolTipRole).startswith("Shop's")
    assert rows.index(0, COL_NUMBER).data(Qt.ItemDataRole.ToolTipRole) == (
        "2 session(s) not invoiced yet"
    )
    font = rows.index(0, COL_CUSTOMER).data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont)
    assert font.italic()
    assert rows.index(4, COL_STATUS).data(Qt.ItemDataRole.ForegroundRole).name() == "#b3261e"
    assert rows.index(2, COL_NUMBER).data(ROW_ROLE).number == "FT 2026/0002"


def test_money_sorts_by_amount_not_by_text(rows: InvoiceFilter) -> None:
    rows.sort(COL_TOTAL, Qt.SortOrder.AscendingOrder)
    assert column(rows, COL_TOTAL) == ["—", "€9.50", "€15.00", "€35.00", "€120.00"]
    rows.sort(COL_ISSUED, Qt.SortOrder.DescendingOrder)
    assert column(rows, COL_ISSUED)[2:] == ["2026-11-02", "2026-10-31", "2025-12-30"]


@pytest.mark.parametrize(
    ("status", "customers"),
    [
        ("", ["Dirk", "Shop", "Bert Peeters", "Ana Silva", "Cleo"]),
        ("draft", ["Dirk", "Shop"]),
        ("paid", ["Ana Silva"]),
        ("partly_paid", ["Bert Peeters"]),
        ("overdue", ["Cleo"]),
        ("credited", []),
    ],
)
def test_the_status_filter(rows: InvoiceFilter, status: str, customers: list[str]) -> None:
    rows.set_status(status)
    assert [r.customer for r in rows.rows()] == customers


def test_the_customer_filter_ignores_case(rows: InvoiceFilter) -> None:
    rows.set_customer_text("  SILVA ")
    assert [r.number for r in rows.rows()] == ["FT 2026/0001"]


def test_the_period_filter_counts_drafts_as_today(rows: InvoiceFilter) -> None:
    rows.set_period(period_range(THIS_MONTH, TODAY), TODAY)
    assert [r.customer for r in rows.rows()] == ["Dirk", "Shop", "Bert Peeters"]
    rows.set_period(period_range(LAST_MONTH, TODAY), TODAY)
    assert [r.customer for r in rows.rows()] == ["Ana Silva"]
    rows.set_period(period_range(LAST_YEAR, TODAY), TODAY)
    assert [r.customer for r in rows.rows()] == ["Cleo"]


def test_periods_from_today() -> None:
    assert period_range(ALL_DATES, TODAY) is None
    assert period_range(THIS_MONTH, TODAY) == (date(2026, 11, 1), date(2026, 11, 30))
    assert period_range(LAST_MONTH, date(2026, 1, 15)) == (date(2025, 12, 1), date(2025, 12, 31))
    assert period_range(THIS_MONTH, date(2026, 12, 5)) == (date(2026, 12, 1), date(2026, 12, 31))
    assert period_range(THIS_YEAR, TODAY) == (date(2026, 1, 1), date(2026, 12, 31))
    assert period_range(LAST_YEAR, TODAY) == (date(2025, 1, 1), date(2025, 12, 31))
