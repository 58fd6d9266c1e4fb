"""Credit given back (SQLite and PostgreSQL): a refund is at most the customer's credit, in one of
its currencies, recorded for good; the balance shows it and still adds up. Page Computers'
tariff: 12 minutes cost 15.00 (VAT included)."""

from __future__ import annotations

import re
from datetime import date

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from app.core.clock import ManualClock
from app.core.errors import DomainError
from app.services.customer_credit import CustomerBalance
from app.storage.database import Database
from tests.services.invoicing_fixtures import NOW, D, Office

DAY = date(2026, 11, 24)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(NOW)


@pytest.fixture
def office(db: Database, clock: ManualClock) -> Office:
    return Office(db, clock)


def overpaid(office: Office, name: str, paid: str) -> int:
    """A customer whose 15.00 invoice was paid with `paid`."""
    customer = office.customer(name)
    office.session(customer, 17, 12)
    number = office.desk.create(customer).document.number
    office.ledger.pay(number, D(paid), DAY, "transfer")
    return customer


def test_a_refund_takes_from_the_credit(office: Office) -> None:
    bert = overpaid(office, "Bert", "50")  # 50.00 − 15.00 = 35.00 credit
    refund = office.ledger.refund(bert, D("20"), DAY, "transfer", note="  to BE68 5390  0754 ")
    # 35.00 − 20.00 = 15.00 left
    assert (refund.customer, refund.currency, refund.amount, refund.credit_after) == (
        "Bert", "EUR", D("20.00"), D("15.00"),
    )  # fmt: skip
    assert (refund.refunded_on, refund.method, refund.note) == (
        DAY,
        "transfer",
        "to BE68 5390 0754",
    )
    # invoiced 15.00, paid 50.00, refunded 20.00: open 0.00, credit 50.00 − 15.00 − 20.00 = 15.00
    # and open − credit = invoiced − credited − paid + refunded: 0 − 15 = 15 − 0 − 50 + 20
    assert office.ledger.balance(bert) == (
        CustomerBalance("EUR", D("15.00"), D("0.00"), D("50.00"), D("20.00"), D("0.00"),
                        D("15.00")),
    )  # fmt: skip
    too_much = "Bert has 15.00 EUR of credit; a refund of 15.01 is more than that."
    with pytest.raises(DomainError, match=f"^{re.escape(too_much)}$"):
        office.ledger.refund(bert, D("15.01"), DAY, "transfer")
    assert office.ledger.refund(bert, D("15"), DAY, "cash").credit_after == D("0.00")
    with pytest.raises(DomainError, match=r"^Bert has no credit to refund\.$"):
        office.ledger.refund(bert, D("1"), DAY, "cash")


def test_refunds_are_one_customers_and_one_currencys(office: Office) -> None:
    ana = overpaid(office, "Ana", "40")  # 40.00 − 15.00 = 25.00 EUR credit
    bert = overpaid(office, "Bert", "15")  # paid exactly: no credit
    with pytest.raises(DomainError, match=r"^Bert has no credit to refund\.$"):
        office.ledger.refund(bert, D("5"), DAY, "transfer")
    with pytest.raises(DomainError, match=r"^Ana has no credit in GBP\.$"):
        office.ledger.refund(ana, D("5"), DAY, "transfer", currency="gbp")
    assert office.ledger.refund(ana, D("5"), DAY, "transfer", currency="eur").currency == "EUR"
    assert office.ledger.balance(ana)[0].credit == D("20.00")  # 25.00 − 5.00
    assert office.ledger.balance(bert)[0].credit == D("0.00")


def test_with_credit_in_two_currencies_the_currency_is_named(office: Office) -> None:
    shop = overpaid(office, "Shop", "20")  # 5.00 EUR credit
    start = NOW.replace(day=20, hour=9)
    office.sessions.record_past(shop, start, start.replace(minute=20), policy_id="phonetex")
    pounds = office.desk.create(shop).document
    office.ledger.pay(pounds.number, pounds.totals.total + D("3"), DAY, "card")  # 3.00 GBP
    with pytest.raises(DomainError, match=r"^Shop has credit in EUR, GBP; say which currency"):
        office.ledger.refund(shop, D("1"), DAY, "transfer")
    assert office.ledger.refund(shop, D("3"), DAY, "transfer", "GBP").credit_after == D("0.00")
    assert office.ledger.refund(shop, D("5"), DAY, "transfer").currency == "EUR"  # the only one


@pytest.mark.parametrize(
    ("args", "says"),
    [
        ((D("0"), DAY, "transfer"), "A refund must be more than zero, at least 0.01 EUR."),
        ((D("0.004"), DAY, "transfer"), "A refund must be more than zero, at least 0.01 EUR."),
        ((D("1"), date(2026, 11, 25), "transfer"), "The refund date 2026-11-25 is in the future."),
        ((D("1"), DAY, "cheque"), "Unknown payment method 'cheque'"),
    ],
)
def test_bad_refunds_are_refused_and_record_nothing(
    office: Office, args: tuple[D, date, str], says: str
) -> None:
    bert = overpaid(office, "Bert", "50")
    with pytest.raises(DomainError, match=f"^{re.escape(says)}"):
        office.ledger.refund(bert, *args)
    with pytest.raises(DomainError, match="at most 200 characters"):
        office.ledger.refund(bert, D("1"), DAY, "cash", note="x" * 201)
    assert office.ledger.balance(bert)[0].refunded == D("0.00")


def test_refunds_cannot_be_changed_in_the_database(db: Database, office: Office) -> None:
    bert = overpaid(office, "Bert", "50")
    office.ledger.refund(bert, D("20"), DAY, "transfer")
    for statement in ("UPDATE refunds SET amount = 0", "DELETE FROM refunds"):
        with pytest.raises(DBAPIError, match="refunds cannot be changed"), db.transaction() as orm:
            orm.execute(text(statement))
    assert office.ledger.balance(bert)[0].refunded == D("20.00")
