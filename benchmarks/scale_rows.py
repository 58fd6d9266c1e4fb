"""One planned session as the program stores it: the row and its events made by the core Session
and SessionRepository.sync, priced by app.core.pricing with the free-minutes ledger that
SessionCharger.price_pending keeps, and turned into plain dicts for bulk inserts.

The rows are transient ORM objects (never added to a session) so that the invoice code can read
them exactly as it reads loaded rows (row.charge.lines, row.accepted_at, ...).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table

from app.core.allowance import AllowanceLedger
from app.core.policy import Policy
from app.core.pricing import price_session
from app.core.session import Session
from app.storage.models import (
    Base,
    SessionChargeLineRow,
    SessionChargeRow,
    SessionRow,
)
from app.storage.repositories import SessionRepository
from benchmarks.scale_plan import CustomerSpec, SessionSpec


def table(name: str) -> Table:
    return Base.metadata.tables[name]


def values(obj: object, name: str) -> dict[str, Any]:
    """The column values of an ORM object, with each column's plain default where it is unset
    (what the ORM would have inserted)."""
    out: dict[str, Any] = {}
    for column in table(name).columns:
        value = getattr(obj, column.key, None)
        default = column.default
        if value is None and default is not None and getattr(default, "is_scalar", False):
            value = getattr(default, "arg", None)
        out[column.key] = value
    return out


@dataclass
class Batch:
    """The rows of a run of sessions, ready to insert, and their ORM objects for invoicing."""

    sessions: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    charges: list[dict[str, Any]] = field(default_factory=list)
    lines: list[dict[str, Any]] = field(default_factory=list)
    rows: list[SessionRow] = field(default_factory=list)


class SessionRows:
    """Makes the rows of planned sessions, in the order they happened (ids keep counting)."""

    def __init__(self, customers: dict[int, CustomerSpec], policies: dict[str, Policy]) -> None:
        self._customers = customers
        self._policies = policies
        self.digests = {pid: policy.digest for pid, policy in policies.items()}
        self.ledger = AllowanceLedger()  # as price_pending's full ledger, grown in time order
        self._event_id = 0
        self._line_id = 0

    def batch(self, specs: list[SessionSpec]) -> Batch:
        out = Batch()
        for spec in specs:
            row, session = self._row(spec)
            out.sessions.append(values(row, "sessions"))
            for seq, event in enumerate(session.events, 1):
                self._event_id += 1
                out.events.append({
                    "id": self._event_id, "session_id": row.id, "seq": seq,
                    "kind": event.kind.value, "at": event.at, "recorded_at": event.recorded_at,
                    "outcome": event.outcome.value if event.outcome else None,
                    "corrected_field": (
                        event.corrected_field.value if event.corrected_field else None
                    ),
                    "text": event.text,
                })  # fmt: skip
            charge = self._price(row, spec)
            out.charges.append(values(charge, "session_charges"))
            out.lines.extend(values(line, "session_charge_lines") for line in charge.lines)
            out.rows.append(row)
        return out

    def _row(self, spec: SessionSpec) -> tuple[SessionRow, Session]:
        """The row SessionService.add would store for a session entered as it happened."""
        customer = self._customers[spec.customer_id]
        kit = spec.equipment
        row = SessionRow(
            id=spec.id, customer_id=spec.customer_id, equipment_id=kit.id,
            policy_id=customer.policy_id, tool=kit.tool.value, remote_id=kit.remote_id,
            workstation=f"desk-{spec.technician.lower()}", technician=spec.technician,
        )  # fmt: skip
        session = Session.open(spec.opened, at=spec.opened)
        session.accept(spec.accepted, spec.accepted)
        session.end(spec.ended, spec.ended, spec.outcome)
        SessionRepository.sync(row, session)
        return row, session

    def _price(self, row: SessionRow, spec: SessionSpec) -> SessionChargeRow:
        """What SessionCharger.price_pending stores for it (ChargeRepository.save_many)."""
        policy = self._policies[row.policy_id]
        at = row.accepted_at or row.created_at
        self.ledger.add_session(row.equipment_id, at)
        free_left, period = self.ledger.free_seconds_left(
            policy, row.customer_id, row.equipment_id, at
        )
        quote = price_session(
            policy, row.duration_seconds or 0, at, spec.outcome, free_left, row.offer_amount
        )
        label = period.label if period else ""
        self.ledger.add_use(row.customer_id, policy.id, label, quote.free_seconds)
        lines = []
        for seq, line in enumerate(quote.lines, 1):
            self._line_id += 1
            line_row = SessionChargeLineRow(
                id=self._line_id, session_id=row.id, seq=seq, description=line.description,
                quantity=line.quantity, unit_price=line.unit_price, amount=line.amount,
            )  # fmt: skip
            lines.append(line_row)
        charge = SessionChargeRow(
            session_id=row.id, policy_digest=self.digests[policy.id], currency=quote.currency,
            duration_seconds=quote.duration_seconds, free_seconds=quote.free_seconds,
            billable_seconds=quote.billable_seconds, allowance_period=label,
            out_of_hours=quote.out_of_hours, allowed=quote.allowed, over_max=quote.over_max,
            net=quote.net, vat=quote.vat, total=quote.total, priced_at=spec.ended, lines=lines,
        )  # fmt: skip
        row.charge = charge
        return charge
