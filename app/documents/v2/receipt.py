"""The body of a receipt (renderer version 2): the amount received, its date and method; the
invoice(s) it settles with the amount applied to each and what is left to pay; what was kept as
the customer's credit, and the customer's credit afterwards. No due date, no payment term, and
not the invoice's total: a receipt is about the money that arrived."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from app.core.invoice_document import PrintedDocument, Settlement
from app.core.money import ZERO
from app.documents.fonts import BOLD
from app.documents.v2.formats import DocumentFormat
from app.documents.v2.labels import RECEIPT_WORDS
from app.documents.v2.styles import Styles, table

FROM_CREDIT = "credit"  # the method of a receipt for the customer's credit applied to invoices


def receipt_body(doc: PrintedDocument, fmt: DocumentFormat, s: Styles) -> list[Flowable]:
    w = RECEIPT_WORDS[doc.language]
    amount = doc.paid_amount if doc.paid_amount is not None else doc.totals.total
    received = w["from_credit"] if doc.payment_method == FROM_CREDIT else w["received"]
    facts: list[list[Any]] = [[received, fmt.money(amount)]]
    if doc.paid_on is not None:
        facts.append([w["paid_on"], fmt.date(doc.paid_on)])
    if doc.payment_method:
        facts.append([w["method"], fmt.method(doc.payment_method)])
    payment = table(facts, [60 * mm, 114 * mm], header=False)  # the page's width, as all tables
    payment.setStyle([("FONTNAME", (0, 0), (-1, 0), BOLD), ("FONTSIZE", (0, 0), (-1, 0), 10)])
    story: list[Flowable] = [payment, Spacer(1, 6 * mm)]
    settles = _settlements(doc, amount)
    if settles:
        rows: list[list[Any]] = [[w["document"], w["applied"], w["open"]]]
        for settled in settles:
            left = fmt.money(settled.open_after) if settled.open_after is not None else ""
            rows.append([s.p(settled.invoice), fmt.money(settled.amount), left])
        applied = sum((settled.amount for settled in settles), ZERO)
        if doc.payment_method != FROM_CREDIT and amount > applied:
            rows.append([s.p(w["kept"]), fmt.money(amount - applied), ""])
        widths = [74 * mm, 50 * mm, 50 * mm]
        story += [KeepTogether([table(rows, widths, right=(1, 2), grid=True)])]
        story.append(Spacer(1, 6 * mm))
    if doc.customer_credit is not None and doc.customer_credit > 0:
        story.append(s.p(w["credit_after"].format(amount=fmt.money(doc.customer_credit))))
    return story


class _Settled:
    """A settlement as shown; what is left open is unknown for a receipt that did not say."""

    def __init__(self, invoice: str, amount: Decimal, open_after: Decimal | None) -> None:
        self.invoice, self.amount, self.open_after = invoice, amount, open_after


def _settlements(doc: PrintedDocument, amount: Decimal) -> list[_Settled]:
    """The receipt's settlements; a receipt that names only the invoice it `corrects` paid that
    one (what was left open then was not kept with it)."""
    if doc.settles:
        return [_from(settled) for settled in doc.settles]
    if doc.corrects:
        return [_Settled(doc.corrects, amount, None)]
    return []


def _from(settled: Settlement) -> _Settled:
    return _Settled(settled.invoice, settled.amount, settled.open_after)
