"""Credit notes: the whole invoice, chosen lines, or an amount against chosen lines, each line at
its own VAT rate (app.core.credit_note), in one transaction with the number of their own series.

Crediting lines whole (or the whole invoice) releases those lines' sessions: they can be invoiced
again, at the price they were priced at. An amount credit releases nothing, even one that comes
to all that was left of a line; it is how a session is waived for good. Credits of one invoice
are taken one at a time (its row is locked on PostgreSQL; SQLite has one writer at a time), so
two workstations never credit the same line twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from app.core.clock import Clock
from app.core.credit_note import CreditPart, credit_amount, credit_note_totals, credit_whole
from app.core.document_numbers import check_series
from app.core.errors import DomainError
from app.core.invoice import InvoiceTotals
from app.core.invoice_document import RENDERER_VERSION, DocumentKind
from app.core.messages import QT_TRANSLATE_NOOP
from app.core.money import ZERO, quantize
from app.services.credited_lines import InvoiceCredits, invoice_credits
from app.services.document_records import stored_document
from app.services.invoicing import InvoiceDesk, IssuedDocument, Renderer, document_row, issue_number
from app.settings import Settings
from app.storage.billing_rounds import release
from app.storage.database import Database
from app.storage.document_models import DocumentRow


@dataclass(frozen=True, slots=True)
class CreditPlan:
    """What a credit note would credit: its lines and totals, and the sessions it releases."""

    totals: InvoiceTotals
    invoice_lines: tuple[int, ...]  # the invoice line each of the note's lines credits
    released_session_ids: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class IssuedCreditNote:
    issued: IssuedDocument
    credits: str  # the invoice's number
    invoice_lines: tuple[int, ...]  # the invoice line each of the note's lines credits
    released_session_ids: tuple[int, ...]  # may be invoiced again


class CreditNotes:
    def __init__(
        self, db: Database, clock: Clock, settings: Settings, renderer: Renderer, desk: InvoiceDesk
    ) -> None:
        self._db, self._clock, self._settings = db, clock, settings
        self._render, self._desk = renderer, desk

    def lines(self, number: str) -> InvoiceCredits:
        """The invoice's lines and what is left to credit of each."""
        with self._db.reading() as orm:
            return invoice_credits(orm, _invoice(orm, number))

    def preview(
        self, number: str, lines: Sequence[int] | None = None, amount: Decimal | None = None
    ) -> CreditPlan:
        """What `issue` would credit now with the same choice; nothing is written. Refused with
        the same sentence `issue` would give."""
        with self._db.reading() as orm:
            invoice = _invoice(orm, number)
            state = invoice_credits(orm, invoice)
            return _plan(state, stored_document(invoice).totals, lines, amount)[1]

    def issue(
        self,
        number: str,
        reason: str,
        lines: Sequence[int] | None = None,
        amount: Decimal | None = None,
        send: bool = False,
    ) -> IssuedCreditNote:
        """Credit `lines` of the invoice (numbered from 1; all of them when None) whole, or
        `amount` (VAT included) against them. With `send`, the note is queued for the customer
        by email in the same transaction."""
        reason = " ".join(reason.split())
        if not reason:
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "Messages", "A credit note needs a reason, printed on it."
                ).format()
            )
        now = self._clock.now()
        with self._db.transaction() as orm:
            invoice = _invoice(orm, number, lock=True)
            state = invoice_credits(orm, invoice)
            source = stored_document(invoice)
            parts, plan = _plan(state, source.totals, lines, amount)
            note = replace(
                source, kind=DocumentKind.CREDIT_NOTE, issued_at=now, totals=plan.totals,
                corrects=invoice.number, reason=reason, qr_payload="", due_date=None,
                payment_terms="", session_log=(),
            )  # fmt: skip
            code = check_series(self._settings["documents.credit_series"])
            year = now.astimezone(self._desk.zone()).year
            seq, note_number = issue_number(
                orm, self._settings["documents.number_format"], code, year
            )
            note = replace(note, number=note_number, renderer_version=RENDERER_VERSION)
            pdf = self._render(note)
            row = document_row(orm, note, invoice.customer_id, code, year, seq, pdf)
            row.corrects_id = invoice.id
            for line, part in zip(row.lines, parts, strict=True):
                line.session_id = None
                line.credited_line_id = invoice.lines[part.line - 1].id
            orm.add(row)
            orm.flush()
            freed = release(
                orm, [invoice.lines[n - 1] for n in _releasing(state, parts)], row.id, now
            )
            issued = IssuedDocument(note, invoice.customer_id, (), pdf)
            if send:
                self._desk.queue_mail(orm, issued, row)
            return IssuedCreditNote(issued, invoice.number, plan.invoice_lines, freed)


def _invoice(orm: OrmSession, number: str, lock: bool = False) -> DocumentRow:
    row = InvoiceDesk.find(orm, number)
    if row.kind not in (DocumentKind.INVOICE, DocumentKind.STATEMENT):
        raise DomainError(
            QT_TRANSLATE_NOOP("Messages", "{number} is a {kind}, not an invoice.").format(
                number=number, kind=row.kind.replace("_", " ")
            )
        )
    if lock:  # PostgreSQL: one credit of this invoice at a time (a row lock changes nothing)
        orm.execute(select(DocumentRow.id).where(DocumentRow.id == row.id).with_for_update())
    return row


def _plan(
    state: InvoiceCredits, invoice: InvoiceTotals, lines: Sequence[int] | None,
    amount: Decimal | None,
) -> tuple[tuple[CreditPart, ...], CreditPlan]:  # fmt: skip
    worth = sum((line.value.gross for line in state.lines), ZERO)
    if worth <= 0:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Messages", "{invoice} comes to {total} {currency}; there is nothing to credit."
            ).format(invoice=state.number, total=worth, currency=state.currency)
        )
    chosen = _chosen(state, lines)
    if amount is None:
        parts = _whole(state, chosen, lines is None)
    else:
        parts = _amount(state, chosen, amount)
    values = [line.value for line in state.lines]
    totals = credit_note_totals(invoice.lines, values, parts)
    if totals.total <= 0:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "A credit note of {total} {currency} cannot be issued; choose lines with "
                "something left to credit.",
            ).format(total=totals.total, currency=state.currency)
        )
    if totals.total > state.left:
        raise _too_much(state)
    released = tuple(state.line(n).session_id or 0 for n in _releasing(state, parts))
    return parts, CreditPlan(totals, tuple(p.line for p in parts), released)


def _releasing(state: InvoiceCredits, parts: Sequence[CreditPart]) -> list[int]:
    """The lines whose sessions the note releases: those with one, credited whole."""
    return [
        p.line
        for p in parts
        if p.whole and state.line(p.line).session_id is not None and not state.line(p.line).released
    ]


def _chosen(state: InvoiceCredits, lines: Sequence[int] | None) -> list[int]:
    if lines is None:
        return [line.number for line in state.lines]
    last = len(state.lines)
    for number in lines:
        if not 1 <= number <= last:
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "Messages", "{invoice} has lines 1 to {last}; there is no line {line}."
                ).format(invoice=state.number, last=last, line=number)
            )
    if not lines:
        raise DomainError(
            QT_TRANSLATE_NOOP("Messages", "Choose the lines of {invoice} to credit.").format(
                invoice=state.number
            )
        )
    return sorted(set(lines))


def _whole(state: InvoiceCredits, chosen: list[int], everything: bool) -> tuple[CreditPart, ...]:
    """What is left of each chosen line; for the whole invoice, of every line with something."""
    if everything:
        chosen = [n for n in chosen if state.line(n).creditable]
        if not chosen:
            raise _nothing_left(state)
    for number in chosen:
        if not state.line(number).creditable:
            raise _nothing_left(state, number)
    return credit_whole({line.number: line.left for line in state.lines}, chosen)


def _amount(state: InvoiceCredits, chosen: list[int], amount: Decimal) -> tuple[CreditPart, ...]:
    left = {line.number: line.left for line in state.lines}
    room = min(sum((left[n].gross for n in chosen if left[n].gross > 0), ZERO), state.left)
    if room <= 0:
        raise _nothing_left(state, chosen[0] if len(chosen) < len(state.lines) else None)
    # Compared before rounding, so that no amount is too large to round.
    if not (amount.is_finite() and ZERO < amount <= room):
        raise _too_much(state, room)
    amount = quantize(amount, state.currency)
    if amount <= ZERO:
        raise _too_much(state, room)
    return credit_amount(left, chosen, amount, state.currency)


def _nothing_left(state: InvoiceCredits, line: int | None = None) -> DomainError:
    if line is not None:
        return DomainError(
            QT_TRANSLATE_NOOP(
                "Messages", "Line {line} of {invoice} is credited in full already."
            ).format(line=line, invoice=state.number)
        )
    return DomainError(
        QT_TRANSLATE_NOOP("Messages", "{invoice} is credited in full already.").format(
            invoice=state.number
        )
    )


def _too_much(state: InvoiceCredits, room: Decimal | None = None) -> DomainError:
    return DomainError(
        QT_TRANSLATE_NOOP(
            "Messages", "A credit note on {number} can be up to {amount} {currency}."
        ).format(
            number=state.number, amount=room if room is not None else state.left,
            currency=state.currency,
        )
    )  # fmt: skip
