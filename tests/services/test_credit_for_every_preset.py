"""The rule in general (SQLite and PostgreSQL): whatever the policy — every shipped preset, and a
VAT-exclusive tariff — and whatever its currency, money over an invoice's total is kept whole as
credit, the credit pays the next invoice up to what is open, and the balance adds up:
open − credit = invoiced − credited − paid + refunded."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from app.core.clock import ManualClock
from app.core.policy import Policy
from app.core.policy_file import load_policy, policy_from_text
from app.resources import resource
from app.services.customer_credit import CustomerBalance
from app.storage.database import Database
from tests.services import invoicing_fixtures
from tests.services.invoicing_fixtures import NOW, D, Office

DAY = date(2026, 11, 24)
PRESETS = ["iponto", "justanswer", "page-computers", "pardini", "phonetex", "vat-exclusive"]


def preset(policy_id: str) -> Policy:
    if policy_id != "vat-exclusive":
        return load_policy(resource("policies", f"{policy_id}.toml"))
    text = resource("policies", "page-computers.toml").read_text(encoding="utf-8")
    text = text.replace("prices_include_vat = true", "prices_include_vat = false")
    return policy_from_text(text.replace('id = "page-computers"', 'id = "vat-exclusive"'), "x")


def adds_up(b: CustomerBalance) -> bool:
    return b.open_amount - b.credit == b.invoiced - b.credited - b.paid + b.refunded


@pytest.mark.parametrize("policy_id", PRESETS)
def test_overpaid_then_paid_from_credit_then_refunded(
    db: Database, monkeypatch: pytest.MonkeyPatch, policy_id: str
) -> None:
    monkeypatch.setattr(invoicing_fixtures, "lookup", preset)
    office = Office(db, ManualClock(NOW))
    customer = office.customer("Cleo", policy_id)
    totals = []
    for day, minutes in ((16, 25), (17, 40)):
        start = datetime(2026, 11, day, 14, 0, tzinfo=UTC)
        offer = D("30.00") if policy_id == "justanswer" else None
        office.sessions.record_past(customer, start, start + timedelta(minutes=minutes),
                                    offer=offer)  # fmt: skip
        totals.append(office.desk.create(customer).document)
    first, second = totals
    extra = D("7.77")
    receipt = office.ledger.pay(first.number, first.totals.total + extra, DAY, "card").document
    # total + 7.77 received: the invoice is settled and 7.77 is kept
    assert receipt.customer_credit == extra
    (balance,) = office.ledger.balance(customer)
    assert (balance.currency, balance.credit, balance.paid) == (
        first.currency, extra, first.totals.total + extra,
    )  # fmt: skip
    assert adds_up(balance)
    applied = office.ledger.pay_from_credit(second.number).document
    used = min(extra, second.totals.total)  # the credit pays up to what is open
    assert applied.settles[0].amount == used
    assert applied.settles[0].open_after == second.totals.total - used
    assert applied.customer_credit == extra - used
    (balance,) = office.ledger.balance(customer)
    assert adds_up(balance)
    left = extra - used
    if left > 0:
        office.ledger.refund(customer, left, DAY, "transfer")
    (balance,) = office.ledger.balance(customer)
    assert (balance.credit, balance.refunded) == (Decimal("0.00"), left)
    assert adds_up(balance)
