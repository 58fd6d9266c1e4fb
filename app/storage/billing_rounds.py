"""Which sessions may be invoiced, and in which billing round (see migration 0008).

A session's invoice line carries a billing round: 1 the first time it is invoiced. A credit note
that credits the whole line releases that round (a row in session_releases). A session may be
invoiced when every round it was billed in has been released, and the next invoice bills it in
round releases + 1. The unique constraint on (session_id, billing_round) of invoice lines is what
keeps two workstations from invoicing it in the same round at once: the second is refused by the
database, whatever either of them read before.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import ColumnElement, exists, func, select
from sqlalchemy.orm import InstrumentedAttribute
from sqlalchemy.orm import Session as OrmSession

from app.storage.document_models import DocumentLineRow, DocumentRow, SessionReleaseRow


def still_invoiced(session_id: InstrumentedAttribute[int]) -> ColumnElement[bool]:
    """True where the session is on an invoice line whose round has not been released."""
    released = exists().where(
        SessionReleaseRow.session_id == DocumentLineRow.session_id,
        SessionReleaseRow.billing_round == DocumentLineRow.billing_round,
    )
    return exists().where(DocumentLineRow.session_id == session_id, ~released)


def next_rounds(orm: OrmSession, session_ids: Iterable[int]) -> dict[int, int]:
    """The billing round each session would be invoiced in now: its releases + 1."""
    wanted = set(session_ids)
    rounds = dict.fromkeys(wanted, 1)
    if wanted:
        counted = orm.execute(
            select(SessionReleaseRow.session_id, func.count())
            .where(SessionReleaseRow.session_id.in_(wanted))
            .group_by(SessionReleaseRow.session_id)
        )
        rounds.update({session_id: count + 1 for session_id, count in counted})
    return rounds


def bill_in_next_round(orm: OrmSession, row: DocumentRow) -> None:
    """Give each session line of a document being issued the session's next billing round."""
    rounds = next_rounds(orm, (ln.session_id for ln in row.lines if ln.session_id is not None))
    for line in row.lines:
        if line.session_id is not None:
            line.billing_round = rounds[line.session_id]


def release(
    orm: OrmSession, lines: Iterable[DocumentLineRow], credit_note_id: int, at: datetime
) -> tuple[int, ...]:
    """Release the sessions of these invoice lines, by the credit note that credited them whole;
    their ids, in line order."""
    released = []
    for line in lines:
        if line.session_id is None or line.billing_round is None:
            continue
        orm.add(
            SessionReleaseRow(
                session_id=line.session_id,
                billing_round=line.billing_round,
                credit_note_id=credit_note_id,
                released_at=at,
            )
        )
        released.append(line.session_id)
    return tuple(released)


def released_rounds(orm: OrmSession, lines: Iterable[DocumentLineRow]) -> set[tuple[int, int]]:
    """The (session, round) of these invoice lines that a credit note has released."""
    sessions = {line.session_id for line in lines if line.session_id is not None}
    if not sessions:
        return set()
    found = orm.execute(
        select(SessionReleaseRow.session_id, SessionReleaseRow.billing_round).where(
            SessionReleaseRow.session_id.in_(sessions)
        )
    )
    return {(session_id, billing_round) for session_id, billing_round in found}
