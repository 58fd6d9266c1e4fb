"""Money that arrives is recorded (SQLite and PostgreSQL): a payment larger than what is open is
received whole, the excess is the customer's credit, applied to a later invoice by an explicit
act with its receipt; partial payments; two customers' money never mixes; credit is per
currency. Page Computers' tariff: 12 minutes cost 15.00, 20 minutes 20.00 (VAT included)."""

from __future__ import annotations

import re
import threading
import time
from datetime import date
from typing import Any

import pytest

from app.core.clock import ManualClock
from app.core.errors import DomainError
from app.core.invoice_document import DocumentKind, Settlement
from app.core.policy_file import policy_from_text
from app.resources import resource
from app.services.customer_credit import CustomerAccounts, CustomerBalance
from app.services.document_records import stored_document
from app.services.payments import InvoiceStatus
from app.storage.database import Database
from app.storage.document_models import DocumentRow
from tests.services import invoicing_fixtures
from tests.services.invoicing_fixtures import NOW, D, Office

DAY = date(2026, 11, 24)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(NOW)


@pytest.fixture
def office(db: Database, clock: ManualClock) -> Office:
    return Office(db, clock)


def invoice(office: Office, customer: int, day: int, minutes: int) -> str:
    office.session(customer, day, minutes)
    return office.desk.create(customer).document.number


def test_an_overpayment_is_received_whole_and_the_excess_is_credit(office: Office) -> None:
    bert = office.customer("Bert")
    first = invoice(office, bert, 17, 12)  # 15.00
    receipt = office.ledger.pay(first, D("50"), DAY, "transfer").document
    # 50.00 received: 15.00 settles the invoice (0.00 open), 50.00 − 15.00 = 35.00 is credit
    assert receipt.kind is DocumentKind.RECEIPT
    assert receipt.paid_amount == D("50.00")
    assert (receipt.paid_on, receipt.payment_method) == (DAY, "transfer")
    assert receipt.settles == (Settlement(first, D("15.00"), D("0.00")),)
    assert receipt.customer_credit == D("35.00")
    assert [(ln.description, ln.net) for ln in receipt.totals.lines] == [
        (f"Invoice {first}", D("15.00")),
        ("Kept as your credit", D("35.00")),
    ]
    assert (receipt.totals.total, receipt.totals.vat, receipt.totals.vat_total) == (
        D("50.00"), (), D("0.00"),
    )  # fmt: skip
    # A receipt asks for nothing: no due date, terms, bank details, QR code or session log.
    assert (receipt.due_date, receipt.payment_terms, receipt.bank, receipt.qr_payload) == (
        None, "", None, "",
    )  # fmt: skip
    assert receipt.session_log == ()
    summary = office.ledger.summaries()[0]
    assert (summary.status, summary.paid, summary.open_amount) == (
        InvoiceStatus.PAID, D("15.00"), D("0.00"),
    )  # fmt: skip
    # invoiced 15.00, paid 50.00: open 0.00, credit 50.00 − 15.00 = 35.00
    assert office.ledger.balance(bert) == (
        CustomerBalance("EUR", D("15.00"), D("0.00"), D("50.00"), D("0.00"), D("0.00"),
                        D("35.00")),
    )  # fmt: skip


def test_a_later_invoice_is_paid_from_the_credit(office: Office, clock: ManualClock) -> None:
    bert = office.customer("Bert")
    first = invoice(office, bert, 17, 12)  # 15.00
    office.ledger.pay(first, D("50.00"), DAY, "cash")  # 35.00 credit
    second = invoice(office, bert, 18, 20)  # 20.00
    applied = office.ledger.pay_from_credit(second).document
    # as much as is open (20.00) and the credit (35.00) covers: 20.00; 35.00 − 20.00 = 15.00 left
    assert (applied.paid_amount, applied.payment_method, applied.paid_on) == (
        D("20.00"), "credit", DAY,
    )  # fmt: skip
    assert applied.settles == (Settlement(second, D("20.00"), D("0.00")),)
    assert applied.customer_credit == D("15.00")
    # Nothing was received: +20.00 to the invoice, −20.00 from the credit, 0.00 in all.
    assert [(ln.description, ln.net) for ln in applied.totals.lines] == [
        (f"Invoice {second}", D("20.00")),
        ("Paid from your credit", D("-20.00")),
    ]
    assert applied.totals.total == D("0.00")
    assert [s.status for s in office.ledger.summaries()] == [InvoiceStatus.PAID] * 2
    # invoiced 15.00 + 20.00 = 35.00, paid 50.00 (money), open 0.00, credit 50.00 − 35.00 = 15.00
    (balance,) = office.ledger.balance(bert)
    assert (balance.invoiced, balance.paid, balance.open_amount, balance.credit) == (
        D("35.00"), D("50.00"), D("0.00"), D("15.00"),
    )  # fmt: skip
    third = invoice(office, bert, 19, 20)  # 20.00
    too_much = "Bert has 15.00 EUR of credit and 20.00 EUR is open; 16.00 is more than"
    with pytest.raises(DomainError, match=f"^{re.escape(too_much)}"):
        office.ledger.pay_from_credit(third, D("16"))
    partly = office.ledger.pay_from_credit(third).document
    # 15.00 credit covers 15.00 of 20.00: 5.00 stays open, no credit left
    assert partly.settles == (Settlement(third, D("15.00"), D("5.00")),)
    assert partly.customer_credit == D("0.00")
    with pytest.raises(DomainError, match=r"^Bert has no credit in EUR\.$"):
        office.ledger.pay_from_credit(third)
    assert office.ledger.summaries()[2].open_amount == D("5.00")


def test_partial_payments_then_one_too_many(office: Office) -> None:
    bert = office.customer("Bert")
    office.session(bert, 17, 12)
    office.session(bert, 18, 20)
    number = office.desk.create(bert).document.number  # 15.00 + 20.00 = 35.00
    steps = [("10", "10.00", "25.00", "0.00"), ("20", "20.00", "5.00", "0.00"),
             ("12.50", "5.00", "0.00", "7.50")]  # fmt: skip
    for amount, applied, open_after, credit in steps:
        # 35.00 − 10.00 = 25.00 open; 25.00 − 20.00 = 5.00; 12.50 pays 5.00 and 7.50 is kept
        receipt = office.ledger.pay(number, D(amount), DAY, "transfer").document
        assert receipt.settles == (Settlement(number, D(applied), D(open_after)),)
        assert receipt.customer_credit == D(credit)
    summary = office.ledger.summaries()[0]
    assert (summary.status, summary.paid) == (InvoiceStatus.PAID, D("35.00"))
    assert office.ledger.documents_of(number) == [
        (number, DocumentKind.INVOICE), ("RC 2026/0001", DocumentKind.RECEIPT),
        ("RC 2026/0002", DocumentKind.RECEIPT), ("RC 2026/0003", DocumentKind.RECEIPT),
    ]  # fmt: skip


def test_one_payment_for_several_invoices_of_one_customer(office: Office) -> None:
    bert = office.customer("Bert")
    first, second = invoice(office, bert, 17, 12), invoice(office, bert, 18, 20)
    receipt = office.ledger.pay([second, first], D("30"), DAY, "transfer").document
    # in the order named: 20.00 settles the second, the other 10.00 goes to the first (5.00 open)
    assert receipt.settles == (
        Settlement(second, D("20.00"), D("0.00")),
        Settlement(first, D("10.00"), D("5.00")),
    )
    assert receipt.customer_credit == D("0.00")
    for number in (first, second):
        assert ("RC 2026/0001", DocumentKind.RECEIPT) in office.ledger.documents_of(number)


def test_two_customers_money_never_mixes(office: Office) -> None:
    ana, bert = office.customer("Ana"), office.customer("Bert")
    anas, berts = invoice(office, ana, 17, 12), invoice(office, bert, 18, 20)
    with pytest.raises(DomainError, match=f"^{berts} is Bert's, not Ana's; a payment pays one"):
        office.ledger.pay([anas, berts], D("35"), DAY, "transfer")
    office.ledger.pay(anas, D("100"), DAY, "transfer")  # 100.00 − 15.00 = 85.00 Ana's credit
    with pytest.raises(DomainError, match=r"^Bert has no credit in EUR\.$"):
        office.ledger.pay_from_credit(berts)
    # Ana: paid 100.00, credit 85.00; Bert: invoiced 20.00, nothing paid, 20.00 open, no credit
    assert office.ledger.balance(ana)[0].credit == D("85.00")
    assert office.ledger.balance(bert) == (
        CustomerBalance("EUR", D("20.00"), D("0.00"), D("0.00"), D("0.00"), D("20.00"), D("0")),
    )
    assert office.ledger.summaries()[1].open_amount == D("20.00")


def test_credit_is_kept_per_currency(office: Office) -> None:
    shop = office.customer("Shop")
    euros = invoice(office, shop, 17, 12)  # 15.00 EUR
    start = NOW.replace(day=20, hour=9)
    office.sessions.record_past(shop, start, start.replace(minute=20), policy_id="phonetex")
    pounds = office.desk.create(shop).document.number
    assert office.desk.pdf(pounds)  # issued in GBP
    with pytest.raises(DomainError, match=f"^{pounds} is in GBP, not EUR; a payment is in one"):
        office.ledger.pay([euros, pounds], D("50"), DAY, "transfer")
    office.ledger.pay(euros, D("40"), DAY, "transfer")  # 40.00 − 15.00 = 25.00 EUR credit
    with pytest.raises(DomainError, match=r"^Shop has no credit in GBP\.$"):
        office.ledger.pay_from_credit(pounds)
    balances = {b.currency: b for b in office.ledger.balance(shop)}
    assert (balances["EUR"].credit, balances["GBP"].credit) == (D("25.00"), D("0.00"))
    assert balances["GBP"].open_amount == balances["GBP"].invoiced  # nothing paid in GBP


def test_a_paid_invoice_credited_and_billed_again_is_paid_from_the_credit(office: Office) -> None:
    bert = office.customer("Bert")
    first = invoice(office, bert, 17, 12)  # 15.00
    office.ledger.pay(first, D("15"), DAY, "transfer")
    office.credits.issue(first, "Wrong tariff; billed again")  # releases the session
    # paid 15.00 for an invoice credited whole: the 15.00 is the customer's
    (balance,) = office.ledger.balance(bert)
    assert (balance.credited, balance.paid, balance.open_amount, balance.credit) == (
        D("15.00"), D("15.00"), D("0.00"), D("15.00"),
    )  # fmt: skip
    # The next invoice bills the released session (15.00) and a new one (20.00): 35.00
    second = invoice(office, bert, 18, 20)
    receipt = office.ledger.pay_from_credit(second).document
    assert receipt.settles == (Settlement(second, D("15.00"), D("20.00")),)  # 35.00 − 15.00
    assert receipt.customer_credit == D("0.00")
    (balance,) = office.ledger.balance(bert)
    # invoiced 15.00 + 35.00 = 50.00, credited 15.00, paid 15.00: 20.00 open, no credit
    assert (balance.invoiced, balance.open_amount, balance.credit) == (
        D("50.00"), D("20.00"), D("0.00"),
    )  # fmt: skip


def test_credit_cannot_be_applied_beyond_what_is_open(office: Office) -> None:
    bert = office.customer("Bert")
    first = invoice(office, bert, 17, 12)
    office.ledger.pay(first, D("100"), DAY, "transfer")  # 85.00 credit, nothing open
    with pytest.raises(DomainError, match=f"^Nothing is open on {first}\\.$"):
        office.ledger.pay_from_credit(first)
    second = invoice(office, bert, 18, 20)  # 20.00 open
    with pytest.raises(DomainError, match=r"and 20\.00 EUR is open; 21\.00 is more than"):
        office.ledger.pay_from_credit(second, D("21"))
    with pytest.raises(DomainError, match="in the future"):
        office.ledger.pay_from_credit(second, paid_on=date(2026, 11, 25))
    assert len(office.ledger.documents_of(second)) == 1  # nothing was issued


def test_the_receipt_is_stored_as_it_was_issued(db: Database, office: Office) -> None:
    bert = office.customer("Bert")
    first = invoice(office, bert, 17, 12)
    issued = office.ledger.pay(first, D("20"), DAY, "card")
    with db.reading() as orm:
        row = orm.query(DocumentRow).filter_by(number=issued.document.number).one()
        assert stored_document(row) == issued.document
        assert (row.total, row.net, row.vat_total) == (D("20.00"), D("20.00"), D("0.00"))


def test_a_receipt_speaks_the_invoices_language(db: Database, clock: ManualClock) -> None:
    office = Office(db, clock, settings={"documents.language": "pt"})
    bert = office.customer("Bert")
    first = invoice(office, bert, 17, 12)
    receipt = office.ledger.pay(first, D("20"), DAY, "cash").document
    assert [ln.description for ln in receipt.totals.lines] == [
        f"Fatura {first}", "Fica como crédito a seu favor",
    ]  # fmt: skip


CURRENCIES = [
    # currency, 12 minutes, paid (rounded half up to the minor unit), kept, 20 minutes, open after
    ("JPY", "1500", "2000.5", "501", "2000", "1499"),  # 2001 − 1500 = 501; 2000 − 501 = 1499
    ("EUR", "15.00", "20.005", "5.01", "20.00", "14.99"),  # 20.01 − 15.00; 20.00 − 5.01
    ("BHD", "15.000", "20.0005", "5.001", "20.000", "14.999"),  # 20.001 − 15.000; 20 − 5.001
]


@pytest.mark.parametrize(
    ("currency", "total", "paid", "kept", "later", "open_after"),
    CURRENCIES,
    ids=[c[0] for c in CURRENCIES],
)
def test_credit_in_currencies_of_0_2_and_3_decimals(
    db: Database, clock: ManualClock, monkeypatch: pytest.MonkeyPatch,
    currency: str, total: str, paid: str, kept: str, later: str, open_after: str,
) -> None:  # fmt: skip
    text = resource("policies", "page-computers.toml").read_text(encoding="utf-8")
    text = text.replace('currency = "EUR"', f'currency = "{currency}"')
    if currency == "JPY":
        text = text.replace('"10.00"', '"1000"').replace('"5.00"', '"500"')
    policy = policy_from_text(text, f"page-computers-{currency}")
    monkeypatch.setattr(invoicing_fixtures, "lookup", lambda _id: policy)
    office = Office(db, clock)
    bert = office.customer("Bert")
    office.session(bert, 17, 12)
    first_issued = office.desk.create(bert).document
    assert (first_issued.currency, first_issued.totals.total) == (currency, D(total))
    receipt = office.ledger.pay(first_issued.number, D(paid), DAY, "transfer").document
    assert receipt.customer_credit == D(kept)
    assert str(receipt.customer_credit) == kept  # with the currency's decimals
    office.session(bert, 18, 20)
    second = office.desk.create(bert).document
    assert second.totals.total == D(later)
    applied = office.ledger.pay_from_credit(second.number).document
    assert applied.settles == (Settlement(second.number, D(kept), D(open_after)),)
    (balance,) = office.ledger.balance(bert)
    assert (balance.credit, balance.open_amount) == (D(0), D(open_after))


def test_two_workstations_never_spend_the_same_credit(
    office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    bert = office.customer("Bert")
    first = invoice(office, bert, 17, 12)
    office.ledger.pay(first, D("35"), DAY, "transfer")  # 35.00 − 15.00 = 20.00 credit
    others = [invoice(office, bert, 18, 20), invoice(office, bert, 19, 20)]  # 20.00 each
    balance_in = CustomerAccounts.balance_in

    def slow(self: CustomerAccounts, *args: Any) -> CustomerBalance:
        found = balance_in(self, *args)
        time.sleep(0.3)  # the other workstation reads now, unless it has to wait
        return found

    monkeypatch.setattr(CustomerAccounts, "balance_in", slow)
    start = threading.Barrier(2)
    outcomes: list[str] = []

    def apply(number: str) -> None:
        start.wait()
        try:
            outcomes.append(office.ledger.pay_from_credit(number).document.number)
        except DomainError as error:
            outcomes.append(str(error))

    threads = [threading.Thread(target=apply, args=(number,)) for number in others]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    # One applies the 20.00; the other finds it spent.
    assert sorted(outcomes) == ["Bert has no credit in EUR.", "RC 2026/0002"]
    assert office.ledger.balance(bert)[0].credit == D("0.00")
    assert sorted(s.open_amount for s in office.ledger.summaries()[1:]) == [D("0.00"), D("20.00")]
