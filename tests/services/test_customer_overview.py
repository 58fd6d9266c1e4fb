"""The customers window's rows (CustomerService.overview) and archiving: what each customer still
owes is what their balance says, in every currency and to its decimals, on both backends; an
archived customer keeps everything and only leaves the desk's search."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from app.core.clock import ManualClock
from app.core.parties import Equipment
from app.core.remote_tool import RemoteTool
from app.services.errors import ConflictError, NotFoundError
from app.storage.database import Database
from tests.services.invoicing_fixtures import NOW, D, Office, quick_pdf


@pytest.fixture
def office(db: Database) -> Office:
    return Office(db, ManualClock(NOW), renderer=quick_pdf)


def owed_by_balance(office: Office, customer_id: int) -> tuple[tuple[str, D], ...]:
    return tuple(
        (b.currency, b.open_amount) for b in office.ledger.balance(customer_id) if b.open_amount
    )


def test_each_customer_owes_what_their_balance_says_in_each_currency(office: Office) -> None:
    ana = office.customer("Ana Silva")  # Page Computers: EUR, 21 % included
    bert = office.customer("Bert Peeters", policy="net-jpy")  # no decimals
    bahrain = office.customer("Bahrain Trading", policy="net-bhd")  # three decimals
    carla = office.customer("Carla")  # no sessions at all
    office.customers.add_equipment(ana, Equipment("Office PC", RemoteTool.ANYDESK, "123456789"))
    office.customers.add_equipment(ana, Equipment("Laptop", RemoteTool.RUSTDESK, "987654321"))
    first = office.desk.create(ana, session_ids=[office.session(ana, 10, 12)]).document.number
    second = office.desk.create(
        ana, session_ids=[office.session(ana, 11, 17), office.session(ana, 12, 40)]
    ).document.number
    office.ledger.pay(first, D("5.55"), date(2026, 11, 20), "transfer")  # 15.00 - 5.55 open
    office.credits.issue(second, "Goodwill", amount=D("10.00"))
    office.session(ana, 13, 12)  # not invoiced: owes nothing yet
    yen = office.desk.create(bert, session_ids=[office.session(bert, 16, 70)]).document.number
    office.ledger.pay(yen, D("1000"), date(2026, 11, 20), "cash")
    dinar = office.desk.create(bahrain, session_ids=[office.session(bahrain, 17, 35)])
    office.credits.issue(dinar.document.number, "Overcharged", amount=D("1.005"))
    overpaid = office.desk.create(bahrain, session_ids=[office.session(bahrain, 18, 20)])
    office.ledger.pay(overpaid.document.number, D("500"), date(2026, 11, 21), "transfer")

    rows = {row.record.name: row for row in office.customers.overview()}
    assert list(rows) == ["Ana Silva", "Bahrain Trading", "Bert Peeters", "Carla"]
    for customer in (ana, bert, bahrain, carla):
        row = next(r for r in rows.values() if r.record.id == customer)
        assert row.owed == owed_by_balance(office, customer)
    for found in office.customers.overview("b"):  # a search: only theirs is read
        assert found.owed == owed_by_balance(office, found.record.id)
    assert [r.record.name for r in office.customers.overview("b")] == [
        "Bahrain Trading", "Bert Peeters",
    ]  # fmt: skip
    assert rows["Ana Silva"].owed[0][0] == "EUR"
    assert rows["Carla"].owed == ()
    assert rows["Ana Silva"].equipment == 2
    assert rows["Bert Peeters"].equipment == 0
    assert rows["Ana Silva"].last_session == datetime(2026, 11, 13, 9, 0, tzinfo=UTC)
    assert rows["Carla"].last_session is None
    # what each amount is, to its currency's decimals
    second_total = office.ledger.balance(ana)[0].invoiced - D("15.00")
    assert rows["Ana Silva"].owed == (("EUR", D("9.45") + second_total - D("10.00")),)
    (yen_owed,) = rows["Bert Peeters"].owed
    assert str(yen_owed[1]) == str(yen_owed[1].quantize(D(1)))  # no decimals in yen
    (dinar_owed,) = rows["Bahrain Trading"].owed
    assert dinar_owed[1].as_tuple().exponent == -3  # fils: three decimals


def test_an_archived_customer_leaves_only_the_desks_search(office: Office) -> None:
    ana = office.customer("Ana Silva")
    office.customer("Anabela")
    office.session(ana, 10, 12)
    archived = office.customers.archive(ana)
    assert archived.archived_at == NOW
    assert office.customers.archive(ana).archived_at == NOW  # again: still since then

    assert [c.name for c in office.customers.search("ana", archived=False)] == ["Anabela"]
    assert [c.name for c in office.customers.search("ana")] == ["Ana Silva", "Anabela"]
    assert [r.record.name for r in office.customers.overview("ana")] == ["Anabela"]
    listed = office.customers.overview("ana", archived=True)
    assert [(r.record.name, r.record.archived_at) for r in listed] == [
        ("Ana Silva", NOW), ("Anabela", None),
    ]  # fmt: skip
    assert office.customers.find_by_name("ana silva").id == ana  # the history still finds them
    assert office.desk.create(ana).document.number  # and the office still invoices them
    with pytest.raises(ConflictError, match="already exists, archived: restore them in Office"):
        office.customers.add_customer(archived.customer)

    restored = office.customers.restore(ana)
    assert restored.archived_at is None
    assert [c.name for c in office.customers.search("ana", archived=False)] == [
        "Ana Silva", "Anabela",
    ]  # fmt: skip
    with pytest.raises(NotFoundError):
        office.customers.archive(9999)
