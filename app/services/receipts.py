"""Money that arrives, and credit applied to invoices: each is recorded with a receipt that says
what it paid (app.services.receipt_content).

Money is recorded as it arrived, however much it was: what is more than the invoices named have
open is kept as the customer's credit (app.core.settlement). Credit leaves the account only by
an explicit act: a receipt for credit applied to invoices (method "credit", nothing received),
or a refund (app.services.refunds). The customer's account is held for the transaction, so two
workstations never spend the same credit.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session as OrmSession

from app.core.clock import Clock
from app.core.errors import DomainError
from app.core.invoice_document import DocumentKind, PrintedDocument
from app.core.messages import QT_TRANSLATE_NOOP
from app.core.money import ZERO, at_least_minor_unit
from app.core.settlement import Allocation, OpenInvoice, allocate
from app.services.customer_credit import CustomerAccounts
from app.services.document_records import stored_document
from app.services.invoicing import InvoiceDesk, IssuedDocument
from app.services.receipt_content import CREDIT, receipt_document
from app.storage.database import Database
from app.storage.document_models import DocumentRow, PaymentRow

METHODS = ("transfer", "cash", "card", "other")  # how money arrives (or is refunded)
PAYMENT_TOO_SMALL = QT_TRANSLATE_NOOP(
    "Messages", "A payment must be more than zero, at least {smallest}."
)

FindInvoice = Callable[[OrmSession, str], DocumentRow]
OpenOf = Callable[[OrmSession, DocumentRow], Decimal]
Issue = Callable[
    [OrmSession, PrintedDocument, DocumentRow, str], tuple[DocumentRow, PrintedDocument, bytes]
]


def check_method(method: str) -> str:
    if method not in METHODS:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Messages", "Unknown payment method {method!r}; use one of {methods}."
            ).format(method=method, methods=", ".join(METHODS))
        )
    return method


class Receipts:
    """Records payments and credit applied to the ledger's invoices; the ledger gives the means
    to find an invoice, to know what is open on it and to issue a numbered document."""

    def __init__(
        self, db: Database, clock: Clock, desk: InvoiceDesk, accounts: CustomerAccounts,
        find: FindInvoice, open_on: OpenOf, issue: Issue,
    ) -> None:  # fmt: skip
        self._db, self._clock, self._desk, self._accounts = db, clock, desk, accounts
        self._find, self._open_on, self._issue = find, open_on, issue

    def today(self) -> date:
        return self._clock.now().astimezone(self._desk.zone()).date()

    def pay(
        self, numbers: Sequence[str], amount: Decimal, paid_on: date, method: str,
        send: bool = False,
    ) -> IssuedDocument:  # fmt: skip
        """Record money received for the invoices `numbers` (one customer's, one currency),
        shared out over them in that order; what is more than they have open is kept as the
        customer's credit. A receipt is issued (and with `send`, queued for the customer)."""
        check_method(method)
        with self._db.transaction() as orm:
            invoices = self._invoices(orm, numbers)
            first = invoices[0]
            amount = at_least_minor_unit(amount, first.currency, PAYMENT_TOO_SMALL)
            self._check_day(paid_on)
            self._accounts.hold(orm, first.customer_id)
            credit = self._accounts.balance_in(orm, first.customer_id, first.currency).credit
            allocation = allocate(amount, self._opens(orm, invoices))
            credit_after = credit + allocation.left_over
            return self._record(orm, invoices, allocation, amount, paid_on, method,
                                credit_after, send)  # fmt: skip

    def pay_from_credit(
        self, numbers: Sequence[str], amount: Decimal | None = None, paid_on: date | None = None,
        send: bool = False,
    ) -> IssuedDocument:  # fmt: skip
        """Apply the customer's credit to the invoices `numbers`: `amount`, or as much as is
        open and the credit covers. Nothing is received; a receipt records the act."""
        paid_on = self.today() if paid_on is None else paid_on
        with self._db.transaction() as orm:
            invoices = self._invoices(orm, numbers)
            first = invoices[0]
            currency, customer = first.currency, first.customer.name
            self._check_day(paid_on)
            self._accounts.hold(orm, first.customer_id)
            credit = self._accounts.balance_in(orm, first.customer_id, currency).credit
            opens = self._opens(orm, invoices)
            open_total = sum((o.open_amount for o in opens), ZERO)
            if credit <= 0:
                raise DomainError(
                    QT_TRANSLATE_NOOP("Messages", "{customer} has no credit in {currency}.")
                    .format(customer=customer, currency=currency)
                )  # fmt: skip
            if open_total <= 0:
                raise DomainError(
                    QT_TRANSLATE_NOOP("Messages", "Nothing is open on {numbers}.")
                    .format(numbers=", ".join(row.number for row in invoices))
                )  # fmt: skip
            amount = at_least_minor_unit(
                min(credit, open_total) if amount is None else amount, currency, PAYMENT_TOO_SMALL
            )
            if amount > min(credit, open_total):
                raise DomainError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "{customer} has {credit} {currency} of credit and {open} {currency} is "
                        "open; {amount} is more than can be applied.",
                    ).format(customer=customer, credit=credit, currency=currency,
                             open=open_total, amount=amount)
                )  # fmt: skip
            allocation = allocate(amount, opens)
            credit_after = credit - amount
            return self._record(orm, invoices, allocation, amount, paid_on, CREDIT,
                                credit_after, send)  # fmt: skip

    # -- internals ---------------------------------------------------------------------------

    def _invoices(self, orm: OrmSession, numbers: Sequence[str]) -> list[DocumentRow]:
        """The invoices named, each once; all one customer's and in one currency."""
        rows: list[DocumentRow] = []
        for number in numbers:
            row = self._find(orm, number)
            if rows and row.customer_id != rows[0].customer_id:
                raise DomainError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "{number} is {other}'s, not {customer}'s; a payment pays one customer's "
                        "invoices.",
                    ).format(number=row.number, other=row.customer.name,
                             customer=rows[0].customer.name)
                )  # fmt: skip
            if rows and row.currency != rows[0].currency:
                raise DomainError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "{number} is in {currency}, not {first}; a payment is in one currency.",
                    ).format(number=row.number, currency=row.currency, first=rows[0].currency)
                )
            if row.id not in {seen.id for seen in rows}:
                rows.append(row)
        if not rows:
            raise DomainError(
                QT_TRANSLATE_NOOP("Messages", "Name the invoice the payment is for.").format()
            )
        return rows

    def _opens(self, orm: OrmSession, invoices: Sequence[DocumentRow]) -> list[OpenInvoice]:
        return [OpenInvoice(row.number, self._open_on(orm, row)) for row in invoices]

    def _check_day(self, day: date) -> None:
        if day > self.today():
            raise DomainError(
                QT_TRANSLATE_NOOP("Messages", "The payment date {date} is in the future.").format(
                    date=day.isoformat()
                )
            )

    def _record(
        self, orm: OrmSession, invoices: Sequence[DocumentRow], allocation: Allocation,
        amount: Decimal, paid_on: date, method: str, credit_after: Decimal, send: bool,
    ) -> IssuedDocument:  # fmt: skip
        first, now = invoices[0], self._clock.now()
        kinds = {row.number: DocumentKind(row.kind) for row in invoices}
        receipt = receipt_document(stored_document(first), kinds, allocation, amount, paid_on,
                                   method, credit_after, now)  # fmt: skip
        series = self._desk.settings["documents.receipt_series"]
        row, receipt, pdf = self._issue(orm, receipt, first, series)
        orm.add(row)
        orm.flush()
        ids = {invoice.number: invoice.id for invoice in invoices}
        orm.add_all(
            PaymentRow(invoice_id=ids[s.invoice], paid_on=paid_on, method=method,
                       amount=s.amount, receipt_id=row.id, recorded_at=now)
            for s in allocation.settles
            if s.amount > 0
        )  # fmt: skip
        issued = IssuedDocument(receipt, first.customer_id, (), pdf)
        if send:
            self._desk.queue_mail(orm, issued, row)
        return issued
