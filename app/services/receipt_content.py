"""What a receipt says, built from the invoice it pays and what the payment did: the invoice(s)
it settles with the amount applied to each and what stays open (`settles`), the amount and its
date and method, and the customer's credit afterwards. No due date, payment terms, bank details
or session log: a receipt asks for nothing and bills nothing.

Its lines add up to the money received: one per invoice paid, and one for what was kept as the
customer's credit; credit applied to an invoice is taken off again on a line of its own, so a
receipt for credit applied received nothing. No VAT: that was on the invoices.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal

from app.core.invoice import InvoiceLine, InvoiceTotals
from app.core.invoice_document import RENDERER_VERSION, DocumentKind, PrintedDocument
from app.core.money import ZERO, quantize
from app.core.settlement import Allocation
from app.documents.labels import TITLES

CREDIT = "credit"  # the method of a receipt for the customer's credit applied to invoices
_KEPT = {"en": "Kept as your credit", "pt": "Fica como crédito a seu favor",
         "nl": "Blijft als tegoed in uw voordeel"}  # fmt: skip
_FROM_CREDIT = {"en": "Paid from your credit", "pt": "Pago com o seu crédito",
                "nl": "Betaald met uw tegoed"}  # fmt: skip


def receipt_document(
    invoice: PrintedDocument, kinds: Mapping[str, DocumentKind], allocation: Allocation,
    amount: Decimal, paid_on: date, method: str, credit_after: Decimal, now: datetime,
) -> PrintedDocument:  # fmt: skip
    """The receipt, unnumbered, for a payment of `amount` (received, or credit applied when
    `method` is CREDIT) to the invoices of `kinds` (number → kind), the first being `invoice`;
    it keeps the invoice's company, customer, language and time zone."""
    totals = receipt_totals(allocation, amount, method, kinds, invoice.language, invoice.currency)
    return replace(
        invoice, kind=DocumentKind.RECEIPT, issued_at=now, totals=totals, due_date=None,
        payment_terms="", bank=None, payment_reference="", qr_payload="",
        corrects=invoice.number, reason="", paid_amount=amount, paid_on=paid_on,
        payment_method=method, session_log=(), settles=allocation.settles,
        customer_credit=credit_after, renderer_version=RENDERER_VERSION,
    )  # fmt: skip


def receipt_totals(
    allocation: Allocation, amount: Decimal, method: str, kinds: Mapping[str, DocumentKind],
    language: str, currency: str,
) -> InvoiceTotals:  # fmt: skip
    lines = [
        _line(f"{TITLES[language][kinds[s.invoice]]} {s.invoice}", s.amount)
        for s in allocation.settles
    ]
    if method == CREDIT:
        lines.append(_line(_FROM_CREDIT[language], -amount))
    elif allocation.left_over > 0:
        lines.append(_line(_KEPT[language], allocation.left_over))
    total = quantize(sum((line.net for line in lines), ZERO), currency)
    return InvoiceTotals(tuple(lines), (), total, quantize(ZERO, currency), total)


def received(document: PrintedDocument) -> Decimal:
    """The money a receipt says arrived: nothing when it records credit applied."""
    return document.totals.total


def _line(description: str, amount: Decimal) -> InvoiceLine:
    return InvoiceLine(description, "", Decimal(1), amount, amount, ZERO, None)
