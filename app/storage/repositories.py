"""Rows in, records out. Repositories work inside a transaction the service opened."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, and_, func, or_, select, text
from sqlalchemy.orm import Session as OrmSession

from app.core.money import quantize
from app.core.parties import Customer, Equipment
from app.core.records import (
    ChargeSummary,
    CustomerRecord,
    EquipmentRecord,
    SessionDetail,
    SessionFilter,
    SessionRecord,
)
from app.core.remote_tool import RemoteTool
from app.core.session import (
    CorrectedField,
    EventKind,
    Outcome,
    Session,
    SessionEvent,
    SessionState,
)
from app.storage.log_snapshot import listed_record
from app.storage.models import (
    SESSION_OPEN,
    SESSION_START,
    CustomerRow,
    EquipmentRow,
    SessionChargeRow,
    SessionEventRow,
    SessionRow,
)

# A session starts when the connection is accepted; one never accepted, when it was opened.


def customer_record(row: CustomerRow) -> CustomerRecord:
    customer = Customer(row.name, row.email, row.phone, row.address, row.vat_id, row.policy_id)
    return CustomerRecord(row.id, customer, row.archived_at)


def equipment_record(row: EquipmentRow) -> EquipmentRecord:
    tool = RemoteTool(row.tool) if row.tool else None
    return EquipmentRecord(row.id, row.customer_id, Equipment(row.label, tool, row.remote_id))


def session_record(row: SessionRow) -> SessionRecord:
    return SessionRecord(
        id=row.id,
        customer_id=row.customer_id,
        customer_name=row.customer.name,
        equipment_label=row.equipment.label if row.equipment else "",
        tool=RemoteTool(row.tool) if row.tool else None,
        remote_id=row.remote_id,
        policy_id=row.policy_id,
        workstation=row.workstation,
        state=SessionState(row.state),
        created_at=row.created_at,
        accepted_at=row.accepted_at,
        ended_at=row.ended_at,
        paused_seconds=row.paused_seconds,
        duration_seconds=row.duration_seconds,
        outcome=Outcome(row.outcome) if row.outcome else None,
        notes=row.notes,
        charge=charge_summary(row.charge) if row.charge is not None else None,
        appointment_id=row.appointment_id,
        technician=row.technician or "",
    )


def charge_summary(charge: SessionChargeRow) -> ChargeSummary:
    def money(amount: Decimal) -> Decimal:
        return quantize(amount, charge.currency)

    return ChargeSummary(
        currency=charge.currency,
        net=money(charge.net),
        vat=money(charge.vat),
        total=money(charge.total),
        free_seconds=charge.free_seconds,
        billable_seconds=charge.billable_seconds,
        out_of_hours=charge.out_of_hours,
        over_max=charge.over_max,
    )


# A listed session's columns, read as plain values, in the order of log_snapshot.FIRST_PAGE (whose
# listed_record builds the records): several times cheaper than loading a session, its customer,
# equipment and charge as objects.
_RECORD_COLUMNS = (
    SessionRow.id, SessionRow.customer_id, CustomerRow.name, EquipmentRow.label,
    SessionRow.tool, SessionRow.remote_id, SessionRow.policy_id, SessionRow.workstation,
    SessionRow.state, SessionRow.created_at, SessionRow.accepted_at, SessionRow.ended_at,
    SessionRow.paused_seconds, SessionRow.duration_seconds, SessionRow.outcome,
    SessionRow.notes, SessionChargeRow.currency, SessionChargeRow.net, SessionChargeRow.vat,
    SessionChargeRow.total, SessionChargeRow.free_seconds, SessionChargeRow.billable_seconds,
    SessionChargeRow.out_of_hours, SessionChargeRow.over_max, SessionRow.appointment_id,
    SessionRow.technician,
)  # fmt: skip
_RECORDS = (
    select(*_RECORD_COLUMNS)
    .join(CustomerRow, CustomerRow.id == SessionRow.customer_id)
    .outerjoin(EquipmentRow, EquipmentRow.id == SessionRow.equipment_id)
    .outerjoin(SessionChargeRow, SessionChargeRow.session_id == SessionRow.id)
)


def _beyond(last: SessionRecord, newest_first: bool) -> ColumnElement[bool]:
    """The sessions listed after `last` in the order by (start, id), either way. Written as a
    range on the start and a tie-break on the id, so the (start, id) index bounds the scan."""
    started, at = SESSION_START, last.accepted_at or last.created_at
    if newest_first:
        return and_(started <= at, or_(started < at, SessionRow.id < last.id))
    return and_(started >= at, or_(started > at, SessionRow.id > last.id))


def event_from_row(row: SessionEventRow) -> SessionEvent:
    return SessionEvent(
        kind=EventKind(row.kind),
        at=row.at,
        recorded_at=row.recorded_at,
        outcome=Outcome(row.outcome) if row.outcome else None,
        corrected_field=CorrectedField(row.corrected_field) if row.corrected_field else None,
        text=row.text,
    )


class SessionRepository:
    def __init__(self, orm: OrmSession) -> None:
        self._orm = orm

    def add(self, row: SessionRow, session: Session) -> SessionRow:
        """Store a new session with the events it has so far."""
        self._orm.add(row)
        for event in session.events:
            self._append_event(row, event)
        self.sync(row, session)
        self._orm.flush()
        return row

    def get(self, session_id: int, *, for_update: bool = False) -> SessionRow | None:
        query = select(SessionRow).where(SessionRow.id == session_id)
        if for_update:
            query = query.with_for_update()
        return self._orm.scalars(query).one_or_none()

    def load(self, row: SessionRow) -> Session:
        return Session.from_events(event_from_row(e) for e in row.events)

    def append(self, row: SessionRow, session: Session, event: SessionEvent) -> None:
        """Persist one new event and bring the row's summary columns in line with the timeline."""
        self._append_event(row, event)
        self.sync(row, session)
        self._orm.flush()

    def detail(self, row: SessionRow, session: Session) -> SessionDetail:
        return SessionDetail(session_record(row), session)

    def open_on(self, workstation: str) -> list[SessionRow]:
        query = (
            select(SessionRow)
            .where(SESSION_OPEN)  # as the partial index of open sessions says it (0010)
            .where(SessionRow.workstation == workstation)
            .order_by(SessionRow.created_at, SessionRow.id)
        )
        return list(self._orm.scalars(query))

    def records(
        self,
        flt: SessionFilter,
        offset: int = 0,
        limit: int | None = None,
        *,
        after: SessionRecord | None = None,
    ) -> list[SessionRecord]:
        """The sessions `flt` asks for, in its order (when they started, then id). `after`: only
        those that come after this one, the last of the page before (keyset paging, which the
        index on (start, id) answers at any depth; an offset costs as many rows as it skips)."""
        query = _filtered(_RECORDS, flt)
        if after is not None:
            query = query.where(_beyond(after, flt.newest_first))
        if flt.newest_first:
            query = query.order_by(SESSION_START.desc(), SessionRow.id.desc())
        else:
            query = query.order_by(SESSION_START, SessionRow.id)
        query = query.offset(offset or None).limit(limit)
        return [listed_record(row) for row in self._orm.execute(query)]

    def count(self, flt: SessionFilter) -> int:
        query = _filtered(select(func.count()).select_from(SessionRow), flt)
        return int(self._orm.scalar(query) or 0)

    def technicians(self) -> list[str]:
        """Every technician named on a session, by name (for the history's filter). Read as a
        walk along the index on the name, one step per distinct name, so a million sessions by
        a dozen technicians cost a dozen look-ups, not a scan."""
        walk = text(
            "WITH RECURSIVE names(name) AS ("
            " SELECT min(technician) FROM sessions"
            " UNION ALL"
            " SELECT (SELECT min(s.technician) FROM sessions AS s WHERE s.technician > names.name)"
            " FROM names WHERE names.name IS NOT NULL"
            ") SELECT name FROM names WHERE name IS NOT NULL"
        )
        return [name for name in self._orm.scalars(walk) if name]

    def _append_event(self, row: SessionRow, event: SessionEvent) -> None:
        row.events.append(
            SessionEventRow(
                seq=len(row.events) + 1,
                kind=event.kind.value,
                at=event.at,
                recorded_at=event.recorded_at,
                outcome=event.outcome.value if event.outcome else None,
                corrected_field=event.corrected_field.value if event.corrected_field else None,
                text=event.text,
            )
        )

    @staticmethod
    def sync(row: SessionRow, session: Session) -> None:
        t = session.timeline
        row.state = t.state.value
        row.created_at = t.created_at
        row.accepted_at = t.accepted_at
        row.ended_at = t.ended_at
        row.outcome = t.outcome.value if t.outcome else None
        row.notes = t.notes
        if t.offer is not None:  # accepted during the session (session add sets it directly)
            row.offer_amount = t.offer
        if t.ended_at is not None:
            row.paused_seconds = t.paused_seconds(t.ended_at)
            row.duration_seconds = t.duration_seconds(t.ended_at)
        else:
            closed = [p.ended_at - p.started_at for p in t.pauses if p.ended_at is not None]
            row.paused_seconds = sum(closed, timedelta(0)) // timedelta(seconds=1)
            row.duration_seconds = None


class CustomerRepository:
    def __init__(self, orm: OrmSession) -> None:
        self._orm = orm

    def by_name(self, name: str) -> CustomerRow | None:
        normalised = " ".join(name.split())
        query = select(CustomerRow).where(func.lower(CustomerRow.name) == normalised.lower())
        return self._orm.scalars(query).first()

    def get(self, customer_id: int) -> CustomerRow | None:
        return self._orm.get(CustomerRow, customer_id)

    def search(self, text: str, limit: int | None, archived: bool = True) -> Sequence[CustomerRow]:
        """Customers whose name, email, phone or an equipment's remote ID contains `text`. Phone
        numbers and remote IDs also match without their spaces ("912345" finds "912 345 678").
        Without `archived`, archived customers are left out; `limit` None: all of them."""
        pattern = f"%{_escape_like(text.strip().lower())}%"
        digits = f"%{_escape_like(''.join(text.split()).lower())}%"
        by_remote_id = (
            select(EquipmentRow.id)
            .where(EquipmentRow.customer_id == CustomerRow.id)
            .where(
                func.lower(EquipmentRow.remote_id).like(pattern, escape="\\")
                | func.lower(_without_spaces(EquipmentRow.remote_id)).like(digits, escape="\\")
            )
            .exists()
        )
        query = (
            select(CustomerRow)
            .where(
                func.lower(CustomerRow.name).like(pattern, escape="\\")
                | func.lower(CustomerRow.email).like(pattern, escape="\\")
                | CustomerRow.phone.like(pattern, escape="\\")
                | _without_spaces(CustomerRow.phone).like(digits, escape="\\")
                | by_remote_id
            )
            .order_by(func.lower(CustomerRow.name))
            .limit(limit)
        )
        if not archived:
            query = query.where(CustomerRow.archived_at.is_(None))
        return self._orm.scalars(query).all()

    def equipment_by_label(self, customer_id: int, label: str) -> EquipmentRow | None:
        normalised = " ".join(label.split()).lower()
        query = select(EquipmentRow).where(
            EquipmentRow.customer_id == customer_id, func.lower(EquipmentRow.label) == normalised
        )
        return self._orm.scalars(query).first()

    def equipment_of(self, customer_id: int) -> Sequence[EquipmentRow]:
        query = (
            select(EquipmentRow)
            .where(EquipmentRow.customer_id == customer_id)
            .order_by(EquipmentRow.label)
        )
        return self._orm.scalars(query).all()


def _without_spaces(column: Any) -> Any:
    """The column's text with the spaces people type between digit groups taken out."""
    return func.replace(column, " ", "")


def _escape_like(text: str) -> str:
    """Typed text is matched literally: `%` and `_` in an email are not wildcards."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


_Q = TypeVar("_Q", bound=Select[*tuple[Any, ...]])


def _filtered(query: _Q, flt: SessionFilter) -> _Q:
    """`query` (over sessions) narrowed to what `flt` picks (as app.storage.session_listing's
    plain SQL does: tests/services/test_session_listing.py keeps the two equal)."""
    if flt.customer_id is not None:
        query = query.where(SessionRow.customer_id == flt.customer_id)
    if flt.since is not None:
        query = query.where(flt.since <= SESSION_START)
    if flt.until is not None:
        query = query.where(flt.until > SESSION_START)
    if flt.outcome is not None:
        query = query.where(SessionRow.outcome == flt.outcome.value)
    if flt.tool is not None:
        query = query.where(SessionRow.tool == flt.tool.value)
    if flt.technician is not None:
        name = " ".join(flt.technician.split()).lower()
        query = query.where(func.lower(SessionRow.technician) == name)
    return query
