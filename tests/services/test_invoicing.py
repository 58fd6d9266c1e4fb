"""Invoices from the session log (SQLite and PostgreSQL): lines, totals, numbers, immutability,
payments with receipts, credit notes, and the status of each invoice."""

from __future__ import annotations

import hashlib
from datetime import date, timedelta

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from app.core.clock import ManualClock
from app.core.errors import DomainError
from app.core.invoice_document import DocumentKind
from app.core.manual_lines import ManualLine
from app.core.session import Outcome
from app.documents.invoice_pdf import render_pdf
from app.services.payments import InvoiceStatus
from app.storage.database import Database
from tests.services.invoicing_fixtures import NOW, D, Office


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(NOW)


@pytest.fixture
def office(db: Database, clock: ManualClock) -> Office:
    return Office(db, clock)


def test_an_invoice_lists_each_session_and_adds_up(office: Office) -> None:
    bert = office.customer("Bert Peeters")
    ids = [office.session(bert, 17, 12), office.session(bert, 18, 20, Outcome.UNRESOLVED),
           office.session(bert, 19, 17)]  # fmt: skip
    issued = office.desk.create(bert)
    doc = issued.document
    assert doc.number == "FT 2026/0001"
    assert doc.kind is DocumentKind.INVOICE
    assert issued.session_ids == tuple(ids)
    assert [line.net for line in doc.totals.lines] == [D("12.40"), D("0.00"), D("16.53")]
    assert [line.session_id for line in doc.totals.lines] == ids
    assert doc.totals.lines[0].description == "Remote session 2026-11-17 10:00–10:12 (00:12:00)"
    assert "First 10 minutes" in doc.totals.lines[0].detail
    assert "not charged" in doc.totals.lines[1].detail
    assert (doc.totals.total, doc.totals.net, doc.totals.vat_total) == (
        D("35.00"), D("28.93"), D("6.07"),
    )  # fmt: skip
    assert doc.due_date == date(2026, 12, 8)
    assert doc.payment_reference.startswith("RF")
    assert doc.qr_payload.split("\n")[7] == "EUR35.00"
    with pytest.raises(DomainError, match="Bert Peeters has nothing to invoice"):
        office.desk.create(bert)  # every session is on an invoice now


def test_until_chosen_sessions_and_extra_lines(office: Office) -> None:
    bert = office.customer("Bert")
    first, second, third = (office.session(bert, day, 12) for day in (10, 17, 20))
    upto = office.desk.create(bert, until=date(2026, 11, 17))
    assert upto.session_ids == (first, second)
    discount = ManualLine("Loyalty discount", D(1), D("-5.00"), D(21), True)
    chosen = office.desk.create(bert, session_ids=[third], extra=[discount])
    assert chosen.document.totals.total == D("10.00")
    assert chosen.document.number == "FT 2026/0002"
    ana = office.customer("Ana")
    with pytest.raises(DomainError, match=f"Session {third} is not this customer's"):
        office.desk.create(ana, session_ids=[third])


def test_sessions_in_two_currencies_are_invoiced_separately(office: Office) -> None:
    shop = office.customer("Shop")
    euros = office.session(shop, 17, 12)  # 15.00 EUR (page-computers)
    pounds = office.session(shop, 21, 20, policy="phonetex")  # 45.00 GBP
    with pytest.raises(DomainError, match="in EUR, GBP; choose one currency per invoice"):
        office.desk.create(shop)
    gbp = office.desk.create(shop, currency="gbp")
    assert (gbp.document.currency, gbp.session_ids, gbp.document.totals.total) == (
        "GBP", (pounds,), D("45.00"),
    )  # fmt: skip
    with pytest.raises(DomainError, match=r"in GBP; their sessions are in EUR\."):
        office.desk.create(shop, currency="GBP")
    eur = office.desk.create(shop)  # only euros are left
    assert (eur.document.currency, eur.session_ids) == ("EUR", (euros,))


def test_each_currency_is_its_own_invoice_issued_in_one_go(office: Office) -> None:
    shop = office.customer("Shop")
    euros = [office.session(shop, 17, 12), office.session(shop, 18, 20)]  # 15.00 + 20.00 EUR
    pounds = office.session(shop, 21, 20, policy="phonetex")  # 45.00 GBP
    issued = office.desk.create_each_currency(shop)
    assert [(i.document.number, i.document.currency, i.session_ids, i.document.totals.total)
            for i in issued] == [
        ("FT 2026/0001", "EUR", tuple(euros), D("35.00")),
        ("FT 2026/0002", "GBP", (pounds,), D("45.00")),
    ]  # fmt: skip
    assert issued[1].document.qr_payload == ""  # the EPC QR code is for euros only
    with pytest.raises(DomainError, match=r"Shop has nothing to invoice\.$"):
        office.desk.create_each_currency(shop)


def test_issued_documents_cannot_be_changed_in_the_database(db: Database, office: Office) -> None:
    bert = office.customer("Bert")
    office.session(bert, 17, 12)
    office.desk.create(bert)
    for statement in (
        "UPDATE documents SET total = 0",
        "DELETE FROM documents",
        "UPDATE document_lines SET net = 0",
        "DELETE FROM document_lines",
    ):
        with pytest.raises(DBAPIError, match="cannot be changed"), db.transaction() as orm:
            orm.execute(text(statement))
    assert office.ledger.summaries()[0].total == D("15.00")


def test_the_pdf_is_rendered_once_and_reproduced_exactly(db: Database, clock: ManualClock) -> None:
    office = Office(db, clock, renderer=render_pdf, settings={"documents.language": "pt"})
    bert = office.customer("Bert")
    office.session(bert, 17, 12)
    issued = office.desk.create(bert)
    with db.reading() as orm:
        stored = orm.execute(text("SELECT pdf_sha256 FROM documents")).scalar()
    assert stored == hashlib.sha256(issued.pdf).hexdigest()
    assert office.desk.pdf("FT 2026/0001") == issued.pdf
    assert office.desk.pdf("FT 2026/0001", "nl") != issued.pdf


def test_payments_issue_receipts_and_settle_the_invoice(office: Office, clock: ManualClock) -> None:
    bert = office.customer("Bert")
    office.session(bert, 17, 12)
    office.session(bert, 18, 17)
    number = office.desk.create(bert).document.number
    part = office.ledger.pay(number, D("10"), date(2026, 11, 25) - timedelta(days=1), "transfer")
    assert (part.document.kind, part.document.number) == (DocumentKind.RECEIPT, "RC 2026/0001")
    assert part.document.paid_amount == D("10.00")
    assert part.document.corrects == number
    summary = office.ledger.summaries()[0]
    assert (summary.status, summary.paid, summary.open_amount) == (
        InvoiceStatus.PARTLY_PAID, D("10.00"), D("25.00"),
    )  # fmt: skip
    with pytest.raises(DomainError, match="Unknown payment method 'cheque'"):
        office.ledger.pay(number, D("5"), date(2026, 11, 24), "cheque")
    with pytest.raises(DomainError, match="in the future"):
        office.ledger.pay(number, D("5"), date(2026, 11, 30), "cash")
    office.ledger.pay(number, D("25"), date(2026, 11, 24), "card")
    assert office.ledger.summaries()[0].status is InvoiceStatus.PAID
    with pytest.raises(DomainError, match="RC 2026/0001 is a receipt, not an invoice"):
        office.ledger.pay("RC 2026/0001", D("1"), date(2026, 11, 24), "cash")


def test_unpaid_past_the_due_date_is_overdue(office: Office, clock: ManualClock) -> None:
    bert = office.customer("Bert")
    office.session(bert, 17, 12)
    office.desk.create(bert)
    assert office.ledger.summaries()[0].status is InvoiceStatus.ISSUED
    clock.set(NOW + timedelta(days=15))
    assert office.ledger.summaries()[0].status is InvoiceStatus.OVERDUE


def test_credit_notes_have_their_own_series_and_name_the_invoice(office: Office) -> None:
    bert = office.customer("Bert")
    office.session(bert, 17, 12)
    office.session(bert, 18, 17)
    number = office.desk.create(bert).document.number
    with pytest.raises(DomainError, match="needs a reason"):
        office.credits.issue(number, "  ")
    partial = office.credits.issue(number, "Second session was a follow-up", amount=D("20"))
    note = partial.issued.document
    assert (note.kind, note.number, note.corrects) == (
        DocumentKind.CREDIT_NOTE,
        "NC 2026/0001",
        number,
    )
    assert note.totals.total == D("20.00")
    assert office.ledger.summaries()[0].open_amount == D("15.00")  # 35.00 - 20.00
    with pytest.raises(DomainError, match=r"up to 15\.00 EUR"):
        office.credits.issue(number, "too much", amount=D("16"))
    rest = office.credits.issue(number, "Rest as goodwill")  # all that is left: 35.00 - 20.00
    assert rest.issued.document.totals.total == D("15.00")
    assert office.ledger.summaries()[0].status is InvoiceStatus.CREDITED
    receipt = office.ledger.pay(number, D("1"), date(2026, 11, 24), "cash")
    assert receipt.document.customer_credit == D("1.00")  # 0.00 open: all of it is kept


def test_service_statements_carry_the_same_numbers(db: Database, clock: ManualClock) -> None:
    office = Office(db, clock, settings={"documents.type": "statement"})
    bert = office.customer("Bert")
    office.session(bert, 17, 12)
    issued = office.desk.create(bert)
    assert (issued.document.kind, issued.document.number) == (
        DocumentKind.STATEMENT,
        "FT 2026/0001",
    )


def test_a_company_name_is_needed(db: Database, clock: ManualClock) -> None:
    office = Office(db, clock, settings={"company.name": ""})
    bert = office.customer("Bert")
    office.session(bert, 17, 12)
    with pytest.raises(DomainError, match="Set the company's name first"):
        office.desk.create(bert)


def test_paying_and_crediting_never_change_the_issued_invoice(
    db: Database, clock: ManualClock
) -> None:
    office = Office(db, clock, renderer=render_pdf)
    bert = office.customer("Bert")
    office.session(bert, 17, 12)
    issued = office.desk.create(bert)
    number = issued.document.number
    with db.reading() as orm:
        before = orm.execute(
            text("SELECT content, pdf_sha256, total FROM documents WHERE number = :n"),
            {"n": number},
        ).one()
    office.ledger.pay(number, D("5"), date(2026, 11, 24), "cash")
    office.credits.issue(number, "Goodwill", amount=D("5"))
    with pytest.raises(DomainError, match="nothing to invoice"):
        office.desk.create(bert)  # its sessions cannot be invoiced again
    with db.reading() as orm:
        after = orm.execute(
            text("SELECT content, pdf_sha256, total FROM documents WHERE number = :n"),
            {"n": number},
        ).one()
    assert tuple(after) == tuple(before)
    assert office.desk.pdf(number) == issued.pdf  # the same bytes as the day it was issued
