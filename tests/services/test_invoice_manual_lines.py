"""Lines typed by the office on an invoice (SQLite and PostgreSQL): beside sessions or alone, with
or without VAT in the price as the customer's policy prices, in the right currency."""

from __future__ import annotations

import pytest

from app.core.clock import ManualClock
from app.core.errors import DomainError
from app.core.invoice import LineInput
from app.core.manual_lines import ManualLine, parse_manual_line
from app.storage.database import Database
from tests.services.invoicing_fixtures import NOW, D, Office


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(NOW)


@pytest.fixture
def office(db: Database, clock: ManualClock) -> Office:
    return Office(db, clock)


def typed(*texts: str) -> list[ManualLine]:
    return [parse_manual_line(text) for text in texts]


def test_an_invoice_of_typed_lines_only_follows_the_customers_policy(office: Office) -> None:
    bert = office.customer("Bert")  # page-computers: EUR, prices include 21 % VAT
    doc = office.desk.create(bert, extra=typed("On-site visit;1;45.00;21")).document
    assert doc.currency == "EUR"
    # 45.00 incl. 21 %: 45.00 / 1.21 = 37.19 net, 7.81 VAT, 45.00 total.
    assert [(ln.net, ln.gross, ln.session_id) for ln in doc.totals.lines] == [
        (D("37.19"), D("45.00"), None),
    ]  # fmt: skip
    assert (doc.totals.net, doc.totals.vat_total, doc.totals.total) == (
        D("37.19"), D("7.81"), D("45.00"),
    )  # fmt: skip
    assert doc.session_log == ()
    net = office.customer("Net Shop", policy="net-23")  # EUR, prices without VAT
    doc = office.desk.create(net, extra=typed("On-site visit;1;45.00;21")).document
    # 45.00 net x 21 % = 9.45 VAT; 54.45 total.
    assert (doc.totals.net, doc.totals.vat_total, doc.totals.total) == (
        D("45.00"), D("9.45"), D("54.45"),
    )  # fmt: skip


def test_typed_lines_and_a_discount_beside_sessions(office: Office) -> None:
    bert = office.customer("Bert")
    session = office.session(bert, 17, 12)  # 15.00 incl. 21 %
    extra = typed("Cable;2;3.50;21;excl", "Book;1;20.00;6;excl", "Loyalty discount;1;-5.00;21")
    issued = office.desk.create(bert, extra=extra)
    totals = issued.document.totals
    assert issued.session_ids == (session,)
    # With VAT at 21 %: 15.00 - 5.00 = 10.00 gross, 10.00 / 1.21 = 8.26 base. The lines,
    # 15.00 / 1.21 = 12.40 and -5.00 / 1.21 = -4.13, make 8.27: the largest takes the -0.01.
    assert [(ln.session_id, ln.net, ln.gross) for ln in totals.lines] == [
        (session, D("12.39"), D("15.00")),
        (None, D("7.00"), None),  # 2 x 3.50
        (None, D("20.00"), None),
        (None, D("-4.13"), D("-5.00")),
    ]
    assert [(v.rate, v.base, v.amount) for v in totals.vat] == [
        (D(6), D("20.00"), D("1.20")),  # 20.00 x 6 %
        # with VAT: 10.00 gross - 8.26 base = 1.74 VAT; without: 7.00 x 21 % = 1.47.
        # Base 8.26 + 7.00 = 15.26, VAT 1.74 + 1.47 = 3.21.
        (D(21), D("15.26"), D("3.21")),
    ]
    assert (totals.net, totals.vat_total, totals.total) == (D("35.26"), D("4.41"), D("39.67"))
    assert sum(ln.net for ln in totals.lines) == totals.net


def test_a_customer_without_a_policy(office: Office) -> None:
    walk_in = office.customer("Walk-in", policy="")
    with pytest.raises(DomainError, match=r"no policy to take the invoice's currency from"):
        office.desk.create(walk_in, extra=typed("Repair;1;45.00;21;excl"))
    with pytest.raises(DomainError, match=r"no policy to say whether typed prices include VAT"):
        office.desk.create(walk_in, extra=typed("Repair;1;45.00;21"), currency="EUR")
    doc = office.desk.create(walk_in, extra=typed("Repair;1;45.00;21;excl"), currency="EUR")
    assert (doc.document.currency, doc.document.totals.total) == ("EUR", D("54.45"))  # + 9.45


def test_the_policy_offered_to_new_customers_stands_in(db: Database, clock: ManualClock) -> None:
    office = Office(db, clock, settings={"customers.default_policy": "net-jpy"})
    walk_in = office.customer("Walk-in", policy="")
    doc = office.desk.create(walk_in, extra=typed("Setup;1;4500;10")).document
    # JPY, prices without VAT: 4500 x 10 % = 450 VAT; 4950 total.
    assert (doc.currency, doc.totals.net, doc.totals.vat_total, doc.totals.total) == (
        "JPY", D(4500), D(450), D(4950),
    )  # fmt: skip


def test_typed_lines_go_on_the_invoice_of_their_currency(office: Office) -> None:
    shop = office.customer("Shop")  # page-computers: EUR
    office.session(shop, 17, 12)  # 15.00 EUR
    office.session(shop, 21, 20, policy="phonetex")  # 45.00 GBP
    issued = office.desk.create_each_currency(shop, extra=typed("Visit;1;10.00;21"))
    assert [(i.document.currency, i.document.totals.total) for i in issued] == [
        ("EUR", D("25.00")),  # 15.00 + 10.00, both incl. VAT
        ("GBP", D("45.00")),
    ]
    other = office.customer("Other", policy="net-bhd")  # BHD: none of the sessions' currencies
    office.session(other, 17, 12, policy="page-computers")
    office.session(other, 21, 20, policy="phonetex")
    with pytest.raises(DomainError, match=r"Other's sessions are in EUR, GBP; choose the currency"):
        office.desk.create_each_currency(other, extra=typed("Visit;1;10.00;21"))
    gbp = office.desk.create_each_currency(other, extra=typed("Visit;1;10.00;20"), currency="GBP")
    # 45.00 GBP + 10.00 net (net-bhd prices without VAT) + 20 % = 12.00: 57.00 GBP.
    assert [(i.document.currency, i.document.totals.total) for i in gbp] == [("GBP", D("57.00"))]


def test_a_refused_line_issues_nothing(office: Office) -> None:
    bert = office.customer("Bert")
    office.session(bert, 17, 12)
    with pytest.raises(DomainError, match="The discounts at 21 % come to more"):
        office.desk.create_each_currency(bert, extra=typed("Discount;1;-20.00;21"))
    assert office.ledger.summaries() == []
    assert office.desk.create(bert).document.number == "FT 2026/0001"  # no number was used


def test_a_line_that_says_how_it_is_priced_is_taken_as_it_is(office: Office) -> None:
    walk_in = office.customer("Walk-in", policy="")  # no policy needed: the line says excl.
    cable = LineInput("Spare cable", D(1), D("10.00"), D(6), includes_vat=False)
    doc = office.desk.create(walk_in, extra=[cable], currency="EUR").document
    # 10.00 net + 6 % = 0.60 VAT; 10.60 total.
    assert (doc.totals.net, doc.totals.vat_total, doc.totals.total) == (
        D("10.00"), D("0.60"), D("10.60"),
    )  # fmt: skip
