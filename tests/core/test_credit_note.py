"""What a credit note credits, as a rule: every line's worth adds up to the invoice per rate and in
total; an amount is split to the cent without any line getting more than is left of it; whole
lines give back what is left exactly; and line numbers are read from what people type."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.credit_note import (
    LineValue,
    credit_amount,
    credit_note_totals,
    credit_whole,
    line_values,
    parse_line_numbers,
)
from app.core.errors import DomainError
from app.core.invoice import InvoiceLine, InvoiceTotals, LineInput, VatAmount, assemble
from app.core.money import ZERO, minor_unit, quantize

D = Decimal
CURRENCIES = ("EUR", "JPY", "BHD")  # 2, 0 and 3 decimals


def line(net: str, rate: str, gross: str | None) -> InvoiceLine:
    return InvoiceLine("x", "", D(1), D(net), D(net), D(rate), None, D(gross) if gross else None)


def test_a_line_priced_with_vat_is_worth_the_gross_agreed() -> None:
    # Two sessions of 10.00 incl. 21 %: base 20.00 / 1.21 = 16.53 (8.26 + 8.26 + the cent to
    # the first), VAT 3.47. Each is worth its 10.00, not 16.53's share of 3.47 (1.73 + 8.26 = 9.99).
    totals = InvoiceTotals(
        (line("8.27", "21", "10.00"), line("8.26", "21", "10.00")),
        (VatAmount(D(21), D("16.53"), D("3.47")),), D("16.53"), D("3.47"), D("20.00"),
    )  # fmt: skip
    assert line_values(totals, "EUR") == (
        LineValue(D("8.27"), D("1.73")),
        LineValue(D("8.26"), D("1.74")),
    )


def test_vat_added_to_nets_is_shared_in_proportion_to_the_nets() -> None:
    # 0.05 + 0.05 + 0.10 net at 10 %: VAT on 0.20 is 0.02, shared 0.005, 0.005, 0.01: rounded
    # down 0.00, 0.00, 0.01; the cent missing to the largest remainder, the first on a tie.
    # (Half up, then the rest to the largest line, would give 0.01, 0.01, 0.00.)
    totals = InvoiceTotals(
        (line("0.05", "10", None), line("0.05", "10", None), line("0.10", "10", None)),
        (VatAmount(D(10), D("0.20"), D("0.02")),), D("0.20"), D("0.02"), D("0.22"),
    )  # fmt: skip
    assert [v.vat for v in line_values(totals, "EUR")] == [D("0.01"), D("0.00"), D("0.01")]


@st.composite
def invoices(draw: st.DrawFn) -> tuple[InvoiceTotals, str]:
    currency = draw(st.sampled_from(CURRENCIES))
    unit = minor_unit(currency)
    inputs = [
        LineInput(
            f"line {i}",
            D(draw(st.integers(1, 3))),
            draw(st.integers(0, 500_000)) * unit,
            D(draw(st.sampled_from(("0", "6", "21", "23")))),
            draw(st.booleans()),
        )
        for i in range(draw(st.integers(1, 8)))
    ]
    totals = assemble(inputs, currency)
    # As issued since invoices keep the gross agreed; before, no line had one.
    if draw(st.booleans()):
        totals = InvoiceTotals(
            tuple(
                InvoiceLine(ln.description, ln.detail, ln.quantity, ln.unit_price, ln.net,
                            ln.vat_percent, None,
                            quantize(i.quantity * i.unit_amount, currency)
                            if i.includes_vat else None)
                for ln, i in zip(totals.lines, inputs, strict=True)
            ),
            totals.vat, totals.net, totals.vat_total, totals.total,
        )  # fmt: skip
    return totals, currency


@settings(max_examples=200, deadline=None)
@given(invoices())
def test_the_lines_are_worth_the_invoice_per_rate_and_in_total(
    case: tuple[InvoiceTotals, str],
) -> None:
    totals, currency = case
    values = line_values(totals, currency)
    for vat in totals.vat:
        at_rate = [
            v for v, ln in zip(values, totals.lines, strict=True) if ln.vat_percent == vat.rate
        ]
        assert sum((v.net for v in at_rate), ZERO) == vat.base
        assert sum((v.vat for v in at_rate), ZERO) == vat.amount
    assert sum((v.gross for v in values), ZERO) == totals.total
    assert all(quantize(v.vat, currency) == v.vat for v in values)


@settings(max_examples=200, deadline=None)
@given(invoices(), st.lists(st.integers(1, 10_000), min_size=1, max_size=6), st.data())
def test_credits_never_take_more_than_is_left_and_end_at_the_invoice_total(
    case: tuple[InvoiceTotals, str], steps: list[int], data: st.DataObject
) -> None:
    totals, currency = case
    values = line_values(totals, currency)
    left = dict(enumerate(values, 1))
    credited = ZERO
    for step in steps:
        lines = data.draw(st.lists(st.sampled_from(sorted(left)), min_size=1, unique=True))
        room = sum((left[n].gross for n in lines if left[n].gross > 0), ZERO)
        if room <= 0:
            continue
        amount = min(room, quantize(room * step / 10_000, currency)) or room
        parts = credit_amount(left, lines, amount, currency)
        assert sum((p.net + p.vat for p in parts), ZERO) == amount
        for part in parts:
            rest = left[part.line].minus(part.value)
            assert rest.net >= 0, (part, left[part.line])
            assert rest.vat >= 0, (part, left[part.line])
            assert not part.whole
            left[part.line] = rest
        credited += amount
    parts = credit_whole(left, sorted(left))
    note = credit_note_totals(totals.lines, values, parts)
    assert credited + note.total == totals.total
    assert all(p.whole for p in parts)


def test_an_amount_goes_to_the_lines_in_proportion_with_the_cents_by_largest_remainder() -> None:
    left = {1: LineValue(D("0.01"), ZERO), 2: LineValue(D("0.01"), ZERO),
            3: LineValue(D("0.01"), ZERO)}  # fmt: skip
    # 0.02 over three lines of 0.01: 0.00667 each, rounded down 0.00; the two cents to the
    # largest remainders, all equal: the first lines. Half up would give 0.01 three times (0.03).
    assert [p.net for p in credit_amount(left, [1, 2, 3], D("0.02"), "EUR")] == [D("0.01")] * 2
    with pytest.raises(ValueError, match="not within what is left"):
        credit_amount(left, [1], D("0.02"), "EUR")


@pytest.mark.parametrize(
    ("text", "numbers"),
    [("1", (1,)), ("3,1", (1, 3)), (" 2 , 4 ", (2, 4)), ("1,1,2", (1, 2)), ("2,", (2,)),
     ("007", (7,))],
)  # fmt: skip
def test_line_numbers_as_typed(text: str, numbers: tuple[int, ...]) -> None:
    assert parse_line_numbers(text) == numbers


@pytest.mark.parametrize("text", ["", " ", ",", "1,,2", "1-3", "one", "1.5", "-1", "1;2", "٣"])
def test_what_is_not_a_list_of_line_numbers_is_refused_in_a_sentence(text: str) -> None:
    with pytest.raises(DomainError, match=r"is not a list of line numbers such as 1,3\.$"):
        parse_line_numbers(text)


@pytest.mark.parametrize(("text", "number"), [("0", 0), ("1,100000", 100000)])
def test_line_numbers_out_of_range_are_named(text: str, number: int) -> None:
    with pytest.raises(DomainError, match=rf"up to 99999; {number} is not one\.$"):
        parse_line_numbers(text)


@given(st.lists(st.integers(1, 99_999), min_size=1), st.sampled_from([",", ", ", " ,"]))
def test_line_numbers_read_back_whatever_the_spacing(numbers: list[int], comma: str) -> None:
    assert parse_line_numbers(comma.join(map(str, numbers))) == tuple(sorted(set(numbers)))


@given(st.text(max_size=30))
def test_any_text_is_line_numbers_or_one_sentence(text: str) -> None:
    numbers: tuple[int, ...] | str
    try:
        numbers = parse_line_numbers(text)
    except DomainError as error:
        numbers = str(error)
    if isinstance(numbers, str):
        assert "\n" not in numbers
    else:
        assert numbers == tuple(sorted(set(numbers)))
        assert all(1 <= n <= 99_999 for n in numbers)
