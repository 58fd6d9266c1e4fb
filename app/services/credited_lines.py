"""What is left to credit of each line of an invoice, from the credit notes issued on it.

A credit note line names the invoice line it credits (migration 0008) and its printed snapshot
keeps the line's gross, so what each line gave back, net and VAT, is known exactly. Credit notes
issued before 0008 name no line: each is read as an amount credited against all the invoice's
lines (app.core.credit_note.credit_amount), in the order they were issued.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from app.core.credit_note import LineValue, credit_amount, line_values
from app.core.invoice import InvoiceLine
from app.core.invoice_document import DocumentKind
from app.core.money import ZERO
from app.services.document_records import stored_document
from app.storage.billing_rounds import released_rounds
from app.storage.document_models import DocumentLineRow, DocumentRow


@dataclass(frozen=True, slots=True)
class CreditableLine:
    """One line of an invoice: what it is worth, what is left of it to credit, and its session
    (released when a credit note credited the line whole)."""

    number: int  # from 1, as printed
    description: str
    vat_percent: Decimal
    value: LineValue
    left: LineValue
    session_id: int | None
    released: bool

    @property
    def creditable(self) -> bool:
        """Whether crediting the line whole does anything: something is left of it, or it is a
        line of nothing whose session can still be released."""
        if self.left.gross != 0:
            return True
        return self.value.gross == 0 and self.session_id is not None and not self.released


@dataclass(frozen=True, slots=True)
class InvoiceCredits:
    """An invoice's lines and what is left of each; `left` is what is left of the invoice."""

    number: str
    currency: str
    lines: tuple[CreditableLine, ...]

    @property
    def left(self) -> Decimal:
        return sum((line.left.gross for line in self.lines), ZERO)

    def line(self, number: int) -> CreditableLine:
        return self.lines[number - 1]


def invoice_credits(orm: OrmSession, invoice: DocumentRow) -> InvoiceCredits:
    document = stored_document(invoice)
    values = line_values(document.totals, invoice.currency)
    rows = list(invoice.lines)  # by seq: the snapshot's lines in the same order
    numbers = {row.id: row.seq for row in rows}
    left = dict(enumerate(values, 1))
    notes = orm.scalars(
        select(DocumentRow)
        .where(
            DocumentRow.corrects_id == invoice.id,
            DocumentRow.kind == DocumentKind.CREDIT_NOTE.value,
        )
        .order_by(DocumentRow.issued_at, DocumentRow.id)
    ).all()
    for note in notes:
        for number, taken in _taken(note, numbers, left, invoice.currency):
            left[number] = left[number].minus(taken)
    released = released_rounds(orm, rows)
    lines = []
    for row, line in zip(rows, document.totals.lines, strict=True):
        lines.append(
            CreditableLine(
                row.seq,
                line.description,
                line.vat_percent,
                values[row.seq - 1],
                left[row.seq],
                row.session_id,
                (row.session_id, row.billing_round) in released,
            )
        )
    return InvoiceCredits(invoice.number, invoice.currency, tuple(lines))


def _vat(line: InvoiceLine) -> Decimal:
    return ZERO if line.gross is None else line.gross - line.net


def _taken(
    note: DocumentRow, numbers: dict[int, int], left: dict[int, LineValue], currency: str
) -> list[tuple[int, LineValue]]:
    """What the credit note took from which invoice line."""
    lines: list[DocumentLineRow] = list(note.lines)
    if any(line.credited_line_id is not None for line in lines):
        printed = stored_document(note).totals.lines
        return [
            (numbers[row.credited_line_id], LineValue(ln.net, _vat(ln)))
            for row, ln in zip(lines, printed, strict=True)
            if row.credited_line_id is not None
        ]
    # Issued before credit notes named lines: an amount against the whole invoice.
    room = sum((value.gross for value in left.values() if value.gross > 0), ZERO)
    amount = min(note.total, room)
    if amount <= 0:
        return []
    parts = credit_amount(left, sorted(left), amount, currency)
    return [(part.line, part.value) for part in parts]
