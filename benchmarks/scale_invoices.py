"""A month's invoices as InvoiceDesk.create would issue them, without rendering the PDFs.

Each customer with sessions in the month gets one invoice, issued on the 2nd of the next month at
08:00 UTC, in the order `customers_to_invoice` lists them (by name): the planned invoice
(app.services.invoice_plan), the printed document (InvoiceDocuments.draft, then numbered), its row
(document_records.document_row) with the lines in billing round 1, and the series counter
advanced. Only the PDF is not drawn: `pdf_sha256` is the SHA-256 of a stand-in text naming the
number (rendering 114,000 PDFs would take hours and the PDF bytes are not stored).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session as OrmSession

from app.core.clock import ManualClock
from app.core.document_numbers import format_number
from app.services.document_records import document_row
from app.services.invoice_documents import InvoiceDocuments
from app.services.invoice_plan import plan_invoices
from app.settings import Settings
from app.storage.billing_rounds import BillableCharge, BillableSession, ChargeLineText
from app.storage.models import CustomerRow, PolicySnapshotRow, SessionRow
from benchmarks.scale_plan import TIMEZONE
from benchmarks.scale_rows import values

SETTINGS = {
    "company.name": "Page Computers BV",
    "company.address": "Kerkstraat 12, 9000 Gent",
    "company.iban": "BE68 5390 0754 7034",
    "company.bic": "GKCCBEBB",
    "documents.timezone": TIMEZONE,
}


def settings() -> Settings:
    return Settings(SETTINGS)


def stand_in_pdf(number: str) -> bytes:
    return f"assistdesk scale benchmark: {number} (not rendered)".encode()


class MonthlyInvoices:
    """Issues invoices month after month, keeping document ids and per-year numbers going."""

    def __init__(self) -> None:
        self.settings = settings()
        self.clock = ManualClock(datetime(2000, 1, 1, tzinfo=UTC))
        self._documents = InvoiceDocuments(self.settings, self.clock)
        self._zone = ZoneInfo(TIMEZONE)
        self.next_seq: dict[int, int] = {}  # year -> the series counter's next number
        self._document_id = 0
        self._line_id = 0

    @property
    def series(self) -> str:
        return str(self.settings["documents.invoice_series"])

    def issue(
        self, orm: OrmSession, rows: list[SessionRow], issued_at: datetime
    ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """The documents and document lines of one month's sessions `rows`."""
        self.clock.set(issued_at)
        by_customer: dict[int, list[SessionRow]] = {}
        for row in rows:
            by_customer.setdefault(row.customer_id, []).append(row)
        # Held for the month: InvoiceDocuments reads each line's VAT from its policy snapshot by
        # primary key, which the session's identity map answers only while the object lives.
        snapshots = orm.query(PolicySnapshotRow).all()
        customers = {c.id: c for c in orm.query(CustomerRow).filter(
            CustomerRow.id.in_(list(by_customer))
        )}  # fmt: skip
        documents: list[dict[str, Any]] = []
        lines: list[dict[str, Any]] = []
        lang = str(self.settings["documents.language"])
        for customer in sorted(customers.values(), key=lambda c: (c.name, c.id)):
            ordered = sorted(by_customer[customer.id], key=lambda r: (r.accepted_at, r.id))
            billable = [billable_session(row, customer.name) for row in ordered]
            for plan in plan_invoices(customer.name, billable, (), None, lambda: None, False):
                draft = self._documents.draft(orm, customer, plan, lang, self._zone)
                year = draft.issued_at.astimezone(self._zone).year
                seq = self.next_seq.get(year, 1)
                self.next_seq[year] = seq + 1
                pattern = str(self.settings["documents.number_format"])
                number = format_number(pattern, self.series, year, seq).text
                document = self._documents.numbered(draft, number)
                document_rec = document_row(orm, document, customer.id, self.series, year, seq,
                                   stand_in_pdf(number))  # fmt: skip
                self._document_id += 1
                document_rec.id = self._document_id
                documents.append(values(document_rec, "documents"))
                for line in document_rec.lines:
                    self._line_id += 1
                    line.id, line.document_id = self._line_id, document_rec.id
                    if line.session_id is not None:
                        line.billing_round = 1
                    lines.append(values(line, "document_lines"))
        del snapshots
        return documents, lines

    def counters(self) -> list[dict[str, Any]]:
        return [
            {"series": self.series, "year": year, "next_seq": seq}
            for year, seq in sorted(self.next_seq.items())
        ]


def issue_time(following: Any) -> datetime:
    """When a month's invoices are issued: the 2nd of the next month, 08:00 UTC."""
    day = following + timedelta(days=1)
    return datetime(day.year, day.month, day.day, 8, tzinfo=UTC)


def billable_session(row: SessionRow, customer: str) -> BillableSession:
    """A priced session row as billing_rounds.billable_sessions reads it from the database."""
    charge = row.charge
    assert charge is not None
    assert row.accepted_at is not None
    assert row.ended_at is not None
    lines = tuple(ChargeLineText(ln.description, ln.quantity, ln.amount) for ln in charge.lines)
    return BillableSession(
        row.id, row.customer_id, customer, row.accepted_at, row.ended_at, row.duration_seconds,
        row.tool, row.remote_id, row.outcome,
        BillableCharge(charge.currency, charge.policy_digest, charge.net, charge.total,
                       charge.free_seconds, lines),
    )  # fmt: skip
