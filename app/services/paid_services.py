"""Paid services that are not remote sessions: a workshop repair, an on-site visit. Recorded so that
free minutes can require "a paid service this period" and "equipment we already serviced"."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from app.core.clock import Clock
from app.core.errors import DomainError
from app.core.messages import QT_TRANSLATE_NOOP
from app.core.parties import Equipment
from app.services.errors import NotFoundError
from app.storage.database import Database
from app.storage.models import CustomerRow, EquipmentRow, PaidServiceRow
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


class PaidServiceBook:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

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
        if amount <= 0:
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "Messages", "A paid service's amount must be more than zero."
                ).format()
            )
        with self._db.transaction() as orm:
            customer = orm.get(CustomerRow, customer_id)
            if customer is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("Messages", "Customer {id} does not exist.").format(
                        id=customer_id
                    )
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
