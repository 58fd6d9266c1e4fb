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

from app.core.invoice_document import DocumentKind
from app.storage.direct import Query, Reader, placeholders
from app.storage.instants import utc_from_stored


@dataclass(frozen=True, slots=True)
class SessionDocument:
    number: str
    kind: DocumentKind
    issued_at: datetime
    line: int  # the invoice's line the session is on (a credit note: the line it credited)
    credits: str = ""  # a credit note: the invoice it credits
    released: bool = False  # a credit note that gave the session back to be invoiced again


Found = dict[int, list[tuple[int, SessionDocument]]]  # session: (document id, document)

_INVOICES = """
SELECT billed.session_id, billed.seq, invoice.id, invoice.number, invoice.kind, invoice.issued_at
FROM document_lines AS billed
JOIN documents AS invoice ON invoice.id = billed.document_id
WHERE billed.session_id IN ({wanted})
"""
_RELEASES = """
SELECT session_id, billing_round, credit_note_id FROM session_releases
WHERE session_id IN ({wanted})
"""
_CREDITED = """
SELECT billed.session_id, billed.seq, billed.billing_round, note.id, note.number,
       note.issued_at, invoice.number
FROM document_lines AS credit
JOIN document_lines AS billed ON billed.id = credit.credited_line_id
JOIN documents AS note ON note.id = credit.document_id
JOIN documents AS invoice ON invoice.id = billed.document_id
WHERE billed.session_id IN ({wanted})
"""
# credit notes from before notes named lines (schema 0008): they credit the invoice as a whole
_WHOLE_INVOICE_NOTES = """
SELECT note.id, note.number, note.issued_at, note.corrects_id, invoice.number
FROM documents AS note
JOIN documents AS invoice ON invoice.id = note.corrects_id
WHERE note.kind = ?
  AND note.corrects_id IN (
      SELECT billed.document_id FROM document_lines AS billed
      WHERE billed.session_id IN ({wanted}))
  AND NOT EXISTS (
      SELECT 1 FROM document_lines AS named
      WHERE named.document_id = note.id AND named.credited_line_id IS NOT NULL)
"""


def session_documents(
    reader: Reader, session_ids: Iterable[int] | Query
) -> dict[int, list[SessionDocument]]:
    """The documents of each session, in the order they were issued. For many sessions, give
    the query that selects their ids (app.storage.session_listing.listed_ids) rather than the
    ids (not thousands of parameters)."""
    if isinstance(session_ids, Query):
        wanted, params = session_ids
    else:
        ids = sorted(set(session_ids))
        if not ids:
            return {}
        wanted, params = placeholders(len(ids)), tuple(ids)
    found: Found = defaultdict(list)
    on_invoice = _invoices(reader, wanted, params, found)
    _credit_notes(reader, wanted, params, found)
    _whole_invoice_notes(reader, wanted, params, on_invoice, found)
    return {
        session_id: [doc for _, doc in sorted(docs, key=lambda d: (d[1].issued_at, d[0]))]
        for session_id, docs in found.items()
    }


def _invoices(
    reader: Reader, wanted: str, params: tuple[object, ...], found: Found
) -> dict[int, list[tuple[int, int]]]:
    """The invoices that billed the sessions; returns each invoice's (session, line)."""
    on_invoice: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for session_id, seq, invoice_id, number, kind, issued_at in reader.rows(
        _INVOICES.format(wanted=wanted), params
    ):
        document = SessionDocument(number, DocumentKind(kind), utc_from_stored(issued_at), seq)
        found[session_id].append((invoice_id, document))
        on_invoice[invoice_id].append((session_id, seq))
    return on_invoice


def _credit_notes(reader: Reader, wanted: str, params: tuple[object, ...], found: Found) -> None:
    """The credit notes that credited the sessions' lines, and whether each released one."""
    released = set(reader.rows(_RELEASES.format(wanted=wanted), params))
    credited = reader.rows(_CREDITED.format(wanted=wanted), params)
    for session_id, seq, round_, note_id, number, issued_at, credits in credited:
        freed = (session_id, round_, note_id) in released
        document = SessionDocument(
            number, DocumentKind.CREDIT_NOTE, utc_from_stored(issued_at), seq, credits, freed
        )
        found[session_id].append((note_id, document))


def _whole_invoice_notes(
    reader: Reader,
    wanted: str,
    params: tuple[object, ...],
    on_invoice: dict[int, list[tuple[int, int]]],
    found: Found,
) -> None:
    """Credit notes from before notes named lines: on every session of the invoice."""
    if not on_invoice:
        return
    notes = reader.rows(
        _WHOLE_INVOICE_NOTES.format(wanted=wanted), (DocumentKind.CREDIT_NOTE.value, *params)
    )
    for note_id, number, issued_at, invoice_id, credits in notes:
        issued = utc_from_stored(issued_at)
        for session_id, seq in on_invoice.get(invoice_id, []):
            document = SessionDocument(number, DocumentKind.CREDIT_NOTE, issued, seq, credits)
            found[session_id].append((note_id, document))
