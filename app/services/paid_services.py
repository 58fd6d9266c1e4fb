"""Paid services that are not remote sessions: a workshop repair, an on-site visit. Recorded so that
free minutes can require "a paid service this period" and "equipment we already serviced".

The amount is in the currency of the customer's policy (whose free minutes it unlocks): it is
rounded to that currency's minor unit, and refused when that leaves nothing (0.004 EUR, 0.4 JPY).
A customer without a policy that can be read has it rounded to two decimals."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from app.core.clock import Clock
from app.core.errors import DomainError
from app.core.messages import QT_TRANSLATE_NOOP
from app.core.money import at_least_minor_unit
from app.core.parties import Equipment
from app.core.policy import Policy
from app.services.lookups import customer_row
from app.storage.database import Database
from app.storage.models import EquipmentRow, PaidServiceRow
from app.storage.repositories import CustomerRepository


@dataclass(frozen=True, slots=True)
class PaidServiceRecord:
    id: int
    customer_id: int
    customer_name: str
    equipment_label: str
    service_date: date
    description: str
    amount: Decimal


AMOUNT_TOO_SMALL = QT_TRANSLATE_NOOP(
    "Messages", "A paid service's amount must be more than zero, at least {smallest}."
)


class PaidServiceBook:
    """`policies`: the policy with an id, None when there is none or it cannot be read."""

    def __init__(
        self, db: Database, clock: Clock, policies: Callable[[str], Policy | None] | None = None
    ) -> None:
        self._db = db
        self._clock = clock
        self._policies = policies

    def add(
        self,
        customer_id: int,
        service_date: date,
        description: str,
        amount: Decimal,
        equipment_label: str = "",
    ) -> PaidServiceRecord:
        """Record a paid service; an equipment label the customer does not have yet is added."""
        description = " ".join(description.split())
        if not description:
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "Messages", "A paid service needs a description, such as 'Workshop repair'."
                ).format()
            )
        with self._db.transaction() as orm:
            customer = customer_row(orm, customer_id)
            amount = at_least_minor_unit(
                amount, self._currency(customer.policy_id), AMOUNT_TOO_SMALL
            )
            equipment = None
            if equipment_label:
                label = Equipment(equipment_label).label
                equipment = CustomerRepository(orm).equipment_by_label(customer_id, label)
                if equipment is None:
                    equipment = EquipmentRow(customer_id=customer_id, label=label, remote_id="")
                    orm.add(equipment)
            row = PaidServiceRow(
                customer_id=customer_id,
                equipment=equipment,
                service_date=service_date,
                description=description,
                amount=amount,
                created_at=self._clock.now(),
            )
            orm.add(row)
            orm.flush()
            return PaidServiceRecord(
                row.id, customer_id, customer.name, equipment.label if equipment else "",
                service_date, description, amount,
            )  # fmt: skip

    def _currency(self, policy_id: str) -> str:
        """The currency of the customer's policy; "" (two decimals) when it has none."""
        policy = self._policies(policy_id) if self._policies and policy_id else None
        return policy.currency if policy is not None else ""
