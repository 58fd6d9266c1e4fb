"""Lines typed by the office, "DESCRIPTION;QUANTITY;UNIT PRICE;VAT %[;incl|excl]": read with the
project's amount parser, refused with one sentence, and assembled with VAT on the discounted
base of each rate."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.errors import DomainError
from app.core.invoice import assemble
from app.core.manual_lines import ManualLine, parse_manual_line

D = Decimal


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("On-site visit;1;45.00;21", ManualLine("On-site visit", D(1), D("45.00"), D(21))),
        (" Cable ; 2 ; 3,50 ; 21 % ;INCL", ManualLine("Cable", D(2), D("3.50"), D(21), True)),
        (
            "Hours; Saturday;1.5;40;6%;excl",
            ManualLine("Hours; Saturday", D("1.5"), D(40), D(6), False),
        ),
        ("Loyalty discount;1;-5.00;21", ManualLine("Loyalty discount", D(1), D("-5.00"), D(21))),
        ("Exempt training;1;100;0", ManualLine("Exempt training", D(1), D(100), D(0))),
        ("Licence;1;0.1234;23.5", ManualLine("Licence", D(1), D("0.1234"), D("23.5"))),
    ],
)
def test_lines_as_typed(text: str, line: ManualLine) -> None:
    assert parse_manual_line(text) == line


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("On-site visit;1;45.00", "is not an invoice line; write DESCRIPTION;QUANTITY;UNIT PRICE"),
        ("On-site visit", "is not an invoice line"),
        (";1;45.00;21", "An invoice line needs a description"),
        ("   ;1;45.00;21;incl", "An invoice line needs a description"),
        ("Visit\x07;1;45.00;21", "holds a control character (U+0007)"),
        ("x" * 201 + ";1;45.00;21", "longer than 200 characters"),
        ("Visit;0;45.00;21", "The quantity of 'Visit' must be more than zero."),
        ("Visit;-1;45.00;21", "The quantity of 'Visit' must be more than zero."),
        ("Visit;one;45.00;21", "'one' is not an amount such as 10.00."),
        ("Visit;1;45,000.00;21", "'45,000.00' is not an amount such as 10.00."),
        ("Visit;1;45.00001;21", "has more decimals than AssistDesk records (4)"),
        ("Visit;1;99999999999;21", "too large an amount"),
        ("Visit;1;45.00;101", "The VAT rate of 'Visit' must be from 0 to 100 %, not '101'."),
        ("Visit;1;45.00;-6", "must be from 0 to 100 %, not '-6'."),
        ("Visit;1;45.00;VAT", "must be from 0 to 100 %, not 'VAT'."),
        ("Visit;1;45.00;21;gross", "must be from 0 to 100 %, not 'gross'."),
    ],
)
def test_a_bad_line_is_one_sentence(text: str, says: str) -> None:
    with pytest.raises(DomainError) as refused:
        parse_manual_line(text)
    assert says in str(refused.value)
    assert len(str(refused.value).splitlines()) == 1


descriptions = (
    st.text(st.characters(codec="utf-8", categories=["L", "N", "P", "Zs"]), min_size=1, max_size=60)
    .map(lambda text: " ".join(text.split()))
    .filter(bool)
)
amounts = st.decimals(min_value=D("-9999.9999"), max_value=D("9999.9999"), places=4)
quantities = st.decimals(min_value=D("0.0001"), max_value=D("999"), places=4)
rates = st.decimals(min_value=D(0), max_value=D(100), places=2)


@given(descriptions, quantities, amounts, rates, st.sampled_from([None, True, False]))
def test_a_line_written_back_reads_the_same(
    description: str, quantity: Decimal, price: Decimal, rate: Decimal, includes: bool | None
) -> None:
    line = ManualLine(description, quantity, price, rate, includes)
    assert parse_manual_line(line.text()) == line


def lines(*texts: str) -> list[ManualLine]:
    return [parse_manual_line(text) for text in texts]


def test_a_discount_lowers_its_own_rate_and_vat_is_worked_out_on_what_is_left() -> None:
    typed = lines("On-site visit;1;45.00;21;excl", "Cable;2;3.50;21;excl", "Book;1;20.00;6;excl",
                  "Loyalty discount;1;-5.00;21;excl")  # fmt: skip
    totals = assemble([line.line_input(False) for line in typed], "EUR")
    assert [ln.net for ln in totals.lines] == [D("45.00"), D("7.00"), D("20.00"), D("-5.00")]
    assert [(v.rate, v.base, v.amount) for v in totals.vat] == [
        (D(6), D("20.00"), D("1.20")),  # 20.00 x 6 % = 1.20
        (D(21), D("47.00"), D("9.87")),  # 45.00 + 7.00 - 5.00 = 47.00; x 21 % = 9.87
    ]
    assert (totals.net, totals.vat_total, totals.total) == (D("67.00"), D("11.07"), D("78.07"))
    assert totals.lines[1].unit_price == D("3.50")


def test_a_discount_on_prices_with_vat() -> None:
    typed = lines("On-site visit;1;45.00;21", "Loyalty discount;1;-5.00;21")
    totals = assemble([line.line_input(True) for line in typed], "EUR")
    # 45.00 - 5.00 = 40.00 gross; 40.00 / 1.21 = 33.06 base; 6.94 VAT. Lines 37.19 and -4.13.
    assert [(ln.net, ln.gross) for ln in totals.lines] == [
        (D("37.19"), D("45.00")), (D("-4.13"), D("-5.00")),
    ]  # fmt: skip
    assert (totals.net, totals.vat_total, totals.total) == (D("33.06"), D("6.94"), D("40.00"))


def test_a_discount_larger_than_its_rate_is_refused() -> None:
    typed = lines("Book;1;20.00;6;excl", "On-site visit;1;45.00;21;excl", "Discount;1;-25;6;excl")
    with pytest.raises(DomainError, match="The discounts at 6 % come to more than the lines"):
        assemble([line.line_input(False) for line in typed], "EUR")


@pytest.mark.parametrize(
    ("text", "currency", "net", "vat", "total"),
    [
        ("Setup;1;4500;10;excl", "JPY", "4500", "450", "4950"),  # 4500 x 10 % = 450
        ("Setup;3;1.0005;10;excl", "JPY", "3", "0", "3"),  # 3.0015 -> 3; 0.3 -> 0
        ("Cable;3;1.125;10;excl", "BHD", "3.375", "0.338", "3.713"),  # 0.3375 -> 0.338
        ("Hours;1.5;40.00;21;excl", "EUR", "60.00", "12.60", "72.60"),  # 1.5 x 40.00 = 60.00
        ("Parts;3;0.05;23;excl", "EUR", "0.15", "0.03", "0.18"),  # 0.0345 -> 0.03
    ],
)
def test_quantities_and_currencies(
    text: str, currency: str, net: str, vat: str, total: str
) -> None:
    totals = assemble([parse_manual_line(text).line_input(False)], currency)
    assert (totals.net, totals.vat_total, totals.total) == (D(net), D(vat), D(total))


def test_an_invoice_too_large_to_record_is_refused() -> None:
    line = parse_manual_line("Servers;9999;9999999999;21;excl").line_input(False)
    with pytest.raises(DomainError, match="more than AssistDesk can record"):
        assemble([line], "EUR")


@given(st.text(max_size=80))
def test_any_text_is_a_line_or_one_sentence(text: str) -> None:
    refusal = ""
    try:
        line = parse_manual_line(text)
    except DomainError as refused:
        refusal = str(refused)
    if refusal:
        assert len(refusal.splitlines()) == 1
        return
    assert line.quantity > 0
    assert 0 <= line.vat_percent <= 100
    assert line.description == " ".join(line.description.split()) != ""
