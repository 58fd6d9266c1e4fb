"""A session's history lists every document it has been on (SQLite and PostgreSQL): the invoices
that billed it, each credit note that credited its line (saying which gave it back to be invoiced
again), and credit notes from before notes named lines, which credited the invoice as a whole."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from app.core.clock import ManualClock
from app.core.invoice import LineInput, assemble
from app.core.invoice_document import DocumentKind
from app.services.document_records import stored_document
from app.services.invoicing import InvoiceDesk, document_row, issue_number
from app.services.payments import InvoiceStatus
from app.services.session_documents import SessionDocument
from app.services.session_history import SessionHistory
from app.storage.database import Database
from tests.services.invoicing_fixtures import NOW, D, Office

INVOICE, CREDIT_NOTE = DocumentKind.INVOICE, DocumentKind.CREDIT_NOTE
DAY = timedelta(days=1)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(NOW)


@pytest.fixture
def office(db: Database, clock: ManualClock) -> Office:
    return Office(db, clock)


def test_a_session_lists_its_invoices_and_the_credit_notes_on_its_line(
    db: Database, office: Office, clock: ManualClock
) -> None:
    bert = office.customer("Bert")
    first, second = office.session(bert, 17, 12), office.session(bert, 18, 17)
    number = office.desk.create(bert).document.number
    clock.advance(hours=24)
    office.credits.issue(number, "Goodwill", [2], amount=D("5"))
    clock.advance(hours=24)
    office.credits.issue(number, "Billed to the wrong contract", [2])
    clock.advance(hours=24)
    office.desk.create(bert)
    history = SessionHistory(db)
    assert history.documents(second) == [
        SessionDocument("FT 2026/0001", INVOICE, NOW, 2),
        SessionDocument("NC 2026/0001", CREDIT_NOTE, NOW + DAY, 2, "FT 2026/0001", False),
        SessionDocument("NC 2026/0002", CREDIT_NOTE, NOW + 2 * DAY, 2, "FT 2026/0001", True),
        SessionDocument("FT 2026/0002", INVOICE, NOW + 3 * DAY, 1),
    ]
    assert history.documents(first) == [SessionDocument("FT 2026/0001", INVOICE, NOW, 1)]
    never = office.session(bert, 19, 12)
    assert history.documents(never) == []
    assert set(history.documents_of([first, second, never])) == {first, second}


def legacy_credit(db: Database, office: Office, number: str, amount: str) -> None:
    """A credit note as AssistDesk wrote them before notes named lines: one line of `amount`,
    booked at the rate with the largest base, naming no line of the invoice."""
    with db.transaction() as orm:
        invoice = InvoiceDesk.find(orm, number)
        source = stored_document(invoice)
        line = LineInput(f"Correction of {number}", D(1), D(amount), D(21), True, "Goodwill")
        year = NOW.year
        seq, note_number = issue_number(orm, office.settings["documents.number_format"], "NC", year)
        note = replace(
            source, kind=CREDIT_NOTE, number=note_number, totals=assemble([line], "EUR"),
            corrects=number, reason="Goodwill", due_date=None, payment_terms="", session_log=(),
        )  # fmt: skip
        row = document_row(orm, note, invoice.customer_id, "NC", year, seq, b"%PDF")
        row.corrects_id = invoice.id
        for each in row.lines:
            each.session_id = None
        orm.add(row)


def test_a_credit_note_from_before_notes_named_lines_counts_against_every_line(
    db: Database, office: Office
) -> None:
    bert = office.customer("Bert")
    first, second = office.session(bert, 17, 12), office.session(bert, 18, 17)
    number = office.desk.create(bert).document.number
    legacy_credit(db, office, number, "20.00")
    # Read as 20.00 against lines of 15.00 and 20.00: 8.5714 and 11.4286, rounded down 8.57 +
    # 11.42 = 19.99, the cent to the larger remainder (line 2): 8.57 + 11.43.
    state = office.credits.lines(number)
    assert [ln.left.gross for ln in state.lines] == [D("6.43"), D("8.57")]
    assert state.left == D("15.00")  # 35.00 - 20.00
    rest = office.credits.issue(number, "The rest")
    assert rest.issued.document.totals.total == D("15.00")
    assert rest.released_session_ids == (first, second)
    assert office.ledger.summaries()[0].status is InvoiceStatus.CREDITED
    assert SessionHistory(db).documents(first) == [
        SessionDocument("FT 2026/0001", INVOICE, NOW, 1),
        SessionDocument("NC 2026/0001", CREDIT_NOTE, NOW, 1, "FT 2026/0001", False),
        SessionDocument("NC 2026/0002", CREDIT_NOTE, NOW, 1, "FT 2026/0001", True),
    ]
