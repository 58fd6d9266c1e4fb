"""Invoice totals the EN 16931 way: per-rate VAT on summed nets, and agreed gross amounts kept."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.errors import DomainError
from app.core.invoice import LineInput, assemble

D = Decimal


def gross(amount: str, rate: str = "21", description: str = "Remote session") -> LineInput:
    return LineInput(description, D(1), D(amount), D(rate), includes_vat=True)


def net(amount: str, rate: str, quantity: str = "1") -> LineInput:
    return LineInput("Service", D(quantity), D(amount), D(rate), includes_vat=False)


def test_vat_inclusive_sessions_reproduce_the_agreed_gross_exactly() -> None:
    totals = assemble([gross("15.00"), gross("10.00"), gross("20.00")], "EUR")
    assert totals.total == D("45.00")
    assert (totals.net, totals.vat_total) == (D("37.19"), D("7.81"))
    assert sum(line.net for line in totals.lines) == totals.net
    assert [(v.rate, v.base, v.amount) for v in totals.vat] == [(D(21), D("37.19"), D("7.81"))]


def test_a_rounding_cent_goes_to_the_largest_line() -> None:
    # 3 × 10.00 gross at 21 %: each line 8.26 net (24.78), but the base is 30.00 / 1.21 = 24.79.
    totals = assemble([gross("10.00"), gross("10.00", description="b"), gross("10.00")], "EUR")
    assert totals.net == D("24.79")
    assert [line.net for line in totals.lines] == [D("8.27"), D("8.26"), D("8.26")]
    assert totals.total == D("30.00")


def test_mixed_rates_are_taxed_per_rate_on_the_sum_of_nets() -> None:
    lines = [
        net("0.05", "23", quantity="3"),
        net("0.05", "23"),
        net("100.00", "6"),
        net("9.99", "0"),
    ]
    totals = assemble(lines, "EUR")
    # 23 %: base 0.15 + 0.05 = 0.20 → VAT 0.046 → 0.05 (per line it would be 0.03 + 0.01).
    assert [(v.rate, v.base, v.amount) for v in totals.vat] == [
        (D(0), D("9.99"), D("0.00")), (D(6), D("100.00"), D("6.00")), (D(23), D("0.20"), D("0.05")),
    ]  # fmt: skip
    assert (totals.net, totals.vat_total, totals.total) == (D("110.19"), D("6.05"), D("116.24"))
    assert totals.lines[0].unit_price == D("0.05")


def test_a_discount_line_lowers_the_total() -> None:
    totals = assemble([gross("20.25", "23"), gross("-5.00", "23")], "EUR")
    assert totals.total == D("15.25")


@pytest.mark.parametrize(
    ("lines", "says"),
    [
        ([], "at least one line"),
        ([LineInput("x", D(0), D(1), D(21), True)], "quantity"),
        ([LineInput("x", D(1), D(1), D(-1), True)], "VAT rate"),
    ],
)
def test_impossible_invoices(lines: list[LineInput], says: str) -> None:
    with pytest.raises(DomainError, match=says):
        assemble(lines, "EUR")


amounts = st.decimals(min_value=D("0.01"), max_value=D("999.99"), places=2)
rates = st.sampled_from([D(0), D(6), D(13), D(21), D(23)])


@given(st.lists(st.tuples(amounts, rates, st.booleans()), min_size=1, max_size=12))
def test_totals_always_add_up(spec: list[tuple[Decimal, Decimal, bool]]) -> None:
    lines = [LineInput(f"l{i}", D(1), a, r, inc) for i, (a, r, inc) in enumerate(spec)]
    totals = assemble(lines, "EUR")
    assert sum(line.net for line in totals.lines) == totals.net
    assert sum(v.base for v in totals.vat) == totals.net
    assert totals.net + totals.vat_total == totals.total
    for rate in {r for _, r, _ in spec}:
        inclusive = sum((a for a, r, inc in spec if r == rate and inc), D(0))
        exclusive = sum((a for a, r, inc in spec if r == rate and not inc), D(0))
        vat = next(v for v in totals.vat if v.rate == rate)
        taxed = (exclusive * rate / 100).quantize(D("0.01"), rounding=ROUND_HALF_UP)
        assert vat.base + vat.amount == inclusive + exclusive + taxed  # gross kept, net taxed
    if all(inc for _, _, inc in spec):
        assert totals.total == sum((a for a, _, _ in spec), D(0))


LARGEST = D("9999999999.9999")  # what NUMERIC(14, 4) keeps
large_amounts = st.decimals(min_value=D("0.001"), max_value=LARGEST, places=3)


@given(
    st.lists(st.tuples(large_amounts, rates, st.booleans()), min_size=1, max_size=4),
    st.sampled_from(["EUR", "JPY", "BHD"]),  # 2, 0 and 3 decimals
)
def test_an_invoice_either_fits_the_database_or_is_refused(
    spec: list[tuple[Decimal, Decimal, bool]], currency: str
) -> None:
    """Each line an amount the database keeps; together (and with VAT) they may not fit."""
    lines = [LineInput(f"l{i}", D(1), a, r, inc) for i, (a, r, inc) in enumerate(spec)]
    try:
        totals = assemble(lines, currency)
    except DomainError as error:
        refusal = str(error)
    else:
        refusal = ""
    if refusal:
        assert refusal.startswith("This invoice would total ")
        assert f" {currency}, more than AssistDesk can record (9999999999.9999)" in refusal
        return
    amounts = [totals.net, totals.vat_total, totals.total]
    amounts += [a for line in totals.lines for a in (line.net, line.unit_price)]
    amounts += [a for v in totals.vat for a in (v.base, v.amount)]
    assert max(amounts) <= LARGEST


def test_two_largest_offers_are_refused_and_one_is_kept() -> None:
    assert assemble([gross("9999999999", "0")], "USD").total == D("9999999999.00")
    with pytest.raises(DomainError, match=r"would total 19999999998\.00 USD"):
        assemble([gross("9999999999", "0"), gross("9999999999", "0", "b")], "USD")
    with pytest.raises(DomainError, match="more than AssistDesk can record"):
        assemble([net("9999999999", "23")], "EUR")  # the VAT takes it over
