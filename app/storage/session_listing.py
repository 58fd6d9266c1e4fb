"""The session log as plain rows, for lists of many sessions at once (`session list`): one query
of the columns they print, joined to the customer, equipment and price, with no ORM objects and
no per-row conversion into records. The same sessions, in the same order, as
SessionRepository.records for the same filter."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any, NamedTuple, TypeVar

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session as OrmSession

from app.core.money import quantize
from app.core.records import SessionFilter
from app.storage.models import (
    SESSION_START,
    CustomerRow,
    EquipmentRow,
    SessionChargeRow,
    SessionRow,
)


class ListedSession(NamedTuple):
    """One session as a list shows it; the price fields are None for a session not priced, and
    amounts are rounded to the currency's minor unit as on a SessionRecord's charge."""

    id: int
    customer_id: int
    customer_name: str
    equipment_label: str | None
    tool: str | None
    remote_id: str
    policy_id: str
    state: str
    created_at: datetime
    accepted_at: datetime | None
    ended_at: datetime | None
    paused_seconds: int
    duration_seconds: int | None
    outcome: str | None
    notes: str
    workstation: str
    technician: str | None
    currency: str | None
    net: Decimal | None
    vat: Decimal | None
    total: Decimal | None
    free_seconds: int | None


_S, _C = SessionRow, SessionChargeRow
_Q = TypeVar("_Q", bound=Select[*tuple[Any, ...]])
_COLUMNS = (
    _S.id, _S.customer_id, CustomerRow.name, EquipmentRow.label, _S.tool, _S.remote_id,
    _S.policy_id, _S.state, _S.created_at, _S.accepted_at, _S.ended_at, _S.paused_seconds,
    _S.duration_seconds, _S.outcome, _S.notes, _S.workstation, _S.technician, _C.currency, _C.net,
    _C.vat, _C.total, _C.free_seconds,
)  # fmt: skip


def listed_sessions(orm: OrmSession, flt: SessionFilter) -> list[ListedSession]:
    """The sessions `flt` picks, by when they started (accepted, else opened), then id."""
    query = (
        select(*_COLUMNS)
        .join(CustomerRow, CustomerRow.id == _S.customer_id)
        .outerjoin(EquipmentRow, EquipmentRow.id == _S.equipment_id)
        .outerjoin(_C, _C.session_id == _S.id)
    )
    query = filtered(query, flt)
    if flt.newest_first:
        query = query.order_by(SESSION_START.desc(), _S.id.desc())
    else:
        query = query.order_by(SESSION_START, _S.id)
    return [_listed(row) for row in orm.execute(query)]


def listed_ids(flt: SessionFilter) -> Select[tuple[int]]:
    """The query of the ids of the sessions `flt` picks (to read what belongs to them)."""
    return filtered(select(_S.id), flt)


def filtered(query: _Q, flt: SessionFilter) -> _Q:
    """`query` (over sessions) narrowed to what `flt` picks."""
    if flt.customer_id is not None:
        query = query.where(_S.customer_id == flt.customer_id)
    if flt.since is not None:
        query = query.where(flt.since <= SESSION_START)
    if flt.until is not None:
        query = query.where(flt.until > SESSION_START)
    if flt.outcome is not None:
        query = query.where(_S.outcome == flt.outcome.value)
    if flt.tool is not None:
        query = query.where(_S.tool == flt.tool.value)
    if flt.technician is not None:
        name = " ".join(flt.technician.split()).lower()
        query = query.where(func.lower(_S.technician) == name)
    return query


def _listed(row: Any) -> ListedSession:
    currency = row[17]
    if currency is None:
        return ListedSession._make(row)
    net, vat, total = (quantize(amount, currency) for amount in row[18:21])
    return ListedSession._make((*row[:18], net, vat, total, row[21]))
