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
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, exists, func, select
from sqlalchemy.orm import InstrumentedAttribute, aliased
from sqlalchemy.orm import Session as OrmSession

from app.storage.document_models import DocumentLineRow, DocumentRow, SessionReleaseRow
from app.storage.models import CustomerRow, SessionChargeLineRow, SessionChargeRow, SessionRow


def still_invoiced(session_id: InstrumentedAttribute[int]) -> ColumnElement[bool]:
    """True where the session is on an invoice line whose round has not been released."""
    released = exists().where(
        SessionReleaseRow.session_id == DocumentLineRow.session_id,
        SessionReleaseRow.billing_round == DocumentLineRow.billing_round,
    )
    return exists().where(DocumentLineRow.session_id == session_id, ~released)


@dataclass(frozen=True, slots=True)
class ChargeLineText:
    """One line of how a session's price was made ("First block × 1: 30.00")."""

    description: str
    quantity: int
    amount: Decimal


@dataclass(frozen=True, slots=True)
class BillableCharge:
    """A session's stored price, as an invoice line needs it."""

    currency: str
    policy_digest: str
    net: Decimal
    total: Decimal
    free_seconds: int
    lines: tuple[ChargeLineText, ...]


@dataclass(frozen=True, slots=True)
class BillableSession:
    """A priced, ended session that may be invoiced now, with what its invoice line shows."""

    id: int
    customer_id: int
    customer: str
    accepted_at: datetime
    ended_at: datetime
    duration_seconds: int | None
    tool: str | None
    remote_id: str
    outcome: str | None
    charge: BillableCharge


_S, _C, _L = SessionRow, SessionChargeRow, SessionChargeLineRow
_W, _OPEN = aliased(SessionRow), aliased(DocumentLineRow)  # waiting; its unreleased lines


def billable_sessions(
    orm: OrmSession, customer_id: int | None = None, before: datetime | None = None
) -> list[BillableSession]:
    """The priced, ended sessions not on an invoice (or released), accepted before `before`,
    of one customer or of all: by customer name (then id), then in accepted order. One query,
    plain columns: the office lists every customer's drafts from it at once."""
    sqlite = orm.get_bind().dialect.name == "sqlite"
    query = billable_query(customer_id, before, sqlite)
    found: list[BillableSession] = []
    session: tuple[Any, ...] = ()
    lines: list[ChargeLineText] = []
    for row in orm.execute(query):  # a row per charge line, a session's in a row
        if row[0] != (session[0] if session else None):
            if session:
                found.append(_session(session, lines))
            session, lines = row, []
        if row[14] is not None:
            lines.append(ChargeLineText(row[14], row[15], row[16]))
    if session:
        found.append(_session(session, lines))
    return found


def billable_query(
    customer_id: int | None, before: datetime | None, sqlite: bool = False
) -> Select[*tuple[Any, ...]]:
    """The query of billable_sessions: a row per charge line of each session. Each database
    gets the form of "on no unreleased invoice line" it runs fastest (measured on a million
    sessions): PostgreSQL plans NOT EXISTS as an anti-join, while the outer join it estimates
    badly (one row, then nested loops); SQLite runs NOT EXISTS as a subquery per session, and
    the outer join (_waiting) nearly three times as fast."""
    query = (
        select(_S.id, _S.customer_id, CustomerRow.name, _S.accepted_at, _S.ended_at,
               _S.duration_seconds, _S.tool, _S.remote_id, _S.outcome, _C.currency,
               _C.policy_digest, _C.net, _C.total, _C.free_seconds, _L.description, _L.quantity,
               _L.amount)
        .join(_C, _C.session_id == _S.id)
        .join(CustomerRow, CustomerRow.id == _S.customer_id)
        .outerjoin(_L, _L.session_id == _S.id)
        .order_by(CustomerRow.name, _S.customer_id, _S.accepted_at, _S.id, _L.seq)
    )  # fmt: skip
    if sqlite:
        query = query.where(_S.id.in_(_waiting(customer_id)))
    else:
        query = query.where(_S.state == "ended", ~still_invoiced(_S.id))
    if customer_id is not None:
        query = query.where(_S.customer_id == customer_id)
    if before is not None:
        query = query.where(_S.accepted_at < before)
    return query


def _waiting(customer_id: int | None) -> Select[int]:
    """The ended sessions an outer join finds no unreleased invoice line for: alone and first,
    over the sessions (read in order) and the lines' (session, round) index, one lookup
    per session; the rest of a session is read only for those found."""
    released = exists().where(
        SessionReleaseRow.session_id == _OPEN.session_id,
        SessionReleaseRow.billing_round == _OPEN.billing_round,
    )
    waiting = (
        select(_W.id)
        .outerjoin(_OPEN, and_(_OPEN.session_id == _W.id, ~released))
        .where(_W.state == "ended", _OPEN.id.is_(None))
    )
    if customer_id is not None:
        waiting = waiting.where(_W.customer_id == customer_id)
    return waiting


def _session(row: tuple[Any, ...], lines: list[ChargeLineText]) -> BillableSession:
    currency, digest, net, total, free = row[9:14]
    charge = BillableCharge(currency, digest, net, total, free, tuple(lines))
    session_id, customer_id, name, accepted, ended, duration, tool, remote_id, outcome = row[:9]
    return BillableSession(
        session_id, customer_id, name, accepted, ended, duration, tool, remote_id, outcome, charge
    )


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
