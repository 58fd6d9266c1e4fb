"""A customer's account in each currency: what was invoiced, credited, paid and refunded, what is
still open on the invoices, and the customer's credit — money of theirs the office holds.

The credit is not stored: it is worked out from what is stored, so it can never disagree with it.
Money received (the receipts) that went to no invoice, plus what credit notes took off invoices
already paid, less credit applied to invoices and refunds, is the credit. So, per currency:

    open − credit = invoiced − credited − paid + refunded

Two customers' money never mixes: every figure is one customer's, in one currency.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from app.core.invoice_document import DocumentKind
from app.core.money import ZERO, quantize
from app.storage.document_models import DocumentRow, PaymentRow
from app.storage.models import CustomerRow
from app.storage.refund_models import RefundRow

if TYPE_CHECKING:
    from app.services.payments import InvoiceSummary

INVOICE_KINDS = (DocumentKind.INVOICE.value, DocumentKind.STATEMENT.value)


@dataclass(frozen=True, slots=True)
class CustomerBalance:
    """A customer's documents and money in one currency, added up."""

    currency: str
    invoiced: Decimal  # invoice totals
    credited: Decimal  # credit note totals
    paid: Decimal  # money received (receipts), whatever it went to
    refunded: Decimal  # money given back from the credit
    open_amount: Decimal  # still to be paid on the invoices, never below zero per invoice
    credit: Decimal  # the customer's money the office holds: to apply or refund


def balance_of(
    currency: str, summaries: Iterable[InvoiceSummary], received: Decimal, refunded: Decimal
) -> CustomerBalance:
    """The balance from the invoices' summaries, the money received and the money refunded."""
    items = list(summaries)
    applied = sum((s.paid for s in items), ZERO)  # payments on invoices, from money or credit
    # A credit note on an invoice already paid takes off what the customer had paid for.
    overpaid = sum((max(ZERO, s.paid + s.credited - s.total) for s in items), ZERO)
    return CustomerBalance(
        currency=currency,
        invoiced=quantize(sum((s.total for s in items), ZERO), currency),
        credited=quantize(sum((s.credited for s in items), ZERO), currency),
        paid=quantize(received, currency),
        refunded=quantize(refunded, currency),
        open_amount=quantize(sum((s.open_amount for s in items), ZERO), currency),
        credit=quantize(received - applied + overpaid - refunded, currency),
    )


def invoice_open(total: Decimal, paid: Decimal, credited: Decimal, currency: str) -> Decimal:
    """What is still to be paid on one invoice (each amount already rounded to the currency):
    never below zero, as a credit note or a payment beyond the total goes to the credit."""
    return max(quantize(ZERO, currency), total - paid - credited)


def open_by_customer(
    orm: OrmSession, customer_ids: Sequence[int] | None = None
) -> dict[int, dict[str, Decimal]]:
    """What every customer (or each of `customer_ids`) still has to pay on their invoices, per
    currency (only what is above zero): the same as CustomerBalance.open_amount, read in three
    queries (the invoices, their payments and their credit notes) and added up exactly here."""
    invoices = select(DocumentRow.id).where(DocumentRow.kind.in_(INVOICE_KINDS))
    if customer_ids is not None:
        invoices = invoices.where(DocumentRow.customer_id.in_(customer_ids))
    paid: dict[int, Decimal] = defaultdict(lambda: ZERO)
    for invoice_id, amount in orm.execute(
        select(PaymentRow.invoice_id, PaymentRow.amount).where(PaymentRow.invoice_id.in_(invoices))
    ):
        paid[invoice_id] += amount
    credited: dict[int, Decimal] = defaultdict(lambda: ZERO)
    for corrected, total in orm.execute(
        select(DocumentRow.corrects_id, DocumentRow.total).where(
            DocumentRow.kind == DocumentKind.CREDIT_NOTE.value,
            DocumentRow.corrects_id.in_(invoices),
        )
    ):
        if corrected is not None:  # the query asks for these only
            credited[corrected] += total
    owed: dict[int, dict[str, Decimal]] = defaultdict(lambda: defaultdict(lambda: ZERO))
    chosen = select(
        DocumentRow.id, DocumentRow.customer_id, DocumentRow.currency, DocumentRow.total
    )
    chosen = chosen.where(DocumentRow.id.in_(invoices))
    for invoice_id, customer_id, currency, total in orm.execute(chosen):
        left = invoice_open(
            quantize(total, currency),
            quantize(paid.get(invoice_id, ZERO), currency),
            quantize(credited.get(invoice_id, ZERO), currency),
            currency,
        )
        if left > 0:
            owed[customer_id][currency] += left
    return {customer: dict(amounts) for customer, amounts in owed.items()}


Summarise = Callable[[OrmSession, DocumentRow], "InvoiceSummary"]


class CustomerAccounts:
    """Reads a customer's balance inside a transaction (see InvoiceLedger.balance for a read)."""

    def __init__(self, summarise: Summarise) -> None:
        self._summarise = summarise

    def balances(self, orm: OrmSession, customer_id: int) -> tuple[CustomerBalance, ...]:
        """One balance per currency the customer has documents or refunds in, by currency."""
        rows = orm.scalars(
            select(DocumentRow)
            .where(DocumentRow.customer_id == customer_id, DocumentRow.kind.in_(INVOICE_KINDS))
            .order_by(DocumentRow.issued_at, DocumentRow.id)
        ).all()
        by_currency: dict[str, list[InvoiceSummary]] = {}
        for row in rows:
            by_currency.setdefault(row.currency, []).append(self._summarise(orm, row))
        received, refunded = _received(orm, customer_id), _refunded(orm, customer_id)
        currencies = sorted(set(by_currency) | set(received) | set(refunded))
        return tuple(
            balance_of(c, by_currency.get(c, ()), received.get(c, ZERO), refunded.get(c, ZERO))
            for c in currencies
        )

    def balance_in(self, orm: OrmSession, customer_id: int, currency: str) -> CustomerBalance:
        for balance in self.balances(orm, customer_id):
            if balance.currency == currency:
                return balance
        return balance_of(currency, (), ZERO, ZERO)

    @staticmethod
    def hold(orm: OrmSession, customer_id: int) -> None:
        """Keep other workstations from changing this customer's credit until the transaction
        ends (a row lock on PostgreSQL; SQLite's writing transactions already run one at a
        time), so that the same credit is never applied or refunded twice."""
        orm.execute(select(CustomerRow.id).where(CustomerRow.id == customer_id).with_for_update())


def _received(orm: OrmSession, customer_id: int) -> dict[str, Decimal]:
    """Money received, per currency: each receipt's total is what arrived with it (a receipt
    for credit applied to an invoice received nothing)."""
    received: dict[str, Decimal] = defaultdict(lambda: ZERO)
    for currency, total in orm.execute(
        select(DocumentRow.currency, DocumentRow.total).where(
            DocumentRow.customer_id == customer_id,
            DocumentRow.kind == DocumentKind.RECEIPT.value,
        )
    ):
        received[currency] += total  # added here: SQLite would add text amounts as floats
    return dict(received)


def _refunded(orm: OrmSession, customer_id: int) -> dict[str, Decimal]:
    """Money refunded from the customer's credit, per currency."""
    refunded: dict[str, Decimal] = defaultdict(lambda: ZERO)
    for currency, amount in orm.execute(
        select(RefundRow.currency, RefundRow.amount).where(RefundRow.customer_id == customer_id)
    ):
        refunded[currency] += amount
    return dict(refunded)
