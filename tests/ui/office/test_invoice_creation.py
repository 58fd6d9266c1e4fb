"""Create one invoice from the invoices window: the selected customer's waiting sessions, lines
typed by the office (a visit, a discount), the totals the desk will issue, one currency at a time,
and an invoice of typed lines only."""

from __future__ import annotations

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from app.ui.office.invoice_creation import InvoiceCreation
from app.ui.office.invoices_window import InvoicesWindow
from app.ui.office.manual_lines_model import COL_DESCRIPTION, COL_INCLUDED, COL_PRICE
from tests.services.invoicing_fixtures import D, Office
from tests.ui.helpers import click, type_text
from tests.ui.office.conftest import MakeWindow
from tests.ui.office.helpers import invoices, texts


def open_creation(window: InvoicesWindow) -> InvoiceCreation:
    click(window.view.create_invoice)
    creation = window.creation
    assert creation is not None
    return creation


def type_line(creation: InvoiceCreation, description: str, price: str, quantity: str = "1") -> None:
    view = creation.view
    view.description.setText(description)
    view.quantity.setText(quantity)
    view.price.setText(price)


def test_typed_lines_and_a_discount_beside_the_sessions(
    qtbot: QtBot, office: Office, make_window: MakeWindow
) -> None:
    bert = office.customer("Bert Peeters")  # page-computers: EUR, 21 % included in prices
    sessions = [office.session(bert, 17, 12), office.session(bert, 18, 20)]  # 15.00 + 20.00
    window = make_window()
    window.view.table.selectRow(0)  # the draft
    creation = open_creation(window)
    view = creation.view
    assert view.customer.text() == "Bert Peeters"
    assert (view.currency.currentText(), view.waiting.text()) == ("EUR", "2 sessions: €35.00")
    assert (view.vat.text(), view.includes_vat.isChecked()) == ("21", True)  # the policy's
    # 35.00 / 1.21 = 28.93 net, 6.07 VAT.
    assert view.totals.text() == "Net €28.93 · VAT 21 % on €28.93: €6.07 · <b>Total €35.00</b>"

    type_line(creation, "On-site visit", "45,00")
    click(view.add_line)
    type_line(creation, "Loyalty discount", "10.00")
    click(view.add_discount)
    assert texts(creation.model, COL_DESCRIPTION, COL_PRICE, COL_INCLUDED) == [
        ("On-site visit", "45.00", "incl. VAT"), ("Loyalty discount", "-10.00", "incl. VAT"),
    ]  # fmt: skip
    assert (view.description.text(), view.price.text(), view.quantity.text()) == ("", "", "1")
    # 35.00 + 45.00 - 10.00 = 70.00 incl. VAT; 70.00 / 1.21 = 57.85 net; 12.15 VAT.
    assert view.totals.text() == "Net €57.85 · VAT 21 % on €57.85: €12.15 · <b>Total €70.00</b>"

    click(view.issue_button)
    assert not view.isVisible()
    assert creation.result is not None
    doc = creation.result.document
    assert (doc.number, doc.totals.total) == ("FT 2026/0001", D("70.00"))
    assert [ln.session_id for ln in doc.totals.lines] == [*sessions, None, None]
    assert window.view.message.text() == "Issued FT 2026/0001."
    assert window.pane.number == "FT 2026/0001"  # the new invoice is selected and shown
    assert invoices(window) == [("FT 2026/0001", "Bert Peeters", "€70.00", "Issued")]


def test_a_line_typed_wrong_is_refused_and_a_line_can_be_removed(
    qtbot: QtBot, office: Office, make_window: MakeWindow, error_dialogs: list[str]
) -> None:
    office.session(office.customer("Net Shop", policy="net-23"), 17, 20)  # 24.50 net
    window = make_window()
    window.view.table.selectRow(0)  # the draft
    creation = open_creation(window)
    view = creation.view
    assert (view.vat.text(), view.includes_vat.isChecked()) == ("23", False)
    # 24.50 x 23 % = 5.635 -> 5.64 VAT; 30.14 total, as the session was priced.
    assert view.totals.text() == "Net €24.50 · VAT 23 % on €24.50: €5.64 · <b>Total €30.14</b>"
    type_line(creation, "Cable", "3.50", quantity="zero")
    click(view.add_line)
    assert error_dialogs == ["'zero' is not an amount such as 10.00."]
    error_dialogs.clear()
    assert creation.model.lines() == ()
    view.quantity.setText("2")
    view.vat.setText("6")
    click(view.add_line)
    # 23 %: 24.50 -> 5.64; 6 %: 2 x 3.50 = 7.00 -> 0.42. Total 24.50 + 7.00 + 6.06 = 37.56.
    assert view.totals.text() == (
        "Net €31.50 · VAT 6 % on €7.00: €0.42 · VAT 23 % on €24.50: €5.64 · <b>Total €37.56</b>"
    )
    view.lines.selectRow(0)
    click(view.remove_line)
    assert creation.model.lines() == ()
    assert view.totals.text().endswith("<b>Total €30.14</b>")


def test_an_invoice_of_typed_lines_only(
    qtbot: QtBot, office: Office, make_window: MakeWindow
) -> None:
    office.customer("Ana Silva")  # no sessions
    window = make_window()
    creation = open_creation(window)  # nothing selected: the customer is chosen by name
    view = creation.view
    assert not view.issue_button.isEnabled()
    view.customer.setFocus()
    type_text(view.customer, "Ana Silva")
    view.customer.editingFinished.emit()
    assert creation.customer_id is not None
    assert view.waiting.text() == "No sessions waiting for an invoice."
    assert view.currency.currentText() == "EUR"  # the customer's policy's currency
    assert view.totals.text() == "Ana Silva has nothing to invoice."
    assert not view.issue_button.isEnabled()
    type_line(creation, "Hardware check", "60.50")
    click(view.add_line)
    # 60.50 incl. 21 %: 60.50 / 1.21 = 50.00 net, 10.50 VAT.
    assert view.totals.text() == "Net €50.00 · VAT 21 % on €50.00: €10.50 · <b>Total €60.50</b>"
    click(view.issue_button)
    assert invoices(window) == [("FT 2026/0001", "Ana Silva", "€60.50", "Issued")]


def test_one_currency_at_a_time(qtbot: QtBot, office: Office, make_window: MakeWindow) -> None:
    shop = office.customer("Shop")
    office.session(shop, 17, 12)  # 15.00 EUR
    office.session(shop, 18, 20, policy="phonetex")  # 45.00 GBP
    window = make_window()
    assert [row[2] for row in invoices(window)] == ["€15.00", "£45.00"]  # a draft per currency
    window.view.table.selectRow(0)  # the draft
    creation = open_creation(window)
    view = creation.view
    assert [view.currency.itemText(i) for i in range(view.currency.count())] == ["EUR", "GBP"]
    assert view.waiting.text() == "1 session: €15.00; 1 session: £45.00"
    view.currency.setCurrentText("GBP")
    assert view.totals.text().endswith("<b>Total £45.00</b>")
    view.last_day.setDate(QDate(2026, 11, 17))  # the GBP session is on the 18th
    assert view.currency.currentText() == "GBP"
    assert view.totals.text() == "Shop has nothing to invoice in GBP; their sessions are in EUR."
    view.last_day.setDate(QDate(2026, 11, 30))
    click(view.issue_button)
    assert [row[:3] for row in invoices(window)] == [
        ("Draft", "Shop", "€15.00"), ("FT 2026/0001", "Shop", "£45.00"),
    ]  # fmt: skip
