"""Reading the invoices window as a user reads it, and the steps the office tests share."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QDate
from pytestqt.qtbot import QtBot

from app.ui.office.invoice_model import COL_CUSTOMER, COL_NUMBER, COL_OPEN, COL_STATUS
from app.ui.office.invoices_window import InvoicesWindow
from app.ui.office.period_invoicing import PeriodInvoicing
from tests.ui.helpers import click


def texts(model: QAbstractItemModel, *columns: int) -> list[tuple[str, ...]]:
    """The text of each row shown, in the columns asked for."""
    return [
        tuple(str(model.index(row, column).data()) for column in columns)
        for row in range(model.rowCount())
    ]


def invoices(window: InvoicesWindow) -> list[tuple[str, ...]]:
    """(number, customer, open, status) of each row in the list, as shown."""
    return texts(window.rows, COL_NUMBER, COL_CUSTOMER, COL_OPEN, COL_STATUS)


def select(window: InvoicesWindow, number: str) -> None:
    """Click the row of `number` (or "Draft" and the customer's name) in the list."""
    numbers = [row[0] for row in invoices(window)]
    window.view.table.selectRow(numbers.index(number))
    assert window.pane.number == number


def open_period(window: InvoicesWindow, last_day: QDate) -> PeriodInvoicing:
    click(window.view.create_period)
    period = window.period
    assert period is not None
    period.view.last_day.setDate(last_day)
    return period


def issue(qtbot: QtBot, period: PeriodInvoicing) -> None:
    """Press Issue and wait until the background run is over."""
    with qtbot.waitSignal(period.finished, timeout=30_000):
        click(period.view.issue_button)
