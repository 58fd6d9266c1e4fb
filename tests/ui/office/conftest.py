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


@pytest.fixture(autouse=True)
def questions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The questions the office was asked before an irreversible step, each answered Yes (a
    test that wants No sets `answers`)."""
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


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
