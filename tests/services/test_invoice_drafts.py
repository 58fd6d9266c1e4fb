"""What the office sees before and after issuing: draft previews that take no number, the list of
customers waiting for an invoice, a customer's balance, and the documents of one invoice."""

from __future__ import annotations

from datetime import date

import pytest

from app.core.clock import ManualClock
from app.core.errors import DomainError
from app.core.invoice_document import DocumentKind
from app.core.session import Outcome
from app.services.invoicing import DRAFT_NUMBER, DraftInvoice
from app.services.payments import CustomerBalance
from app.storage.database import Database
from tests.services.invoicing_fixtures import NOW, D, Office


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(NOW)


@pytest.fixture
def office(db: Database, clock: ManualClock) -> Office:
    return Office(db, clock)


def test_a_preview_is_the_invoice_create_would_issue_without_taking_a_number(
    office: Office,
) -> None:
    bert = office.customer("Bert Peeters")
    office.session(bert, 17, 12)
    office.session(bert, 18, 20, Outcome.UNRESOLVED)
    draft = office.desk.preview(bert, until=date(2026, 11, 30), language="nl")
    assert draft.number == DRAFT_NUMBER
    assert (draft.payment_reference, draft.qr_payload) == ("", "")
    assert draft.language == "nl"
    assert draft.due_date == date(2026, 12, 8)
    assert len(draft.session_log) == 2

    issued = office.desk.create(bert, until=date(2026, 11, 30), language="nl").document
    assert issued.number == "FT 2026/0001"  # the preview took no number
    assert issued.totals == draft.totals
    assert issued.customer == draft.customer
    with pytest.raises(DomainError, match="Bert Peeters has nothing to invoice"):
        office.desk.preview(bert)


def test_customers_to_invoice_lists_each_draft_by_name(office: Office) -> None:
    zoe, ana, shop = office.customer("Zoë"), office.customer("Ana"), office.customer("Shop")
    office.customer("Nobody")
    office.session(zoe, 17, 12)
    late = office.session(zoe, 23, 12)
    first, second = office.session(ana, 18, 20), office.session(ana, 19, 12)
    euros = office.session(shop, 17, 12)
    pounds = office.session(shop, 19, 20, policy="phonetex")

    drafts = office.desk.customers_to_invoice(until=date(2026, 11, 20))

    assert [(d.customer, d.currency) for d in drafts] == [
        ("Ana", "EUR"), ("Shop", "EUR"), ("Shop", "GBP"), ("Zoë", "EUR"),
    ]  # fmt: skip
    assert drafts[0] == DraftInvoice(ana, "Ana", (first, second), "EUR", D("35.00"))
    # One draft per currency: 15.00 EUR (page-computers, 12 min), 45.00 GBP (phonetex, 20 min).
    assert drafts[1] == DraftInvoice(shop, "Shop", (euros,), "EUR", D("15.00"))
    assert drafts[2] == DraftInvoice(shop, "Shop", (pounds,), "GBP", D("45.00"))
    assert drafts[3].total == D("15.00")
    everything = office.desk.customers_to_invoice()
    assert late in everything[3].session_ids

    office.desk.create(ana, session_ids=drafts[0].session_ids)
    office.desk.create(shop, session_ids=drafts[2].session_ids)  # the GBP draft, as it stands
    assert [(d.customer, d.currency) for d in office.desk.customers_to_invoice()] == [
        ("Shop", "EUR"), ("Zoë", "EUR"),
    ]  # fmt: skip


def test_a_customers_balance_adds_up_invoices_credits_and_payments(office: Office) -> None:
    bert = office.customer("Bert")
    office.session(bert, 17, 12)
    first = office.desk.create(bert).document.number
    office.session(bert, 18, 20)
    second = office.desk.create(bert).document.number
    # 15.00 + 20.00 invoiced, nothing paid: 35.00 open
    assert office.ledger.balance(bert) == (
        CustomerBalance("EUR", D("35.00"), D("0.00"), D("0.00"), D("0.00"), D("35.00"), D("0")),
    )
    office.ledger.pay(first, D("4"), date(2026, 11, 24), "cash")
    office.credits.issue(second, "Follow-up of the first session")
    # 35.00 invoiced − 20.00 credited − 4.00 paid = 11.00 open, no credit
    assert office.ledger.balance(bert) == (
        CustomerBalance("EUR", D("35.00"), D("20.00"), D("4.00"), D("0"), D("11.00"), D("0")),
    )
    assert office.ledger.balance(office.customer("New")) == ()


def test_the_documents_of_an_invoice_are_its_receipts_and_credit_notes(office: Office) -> None:
    bert = office.customer("Bert")
    office.session(bert, 17, 12)
    number = office.desk.create(bert).document.number
    assert office.ledger.documents_of(number) == [(number, DocumentKind.INVOICE)]
    office.ledger.pay(number, D("5"), date(2026, 11, 24), "cash")
    office.credits.issue(number, "Goodwill", amount=D("5"))
    assert office.ledger.documents_of(number) == [
        (number, DocumentKind.INVOICE),
        ("RC 2026/0001", DocumentKind.RECEIPT),
        ("NC 2026/0001", DocumentKind.CREDIT_NOTE),
    ]
    with pytest.raises(DomainError, match="is a receipt, not an invoice"):
        office.ledger.documents_of("RC 2026/0001")
