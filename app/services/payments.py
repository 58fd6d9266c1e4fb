"""After an invoice is issued: payments (each issues a receipt), and where each invoice stands —
issued, partly paid, paid, overdue, credited (credit notes: app.services.credit_notes), or
settled: an invoice of nothing (0.00) has nothing to pay."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from app.core.clock import Clock
from app.core.document_numbers import check_series
from app.core.errors import DomainError
from app.core.invoice_document import RENDERER_VERSION, DocumentKind, PrintedDocument
from app.core.messages import QT_TRANSLATE_NOOP
from app.core.money import ZERO, at_least_minor_unit, quantize
from app.documents.snapshot import from_json
from app.services.invoicing import InvoiceDesk, IssuedDocument, Renderer, document_row, issue_number
from app.settings import Settings
from app.storage.database import Database
from app.storage.document_models import DocumentRow, PaymentRow

METHODS = ("transfer", "cash", "card", "other")
PAYMENT_TOO_SMALL = QT_TRANSLATE_NOOP(
    "Messages", "A payment must be more than zero, at least {smallest}."
)


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
        return max(quantize(ZERO, self.currency), self.total - self.paid - self.credited)


class InvoiceLedger:
    def __init__(
        self, db: Database, clock: Clock, settings: Settings, renderer: Renderer, desk: InvoiceDesk
    ) -> None:
        self._db, self._clock, self._settings = db, clock, settings
        self._render, self._desk = renderer, desk

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
        self, number: str, amount: Decimal, paid_on: date, method: str, send: bool = False
    ) -> IssuedDocument:
        """Record a payment and issue its receipt; the invoice becomes paid or partly paid. With
        `send`, the receipt is queued for the customer by email in the same transaction."""
        if method not in METHODS:
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "Messages", "Unknown payment method {method!r}; use one of {methods}."
                ).format(method=method, methods=", ".join(METHODS))
            )
        now = self._clock.now()
        with self._db.transaction() as orm:
            invoice = self._invoice(orm, number)
            summary = self._summary(orm, invoice)
            amount = at_least_minor_unit(amount, invoice.currency, PAYMENT_TOO_SMALL)
            if amount > summary.open_amount:
                raise DomainError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "{number} has {open} {currency} open; "
                        "a payment of {amount} is more than that.",
                    ).format(
                        number=number,
                        open=summary.open_amount,
                        currency=invoice.currency,
                        amount=amount,
                    )
                )
            if paid_on > now.astimezone(self._desk.zone()).date():
                raise DomainError(
                    QT_TRANSLATE_NOOP(
                        "Messages", "The payment date {date} is in the future."
                    ).format(date=paid_on.isoformat())
                )
            source = from_json(invoice.content)
            receipt = replace(
                source, kind=DocumentKind.RECEIPT, issued_at=now, paid_amount=amount,
                paid_on=paid_on, payment_method=method, corrects=invoice.number, qr_payload="",
            )  # fmt: skip
            series = self._settings["documents.receipt_series"]
            row, receipt, pdf = self._issue(orm, receipt, invoice, series)
            row.total, row.net, row.vat_total = amount, amount, ZERO
            orm.add(row)
            orm.flush()
            orm.add(PaymentRow(invoice_id=invoice.id, paid_on=paid_on, method=method,
                               amount=amount, receipt_id=row.id, recorded_at=now))  # fmt: skip
            issued = IssuedDocument(receipt, invoice.customer_id, (), pdf)
            if send:
                self._desk.queue_mail(orm, issued, row)
            return issued

    # -- internals ---------------------------------------------------------------------------

    def _issue(
        self, orm: OrmSession, document: PrintedDocument, invoice: DocumentRow, series: str
    ) -> tuple[DocumentRow, PrintedDocument, bytes]:
        code = check_series(series)
        year = document.issued_at.astimezone(self._desk.zone()).year
        seq, number = issue_number(orm, self._settings["documents.number_format"], code, year)
        document = replace(document, number=number, renderer_version=RENDERER_VERSION)
        pdf = self._render(document)
        row = document_row(document, invoice.customer_id, code, year, seq, pdf)
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

    def balance(self, customer_id: int) -> tuple[CustomerBalance, ...]:
        """What the customer was invoiced, credited and paid, and what is still open: one entry
        per currency, from the same summaries the invoice list shows."""
        by_currency: dict[str, list[InvoiceSummary]] = {}
        for summary in self.summaries(customer_id):
            by_currency.setdefault(summary.currency, []).append(summary)
        return tuple(
            CustomerBalance(
                currency,
                sum((s.total for s in items), ZERO),
                sum((s.credited for s in items), ZERO),
                sum((s.paid for s in items), ZERO),
                sum((s.open_amount for s in items), ZERO),
            )
            for currency, items in sorted(by_currency.items())
        )

    def documents_of(self, number: str) -> list[tuple[str, DocumentKind]]:
        """The invoice's number and kind, then its receipts and credit notes as issued."""
        with self._db.reading() as orm:
            invoice = self._invoice(orm, number)
            related = orm.execute(
                select(DocumentRow.number, DocumentRow.kind)
                .where(DocumentRow.corrects_id == invoice.id)
                .order_by(DocumentRow.issued_at, DocumentRow.id)
            ).all()
            first = (invoice.number, DocumentKind(invoice.kind))
            return [first, *((n, DocumentKind(kind)) for n, kind in related)]


@dataclass(frozen=True, slots=True)
class CustomerBalance:
    """A customer's invoices in one currency, added up: open = invoiced − credited − paid, never
    below zero per invoice."""

    currency: str
    invoiced: Decimal
    credited: Decimal
    paid: Decimal
    open_amount: Decimal
