"""Changing a customer and their equipment on SQLite and PostgreSQL, and finding them by any
detail the customer reads out on the phone (a phone number or a remote ID, spaces or not)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.core.clock import ManualClock
from app.core.parties import Customer, Equipment
from app.core.records import CustomerRecord
from app.core.remote_tool import RemoteTool
from app.services.customers import CustomerService
from app.services.errors import ConflictError, NotFoundError
from app.services.sessions import SessionService
from app.storage.database import Database


@pytest.fixture
def customers(db: Database, clock: ManualClock) -> CustomerService:
    return CustomerService(db, clock)


@pytest.fixture
def ana(customers: CustomerService) -> CustomerRecord:
    return customers.add_customer(Customer("Ana Silva", "ana@example.com", policy_id="iponto"))


def test_a_customers_details_are_replaced_in_one_change(
    customers: CustomerService, ana: CustomerRecord
) -> None:
    changed = Customer(
        " Ana  Silva Reis", "ana@reis.pt", "+351 912 345 678", "Rua Augusta 1", "PT123456789",
        "page-computers",
    )  # fmt: skip
    updated = customers.update_customer(ana.id, changed)

    assert updated == CustomerRecord(ana.id, changed)
    assert updated.name == "Ana Silva Reis"
    assert customers.get(ana.id) == updated
    assert customers.find_by_name("ana silva reis") == updated
    with pytest.raises(NotFoundError):
        customers.find_by_name("Ana Silva")


def test_a_customer_may_keep_their_own_name_in_another_case(
    customers: CustomerService, ana: CustomerRecord
) -> None:
    updated = customers.update_customer(ana.id, Customer("ANA SILVA", "ana@example.com"))
    assert updated.name == "ANA SILVA"


def test_taking_another_customers_name_is_a_conflict_and_changes_nothing(
    customers: CustomerService, ana: CustomerRecord
) -> None:
    bruno = customers.add_customer(Customer("Bruno Costa", phone="+351 91"))
    with pytest.raises(ConflictError, match=r"A customer named 'ana silva' already exists\."):
        customers.update_customer(bruno.id, Customer("ana silva", "new@example.com"))
    assert customers.get(bruno.id) == bruno


def test_an_unknown_customer_cannot_be_changed(customers: CustomerService) -> None:
    with pytest.raises(NotFoundError, match=r"Customer 42 does not exist\."):
        customers.update_customer(42, Customer("Nobody"))


def test_a_sessions_policy_is_the_one_it_was_opened_with(
    db: Database, clock: ManualClock, customers: CustomerService, ana: CustomerRecord
) -> None:
    sessions = SessionService(db, clock, workstation="desk")
    accepted = clock.now() - timedelta(hours=2)
    before = sessions.record_past(ana.id, accepted, accepted + timedelta(minutes=5))
    customers.update_customer(ana.id, Customer("Ana Silva", policy_id="page-computers"))
    after = sessions.record_past(ana.id, accepted, accepted + timedelta(minutes=5))
    assert sessions.get(before.id).record.policy_id == "iponto"
    assert after.record.policy_id == "page-computers"


def test_equipment_is_changed_and_its_label_stays_unique_per_customer(
    customers: CustomerService, ana: CustomerRecord
) -> None:
    office = customers.add_equipment(ana.id, Equipment("Office PC", RemoteTool.ANYDESK, "123"))
    customers.add_equipment(ana.id, Equipment("Laptop"))
    bruno = customers.add_customer(Customer("Bruno Costa"))
    customers.add_equipment(bruno.id, Equipment("Reception"))

    changed = customers.update_equipment(
        office.id, Equipment("Reception", RemoteTool.RUSTDESK, " 987 654 321 ")
    )
    assert changed.equipment == Equipment("Reception", RemoteTool.RUSTDESK, "987 654 321")
    assert (changed.id, changed.customer_id) == (office.id, ana.id)
    assert [e.label for e in customers.equipment_of(ana.id)] == ["Laptop", "Reception"]

    with pytest.raises(ConflictError, match="already has equipment labelled 'laptop'"):
        customers.update_equipment(office.id, Equipment("laptop"))
    assert customers.equipment_by_label(ana.id, "Reception") == changed
    untooled = customers.update_equipment(office.id, Equipment("Reception"))
    assert (untooled.equipment.tool, untooled.equipment.remote_id) == (None, "")
    with pytest.raises(NotFoundError, match=r"Equipment 999 does not exist\."):
        customers.update_equipment(999, Equipment("PC"))


def test_search_finds_a_customer_by_remote_id_or_phone_with_or_without_spaces(
    customers: CustomerService, ana: CustomerRecord
) -> None:
    customers.add_equipment(ana.id, Equipment("Office PC", RemoteTool.ANYDESK, "123 456 789"))
    bruno = customers.add_customer(Customer("Bruno Costa", phone="+351 912 000 111"))
    customers.add_equipment(bruno.id, Equipment("PC", RemoteTool.RUSTDESK, "1a2B3c"))

    def names(text: str) -> list[str]:
        return [r.name for r in customers.search(text)]

    assert names("456 789") == ["Ana Silva"]
    assert names("456789") == ["Ana Silva"]
    assert names("2b3") == ["Bruno Costa"]  # letters in an ID, whatever their case
    assert names("912000") == ["Bruno Costa"]
    assert names("000 111") == ["Bruno Costa"]
    assert names("555") == []
