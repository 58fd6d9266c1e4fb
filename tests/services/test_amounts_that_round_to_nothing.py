"""A payment, a credit, an accepted offer or a paid service that rounds to nothing in its
currency's minor unit (0.004 EUR, 0.4 JPY, 0.0004 BHD) is refused as 0 is, with the smallest
amount named; and no amount is too large to be refused in a sentence (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.core.clock import ManualClock
from app.core.errors import DomainError
from app.core.policy import Policy
from app.core.policy_file import policy_from_text
from app.resources import resource
from app.services.paid_services import PaidServiceBook
from app.services.session_journal import SessionJournal
from app.storage.database import Database
from tests.services import invoicing_fixtures
from tests.services.invoicing_fixtures import Office

CURRENCIES = [("EUR", "0.004", "0.01 EUR"), ("JPY", "0.4", "1 JPY"), ("BHD", "0.0004", "0.001 BHD")]


def in_currency(currency: str) -> Policy:
    """Page Computers' tariff, in `currency` (whole prices where it has no decimals)."""
    text = resource("policies", "page-computers.toml").read_text(encoding="utf-8")
    text = text.replace('currency = "EUR"', f'currency = "{currency}"')
    if currency == "JPY":
        text = text.replace('"10.00"', '"1000"').replace('"5.00"', '"500"')
    return policy_from_text(text, f"page-computers-{currency}")


@pytest.fixture(params=CURRENCIES, ids=[c[0] for c in CURRENCIES])
def case(
    request: pytest.FixtureRequest, db: Database, clock: ManualClock,
    monkeypatch: pytest.MonkeyPatch,
) -> tuple[Office, str, str, str]:  # fmt: skip
    currency, nothing, smallest = request.param
    monkeypatch.setattr(invoicing_fixtures, "lookup", lambda _id: in_currency(currency))
    return Office(db, clock), currency, nothing, smallest


def test_payments_and_credits_that_round_to_nothing_are_refused(
    case: tuple[Office, str, str, str],
) -> None:
    office, currency, nothing, smallest = case
    bert = office.customer("Bert")
    office.session(bert, 17, 12)
    number = office.desk.create(bert).document.number
    for amount in (Decimal(0), Decimal(nothing), Decimal(f"-{nothing}")):
        with pytest.raises(
            DomainError, match=f"^A payment must be more than zero, at least {smallest}.$"
        ):
            office.ledger.pay(number, amount, date(2026, 11, 24), "cash")
        with pytest.raises(DomainError, match=f"^A credit note on {number} can be up to"):
            office.credits.issue(number, "Goodwill", amount=amount)
    for huge in (Decimal("1e30"), Decimal("-1e30"), Decimal("NaN"), Decimal("Infinity")):
        with pytest.raises(DomainError):
            office.ledger.pay(number, huge, date(2026, 11, 24), "cash")
        with pytest.raises(DomainError, match="can be up to"):
            office.credits.issue(number, "Goodwill", amount=huge)
    assert office.ledger.summaries()[0].paid == 0  # nothing was recorded
    receipt = office.ledger.pay(number, Decimal(nothing) * 3, date(2026, 11, 24), "cash")
    assert receipt.document.paid_amount == Decimal(smallest.split()[0])
    assert receipt.document.currency == currency


def test_offers_and_paid_services_that_round_to_nothing_are_refused(
    case: tuple[Office, str, str, str], db: Database, clock: ManualClock
) -> None:
    office, currency, nothing, smallest = case
    journal = SessionJournal(office.sessions)
    book = PaidServiceBook(db, clock, lambda _id: in_currency(currency))
    ana = office.customer("Ana")
    for amount in (Decimal(0), Decimal(nothing)):
        with pytest.raises(
            DomainError, match=f"^An offer must be more than zero, at least {smallest}.$"
        ):
            journal.accept_offer(1, amount, currency)
        with pytest.raises(
            DomainError, match=f"amount must be more than zero, at least {smallest}.$"
        ):
            book.add(ana, date(2026, 11, 20), "Repair", amount)
    with pytest.raises(DomainError, match="too large an amount"):
        journal.accept_offer(1, Decimal("1e30"), currency)
    record = book.add(ana, date(2026, 11, 20), "Repair", Decimal(nothing) * 3)
    assert record.amount == Decimal(smallest.split()[0])  # kept rounded, as it is stored
