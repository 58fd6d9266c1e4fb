"""CustomerService on SQLite and PostgreSQL: adding, finding and searching customers and their
equipment; names are unique whatever their case, accents included."""

from __future__ import annotations

import pytest

from app.core.clock import ManualClock
from app.core.errors import DomainError
from app.core.parties import Customer, Equipment
from app.core.remote_tool import RemoteTool
from app.services.customers import CustomerService
from app.services.errors import ConflictError, NotFoundError
from app.storage.database import Database
from app.storage.models import CustomerRow


@pytest.fixture
def customers(db: Database, clock: ManualClock) -> CustomerService:
    return CustomerService(db, clock)


def test_a_customer_is_added_with_its_details_and_the_clocks_time(
    customers: CustomerService, clock: ManualClock, db: Database
) -> None:
    record = customers.add_customer(
        Customer(
            "  Ana   Silva ",
            email=" ana@example.com",
            phone="+351 912 345 678",
            address="Rua Augusta 1, Lisboa",
            vat_id="PT123456789",
            policy_id="iponto",
        )
    )
    assert record.name == "Ana Silva"
    assert customers.get(record.id) == record
    c = record.customer
    assert (c.email, c.phone, c.address, c.vat_id, c.policy_id) == (
        "ana@example.com",
        "+351 912 345 678",
        "Rua Augusta 1, Lisboa",
        "PT123456789",
        "iponto",
    )
    with db.transaction() as orm:
        row = orm.get(CustomerRow, record.id)
        assert row is not None
        assert row.created_at == clock.now()


def test_a_customer_is_found_by_name_whatever_the_case_and_spacing(
    customers: CustomerService,
) -> None:
    added = customers.add_customer(Customer("Ângela Sousa"))
    for typed in ("Ângela Sousa", "ângela sousa", "ÂNGELA  SOUSA", " ângela\tSOUSA "):
        assert customers.find_by_name(typed) == added


def test_an_unknown_customer_is_not_found(customers: CustomerService) -> None:
    with pytest.raises(NotFoundError, match=r"No customer is named 'Zé'; add them first\."):
        customers.find_by_name("Zé")
    with pytest.raises(NotFoundError, match=r"Customer 42 does not exist\."):
        customers.get(42)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Ana Silva", "ana silva"),
        ("Ana Silva", "  ANA   SILVA "),
        ("Álvaro Gonçalves", "ÁLVARO GONÇALVES"),
        ("ÉRICA", "érica"),
    ],
)
def test_a_duplicate_customer_name_is_a_conflict(
    customers: CustomerService, first: str, second: str
) -> None:
    customers.add_customer(Customer(first))
    with pytest.raises(ConflictError, match="already exists"):
        customers.add_customer(Customer(second))
    assert [r.name for r in customers.search()] == [first.strip()]


def test_search_matches_name_email_or_phone_by_name(customers: CustomerService) -> None:
    for name, email, phone in [
        ("Carla Reis", "carla@reis.pt", "+351 210 000 111"),
        ("Bruno Dias", "geral@brunodias.pt", "+351 912 345 678"),
        ("Ana Maria", "ana@example.com", "+351 936 000 222"),
        ("Óscar Lima", "oscar_lima@example.com", "+351 210 999 333"),
    ]:
        customers.add_customer(Customer(name, email=email, phone=phone))

    def found(text: str, limit: int = 50) -> list[str]:
        return [r.name for r in customers.search(text, limit)]

    assert found("") == ["Ana Maria", "Bruno Dias", "Carla Reis", "Óscar Lima"]
    assert found("AR") == ["Ana Maria", "Carla Reis", "Óscar Lima"]  # any part, any case
    assert found("BRUNODIAS.PT") == ["Bruno Dias"]  # email
    assert found("912 345") == ["Bruno Dias"]  # phone
    assert found("210") == ["Carla Reis", "Óscar Lima"]
    assert found("ósc") == ["Óscar Lima"]
    assert found("ÓSCAR") == ["Óscar Lima"]
    assert found("example.com") == ["Ana Maria", "Óscar Lima"]
    assert found("example.com", limit=1) == ["Ana Maria"]
    assert found("nobody") == []


def test_search_takes_wildcard_characters_literally(customers: CustomerService) -> None:
    customers.add_customer(Customer("Ana", email="ana_s@example.com"))
    customers.add_customer(Customer("Bruno", email="anaxs@example.com"))
    customers.add_customer(Customer("Carla 100% Tech"))
    assert [r.name for r in customers.search("ana_s")] == ["Ana"]
    assert [r.name for r in customers.search("100%")] == ["Carla 100% Tech"]
    assert [r.name for r in customers.search("%")] == ["Carla 100% Tech"]


def test_equipment_is_added_to_a_customer_and_listed_by_label(customers: CustomerService) -> None:
    ana = customers.add_customer(Customer("Ana")).id
    laptop = customers.add_equipment(ana, Equipment("Laptop", RemoteTool.ANYDESK, " 1 234 "))
    desktop = customers.add_equipment(ana, Equipment("Desktop"))
    assert (laptop.customer_id, laptop.label, laptop.equipment.tool) == (
        ana,
        "Laptop",
        RemoteTool.ANYDESK,
    )
    assert laptop.equipment.remote_id == "1 234"
    assert customers.equipment_of(ana) == [desktop, laptop]
    bruno = customers.add_customer(Customer("Bruno")).id
    assert customers.equipment_of(bruno) == []


def test_a_duplicate_equipment_label_is_a_conflict_for_the_same_customer_only(
    customers: CustomerService,
) -> None:
    ana = customers.add_customer(Customer("Ana")).id
    bruno = customers.add_customer(Customer("Bruno")).id
    customers.add_equipment(ana, Equipment("Escritório PC"))
    for label in ("Escritório PC", "ESCRITÓRIO  pc"):
        with pytest.raises(ConflictError, match="already has equipment labelled"):
            customers.add_equipment(ana, Equipment(label))
    customers.add_equipment(bruno, Equipment("Escritório PC"))
    assert [e.label for e in customers.equipment_of(ana)] == ["Escritório PC"]


def test_equipment_for_an_unknown_customer_is_not_found(customers: CustomerService) -> None:
    with pytest.raises(NotFoundError, match=r"Customer 7 does not exist\."):
        customers.add_equipment(7, Equipment("Laptop"))


def test_long_contact_details_are_refused_before_reaching_the_database(
    customers: CustomerService,
) -> None:
    # PostgreSQL would otherwise refuse the row with a driver error instead of a sentence
    with pytest.raises(DomainError, match="at most 64 characters"):
        customers.add_customer(Customer("Ana", phone="9" * 65))
    assert customers.search() == []
