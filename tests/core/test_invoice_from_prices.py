"""A priced session becomes an invoice line whose agreed amount is its gross where its policy's
prices include VAT and its net where they do not: VAT is added once, on the invoice. For every
preset and for VAT-exclusive policies with half-cent VAT (in currencies of 0, 2 and 3 decimals),
an invoice gives back what the sessions were priced at."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.invoice import LineInput, assemble
from app.core.money import minor_unit
from app.core.policy import Policy
from app.core.pricing import Quote, price_session
from app.core.session import Outcome
from tests.vat_policies import extra_policies, lookup, presets

D = Decimal
AT = datetime(2026, 11, 24, 11, 0, tzinfo=UTC)  # a Tuesday, inside every preset's hours
POLICIES = presets() + extra_policies()
durations = st.integers(0, 3 * 3600)


def priced(policy: Policy, seconds: int) -> Quote:
    offer = D("25.00") if policy.tariff.mode.value == "offer" else None
    return price_session(policy, seconds, AT, Outcome.RESOLVED, 0, offer)


def line(policy: Policy, quote: Quote) -> LineInput:
    return LineInput.priced("Session", quote.net, quote.total, policy.vat_percent,
                            policy.prices_include_vat)  # fmt: skip


def half_up(amount: Decimal, currency: str) -> Decimal:
    return amount.quantize(minor_unit(currency), rounding=ROUND_HALF_UP)


def test_a_vat_exclusive_session_is_invoiced_at_its_net_and_taxed_once() -> None:
    policy = lookup("net-23")
    quote = priced(policy, 20 * 60)
    # 24.50 net + 23 % = 5.635 -> 5.64 VAT; 30.14 total, as stored when the session was priced.
    assert (quote.net, quote.vat, quote.total) == (D("24.50"), D("5.64"), D("30.14"))
    totals = assemble([line(policy, quote)], "EUR")
    assert [(ln.net, ln.gross) for ln in totals.lines] == [(D("24.50"), None)]  # net, not 30.14
    assert [(v.rate, v.base, v.amount) for v in totals.vat] == [(D(23), D("24.50"), D("5.64"))]
    assert (totals.net, totals.vat_total, totals.total) == (D("24.50"), D("5.64"), D("30.14"))


def test_a_vat_inclusive_session_keeps_its_gross_beside_its_net() -> None:
    policy = lookup("page-computers")
    quote = priced(policy, 12 * 60)
    totals = assemble([line(policy, quote)], "EUR")
    # 15.00 incl. 21 %: 15.00 / 1.21 = 12.396 -> 12.40 net; 2.60 VAT; the agreed 15.00 kept.
    assert [(ln.net, ln.gross) for ln in totals.lines] == [(D("12.40"), D("15.00"))]
    assert (totals.net, totals.vat_total, totals.total) == (D("12.40"), D("2.60"), D("15.00"))


@pytest.mark.parametrize("policy", POLICIES, ids=lambda p: p.id)
@settings(max_examples=40, deadline=None)
@given(seconds=durations)
def test_one_session_alone_is_invoiced_at_its_price(policy: Policy, seconds: int) -> None:
    quote = priced(policy, seconds)
    totals = assemble([line(policy, quote)], policy.currency)
    # The invoice's net, VAT and total are the session's, to the minor unit.
    assert (totals.net, totals.vat_total, totals.total) == (quote.net, quote.vat, quote.total)
    assert totals.lines[0].gross == (quote.total if policy.prices_include_vat else None)


@pytest.mark.parametrize("policy", POLICIES, ids=lambda p: p.id)
@settings(max_examples=40, deadline=None)
@given(st.lists(durations, min_size=2, max_size=8))
def test_many_sessions_of_one_policy(policy: Policy, lengths: list[int]) -> None:
    quotes = [priced(policy, seconds) for seconds in lengths]
    currency, rate = policy.currency, policy.vat_percent
    totals = assemble([line(policy, q) for q in quotes], currency)
    assert sum(ln.net for ln in totals.lines) == totals.net  # BR-CO-10
    if policy.prices_include_vat:
        # The agreed gross amounts add up; base = their sum / (1 + rate), VAT = gross - base.
        gross = sum(q.total for q in quotes)
        assert totals.total == gross
        assert totals.net == half_up(gross / (1 + rate / 100), currency)
    else:
        # Nets add up; VAT once on their sum. Each session's own VAT was rounded separately, so
        # the invoice may differ from the sessions' totals by up to half a unit per session.
        net = sum(q.net for q in quotes)
        assert (totals.net, totals.vat_total) == (net, half_up(net * rate / 100, currency))
        drift = abs(totals.total - sum(q.total for q in quotes))
        assert drift <= minor_unit(currency) * (len(quotes) + 1) / 2


def test_per_session_and_per_invoice_vat_rounding_differ_by_a_cent() -> None:
    policy = lookup("net-23")
    quotes = [priced(policy, 20 * 60), priced(policy, 30 * 60)]
    assert sum(q.total for q in quotes) == D("60.28")  # 30.14 + 30.14 as stored
    totals = assemble([line(policy, q) for q in quotes], "EUR")
    # 24.50 + 24.50 = 49.00 net; 49.00 x 23 % = 11.27 VAT (not 5.64 + 5.64); 60.27 total.
    assert (totals.net, totals.vat_total, totals.total) == (D("49.00"), D("11.27"), D("60.27"))


def test_mixed_policies_and_rates_on_one_invoice() -> None:
    sessions = [("net-23", 20), ("gross-23", 20), ("net-6", 20), ("net-0", 20),
                ("page-computers", 12)]  # fmt: skip
    lines = [line(lookup(pid), priced(lookup(pid), minutes * 60)) for pid, minutes in sessions]
    totals = assemble(lines, "EUR")
    assert [(v.rate, v.base, v.amount) for v in totals.vat] == [
        (D(0), D("40.00"), D("0.00")),  # 40.00 net at 0 %
        (D(6), D("9.95"), D("0.60")),  # 9.95 net x 6 % = 0.597 -> 0.60
        (D(21), D("12.40"), D("2.60")),  # 15.00 gross / 1.21 = 12.40 net; 2.60 VAT
        # 23 %: 30.14 gross / 1.23 = 24.504 -> 24.50 net, 5.64 VAT in it; plus 24.50 net taxed
        # 5.635 -> 5.64: base 49.00, VAT 11.28 (49.00 x 23 % = 11.27: a cent, in tolerance).
        (D(23), D("49.00"), D("11.28")),
    ]
    assert [ln.net for ln in totals.lines] == [D("24.50"), D("24.50"), D("9.95"), D("40.00"),
                                               D("12.40")]  # fmt: skip
    assert [ln.gross for ln in totals.lines] == [None, D("30.14"), None, None, D("15.00")]
    # 111.35 net + 14.48 VAT = 125.83 = 30.14 + 30.14 + 10.55 + 40.00 + 15.00 as priced.
    assert (totals.net, totals.vat_total, totals.total) == (D("111.35"), D("14.48"), D("125.83"))


@pytest.mark.parametrize(
    ("policy_id", "net", "vat", "total"),
    [
        ("net-jpy", "2455", "246", "2701"),  # 2455 x 10 % = 245.5 -> 246 (no decimals)
        ("net-bhd", "9.995", "1.000", "10.995"),  # 9.995 x 10 % = 0.9995 -> 1.000 (3 decimals)
        ("gross-bhd", "9.095", "0.910", "10.005"),  # 10.005 / 1.1 = 9.0954 -> 9.095
    ],
)
def test_currencies_with_0_and_3_decimals(policy_id: str, net: str, vat: str, total: str) -> None:
    policy = lookup(policy_id)
    quote = priced(policy, 20 * 60)
    totals = assemble([line(policy, quote)], policy.currency)
    assert (totals.net, totals.vat_total, totals.total) == (D(net), D(vat), D(total))
    assert (quote.net, quote.vat, quote.total) == (D(net), D(vat), D(total))
