"""After an invoice is issued: payments (each issues a receipt), and where each invoice stands —
issued, partly paid, paid, overdue, credited (credit notes: app.services.credit_notes), or
settled: an invoice of nothing (0.00) has nothing to pay."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session as OrmSession

from app.core.clock import Clock
from app.core.document_numbers import check_series
from app.core.errors import DomainError
from app.core.invoice_document import RENDERER_VERSION, DocumentKind, PrintedDocument
from app.core.messages import QT_TRANSLATE_NOOP
from app.core.money import ZERO, quantize
from app.services.customer_credit import CustomerAccounts, CustomerBalance, invoice_open
from app.services.invoicing import InvoiceDesk, IssuedDocument, Renderer, document_row, issue_number
from app.services.receipts import Receipts
from app.services.refunds import Refund, Refunds
from app.settings import Settings
from app.storage.database import Database
from app.storage.document_models import DocumentRow, PaymentRow

__all__ = ["CustomerBalance", "InvoiceLedger", "InvoiceStatus", "InvoiceSummary", "Refund"]


class InvoiceStatus(StrEnum):
    ISSUED = "issued"
    PARTLY_PAID = "partly_paid"
    PAID = "paid"
    OVERDUE = "overdue"
    CREDITED = "credited"  # credit notes took back all of it
    SETTLED = "settled"  # nothing was ever to pay: an invoice of 0.00


@dataclass(frozen=True, slots=True)
class InvoiceSummary:
    number: str
    kind: DocumentKind
    customer_id: int
    customer: str
    issued_on: date
    due_date: date | None
    currency: str
    total: Decimal
    paid: Decimal
    credited: Decimal
    status: InvoiceStatus

    @property
    def open_amount(self) -> Decimal:
        return invoice_open(self.total, self.paid, self.credited, self.currency)


class InvoiceLedger:
    def __init__(
        self, db: Database, clock: Clock, settings: Settings, renderer: Renderer, desk: InvoiceDesk
    ) -> None:
        self._db, self._clock, self._settings = db, clock, settings
        self._render, self._desk = renderer, desk
        self.accounts = CustomerAccounts(self._summary)
        self.receipts = Receipts(
            db, clock, desk, self.accounts, self._invoice,
            lambda orm, row: self._summary(orm, row).open_amount, self._issue,
        )  # fmt: skip
        self.refunds = Refunds(db, clock, self.receipts.today, self.accounts)

    def summaries(self, customer_id: int | None = None) -> list[InvoiceSummary]:
        with self._db.reading() as orm:
            query = select(DocumentRow).where(
                DocumentRow.kind.in_([DocumentKind.INVOICE.value, DocumentKind.STATEMENT.value])
            )
            if customer_id is not None:
                query = query.where(DocumentRow.customer_id == customer_id)
            rows = orm.scalars(query.order_by(DocumentRow.issued_at, DocumentRow.id)).all()
            return [self._summary(orm, row) for row in rows]

    def pay(
        self, number: str | Sequence[str], amount: Decimal, paid_on: date, method: str,
        send: bool = False,
    ) -> IssuedDocument:  # fmt: skip
        """Record money received for an invoice (or several of one customer's, shared out in
        the order named) and issue its receipt; more than is open is kept as the customer's
        credit. With `send`, the receipt is queued for the customer in the same transaction."""
        numbers = [number] if isinstance(number, str) else list(number)
        return self.receipts.pay(numbers, amount, paid_on, method, send)

    def pay_from_credit(
        self, number: str | Sequence[str], amount: Decimal | None = None,
        paid_on: date | None = None, send: bool = False,
    ) -> IssuedDocument:  # fmt: skip
        """Apply the customer's credit to an invoice (or several): `amount`, or as much as is
        open and the credit covers; a receipt records it."""
        numbers = [number] if isinstance(number, str) else list(number)
        return self.receipts.pay_from_credit(numbers, amount, paid_on, send)

    # -- internals ---------------------------------------------------------------------------

    def _issue(
        self, orm: OrmSession, document: PrintedDocument, invoice: DocumentRow, series: str
    ) -> tuple[DocumentRow, PrintedDocument, bytes]:
        code = check_series(series)
        year = document.issued_at.astimezone(self._desk.zone()).year
        seq, number = issue_number(orm, self._settings["documents.number_format"], code, year)
        document = replace(document, number=number, renderer_version=RENDERER_VERSION)
        pdf = self._render(document)
        row = document_row(orm, document, invoice.customer_id, code, year, seq, pdf)
        row.corrects_id = invoice.id
        for line in row.lines:
            line.session_id = None  # sessions stay on the invoice they were billed on
        return row, document, pdf

    def _invoice(self, orm: OrmSession, number: str) -> DocumentRow:
        row = InvoiceDesk.find(orm, number)
        if row.kind not in (DocumentKind.INVOICE, DocumentKind.STATEMENT):
            raise DomainError(
                QT_TRANSLATE_NOOP("Messages", "{number} is a {kind}, not an invoice.").format(
                    number=number, kind=row.kind.replace("_", " ")
                )
            )
        return row

    def _summary(self, orm: OrmSession, row: DocumentRow) -> InvoiceSummary:
        paid = orm.scalar(
            select(func.coalesce(func.sum(PaymentRow.amount), 0)).where(
                PaymentRow.invoice_id == row.id
            )
        )
        credited = sum(
            orm.scalars(
                select(DocumentRow.total).where(
                    DocumentRow.corrects_id == row.id,
                    DocumentRow.kind == DocumentKind.CREDIT_NOTE.value,
                )
            ),
            ZERO,
        )
        paid = quantize(Decimal(str(paid or 0)), row.currency)
        total = quantize(row.total, row.currency)
        today = self._clock.now().astimezone(self._desk.zone()).date()
        if total <= 0:
            status = InvoiceStatus.SETTLED
        elif credited >= total:
            status = InvoiceStatus.CREDITED
        elif paid + credited >= total:
            status = InvoiceStatus.PAID
        elif row.due_date is not None and row.due_date < today:
            status = InvoiceStatus.OVERDUE
        elif paid > 0:
            status = InvoiceStatus.PARTLY_PAID
        else:
            status = InvoiceStatus.ISSUED
        return InvoiceSummary(
            row.number, DocumentKind(row.kind), row.customer_id, row.customer.name,
            row.issued_at.astimezone(self._desk.zone()).date(), row.due_date, row.currency,
            total, paid, quantize(credited, row.currency), status,
        )  # fmt: skip

    # -- a customer at a glance, and the documents of one invoice -----------------------------

    def refund(
        self, customer_id: int, amount: Decimal, refunded_on: date, method: str,
        currency: str | None = None, note: str = "",
    ) -> Refund:  # fmt: skip
        """Record part or all of the customer's credit given back (app.services.refunds)."""
        return self.refunds.refund(customer_id, amount, refunded_on, method, currency, note)

    def balance(self, customer_id: int) -> tuple[CustomerBalance, ...]:
        """What the customer was invoiced, credited, paid and refunded, what is open and the
        customer's credit: one entry per currency (app.services.customer_credit)."""
        with self._db.reading() as orm:
            return self.accounts.balances(orm, customer_id)

    def documents_of(self, number: str) -> list[tuple[str, DocumentKind]]:
        """The invoice's number and kind, then its receipts and credit notes as issued (a
        receipt that pays several invoices is among the documents of each)."""
        with self._db.reading() as orm:
            invoice = self._invoice(orm, number)
            paid_by = select(PaymentRow.receipt_id).where(PaymentRow.invoice_id == invoice.id)
            related = orm.execute(
                select(DocumentRow.number, DocumentRow.kind)
                .where(or_(DocumentRow.corrects_id == invoice.id, DocumentRow.id.in_(paid_by)))
                .order_by(DocumentRow.issued_at, DocumentRow.id)
            ).all()
            first = (invoice.number, DocumentKind(invoice.kind))
            return [first, *((n, DocumentKind(kind)) for n, kind in related)]
