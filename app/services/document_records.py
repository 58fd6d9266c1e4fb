"""What issuing writes and hands back: the numbered document's row (with its lines) and its
number from the series counter, the issued document with its PDF, and the drafts the office
sees before issuing."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session as OrmSession

from app.core.document_numbers import format_number
from app.core.errors import DomainError
from app.core.invoice_document import PrintedDocument
from app.core.messages import QT_TRANSLATE_NOOP
from app.documents.snapshot import pack, unpack
from app.services.errors import ConflictError
from app.storage.document_models import DocumentLineRow, DocumentRow, keep_asset
from app.storage.numbering import number_taken, take_number


@dataclass(frozen=True, slots=True)
class IssuedDocument:
    document: PrintedDocument
    customer_id: int
    session_ids: tuple[int, ...]
    pdf: bytes


def invoiced_elsewhere(name: str) -> ConflictError:
    """What the workstation that lost the race to invoice the same sessions is told."""
    return ConflictError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "{name}'s sessions were just invoiced on another workstation; nothing was issued "
            "and no invoice number was used.",
        ).format(name=name)
    )


def document_row(
    orm: OrmSession, document: PrintedDocument, customer_id: int, series: str, year: int,
    seq: int, pdf: bytes,
) -> DocumentRow:  # fmt: skip
    """The row that keeps `document` (its logo kept once among the assets, in `orm`)."""
    t = document.totals
    logo = keep_asset(orm, document.logo) if document.logo else None
    return DocumentRow(
        kind=document.kind.value, series=series, year=year, seq=seq, number=document.number,
        customer_id=customer_id, issued_at=document.issued_at, due_date=document.due_date,
        currency=document.currency, net=t.net, vat_total=t.vat_total, total=t.total,
        content=pack(document), logo_sha256=logo, pdf_sha256=hashlib.sha256(pdf).hexdigest(),
        lines=[
            DocumentLineRow(seq=i, description=ln.description, detail=ln.detail,
                            quantity=ln.quantity, unit_price=ln.unit_price, net=ln.net,
                            vat_percent=ln.vat_percent, session_id=ln.session_id)
            for i, ln in enumerate(t.lines, 1)
        ],
    )  # fmt: skip


def stored_document(row: DocumentRow) -> PrintedDocument:
    """The document `row` keeps, as it was issued (with its logo): it renders to the same bytes."""
    return unpack(row.content, row.logo.data if row.logo is not None else None)


DRAFT_NUMBER = "DRAFT"  # what a preview is numbered: the real number is taken when it is issued


@dataclass(frozen=True, slots=True)
class DraftInvoice:
    """An invoice not issued yet: whose it would be, which sessions, and its total."""

    customer_id: int
    customer: str
    session_ids: tuple[int, ...]
    currency: str = ""
    total: Decimal | None = None  # None when it cannot be issued as it stands
    problem: str = ""  # why not, in one sentence


def issue_number(orm: OrmSession, pattern: str, series: str, year: int) -> tuple[int, str]:
    """The next sequence of `series` in `year` and the number it makes, inside the issuing
    transaction; a number some document already has is refused (nothing is issued)."""
    seq = take_number(orm, series, year)
    number = format_number(pattern, series, year, seq).text
    if number_taken(orm, number):
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The number {number} is already on another document (the number format was "
                "changed since); choose a number format that makes new numbers.",
            ).format(number=number)
        )
    return seq, number
