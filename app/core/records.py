"""Read models: what services hand to the GUI and the CLI. Plain values, safe across threads."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from app.core.parties import Customer, Equipment
from app.core.remote_tool import RemoteTool
from app.core.session import Outcome, Session, SessionState, Timeline


@dataclass(frozen=True, slots=True)
class CustomerRecord:
    id: int
    customer: Customer
    archived_at: datetime | None = None  # archived: hidden from the desk's search, history kept

    @property
    def name(self) -> str:
        return self.customer.name


@dataclass(frozen=True, slots=True)
class EquipmentRecord:
    id: int
    customer_id: int
    equipment: Equipment

    @property
    def label(self) -> str:
        return self.equipment.label


@dataclass(frozen=True, slots=True)
class ChargeSummary:
    """What an ended session was priced at, as stored."""

    currency: str
    net: Decimal
    vat: Decimal
    total: Decimal
    free_seconds: int
    billable_seconds: int
    out_of_hours: bool
    over_max: bool


@dataclass(frozen=True, slots=True)
class SessionRecord:
    """One row of the session log, as stored (corrections applied)."""

    id: int
    customer_id: int
    customer_name: str
    equipment_label: str
    tool: RemoteTool | None
    remote_id: str
    policy_id: str
    workstation: str
    state: SessionState
    created_at: datetime
    accepted_at: datetime | None
    ended_at: datetime | None
    paused_seconds: int
    duration_seconds: int | None  # known once ended
    outcome: Outcome | None
    notes: str
    charge: ChargeSummary | None = None  # None until ended, or when no policy applies
    appointment_id: int | None = None  # the booking it was started for; None: unbooked
    technician: str = ""  # who ran it, as the settings named them then; "" when unknown


@dataclass(frozen=True, slots=True)
class SessionDetail:
    """A session with its whole history, for the running timer and for disputes."""

    record: SessionRecord
    session: Session

    @property
    def id(self) -> int:
        return self.record.id

    @property
    def timeline(self) -> Timeline:
        return self.session.timeline

    def duration_seconds(self, now: datetime) -> int:
        return self.session.duration_seconds(now)


@dataclass(frozen=True, slots=True)
class SessionFilter:
    """Which sessions to list; instants bound the session's start (accepted, else opened)."""

    customer_id: int | None = None
    since: datetime | None = None  # inclusive
    until: datetime | None = None  # exclusive
    newest_first: bool = False
    outcome: Outcome | None = None  # only ended sessions with this outcome
    tool: RemoteTool | None = None
    technician: str | None = None  # this name, whatever its case and spacing
