"""Invoices from stored sessions (SQLite and PostgreSQL) carry what the sessions were priced at:
a VAT-exclusive session's net is taxed once, a VAT-inclusive one keeps its gross, and both can
share an invoice. The draft the office sees and the invoice issued say the same numbers."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from app.core.clock import ManualClock
from app.core.money import quantize
from app.core.policy import Policy
from app.storage.database import Database
from app.storage.models import SessionChargeRow
from tests.services.invoicing_fixtures import NOW, D, Office
from tests.vat_policies import presets


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(NOW)


@pytest.fixture
def office(db: Database, clock: ManualClock) -> Office:
    return Office(db, clock)


def stored(db: Database, session_id: int) -> tuple[Decimal, Decimal, Decimal]:
    with db.reading() as orm:
        charge = orm.scalars(
            select(SessionChargeRow).where(SessionChargeRow.session_id == session_id)
        ).one()
        return charge.net, charge.vat, charge.total


def test_a_vat_exclusive_session_is_not_taxed_twice(db: Database, office: Office) -> None:
    shop = office.customer("Net Shop", policy="net-23")
    first = office.session(shop, 17, 20)
    # 24.50 net + 23 % = 5.635 -> 5.64 VAT; 30.14 total, stored when the session ended.
    assert stored(db, first) == (D("24.50"), D("5.64"), D("30.14"))
    doc = office.desk.create(shop).document
    assert [(ln.net, ln.unit_price, ln.gross) for ln in doc.totals.lines] == [
        (D("24.50"), D("24.50"), None),  # the net, not the 30.14 total as a net
    ]
    assert [(v.rate, v.base, v.amount) for v in doc.totals.vat] == [(D(23), D("24.50"), D("5.64"))]
    assert doc.totals.total == D("30.14")
    assert doc.qr_payload.split("\n")[7] == "EUR30.14"


def test_the_invoice_taxes_the_summed_nets_and_the_draft_says_so(office: Office) -> None:
    shop = office.customer("Net Shop", policy="net-23")
    office.session(shop, 17, 20)
    office.session(shop, 18, 45)
    # Each session: 24.50 + 5.64 = 30.14 (60.28 together). The invoice: 49.00 net x 23 % =
    # 11.27 VAT, 60.27 total -- a cent less, as EN 16931 computes VAT on the summed base.
    (draft,) = office.desk.customers_to_invoice()
    assert (draft.currency, draft.total) == ("EUR", D("60.27"))
    preview = office.desk.preview(shop)
    doc = office.desk.create(shop).document
    assert doc.totals == preview.totals
    assert (doc.totals.net, doc.totals.vat_total, doc.totals.total) == (
        D("49.00"), D("11.27"), D("60.27"),
    )  # fmt: skip
    assert office.ledger.summaries()[0].total == D("60.27")


def test_vat_exclusive_and_inclusive_sessions_on_one_invoice(office: Office) -> None:
    shop = office.customer("Mixed", policy="net-23")
    office.session(shop, 16, 20)  # 24.50 net, 23 %
    office.session(shop, 17, 20, policy="gross-23")  # 30.14 incl. 23 %
    office.session(shop, 18, 20, policy="net-6")  # 9.95 net, 6 %
    office.session(shop, 19, 20, policy="net-0")  # 40.00 at 0 %
    office.session(shop, 20, 12, policy="page-computers")  # 15.00 incl. 21 %
    doc = office.desk.create(shop).document
    assert [ln.net for ln in doc.totals.lines] == [D("24.50"), D("24.50"), D("9.95"), D("40.00"),
                                                   D("12.40")]  # fmt: skip
    assert [ln.gross for ln in doc.totals.lines] == [None, D("30.14"), None, None, D("15.00")]
    assert [(v.rate, v.base, v.amount) for v in doc.totals.vat] == [
        (D(0), D("40.00"), D("0.00")),
        (D(6), D("9.95"), D("0.60")),  # 9.95 x 6 % = 0.597 -> 0.60
        (D(21), D("12.40"), D("2.60")),  # 15.00 / 1.21 = 12.40; 15.00 - 12.40 = 2.60
        (D(23), D("49.00"), D("11.28")),  # 5.64 inside 30.14, plus 24.50 x 23 % = 5.64
    ]
    # 111.35 net + 14.48 VAT = 125.83: 30.14 + 30.14 + 10.55 + 40.00 + 15.00 as priced.
    assert (doc.totals.net, doc.totals.vat_total, doc.totals.total) == (
        D("111.35"), D("14.48"), D("125.83"),
    )  # fmt: skip


@pytest.mark.parametrize("policy", presets(), ids=lambda p: p.id)
def test_every_preset_is_invoiced_at_the_price_it_stored(
    db: Database, office: Office, policy: Policy
) -> None:
    policy_id = policy.id
    customer = office.customer(f"Customer of {policy_id}", policy=policy_id)
    offer = D("25.00") if policy_id == "justanswer" else None
    ids = [office.session(customer, day, minutes, offer=offer)
           for day, minutes in ((17, 12), (18, 61), (19, 95))]  # fmt: skip
    prices = [stored(db, session_id) for session_id in ids]
    doc = office.desk.create(customer).document
    # Every preset's prices include VAT: the agreed gross amounts add up to the invoice total,
    # whose base is that sum / (1 + rate), rounded half up, and whose VAT is the rest.
    assert policy.prices_include_vat
    gross = sum(total for _, _, total in prices)
    base = quantize(gross / (1 + policy.vat_percent / 100), policy.currency)
    assert [(v.rate, v.base, v.amount) for v in doc.totals.vat] == [
        (policy.vat_percent, base, gross - base)
    ]
    assert doc.totals.total == gross
    assert [ln.gross for ln in doc.totals.lines] == [total for _, _, total in prices]
    assert sum(ln.net for ln in doc.totals.lines) == doc.totals.net


@pytest.mark.parametrize(
    ("policy", "net", "vat", "total"),
    [
        ("net-jpy", "4910", "491", "5401"),  # 2455 + 2455 = 4910 x 10 % = 491 (each: 245.5 -> 246)
        ("net-bhd", "19.990", "1.999", "21.989"),  # 19.990 x 10 % = 1.999 (each: 0.9995 -> 1.000)
    ],
)
def test_currencies_with_0_and_3_decimals(
    office: Office, policy: str, net: str, vat: str, total: str
) -> None:
    customer = office.customer("Abroad", policy=policy)
    office.session(customer, 17, 20)
    office.session(customer, 18, 20)
    doc = office.desk.create(customer).document
    assert (doc.totals.net, doc.totals.vat_total, doc.totals.total) == (D(net), D(vat), D(total))
    assert doc.qr_payload == ""  # the EPC QR code is for euros only
