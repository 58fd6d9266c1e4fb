"""Every document a session has been on: each invoice (or statement) that billed it, and each
credit note that credited its line there, saying whether that note gave the session back to be
invoiced again. Credit notes issued before credit notes named lines (schema 0008) credited the
invoice as a whole: they are listed for every session on that invoice. Receipts pay invoices,
not sessions, and are not listed."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, exists, select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import aliased

from app.core.invoice_document import DocumentKind
from app.storage.document_models import DocumentLineRow, DocumentRow, SessionReleaseRow


@dataclass(frozen=True, slots=True)
class SessionDocument:
    number: str
    kind: DocumentKind
    issued_at: datetime
    line: int  # the invoice's line the session is on (a credit note: the line it credited)
    credits: str = ""  # a credit note: the invoice it credits
    released: bool = False  # a credit note that gave the session back to be invoiced again


Found = dict[int, list[tuple[int, SessionDocument]]]  # session: (document id, document)
Wanted = set[int] | Select[tuple[int]]  # the sessions' ids, or the query that selects them
_invoice, _note = aliased(DocumentRow), aliased(DocumentRow)
_billed, _credit = aliased(DocumentLineRow), aliased(DocumentLineRow)


def session_documents(
    orm: OrmSession, session_ids: Iterable[int] | Select[tuple[int]]
) -> dict[int, list[SessionDocument]]:
    """The documents of each session, in the order they were issued. For many sessions, give
    the query that selects their ids rather than the ids (not thousands of parameters)."""
    wanted = session_ids if isinstance(session_ids, Select) else set(session_ids)
    found: Found = defaultdict(list)
    if isinstance(wanted, set) and not wanted:
        return {}
    on_invoice = _invoices(orm, wanted, found)
    _credit_notes(orm, wanted, found)
    _whole_invoice_notes(orm, on_invoice, found)
    return {
        session_id: [doc for _, doc in sorted(docs, key=lambda d: (d[1].issued_at, d[0]))]
        for session_id, docs in found.items()
    }


def _invoices(orm: OrmSession, wanted: Wanted, found: Found) -> dict[int, list[tuple[int, int]]]:
    """The invoices that billed the sessions; returns each invoice's (session, line)."""
    lines = orm.execute(
        select(_billed.session_id, _billed.seq, _invoice.id, _invoice.number, _invoice.kind,
               _invoice.issued_at)
        .join(_invoice, _invoice.id == _billed.document_id)
        .where(_billed.session_id.in_(wanted))
    ).all()  # fmt: skip
    on_invoice: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for session_id, seq, invoice_id, number, kind, issued_at in lines:
        assert session_id is not None  # the query asks for these sessions
        document = SessionDocument(number, DocumentKind(kind), issued_at, seq)
        found[session_id].append((invoice_id, document))
        on_invoice[invoice_id].append((session_id, seq))
    return on_invoice


def _credit_notes(orm: OrmSession, wanted: Wanted, found: Found) -> None:
    """The credit notes that credited the sessions' lines, and whether each released one."""
    released = {
        (session_id, round_, note_id)
        for session_id, round_, note_id in orm.execute(
            select(SessionReleaseRow.session_id, SessionReleaseRow.billing_round,
                   SessionReleaseRow.credit_note_id)
            .where(SessionReleaseRow.session_id.in_(wanted))
        )
    }  # fmt: skip
    credited = orm.execute(
        select(_billed.session_id, _billed.seq, _billed.billing_round, _note.id, _note.number,
               _note.issued_at, _invoice.number)
        .select_from(_credit)
        .join(_billed, _billed.id == _credit.credited_line_id)
        .join(_note, _note.id == _credit.document_id)
        .join(_invoice, _invoice.id == _billed.document_id)
        .where(_billed.session_id.in_(wanted))
    ).all()  # fmt: skip
    for session_id, seq, round_, note_id, number, issued_at, credits in credited:
        assert session_id is not None
        freed = (session_id, round_, note_id) in released
        document = SessionDocument(number, DocumentKind.CREDIT_NOTE, issued_at, seq, credits, freed)
        found[session_id].append((note_id, document))


def _whole_invoice_notes(
    orm: OrmSession, on_invoice: dict[int, list[tuple[int, int]]], found: Found
) -> None:
    """Credit notes from before notes named lines: on every session of the invoice."""
    names_lines = exists().where(
        DocumentLineRow.document_id == _note.id, DocumentLineRow.credited_line_id.is_not(None)
    )
    notes = orm.execute(
        select(_note.id, _note.number, _note.issued_at, _note.corrects_id, _invoice.number)
        .join(_invoice, _invoice.id == _note.corrects_id)
        .where(_note.kind == DocumentKind.CREDIT_NOTE.value, _note.corrects_id.in_(on_invoice))
        .where(~names_lines)
    ).all()  # fmt: skip
    for note_id, number, issued_at, invoice_id, credits in notes:
        for session_id, seq in on_invoice.get(invoice_id or 0, []):
            document = SessionDocument(number, DocumentKind.CREDIT_NOTE, issued_at, seq, credits)
            found[session_id].append((note_id, document))
