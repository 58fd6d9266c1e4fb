"""The customer's credit in the invoices window, as office staff meet it: a payment over what is
open is accepted with a note saying what is kept; the balance shows the credit; "Apply credit…"
pays a later invoice of the same customer from it; "Refund credit…" gives it back. Ana's two
sessions make a €35.00 invoice (€15.00 + €20.00), Bert's one €15.00."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from app.ui.office.invoices_window import InvoicesWindow
from tests.services.invoicing_fixtures import D, Office
from tests.ui.helpers import click
from tests.ui.office.conftest import MakeWindow
from tests.ui.office.helpers import invoices, select

TODAY = date(2026, 11, 24)


@pytest.fixture
def window(office: Office, make_window: MakeWindow) -> InvoicesWindow:
    """FT 2026/0001: Ana, €35.00; FT 2026/0002: Bert, €15.00."""
    ana, bert = office.customer("Ana Silva"), office.customer("Bert Peeters")
    office.session(ana, 17, 12)
    office.session(ana, 18, 20)
    office.desk.create(ana)
    office.session(bert, 19, 12)
    office.desk.create(bert)
    return make_window()


def test_an_overpayment_is_accepted_with_a_note_and_kept_as_credit(
    qtbot: QtBot, window: InvoicesWindow
) -> None:
    view = window.view
    select(window, "FT 2026/0001")
    click(view.pay_button)
    dialog = window.payment_dialog
    assert dialog is not None
    assert dialog.note.text() == "This settles the invoice."  # it starts at what is open
    dialog.amount.setText("20")
    assert dialog.note.text() == "€15.00 will stay open."  # 35.00 − 20.00
    dialog.amount.setText("twenty")
    assert dialog.note.text() == ""
    dialog.amount.setText("50,00")
    # 50.00 − 35.00 = 15.00 over what is open
    assert dialog.note.text() == "€35.00 open; €15.00 will be kept as the customer's credit."
    click(dialog.ok_button)
    assert window.payment_dialog is None
    assert invoices(window)[1] == ("FT 2026/0001", "Ana Silva", "€0.00", "Paid")
    assert view.message.text() == "Receipt RC 2026/0001 issued for FT 2026/0001."
    assert window.pane.number == "RC 2026/0001"
    assert view.balance.text() == (
        "<b>Ana Silva</b><br>Invoiced €35.00 · credited €0.00 · paid €50.00 · "
        "<b>open €0.00</b> · <b>credit €15.00</b>"
    )
    assert not view.apply_credit_button.isEnabled()  # nothing open on this invoice
    assert view.refund_button.isEnabled()
    select(window, "FT 2026/0002")  # Bert's: Ana's credit is not his
    assert "credit" not in view.balance.text().replace("credited", "")
    assert not view.apply_credit_button.isEnabled()
    assert not view.refund_button.isEnabled()


def test_credit_pays_a_later_invoice_then_the_rest_is_refunded(
    qtbot: QtBot, office: Office, window: InvoicesWindow
) -> None:
    view = window.view
    office.ledger.pay("FT 2026/0001", D("60"), TODAY, "transfer")  # 25.00 credit
    ana = office.ledger.summaries()[0].customer_id
    office.session(ana, 20, 20)
    office.desk.create(ana)  # FT 2026/0003, €20.00
    window.refresh()
    select(window, "FT 2026/0003")
    assert view.apply_credit_button.isEnabled()
    click(view.apply_credit_button)
    dialog = window.account.apply_dialog
    assert dialog is not None
    assert dialog.amount.text() == "20.00"  # what is open, which the €25.00 credit covers
    assert dialog.note.text() == "€5.00 of credit will be left."  # 25.00 − 20.00
    click(dialog.ok_button)
    assert window.account.apply_dialog is None
    assert view.message.text() == "Receipt RC 2026/0002 issued for FT 2026/0003."
    assert window.pane.number == "RC 2026/0002"
    assert invoices(window)[0] == ("FT 2026/0003", "Ana Silva", "€0.00", "Paid")
    # invoiced 35.00 + 20.00 = 55.00, paid 60.00 (money): credit 5.00
    assert view.balance.text().endswith(
        "Invoiced €55.00 · credited €0.00 · paid €60.00 · <b>open €0.00</b> · <b>credit €5.00</b>"
    )

    click(view.refund_button)
    refund = window.account.refund_dialog
    assert refund is not None
    assert refund.amount.text() == "5.00"  # all of it, to start with
    refund.amount.setText("3")
    assert refund.note.text() == "€2.00 of credit will be left."  # 5.00 − 3.00
    refund.reference.setText("to PT50 0002 0123 1234 5678 9015 4")
    click(refund.ok_button)
    assert view.message.text() == "Refund of €3.00 to Ana Silva recorded."
    assert view.balance.text().endswith(
        "paid €60.00 · <b>open €0.00</b> · refunded €3.00 · <b>credit €2.00</b>"
    )
    assert office.ledger.balance(ana)[0].refunded == D("3.00")


def test_a_refused_refund_keeps_the_dialog_open(
    qtbot: QtBot, office: Office, window: InvoicesWindow, error_dialogs: list[str]
) -> None:
    office.ledger.pay("FT 2026/0002", D("20"), TODAY, "cash")  # Bert: 5.00 credit
    window.refresh()
    select(window, "FT 2026/0002")
    click(window.view.refund_button)
    dialog = window.account.refund_dialog
    assert dialog is not None
    dialog.amount.setText("6")
    assert dialog.note.text() == ""  # more than the credit: nothing would be left to say
    click(dialog.ok_button)
    assert error_dialogs == [
        "Bert Peeters has 5.00 EUR of credit; a refund of 6.00 is more than that."
    ]
    error_dialogs.clear()
    assert dialog.isVisible()
    dialog.reject()
    assert office.ledger.balance(office.ledger.summaries()[1].customer_id)[0].credit == (
        D("5.00")  # 20.00 − 15.00, nothing refunded
    )
