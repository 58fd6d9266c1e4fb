"""Create invoices for a period: what is listed for a last day, what cannot be issued, a failure
that leaves the others going, and Cancel between invoices."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from app.core.clock import ManualClock
from app.services.invoicing import DraftInvoice
from app.storage.database import Database
from app.ui.office.draft_model import COL_CUSTOMER, COL_RESULT, COL_TOTAL, DraftTableModel
from app.ui.office.period_invoicing import PeriodInvoicing, previous_month_end
from tests.services.invoicing_fixtures import NOW, D, Office
from tests.ui.helpers import click
from tests.ui.office.conftest import MakeWindow
from tests.ui.office.helpers import invoices, issue, open_period, texts

FAILED = "#b3261e"


def three_customers(office: Office) -> list[int]:
    ids = [office.customer(name) for name in ("Ana", "Bert", "Cleo")]
    for day, customer in zip((17, 18, 19), ids, strict=True):
        office.session(customer, day, 12)
    return ids


def test_the_last_day_decides_what_is_listed(
    qtbot: QtBot, office: Office, make_window: MakeWindow
) -> None:
    three_customers(office)
    shop, start = office.customer("Shop"), NOW.replace(day=19)
    office.session(shop, 19, 12)
    office.sessions.record_past(shop, start, start.replace(minute=20), policy_id="phonetex")
    period = open_period(make_window(), QDate(2026, 10, 31))
    assert period.view.summary.text() == "Nobody has sessions to invoice up to 2026-10-31."
    assert not period.view.issue_button.isEnabled()

    period.view.last_day.setDate(QDate(2026, 11, 18))
    assert texts(period.model, COL_CUSTOMER) == [("Ana",), ("Bert",)]
    period.view.last_day.setDate(QDate(2026, 11, 19))
    # Shop's sessions are in two currencies: one draft, and one invoice, per currency.
    assert texts(period.model, COL_CUSTOMER, COL_TOTAL) == [
        ("Ana", "€15.00"), ("Bert", "€15.00"), ("Cleo", "€15.00"), ("Shop", "€15.00"),
        ("Shop", "£45.00"),
    ]  # fmt: skip
    assert period.view.issue_button.text() == "Issue 5 invoices"
    # 4 x 15.00 EUR = 60.00 EUR; 45.00 GBP apart.
    assert period.view.summary.text() == "5 invoices to issue: €60.00 + £45.00."
    bert = period.model.index(1, COL_CUSTOMER)
    period.model.setData(bert, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert period.view.issue_button.text() == "Issue 4 invoices"
    issue(qtbot, period)
    assert texts(period.model, COL_CUSTOMER, COL_RESULT) == [
        ("Ana", "FT 2026/0001"), ("Bert", ""), ("Cleo", "FT 2026/0002"),
        ("Shop", "FT 2026/0003"), ("Shop", "FT 2026/0004"),
    ]  # fmt: skip
    assert [(s.number, s.currency, s.total) for s in office.ledger.summaries()][-2:] == [
        ("FT 2026/0003", "EUR", D("15.00")), ("FT 2026/0004", "GBP", D("45.00")),
    ]  # fmt: skip


def test_a_failure_is_shown_on_its_customer_and_the_others_are_issued(
    qtbot: QtBot, office: Office, make_window: MakeWindow
) -> None:
    ana, _bert, _cleo = three_customers(office)
    window = make_window()
    period = open_period(window, QDate(2026, 11, 30))
    office.desk.create(ana)  # another workstation was quicker: FT 2026/0001
    issue(qtbot, period)

    results = texts(period.model, COL_CUSTOMER, COL_RESULT)
    assert results[0][1] == (
        "Ana's sessions were just invoiced on another workstation; nothing was issued and no "
        "invoice number was used."
    )
    assert results[1:] == [("Bert", "FT 2026/0002"), ("Cleo", "FT 2026/0003")]
    assert period.model.index(0, COL_RESULT).data(Qt.ItemDataRole.ForegroundRole).name() == FAILED
    assert period.view.summary.text() == ("Issued 2 invoices; 1 could not be issued (see Result).")
    assert period.view.issue_button.text() == "Issue 1 invoice"  # Ana can be tried again
    assert [row[0] for row in invoices(window)] == ["FT 2026/0003", "FT 2026/0002", "FT 2026/0001"]


def test_cancel_stops_before_the_next_invoice(
    qtbot: QtBot, office: Office, make_window: MakeWindow
) -> None:
    three_customers(office)
    window = make_window()
    period = open_period(window, QDate(2026, 11, 30))
    with qtbot.waitSignal(period.finished, timeout=30_000):
        click(period.view.issue_button)
        progress = period.progress
        assert progress is not None
        assert progress.labelText() == "Issuing the invoice for Ana (1 of 3)…"
        progress.cancel()  # while Ana's invoice is being issued

    assert texts(period.model, COL_RESULT) == [("FT 2026/0001",), ("",), ("",)]
    assert period.view.summary.text() == "Issued 1 invoice; stopped before the other 2."
    assert period.progress is None
    assert [row[0] for row in invoices(window)] == ["Draft", "Draft", "FT 2026/0001"]


def test_the_default_last_day_is_the_end_of_last_month(
    qtbot: QtBot, database: Database, clock: ManualClock
) -> None:
    office = Office(database, clock)
    period = PeriodInvoicing(office.desk, "en_US", NOW.date())
    qtbot.addWidget(period.view)
    assert period.until.isoformat() == "2026-10-31"
    assert previous_month_end(NOW.date().replace(month=1)).isoformat() == "2025-12-31"


def test_the_draft_model_ticks_what_can_still_be_issued() -> None:
    model = DraftTableModel("en_US")
    model.set_drafts([
        DraftInvoice(1, "Ana", (1, 2), "EUR", D("35.00")),
        DraftInvoice(2, "Bert", (3,), "EUR", D("15.00")),
        DraftInvoice(3, "Shop", (4, 5), problem="Two currencies."),
    ])  # fmt: skip
    checkable = Qt.ItemFlag.ItemIsUserCheckable
    assert model.chosen() == [0, 1]
    assert not model.flags(model.index(2, COL_CUSTOMER)) & checkable
    assert model.result(2) == "Two currencies."
    model.set_result(0, "FT 2026/0001")
    model.set_result(1, "The database is locked.", failed=True)
    assert model.chosen() == [1]  # issued rows cannot be issued twice; a failure can be retried
    assert not model.flags(model.index(0, COL_CUSTOMER)) & checkable
    assert model.flags(model.index(1, COL_CUSTOMER)) & checkable
    assert texts(model, COL_TOTAL, COL_RESULT) == [
        ("€35.00", "FT 2026/0001"), ("€15.00", "The database is locked."), ("—", "Two currencies."),
    ]  # fmt: skip


def test_issuing_says_how_many_for_whom_and_how_much_and_asks_first(
    qtbot: QtBot, office: Office, make_window: MakeWindow, questions: list[str]
) -> None:
    for name in ("Ana", "Bert", "Cleo", "Dora", "Emil"):
        office.session(office.customer(name), 17, 12)
    period = open_period(make_window(), QDate(2026, 11, 30))

    issue(qtbot, period)

    assert questions == [
        "Issue 5 invoices, for Ana, Bert, Cleo and 2 more, of €75.00 in all?\n\n"
        "Issued invoices are numbered and final: a mistake is corrected with a credit note."
    ]
    assert texts(period.model, COL_RESULT) == [(f"FT 2026/{n:04d}",) for n in range(1, 6)]


def test_cancel_at_the_question_issues_nothing(
    qtbot: QtBot,
    office: Office,
    make_window: MakeWindow,
    database: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []

    def cancel(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", cancel)
    office.session(office.customer("Ana"), 17, 12)
    period = open_period(make_window(), QDate(2026, 11, 30))

    click(period.view.issue_button)

    assert asked == [
        "Issue 1 invoice, for Ana, of €15.00?\n\n"
        "Issued invoices are numbered and final: a mistake is corrected with a credit note."
    ]
    assert period.progress is None
    assert office.desk.customers_to_invoice(date(2026, 11, 30))[0].customer == "Ana"
