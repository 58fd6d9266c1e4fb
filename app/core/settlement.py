"""How money that arrives is shared out: over the invoices it was sent for, in the order they are
named, each up to what is open on it; what is left over is the customer's credit.

Money is never refused for being too much: a customer who pays twice, or rounds up, has paid,
and the excess is theirs, to be applied to a later invoice or refunded — each an explicit act.
Credit applied to invoices is shared out the same way, but never beyond what is open.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from app.core.invoice_document import Settlement
from app.core.money import ZERO


@dataclass(frozen=True, slots=True)
class OpenInvoice:
    """An invoice a payment names, and what was still open on it before the payment."""

    number: str
    open_amount: Decimal


@dataclass(frozen=True, slots=True)
class Allocation:
    """A payment shared out: what went to each invoice, and what is left over."""

    settles: tuple[Settlement, ...]
    left_over: Decimal  # kept as the customer's credit (money), or not used (credit)

    @property
    def applied(self) -> Decimal:
        return sum((s.amount for s in self.settles), ZERO)

    @property
    def open_after(self) -> Decimal:
        """What stays open on the invoices named, together."""
        return sum((s.open_after for s in self.settles), ZERO)


def allocate(amount: Decimal, invoices: Sequence[OpenInvoice]) -> Allocation:
    """Share `amount` (above zero, in the invoices' currency, already rounded to it) over
    `invoices` in order: each gets what is open on it, or what is left of the amount."""
    left = amount
    settles = []
    for invoice in invoices:
        applied = min(left, max(invoice.open_amount, ZERO))
        left -= applied
        settles.append(Settlement(invoice.number, applied, invoice.open_amount - applied))
    return Allocation(tuple(settles), left)
