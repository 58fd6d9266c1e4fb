"""Adding, changing and finding customers and their equipment. Each change is one transaction;
names stay unique (a customer's among customers, an equipment label within its customer)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.exc import IntegrityError

from app.core.clock import Clock
from app.core.messages import QT_TRANSLATE_NOOP
from app.core.parties import Customer, Equipment
from app.core.records import CustomerRecord, EquipmentRecord
from app.services.errors import ConflictError, NotFoundError
from app.services.lookups import no_customer
from app.storage.database import Database
from app.storage.models import CustomerRow, EquipmentRow
from app.storage.repositories import CustomerRepository, customer_record, equipment_record


class CustomerService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def add_customer(self, customer: Customer) -> CustomerRecord:
        try:
            with self._db.transaction() as orm:
                if CustomerRepository(orm).by_name(customer.name) is not None:
                    raise ConflictError(
                        QT_TRANSLATE_NOOP(
                            "Messages", "A customer named {name!r} already exists."
                        ).format(name=customer.name)
                    )
                row = CustomerRow(
                    name=customer.name,
                    email=customer.email.strip(),
                    phone=customer.phone.strip(),
                    address=customer.address.strip(),
                    vat_id=customer.vat_id.strip(),
                    policy_id=customer.policy_id,
                    created_at=self._now(),
                )
                orm.add(row)
                orm.flush()
                return customer_record(row)
        except IntegrityError:  # another workstation added the same name a moment ago
            raise ConflictError(
                QT_TRANSLATE_NOOP("Messages", "A customer named {name!r} already exists.").format(
                    name=customer.name
                )
            ) from None

    def update_customer(self, customer_id: int, customer: Customer) -> CustomerRecord:
        """Replace a customer's details. Sessions already opened under a policy keep it; the
        new policy prices the sessions opened from now on, and those opened without one."""
        clash = QT_TRANSLATE_NOOP("Messages", "A customer named {name!r} already exists.").format(
            name=customer.name
        )
        try:
            with self._db.transaction() as orm:
                repo = CustomerRepository(orm)
                row = repo.get(customer_id)
                if row is None:
                    raise no_customer(customer_id)
                other = repo.by_name(customer.name)
                if other is not None and other.id != customer_id:
                    raise ConflictError(clash)
                row.name = customer.name
                row.email = customer.email
                row.phone = customer.phone
                row.address = customer.address
                row.vat_id = customer.vat_id
                row.policy_id = customer.policy_id
                orm.flush()
                return customer_record(row)
        except IntegrityError:  # another workstation took the name a moment ago
            raise ConflictError(clash) from None

    def find_by_name(self, name: str) -> CustomerRecord:
        with self._db.reading() as orm:
            row = CustomerRepository(orm).by_name(name)
            if row is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP(
                        "Messages", "No customer is named {name!r}; add them first."
                    ).format(name=name)
                )
            return customer_record(row)

    def get(self, customer_id: int) -> CustomerRecord:
        with self._db.reading() as orm:
            row = CustomerRepository(orm).get(customer_id)
            if row is None:
                raise no_customer(customer_id)
            return customer_record(row)

    def search(self, text: str = "", limit: int = 50) -> list[CustomerRecord]:
        """Customers whose name, email, phone or an equipment's remote ID contains `text`, by
        name."""
        with self._db.reading() as orm:
            return [customer_record(r) for r in CustomerRepository(orm).search(text, limit)]

    def add_equipment(self, customer_id: int, equipment: Equipment) -> EquipmentRecord:
        clash = QT_TRANSLATE_NOOP(
            "Messages", "This customer already has equipment labelled {label!r}."
        ).format(label=equipment.label)
        try:
            with self._db.transaction() as orm:
                repo = CustomerRepository(orm)
                if repo.get(customer_id) is None:
                    raise no_customer(customer_id)
                if repo.equipment_by_label(customer_id, equipment.label) is not None:
                    raise ConflictError(clash)
                row = EquipmentRow(
                    customer_id=customer_id,
                    label=equipment.label,
                    tool=equipment.tool.value if equipment.tool else None,
                    remote_id=equipment.remote_id,
                )
                orm.add(row)
                orm.flush()
                return equipment_record(row)
        except IntegrityError:  # another workstation added the same label a moment ago
            raise ConflictError(clash) from None

    def update_equipment(self, equipment_id: int, equipment: Equipment) -> EquipmentRecord:
        """Change a piece of equipment's label, tool or remote ID. Past sessions keep the tool
        and remote ID they were run with; they show the equipment's label as it is now."""
        clash = QT_TRANSLATE_NOOP(
            "Messages", "This customer already has equipment labelled {label!r}."
        ).format(label=equipment.label)
        try:
            with self._db.transaction() as orm:
                row = orm.get(EquipmentRow, equipment_id)
                if row is None:
                    raise NotFoundError(
                        QT_TRANSLATE_NOOP("Messages", "Equipment {id} does not exist.").format(
                            id=equipment_id
                        )
                    )
                other = CustomerRepository(orm).equipment_by_label(row.customer_id, equipment.label)
                if other is not None and other.id != equipment_id:
                    raise ConflictError(clash)
                row.label = equipment.label
                row.tool = equipment.tool.value if equipment.tool else None
                row.remote_id = equipment.remote_id
                orm.flush()
                return equipment_record(row)
        except IntegrityError:  # another workstation took the label a moment ago
            raise ConflictError(clash) from None

    def equipment_by_label(self, customer_id: int, label: str) -> EquipmentRecord:
        with self._db.reading() as orm:
            row = CustomerRepository(orm).equipment_by_label(customer_id, label)
            if row is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP(
                        "Messages", "This customer has no equipment labelled {label!r}."
                    ).format(label=label)
                )
            return equipment_record(row)

    def equipment_of(self, customer_id: int) -> list[EquipmentRecord]:
        with self._db.reading() as orm:
            return [equipment_record(r) for r in CustomerRepository(orm).equipment_of(customer_id)]

    def _now(self) -> datetime:
        return self._clock.now()
