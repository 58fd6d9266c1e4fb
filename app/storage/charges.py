"""Queries and writes for stored prices: policy snapshots, free minutes used, eligibility."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import Select, Table, func, insert, select
from sqlalchemy.orm import Session as OrmSession

from app.core.allowance import AllowanceLedger, period_of
from app.core.policy import Policy
from app.core.pricing import Quote
from app.core.session import Outcome, SessionState
from app.storage.models import (
    Base,
    CustomerRow,
    PaidServiceRow,
    PolicySnapshotRow,
    SessionChargeLineRow,
    SessionChargeRow,
    SessionRow,
)


@dataclass(frozen=True, slots=True)
class PendingSession:
    """An ended session waiting for its price, as the session row summarises it."""

    id: int
    customer_id: int
    equipment_id: int | None
    policy_id: str
    at: datetime  # accepted, else opened
    duration_seconds: int
    outcome: Outcome
    offer_amount: Decimal | None


class ChargeRepository:
    def __init__(self, orm: OrmSession) -> None:
        self._orm = orm

    def snapshot(self, policy: Policy, now: datetime) -> str:
        """Keep the policy's exact text (once per distinct content); return its digest."""
        digest = policy.digest
        if self._orm.get(PolicySnapshotRow, digest) is None:
            self._orm.add(
                PolicySnapshotRow(
                    digest=digest, policy_id=policy.id, text=policy.text, first_used_at=now
                )
            )
            self._orm.flush()
        return digest

    def snapshot_text(self, digest: str) -> str | None:
        row = self._orm.get(PolicySnapshotRow, digest)
        return row.text if row else None

    def ledger_for(self, row: SessionRow, policy: Policy, at: datetime) -> AllowanceLedger:
        """What deciding one session's free minutes needs: the customer's paid services, the
        equipment's earlier sessions and the free seconds the customer's other sessions used."""
        ledger = AllowanceLedger()
        services = select(PaidServiceRow.equipment_id, PaidServiceRow.service_date).where(
            PaidServiceRow.customer_id == row.customer_id
        )
        for equipment_id, day in self._orm.execute(services):
            ledger.add_paid_service(row.customer_id, equipment_id, day)
        if row.equipment_id is not None:
            first = select(func.min(SessionRow.accepted_at)).where(
                SessionRow.equipment_id == row.equipment_id, SessionRow.id != row.id
            )
            seen = self._orm.scalar(first)
            if seen is not None:
                ledger.add_session(row.equipment_id, seen)
        period = period_of(policy, at)
        if period is not None:
            used = self._usage().where(
                SessionRow.customer_id == row.customer_id,
                SessionRow.id != row.id,
                PolicySnapshotRow.policy_id == policy.id,
                SessionChargeRow.allowance_period == period.label,
            )
            for customer_id, policy_id, label, seconds in self._orm.execute(used):
                ledger.add_use(customer_id, policy_id, label, int(seconds))
        return ledger

    def full_ledger(self) -> AllowanceLedger:
        """The same for every customer at once, for pricing many sessions in one go."""
        ledger = AllowanceLedger()
        services = select(
            PaidServiceRow.customer_id, PaidServiceRow.equipment_id, PaidServiceRow.service_date
        )
        for customer_id, equipment_id, day in self._orm.execute(services):
            ledger.add_paid_service(customer_id, equipment_id, day)
        firsts = (
            select(SessionRow.equipment_id, func.min(SessionRow.accepted_at))
            .where(SessionRow.equipment_id.is_not(None), SessionRow.accepted_at.is_not(None))
            .group_by(SessionRow.equipment_id)
        )
        for equipment_id, seen in self._orm.execute(firsts):
            if equipment_id is not None and seen is not None:
                ledger.add_session(equipment_id, seen)
        for customer_id, policy_id, label, seconds in self._orm.execute(self._usage()):
            ledger.add_use(customer_id, policy_id, label, int(seconds))
        return ledger

    @staticmethod
    def _usage() -> Select[int, str, str, int]:
        """Free seconds used, per customer, policy and allowance period."""
        return (
            select(
                SessionRow.customer_id,
                PolicySnapshotRow.policy_id,
                SessionChargeRow.allowance_period,
                func.sum(SessionChargeRow.free_seconds),
            )
            .join(SessionRow, SessionRow.id == SessionChargeRow.session_id)
            .join(PolicySnapshotRow, PolicySnapshotRow.digest == SessionChargeRow.policy_digest)
            .where(SessionChargeRow.free_seconds > 0)
            .group_by(
                SessionRow.customer_id,
                PolicySnapshotRow.policy_id,
                SessionChargeRow.allowance_period,
            )
        )

    def pending(self, customer_id: int | None = None) -> list[PendingSession]:
        """Ended sessions without a price that have a policy, in accepted order."""
        policy = func.coalesce(func.nullif(SessionRow.policy_id, ""), CustomerRow.policy_id)
        start = func.coalesce(SessionRow.accepted_at, SessionRow.created_at)
        query = (
            select(
                SessionRow.id,
                SessionRow.customer_id,
                SessionRow.equipment_id,
                policy,
                start,
                SessionRow.duration_seconds,
                SessionRow.outcome,
                SessionRow.offer_amount,
            )
            .join(CustomerRow, CustomerRow.id == SessionRow.customer_id)
            .outerjoin(SessionChargeRow, SessionChargeRow.session_id == SessionRow.id)
            .where(SessionRow.state == SessionState.ENDED.value)
            .where(SessionChargeRow.session_id.is_(None))
            .where(policy != "")
            .order_by(start, SessionRow.id)
        )
        if customer_id is not None:
            query = query.where(SessionRow.customer_id == customer_id)
        return [
            PendingSession(sid, cid, eid, pid, at, duration or 0, Outcome(outcome), offer)
            for sid, cid, eid, pid, at, duration, outcome, offer in self._orm.execute(query)
        ]

    def save_many(
        self, results: Sequence[tuple[PendingSession, Quote, str, str]], now: datetime
    ) -> None:
        """Insert many new charges and their lines in two statements."""
        charges: list[dict[str, object]] = []
        lines: list[dict[str, object]] = []
        for item, quote, digest, period in results:
            charges.append(
                {
                    "session_id": item.id,
                    "policy_digest": digest,
                    "currency": quote.currency,
                    "duration_seconds": quote.duration_seconds,
                    "free_seconds": quote.free_seconds,
                    "billable_seconds": quote.billable_seconds,
                    "allowance_period": period,
                    "out_of_hours": quote.out_of_hours,
                    "allowed": quote.allowed,
                    "over_max": quote.over_max,
                    "net": quote.net,
                    "vat": quote.vat,
                    "total": quote.total,
                    "priced_at": now,
                }
            )
            lines.extend(
                {
                    "session_id": item.id,
                    "seq": i,
                    "description": line.description,
                    "quantity": line.quantity,
                    "unit_price": line.unit_price,
                    "amount": line.amount,
                }
                for i, line in enumerate(quote.lines, 1)
            )
        # Core inserts (not ORM bulk) of plain rows: these objects are not needed in the session.
        if charges:
            self._orm.execute(insert(_table(SessionChargeRow.__tablename__)), charges)
        if lines:
            self._orm.execute(insert(_table(SessionChargeLineRow.__tablename__)), lines)

    def save(
        self, row: SessionRow, quote: Quote, digest: str, period_label: str, now: datetime
    ) -> SessionChargeRow:
        """Store the price of an ended session, replacing an earlier one (after a correction)."""
        charge = row.charge or SessionChargeRow(session_id=row.id)
        charge.policy_digest = digest
        charge.currency = quote.currency
        charge.duration_seconds = quote.duration_seconds
        charge.free_seconds = quote.free_seconds
        charge.billable_seconds = quote.billable_seconds
        charge.allowance_period = period_label
        charge.out_of_hours = quote.out_of_hours
        charge.allowed = quote.allowed
        charge.over_max = quote.over_max
        charge.net, charge.vat, charge.total = quote.net, quote.vat, quote.total
        charge.priced_at = now
        charge.lines = [
            SessionChargeLineRow(
                seq=i,
                description=line.description,
                quantity=line.quantity,
                unit_price=line.unit_price,
                amount=line.amount,
            )
            for i, line in enumerate(quote.lines, 1)
        ]
        if row.charge is None:
            self._orm.add(charge)
            row.charge = charge
        self._orm.flush()
        return charge


def _table(name: str) -> Table:
    return Base.metadata.tables[name]
