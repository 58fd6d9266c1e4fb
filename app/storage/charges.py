"""Queries and writes for stored prices: policy snapshots, free minutes used, eligibility."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from app.core.allowance import Period
from app.core.policy import Policy
from app.core.pricing import Quote
from app.storage.models import (
    PaidServiceRow,
    PolicySnapshotRow,
    SessionChargeLineRow,
    SessionChargeRow,
    SessionRow,
)


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

    def free_seconds_used(
        self, customer_id: int, policy_id: str, period: Period, exclude_session: int
    ) -> int:
        """Free seconds the customer's other sessions under this policy used in the period."""
        start = func.coalesce(SessionRow.accepted_at, SessionRow.created_at)
        query = (
            select(func.coalesce(func.sum(SessionChargeRow.free_seconds), 0))
            .join(SessionRow, SessionRow.id == SessionChargeRow.session_id)
            .join(PolicySnapshotRow, PolicySnapshotRow.digest == SessionChargeRow.policy_digest)
            .where(SessionRow.customer_id == customer_id)
            .where(SessionRow.id != exclude_session)
            .where(PolicySnapshotRow.policy_id == policy_id)
            .where(start >= period.start, start < period.end)
        )
        return int(self._orm.scalar(query) or 0)

    def has_paid_service(self, customer_id: int, first_day: date, last_day: date) -> bool:
        query = select(PaidServiceRow.id).where(
            PaidServiceRow.customer_id == customer_id,
            PaidServiceRow.service_date >= first_day,
            PaidServiceRow.service_date <= last_day,
        )
        return self._orm.scalars(query.limit(1)).first() is not None

    def equipment_known(
        self, equipment_id: int, before: datetime, local_day: date, exclude_session: int
    ) -> bool:
        """A paid service on the equipment up to that day, or an earlier session on it."""
        service = select(PaidServiceRow.id).where(
            PaidServiceRow.equipment_id == equipment_id, PaidServiceRow.service_date <= local_day
        )
        if self._orm.scalars(service.limit(1)).first() is not None:
            return True
        session = select(SessionRow.id).where(
            SessionRow.equipment_id == equipment_id,
            SessionRow.id != exclude_session,
            SessionRow.accepted_at < before,
        )
        return self._orm.scalars(session.limit(1)).first() is not None

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
