"""The invoices window on a real SQLite database: an office (company settings, customers, priced
sessions) whose documents are drawn by the real PDF renderer, and the window wired to it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from app.core.clock import ManualClock
from app.documents.invoice_pdf import render_pdf
from app.storage.database import Database
from app.ui.office.invoices_window import InvoicesWindow
from tests.services.invoicing_fixtures import Office
from tests.ui.conftest import LOCALE

MakeWindow = Callable[[], InvoicesWindow]


@pytest.fixture
def office(database: Database, clock: ManualClock) -> Office:
    """Page Computers BV in Brussels; sessions priced with the shipped presets."""
    return Office(database, clock, renderer=render_pdf)


@pytest.fixture
def make_window(qtbot: QtBot, office: Office, clock: ManualClock) -> MakeWindow:
    """`make_window()`: the invoices window, shown, once the test has recorded its sessions."""

    def make() -> InvoicesWindow:
        window = InvoicesWindow(
            office.desk, office.ledger, office.credits, office.customers, clock, LOCALE
        )
        qtbot.addWidget(window.view)
        window.view.show()
        qtbot.waitExposed(window.view)
        return window

    return make
