"""Adding, changing, finding and archiving customers and their equipment. Each change is one
transaction; names stay unique (a customer's among customers, an equipment label within its
customer). An archived customer keeps all their history and can be restored; only the desk's
search leaves them out (so no new session is started for them by mistake)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from app.core.clock import Clock
from app.core.messages import QT_TRANSLATE_NOOP
from app.core.parties import Customer, Equipment
from app.core.records import CustomerRecord, EquipmentRecord
from app.services.customer_credit import open_by_customer
from app.services.errors import ConflictError, NotFoundError
from app.services.lookups import customer_row, no_customer
from app.storage.database import Database
from app.storage.instants import utc_from_stored
from app.storage.models import SESSION_START, CustomerRow, EquipmentRow, SessionRow
from app.storage.repositories import CustomerRepository, customer_record, equipment_record

FEW = 500  # customers a search finds for their sums to be read for them alone


@dataclass(frozen=True, slots=True)
class CustomerOverview:
    """A customer as the customers window lists them."""

    record: CustomerRecord
    equipment: int  # how many pieces of equipment
    last_session: datetime | None  # when their last session started (accepted, else opened)
    owed: tuple[tuple[str, Decimal], ...]  # (currency, open on their invoices), above zero only


class CustomerService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def add_customer(self, customer: Customer) -> CustomerRecord:
        try:
            with self._db.transaction() as orm:
                existing = CustomerRepository(orm).by_name(customer.name)
                if existing is not None and existing.archived_at is not None:
                    raise ConflictError(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "A customer named {name!r} already exists, archived: restore them "
                            "in Office → Customers… instead.",
                        ).format(name=existing.name)
                    )
                if existing is not None:
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

    def search(
        self, text: str = "", limit: int = 50, *, archived: bool = True
    ) -> list[CustomerRecord]:
        """Customers whose name, email, phone or an equipment's remote ID contains `text`, by
        name; without `archived`, those archived are left out (the desk's search)."""
        with self._db.reading() as orm:
            rows = CustomerRepository(orm).search(text, limit, archived)
            return [customer_record(r) for r in rows]

    def overview(self, text: str = "", archived: bool = False) -> list[CustomerOverview]:
        """Every customer `text` finds (as `search`, without a limit), by name, with how many
        pieces of equipment they have, when their last session started and what they still owe
        on their invoices: the customers window's rows."""
        with self._db.reading() as orm:
            rows = CustomerRepository(orm).search(text, None, archived)
            # a search that finds a few: only theirs is read (every keystroke asks again)
            ids = [row.id for row in rows] if text.strip() and len(rows) <= FEW else None
            equipment = dict(
                orm.execute(
                    select(EquipmentRow.customer_id, func.count()).group_by(
                        EquipmentRow.customer_id
                    )
                ).all()
            )
            last = select(func.max(SESSION_START)).where(SessionRow.customer_id == CustomerRow.id)
            # one look along a customer's index of sessions each (revision 0010)
            starts = select(CustomerRow.id, last.scalar_subquery())
            if ids is not None:
                starts = starts.where(CustomerRow.id.in_(ids))
            started = dict(orm.execute(starts).all())
            owed = open_by_customer(orm, ids)
        return [
            CustomerOverview(
                customer_record(row),
                equipment.get(row.id, 0),
                utc_from_stored(started[row.id]) if started.get(row.id) is not None else None,
                tuple(sorted(owed.get(row.id, {}).items())),
            )
            for row in rows
        ]

    def archive(self, customer_id: int) -> CustomerRecord:
        """Hide the customer from the desk's search; their sessions, documents and money stay as
        they are, and they can still be chosen in the history and the invoices."""
        with self._db.transaction() as orm:
            row = customer_row(orm, customer_id)
            if row.archived_at is None:
                row.archived_at = self._now()
            orm.flush()
            return customer_record(row)

    def restore(self, customer_id: int) -> CustomerRecord:
        """Bring an archived customer back to the desk's search."""
        with self._db.transaction() as orm:
            row = customer_row(orm, customer_id)
            row.archived_at = None
            orm.flush()
            return customer_record(row)

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
