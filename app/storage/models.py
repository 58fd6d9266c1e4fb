"""The tables. A session row keeps its current, corrected state for fast listing; its events are
the record of what happened and are only ever appended."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    func,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from app.storage.types import Money, UTCDateTime

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class CustomerRow(Base):
    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(64), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    vat_id: Mapped[str] = mapped_column(String(32), default="")
    policy_id: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # when the office archived the customer (hidden from the desk's search); None: in use
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)

    equipment: Mapped[list[EquipmentRow]] = relationship(back_populates="customer")


class EquipmentRow(Base):
    __tablename__ = "equipment"
    __table_args__ = (UniqueConstraint("customer_id", "label", name="uq_equipment_customer_label"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="RESTRICT"))
    label: Mapped[str] = mapped_column(String(200))
    tool: Mapped[str | None] = mapped_column(String(32))
    remote_id: Mapped[str] = mapped_column(String(128), default="")

    customer: Mapped[CustomerRow] = relationship(back_populates="equipment")


class TechnicianRow(Base):
    __tablename__ = "technicians"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)


class SessionRow(Base):
    __tablename__ = "sessions"
    __table_args__ = (
        Index("ix_sessions_equipment_accepted", "equipment_id", "accepted_at"),
        Index("ix_sessions_technician", "technician"),  # the names, walked (repositories)
        Index(
            "ix_sessions_appointment_id",
            "appointment_id",
            sqlite_where=text("appointment_id IS NOT NULL"),
            postgresql_where=text("appointment_id IS NOT NULL"),
        ),
        # and the two on when it started (accepted, else opened), below the class (0010)
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="RESTRICT"))
    equipment_id: Mapped[int | None] = mapped_column(
        ForeignKey("equipment.id", ondelete="RESTRICT")
    )
    technician_id: Mapped[int | None] = mapped_column(
        ForeignKey("technicians.id", ondelete="RESTRICT")
    )
    policy_id: Mapped[str] = mapped_column(String(64), default="")
    tool: Mapped[str | None] = mapped_column(String(32))
    remote_id: Mapped[str] = mapped_column(String(128), default="")
    workstation: Mapped[str] = mapped_column(String(255), default="")
    state: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    accepted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    paused_seconds: Mapped[int] = mapped_column(Integer, default=0)
    duration_seconds: Mapped[int | None] = mapped_column(Integer)
    outcome: Mapped[str | None] = mapped_column(String(16))
    notes: Mapped[str] = mapped_column(Text, default="")
    offer_amount: Mapped[Decimal | None] = mapped_column(Money)  # the agreed price, offer policies
    appointment_id: Mapped[int | None] = mapped_column(
        ForeignKey("appointments.id", ondelete="RESTRICT")
    )
    late_seconds: Mapped[int | None] = mapped_column(Integer)  # how late, for a booked session
    # Who ran it: the technician's name as the settings gave it when the session was opened (a
    # name, not a link to `technicians`, so renaming someone later does not rewrite history).
    technician: Mapped[str | None] = mapped_column(String(200))

    customer: Mapped[CustomerRow] = relationship()
    equipment: Mapped[EquipmentRow | None] = relationship()
    events: Mapped[list[SessionEventRow]] = relationship(
        order_by="SessionEventRow.seq", back_populates="session"
    )
    charge: Mapped[SessionChargeRow | None] = relationship(back_populates="session")


# When a session started: accepted, else opened. The log, the history and `session list` are
# ordered by it; these indexes read a page, one customer's included, in that order (0010).
SESSION_START = func.coalesce(SessionRow.accepted_at, SessionRow.created_at)
Index("ix_sessions_start_id", SESSION_START, SessionRow.id)
Index("ix_sessions_customer_start_id", SessionRow.customer_id, SESSION_START, SessionRow.id)
# A session not ended yet (connecting, active, paused): a handful among a million ended ones,
# found by a small partial index. The condition is written as a literal, as the index's is, so
# that both databases see the query's condition implies it.
SESSION_OPEN = text("sessions.state <> 'ended'")
Index(
    "ix_sessions_open",
    SessionRow.workstation,
    SessionRow.created_at,
    SessionRow.id,
    sqlite_where=text("state <> 'ended'"),
    postgresql_where=text("state <> 'ended'"),
)


class SessionEventRow(Base):
    __tablename__ = "session_events"
    __table_args__ = (UniqueConstraint("session_id", "seq", name="uq_session_events_session_seq"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="RESTRICT"))
    seq: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)
    outcome: Mapped[str | None] = mapped_column(String(16))
    corrected_field: Mapped[str | None] = mapped_column(String(32))
    text: Mapped[str] = mapped_column(Text, default="")

    session: Mapped[SessionRow] = relationship(back_populates="events")


class PolicySnapshotRow(Base):
    """The exact text of a policy file that priced at least one session, by its SHA-256."""

    __tablename__ = "policy_snapshots"

    digest: Mapped[str] = mapped_column(String(64), primary_key=True)
    policy_id: Mapped[str] = mapped_column(String(64))
    text: Mapped[str] = mapped_column(Text)
    first_used_at: Mapped[datetime] = mapped_column(UTCDateTime)


class SessionChargeRow(Base):
    """What an ended session costs, priced once with the policy snapshot named here."""

    __tablename__ = "session_charges"

    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="RESTRICT"), primary_key=True
    )
    policy_digest: Mapped[str] = mapped_column(ForeignKey("policy_snapshots.digest"))
    currency: Mapped[str] = mapped_column(String(3))
    duration_seconds: Mapped[int] = mapped_column(Integer)
    free_seconds: Mapped[int] = mapped_column(Integer)
    billable_seconds: Mapped[int] = mapped_column(Integer)
    allowance_period: Mapped[str] = mapped_column(String(16), default="")
    out_of_hours: Mapped[bool] = mapped_column(Boolean)
    allowed: Mapped[bool] = mapped_column(Boolean)
    over_max: Mapped[bool] = mapped_column(Boolean)
    net: Mapped[Decimal] = mapped_column(Money)
    vat: Mapped[Decimal] = mapped_column(Money)
    total: Mapped[Decimal] = mapped_column(Money)
    priced_at: Mapped[datetime] = mapped_column(UTCDateTime)

    session: Mapped[SessionRow] = relationship(back_populates="charge")
    lines: Mapped[list[SessionChargeLineRow]] = relationship(
        order_by="SessionChargeLineRow.seq", cascade="all, delete-orphan"
    )


class SessionChargeLineRow(Base):
    __tablename__ = "session_charge_lines"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("session_charges.session_id", ondelete="CASCADE"), index=True
    )
    seq: Mapped[int] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(String(200))
    quantity: Mapped[int] = mapped_column(Integer)
    unit_price: Mapped[Decimal] = mapped_column(Money)
    amount: Mapped[Decimal] = mapped_column(Money)


class PaidServiceRow(Base):
    """A paid service that is not a remote session (a workshop repair, an on-site visit). It makes a
    customer eligible for free minutes and an equipment "known"."""

    __tablename__ = "paid_services"
    __table_args__ = (Index("ix_paid_services_customer_date", "customer_id", "service_date"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="RESTRICT"))
    equipment_id: Mapped[int | None] = mapped_column(
        ForeignKey("equipment.id", ondelete="RESTRICT")
    )
    service_date: Mapped[date] = mapped_column(Date)
    description: Mapped[str] = mapped_column(Text)
    amount: Mapped[Decimal] = mapped_column(Money)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)

    equipment: Mapped[EquipmentRow | None] = relationship()


class AppointmentRow(Base):
    """A booked start. Rescheduling makes a new row linked to the old one, which stays."""

    __tablename__ = "appointments"
    __table_args__ = (Index("ix_appointments_scheduled_at", "scheduled_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="RESTRICT"))
    equipment_id: Mapped[int | None] = mapped_column(
        ForeignKey("equipment.id", ondelete="RESTRICT")
    )
    tool: Mapped[str | None] = mapped_column(String(32))
    scheduled_at: Mapped[datetime] = mapped_column(UTCDateTime)
    expected_minutes: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(Text, default="")
    rescheduled_from_id: Mapped[int | None] = mapped_column(
        ForeignKey("appointments.id", ondelete="RESTRICT")
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    status_changed_at: Mapped[datetime] = mapped_column(UTCDateTime)

    customer: Mapped[CustomerRow] = relationship()
    equipment: Mapped[EquipmentRow | None] = relationship()


class ToolEvidenceRow(Base):
    """What a remote tool's own files say about a session (its history, or a watcher's detection):
    appended beside the session's times, never replacing them."""

    __tablename__ = "tool_evidence"
    __table_args__ = (Index("ix_tool_evidence_session_id", "session_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="RESTRICT"))
    kind: Mapped[str] = mapped_column(String(16))  # "history" or "detected"
    tool: Mapped[str] = mapped_column(String(32))
    remote_id: Mapped[str] = mapped_column(String(128))
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    direction: Mapped[str] = mapped_column(String(16), default="")
    mode: Mapped[str] = mapped_column(String(64), default="")
    auth: Mapped[str] = mapped_column(String(64), default="")
    tool_session_id: Mapped[str] = mapped_column(String(64), default="")
    source: Mapped[str] = mapped_column(Text)  # the file the line came from
    line: Mapped[str] = mapped_column(Text)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)


# Issued documents, refunds and the outbox live in their own modules; importing them registers
# their tables.
from app.storage import document_models as _document_models  # noqa: E402, F401
from app.storage import outbox_models as _outbox_models  # noqa: E402, F401
from app.storage import refund_models as _refund_models  # noqa: E402, F401
